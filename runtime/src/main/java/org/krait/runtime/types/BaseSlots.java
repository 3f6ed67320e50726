package org.krait.runtime.types;

import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * The slots of {@code object} and {@code type}, which every other type inherits or overrides.
 * CPython: {@code object_*} and {@code type_*} functions of Objects/typeobject.c.
 */
final class BaseSlots {

    private BaseSlots() {
    }

    static final Signature.Call OBJECT_INIT = BaseSlots::objectInit;

    static void fill() {
        PyType o = PyType.OBJECT;
        // A builtin type that makes its instances neither itself nor through a factory of its own
        // (generator, frame, cell...) has none: object.__new__ refuses it.
        o.instances(ty -> ty == PyType.OBJECT ? new org.krait.runtime.objects.PyPlainObject()
                : ty.isBuiltin() ? null : new PyInstance(ty));
        o.slot(Slot.REPR, (Signature.Unary) BaseSlots::objectRepr);
        // object.__str__ is repr(self), through the type's own __repr__.
        o.slot(Slot.STR, (Signature.Unary) self -> self.type().unary(Slot.REPR).apply(self));
        o.slot(Slot.HASH, (Signature.Hash) self -> System.identityHashCode(self));
        o.slot(Slot.EQ, (Signature.Binary) (a, b) -> a == b ? PyBool.TRUE : PyNotImplementedType.NOT_IMPLEMENTED);
        o.slot(Slot.NE, (Signature.Binary) (a, b) -> {
            PyObject eq = a.type().binary(Slot.EQ).apply(a, b);
            if (eq == PyNotImplementedType.NOT_IMPLEMENTED) {
                return eq;
            }
            boolean r = !ObjectOps.isTrue(eq);
            eq.decref();
            return PyBool.of(r);
        });
        // object's ordering comparisons decline, so that the other operand's reflection is tried.
        for (Slot s : new Slot[] {Slot.LT, Slot.LE, Slot.GT, Slot.GE}) {
            o.slot(s, (Signature.Binary) (a, b) -> PyNotImplementedType.NOT_IMPLEMENTED);
        }
        o.slot(Slot.GETATTRIBUTE, OBJECT_GETATTRIBUTE);
        o.slot(Slot.SETATTR, (Signature.Setter) (self, n, v) -> ObjectOps.genericSetAttr(self, attrName(n), v,
                self instanceof DictOwner ? ((DictOwner) self).dict() : null));
        o.slot(Slot.DELATTR, (Signature.Deleter) (self, n) -> ObjectOps.genericDelAttr(self, attrName(n)));
        o.slot(Slot.NEW, (Signature.Call) BaseSlots::objectNew);
        o.slot(Slot.INIT, OBJECT_INIT);
        o.define("__class__", new PyGetSetDescr(o, "__class__", self -> PyObject.newRef(self.type()), TypeBases::setClass)
                .withDoc("the object's class"));
        o.define("__init_subclass__", new PyClassMethodDescr(o, "__init_subclass__", BaseSlots::objectInitSubclass));
        ObjectReduce.fill(o);
        o.method("__format__", ArgSpec.ONE, (self, a, kw) -> {
            if (!(a[0] instanceof PyStr)) {
                throw PythonException.typeError("__format__() argument must be str, not " + a[0].type().name());
            }
            if (((PyStr) a[0]).length() > 0) {
                throw PythonException.typeError("unsupported format string passed to " + self.type().name() + ".__format__");
            }
            return ObjectOps.str(self);
        });
        // CPython's basic size on 64 bits: the header, a word per member slot and one for weak references
        // (the managed __dict__ sits before the object and is not counted).
        o.method("__sizeof__", ArgSpec.NOARGS, (self, a, kw) -> {
            PyType t = self.type();
            return org.krait.runtime.objects.PyInt.of(16 + 8L * t.memberSlots() + (t.hasInstanceWeakref() ? 8 : 0));
        });
        o.define("__subclasshook__", new PyClassMethodDescr(o, "__subclasshook__",
                (s, a, kw) -> PyNotImplementedType.NOT_IMPLEMENTED));

        PyType t = PyType.TYPE;
        t.slot(Slot.CALL, (Signature.Call) BaseSlots::typeCall);
        t.slot(Slot.REPR, (Signature.Unary) self -> {
            PyType ty = (PyType) self;
            if (ty.isBuiltin()) {
                return PyStr.of("<class '" + ty.name() + "'>");
            }
            // The module comes from the class's own namespace (type_repr), shown only when it is a str.
            PyObject mod = ty.getOwn("__module__");
            if (mod instanceof PyStr && !mod.toString().equals("builtins")) {
                return PyStr.of("<class '" + mod + "." + ty.qualname() + "'>");
            }
            return PyStr.of("<class '" + ty.name() + "'>");
        });
        t.slot(Slot.GETATTRIBUTE, (Signature.Binary) (self, n) -> typeGetAttr((PyType) self, (PyStr) n));
        t.slot(Slot.SETATTR, (Signature.Setter) (self, n, v) -> typeSetAttr((PyType) self, (PyStr) n, v));
        t.slot(Slot.DELATTR, (Signature.Deleter) (self, n) -> typeSetAttr((PyType) self, (PyStr) n, null));
        t.slot(Slot.NEW, (Signature.Call) TypeNew::typeNew);
        t.slot(Slot.OR, (Signature.Binary) (a, b) -> PyUnionType.of(a, b));
        t.slot(Slot.ROR, (Signature.Binary) (a, b) -> PyUnionType.of(b, a));
        t.slot(Slot.INIT, (Signature.Call) BaseSlots::typeInit);
        TypeAttributes.fill(t);
    }

