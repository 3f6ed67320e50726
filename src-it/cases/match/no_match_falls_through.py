def m(v):
    result = "default"
    match v:
        case 1:
            result = "one"
        case [x] if x > 5:
            result = "big single"
    return result
print(m(1), m([9]), m([2]), m("zzz"))
match 5:
    case 1:
        print("never")
print("after unmatched match")
x = 0
for i in range(3):
    match i:
        case 0:
            x += 1
        case 1:
            x += 10
print(x)
