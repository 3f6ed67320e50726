# An exception's __context__ is set where it is raised, not again as it leaves __exit__ or a finally.
try:
    raise ValueError('outer')
except ValueError:
    e = KeyError('k')
    try:
        try:
            raise e
        finally:
            e.__context__ = None
    except KeyError as got:
        print('finally-fixed:', repr(got.__context__))

def thrower():
    e2 = KeyError('k2')
    e2.__context__ = None
    raise e2

class C:
    def __enter__(self): return self
    def __exit__(self, *a):
        e3 = KeyError('k3')
        try:
            raise e3
        finally:
            e3.__context__ = None
try:
    with C():
        raise ValueError('body')
except KeyError as got:
    print('from __exit__:', repr(got.__context__))
