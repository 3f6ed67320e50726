class A:
    def __bool__(self):
        print("bool called")
        return False
class B:
    def __len__(self):
        return 0
class C:
    pass
print(bool(A()), bool(B()), bool(C()))
if not A():
    print("A falsy")
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
