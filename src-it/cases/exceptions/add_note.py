e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
f = KeyError("k")
print(hasattr(f, "__notes__"))