    /** The name argument of {@code object.__getattribute__}/{@code __setattr__}/{@code __delattr__}, which must be a str. */
    /**
     * {@code object.__getattribute__}: the generic lookup, known by identity
     * ({@link PyType#hasGenericGetAttr}).
     */
    static final Signature.Binary OBJECT_GETATTRIBUTE = (self, n) -> ObjectOps.genericGetAttr(self,
            attrName(n), self instanceof DictOwner ? ((DictOwner) self).dict() : null);

    private static PyStr attrName(PyObject n) {
        if (!(n instanceof PyStr)) {
            throw PythonException.typeError("attribute name must be string, not '" + n.type().name() + "'");
        }
        return (PyStr) n;
    }

    /** {@code type.__init__}: only checks the arguments, which {@code type.__new__} used. */
    private static PyObject typeInit(PyObject self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (nkw > 0 && npos == 1) {
            throw PythonException.typeError("type.__init__() takes no keyword arguments");
        }
        if (npos != 1 && npos != 3) {
            throw PythonException.typeError("type.__init__() takes 1 or 3 arguments");
        }
        return PyNoneType.NONE;
    }

    /** {@code object.__init_subclass__}: a class method that accepts no arguments. */
    private static PyObject objectInitSubclass(PyObject self, PyObject[] args, String[] kw) {
        PyType cls = (PyType) self;
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) {
            throw PythonException.typeError(cls.qualname() + ".__init_subclass__() takes no keyword arguments");
        }
        if (args.length > 0) {
            throw PythonException.typeError(cls.qualname() + ".__init_subclass__() takes no arguments (" + args.length
                    + " given)");
        }
        return PyNoneType.NONE;
    }

    /**
     * {@code type.__setattr__}/{@code __delattr__} ({@code value} null): builtins are immutable; a
     * data descriptor of the metatype ({@code __name__}, {@code __bases__}...) decides; otherwise
     * the class's own namespace changes.
     */
    private static void typeSetAttr(PyType ty, PyStr n, PyObject v) {
        if (ty.isBuiltin()) {
            if (ty.lookup(n.toString()) instanceof ClassLevelSetter) {
                ((ClassLevelSetter) ty.lookup(n.toString())).setOnClass(v);
                return;
            }
            throw PythonException.typeError("cannot set " + ObjectOps.repr(n) + " attribute of immutable type '" + ty.name() + "'");
        }
        PyObject descr = ty.type().lookup(n.toString());
        if (descr != null) {
            Signature.Setter set = descr.type().setter(Slot.SET);
            if (set != null) {
                set.set(descr, ty, v);
                return;
            }
        }
        if (v != null) {
            ty.setAttribute(n.toString(), v);
        } else if (!ty.deleteAttribute(n.toString())) {
            throw ObjectOps.noAttribute(ty, n);
        }
    }

    private static PyObject objectRepr(PyObject self) {
        PyType t = self.type();
        PyObject mod = t.lookup("__module__");
        String name = t.isBuiltin() ? t.name() : (mod == null ? "" : mod + ".") + t.qualname();
        return PyStr.of("<" + name + " object at 0x" + Integer.toHexString(System.identityHashCode(self)) + ">");
    }

    private static PyObject objectNew(PyObject cls, PyObject[] args, String[] kw) {
        PyType t = (PyType) cls;
        if (args.length > 0) {
            if (t.raw(Slot.NEW) != PyType.OBJECT.raw(Slot.NEW)) {
                throw PythonException.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (t.raw(Slot.INIT) == OBJECT_INIT) {
                throw PythonException.typeError(t.name() + "() takes no arguments");
            }
        }
        if (t.isAbstract()) {
            throw abstractInstantiation(t);
        }
        PyObject obj = t.newInstance();
        if (obj == null) {
            throw PythonException.typeError("cannot create '" + t.name() + "' instances");
        }
        return obj;
    }

    /** {@code object.__init__}: excess arguments are an error unless the class overrides exactly one of __new__ and __init__. */
    private static PyObject objectInit(PyObject self, PyObject[] args, String[] kw) {
        if (args.length > 0) {
            PyType t = self.type();
            if (t.raw(Slot.INIT) != OBJECT_INIT) {
                throw PythonException.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.raw(Slot.NEW) == PyType.OBJECT.raw(Slot.NEW)) {
                throw PythonException.typeError(t.name() + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNoneType.NONE;
    }

    /** "Can't instantiate abstract class X with abstract methods a, b" (the names sorted). */
    private static PythonException abstractInstantiation(PyType t) {
        PyObject methods = t.getOwn("__abstractmethods__");
        java.util.List<String> names = new java.util.ArrayList<>();
        if (methods != null) {
            for (PyObject m : IterOps.toArray(methods)) {
                names.add(m.toString());
                m.decref();
            }
        }
        java.util.Collections.sort(names);
        return PythonException.typeError("Can't instantiate abstract class " + t.name() + " with abstract method"
                + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
    }

    private static PyObject typeCall(PyObject self, PyObject[] args, String[] kw) {
        PyType t = (PyType) self;
        if (t == PyType.TYPE) {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (npos == 1 && kw == null) {
                return PyObject.newRef(args[0].type());
            }
            if (npos != 3) {
                throw PythonException.typeError("type() takes 1 or 3 arguments");
            }
        }
        Signature.Call nw = t.call(Slot.NEW);
        if (nw == null) {
            throw PythonException.typeError("cannot create '" + t.name() + "' instances");
        }
        PyObject obj;
        try {
            obj = nw.call(t, args, kw);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw PythonException.typeError(t.name() + "() missing required argument");
        } catch (ClassCastException e) {
            throw PythonException.typeError(t.name() + "(): an argument has the wrong type");
        }
        if (obj.type().isSubtypeOf(t)) {
            Signature.Call init = obj.type().call(Slot.INIT);
            if (init != null && init != OBJECT_INIT) {
                PyObject r = init.call(obj, args, kw);
                if (r != PyNoneType.NONE) {
                    throw PythonException.typeError("__init__() should return None, not '" + r.type().name() + "'");
                }
            }
        }
        return obj;
    }

    /**
     * {@code type.__getattribute__} ({@code type_getattro}): a data descriptor of the metatype
     * first, then the class's MRO (descriptors bound with no instance), then what the metatype has.
     */
    private static PyObject typeGetAttr(PyType t, PyStr n) {
        String name = n.toString();
        PyType meta = t.type();
        PyObject metaAttr = meta.lookup(name);
        Signature.Ternary metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type().ternary(Slot.GET);
            if (metaGet != null && metaAttr.type().has(Slot.SET)) {
                return metaGet.apply(metaAttr, t, meta);
            }
        }
        PyObject v = t.lookup(name);
        if (v != null) {
            Signature.Ternary get = v.type().ternary(Slot.GET);
            return get != null ? get.apply(v, null, t) : PyObject.newRef(v);
        }
        if (metaGet != null) {
            return metaGet.apply(metaAttr, t, meta);
        }
        if (metaAttr != null) {
            return PyObject.newRef(metaAttr);
        }
        throw ObjectOps.noAttribute(t, n);
    }

    /** Calls {@code f} with {@code self} prepended, for slot dispatchers. */
    static PyObject callWithSelf(PyObject f, PyObject self, PyObject[] args, String[] kw) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return CallOps.call(f, full, kw);
    }
}
