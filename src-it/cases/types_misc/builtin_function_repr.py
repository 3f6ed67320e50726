print(repr(len), repr(print), type(len).__name__, len.__name__, len.__self__)
print(repr([].append)[:28], type([].append).__name__)
print(repr(int), repr(object), repr(type), repr(Ellipsis), repr(NotImplemented))
