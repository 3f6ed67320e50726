package org.krait.runtime.objects;

import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code method}: a function bound to an instance. CPython: Objects/classobject.c. */
public final class PyMethod extends org.krait.runtime.memory.GcObject {

    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT)
            .slot(Slot.CALL, (Signature.Call) (m, args, kw) -> ((PyMethod) m).call(args, kw))
            .slot(Slot.EQ, (Signature.Binary) (a, b) -> b instanceof PyMethod
                    ? PyBool.of(((PyMethod) a).function == ((PyMethod) b).function && ((PyMethod) a).self == ((PyMethod) b).self)
                    : PyNotImplementedType.NOT_IMPLEMENTED)
            .slot(Slot.HASH, (Signature.Hash) m -> System.identityHashCode(((PyMethod) m).function) * 31L
                    + System.identityHashCode(((PyMethod) m).self))
            .slot(Slot.GETATTRIBUTE, (Signature.Binary) (m, n) -> {
                PyMethod pm = (PyMethod) m;
                switch (n.toString()) {
                    case "__self__": return newRef(pm.self);
                    case "__func__": return newRef(pm.function);
                    default: return ObjectOps.getAttr(pm.function, (PyStr) n);
                }
            })
            .slot(Slot.REPR, (Signature.Unary) m -> {
                PyMethod pm = (PyMethod) m;
                String q = pm.function instanceof PyFunction ? ((PyFunction) pm.function).qualname() : "?";
                return PyStr.of("<bound method " + q + " of " + ObjectOps.repr(pm.self) + ">");
            });

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
