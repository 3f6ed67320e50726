def f(a: int, b: "str" = "x") -> list:
    return []
print(f.__annotations__)
x: int = 5
y: str
print(__annotations__)
class C:
    attr: int
    other: float = 1.0
print(C.__annotations__)
print(hasattr(C, "attr"))
