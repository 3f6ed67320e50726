# types.new_class, prepare_class and resolve_bases build classes as a class statement does.
import types
def body(ns):
    ns["greet"] = lambda self: f"hello from {type(self).__name__}"
    ns["x"] = 1
Hello = types.new_class("Hello", (), {}, body)
print(Hello.__name__, Hello().greet(), Hello.x, Hello.__bases__, type(Hello))
Empty = types.new_class("Empty")
print(Empty.__bases__, [c.__name__ for c in Empty.__mro__])
class Base: pass
Child = types.new_class("Child", (Base,), exec_body=lambda ns: ns.update(y=2))
print([c.__name__ for c in Child.__mro__], Child.y, isinstance(Child(), Base))
meta, ns, kw = types.prepare_class("C", (Base,), {"flag": 1})
print(meta, type(ns).__name__, ns, kw)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("Meta.__prepare__", name, kw)
        return {"prepared": True}
meta, ns, kw = types.prepare_class("D", (), {"metaclass": Meta, "opt": 3})
print(meta.__name__, ns, kw)
print(types.resolve_bases((int, str)) == (int, str))
class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
e = Entry()
print(types.resolve_bases((e, int)))
Made = types.new_class("Made", (e,))
print(Made.__bases__, Made.__orig_bases__ == (e,))
class BadEntry:
    def __mro_entries__(self, bases):
        return [Base]
try:
    types.resolve_bases((BadEntry(),))
except TypeError as e:
    print(e)
