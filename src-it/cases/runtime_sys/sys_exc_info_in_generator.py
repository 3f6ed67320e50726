import sys
def gen():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(gen()))
