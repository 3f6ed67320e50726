print(dict(), dict(a=1, b=2), dict([("x", 1), ["y", 2]]), dict({"k": "v"}, k2="v2"), dict(zip("ab", range(2))))
print(dict([(1, 2)], **{"s": 3}), {i: i * i for i in range(4)}, dict.fromkeys(range(3), []))
