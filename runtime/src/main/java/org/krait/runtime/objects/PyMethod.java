package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyMemberDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code method}: a function bound to an object. Equal when bound to the same object with equal
 * functions; other attributes are read from the function. CPython: Objects/classobject.c.
 */
public final class PyMethod extends org.krait.runtime.memory.GcObject {

    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT).finalType();

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PythonException.typeError("method() takes no keyword arguments");
            }
            if (a.length != 2) {
                throw PythonException.typeError("method expected 2 arguments, got " + a.length);
            }
            if (!a[0].type().has(Slot.CALL)) {
                throw PythonException.typeError("first argument must be callable");
            }
            if (a[1] == PyNoneType.NONE) {
                throw PythonException.typeError("instance must not be None");
            }
            return new PyMethod(a[0], a[1]);
        });
        TYPE.slot(Slot.CALL, (Signature.Call) (m, args, kw) -> ((PyMethod) m).call(args, kw));
        TYPE.slot(Slot.EQ, (Signature.Binary) (a, b) -> b instanceof PyMethod ? PyBool.of(((PyMethod) a).same((PyMethod) b))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        TYPE.slot(Slot.NE, (Signature.Binary) (a, b) -> b instanceof PyMethod ? PyBool.of(!((PyMethod) a).same((PyMethod) b))
                : PyNotImplementedType.NOT_IMPLEMENTED);
        TYPE.slot(Slot.HASH, (Signature.Hash) m -> System.identityHashCode(((PyMethod) m).self)
                ^ ObjectOps.hash(((PyMethod) m).function));
        TYPE.slot(Slot.GETATTRIBUTE, (Signature.Binary) (m, n) -> ((PyMethod) m).attribute((PyStr) n));
        TYPE.slot(Slot.REPR, (Signature.Unary) m -> ((PyMethod) m).repr());
        TYPE.define("__func__", new PyMemberDescr(TYPE, "__func__", m -> newRef(((PyMethod) m).function))
                .withDoc("the function (or other callable) implementing a method"));
        TYPE.define("__self__", new PyMemberDescr(TYPE, "__self__", m -> newRef(((PyMethod) m).self))
                .withDoc("the instance to which a method is bound"));
    }

    private final PyObject function;
    private final PyObject self;

    /** Binds {@code function} to {@code self}; both borrowed, and kept. */
    public PyMethod(PyObject function, PyObject self) {
        this.function = newRef(function);
        this.self = newRef(self);
        track();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The function (borrowed). */
    public PyObject function() {
        return function;
    }

    /** The bound object (borrowed). */
    public PyObject self() {
        return self;
    }

    private boolean same(PyMethod other) {
        return self == other.self && ObjectOps.equal(function, other.function);
    }

    /** The method type's own attributes, then the function's ({@code method_getattro}). */
    private PyObject attribute(PyStr name) {
        PyObject descr = TYPE.lookup(name.toString());
        if (descr != null) {
            Signature.Ternary get = descr.type().ternary(Slot.GET);
            return get != null ? get.apply(descr, this, TYPE) : newRef(descr);
        }
        return ObjectOps.getAttr(function, name);
    }

    private PyObject repr() {
        PyObject name = ObjectOps.lookupAttr(function, PyStr.of("__qualname__"));
        if (name == null) {
            name = ObjectOps.lookupAttr(function, PyStr.of("__name__"));
        }
        String n = name instanceof PyStr ? name.toString() : "?";
        PyObject.xdecref(name);
        return PyStr.of("<bound method " + n + " of " + ObjectOps.repr(self) + ">");
    }

    private PyObject call(PyObject[] args, String[] kw) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        return CallOps.call(function, full, kw);
    }

    @Override
    public void traverse(Visitor v) {
        v.visit(function);
        v.visit(self);
    }

    /** A bound method has no clear: cycles through it break at the objects it refers to. */
    @Override
    protected boolean clearable() {
        return false;
    }

    @Override
    public void releaseReferences() {
        function.decref();
        self.decref();
    }
}
