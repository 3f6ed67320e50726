def gen():
    try:
        yield 1
    finally:
        print("finally on exhaustion")
for v in gen():
    print(v)
print("loop done")
