class Bad:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with Bad():
        print("body should not run")
except ValueError as e:
    print("caught", e)
