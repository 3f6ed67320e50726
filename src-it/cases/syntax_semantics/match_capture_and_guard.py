def m(v):
    match v:
        case (a, b) if a > b:
            return "desc"
        case (a, b):
            return "asc or equal"
        case x:
            return f"captured {x}"
print(m((3, 1)), m((1, 3)), m(9))
match 5:
    case n:
        pass
print(n)
