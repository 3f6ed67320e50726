name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}!", f"{n + 1}", f"{n:05d}", f"{pi:.2f}", f"{name!r}", f"{name:>8}|")
print(f"{'nested' + '!'}", f"{[1, 2][0]}", f"{ {'k': 1}['k'] }", f"{n=}", f"{pi=:.1f}", f"{ n = }")
width = 7
print(f"{name:{width}}|", f"{pi:{width}.{2}f}|", f"{{braces}}")
print(f"{3.0:g}", f"{1e21}", f"{n:#x}", f"{n:,}", f"{-n:+}")
