package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code mappingproxy} ({@code types.MappingProxyType}): a read-only view of a mapping; what
 * {@code C.__dict__} gives for a class. CPython: {@code PyDictProxy_Type} in descrobject.c.
 */
public final class PyMappingProxy extends PyObject {

    public static final PyType TYPE = PyType.builtin("mappingproxy", PyType.OBJECT).finalType();

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
            PyObject[] args = ArgSpec.keywords(1, "mapping").bind("mappingproxy", null, a, kw);
            PyObject m = args[0];
            if (!m.type().has(Slot.GETITEM) || m instanceof PyList || m instanceof PyTuple) {
                throw PythonException.typeError("mappingproxy() argument must be a mapping, not " + m.type().name());
            }
            return new PyMappingProxy(m);
        });
        TYPE.slot(Slot.GETITEM, (Signature.Binary) (p, k) -> SequenceOps.getItem(((PyMappingProxy) p).mapping, k));
        TYPE.slot(Slot.CONTAINS, (Signature.Contains) (p, k) -> SequenceOps.contains(((PyMappingProxy) p).mapping, k));
        TYPE.slot(Slot.LEN, (Signature.Length) p -> SequenceOps.length(((PyMappingProxy) p).mapping));
        TYPE.slot(Slot.ITER, (Signature.Unary) p -> IterOps.iter(((PyMappingProxy) p).mapping));
        TYPE.slot(Slot.REPR, (Signature.Unary) p -> PyStr.of("mappingproxy(" + ObjectOps.repr(((PyMappingProxy) p).mapping) + ")"));
        TYPE.slot(Slot.STR, (Signature.Unary) p -> ObjectOps.str(((PyMappingProxy) p).mapping));
        TYPE.slot(Slot.EQ, (Signature.Binary) (p, o) -> ObjectOps.richCompare(((PyMappingProxy) p).mapping, o, ObjectOps.EQ));
        TYPE.slot(Slot.NE, (Signature.Binary) (p, o) -> ObjectOps.richCompare(((PyMappingProxy) p).mapping, o, ObjectOps.NE));
        TYPE.slot(Slot.OR, (Signature.Binary) (p, o) -> org.krait.runtime.ops.NumberOps.binary(org.krait.runtime.ops.NumberOps.Op.OR, unwrap(p), unwrap(o)));
        TYPE.slot(Slot.HASH, null);
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            TYPE.method(name, ArgSpec.NOARGS, (p, a, kw) -> forward(p, name, a));
        }
        TYPE.method("get", ArgSpec.positional(1, 2), (p, a, kw) -> forward(p, "get", a));
        TYPE.method("__reversed__", ArgSpec.NOARGS, (p, a, kw) -> {
            PyObject r = ((PyMappingProxy) p).mapping.type().lookup("__reversed__");
            return CallOps.call(r, ((PyMappingProxy) p).mapping);
        });
    }

    /** The mapping seen through the proxy (owned). */
    private final PyObject mapping;

    /** A read-only view of {@code mapping} (kept). */
    public PyMappingProxy(PyObject mapping) {
        this.mapping = newRef(mapping);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyMappingProxy ? ((PyMappingProxy) o).mapping : o;
    }

    /** Calls the mapping's own method {@code name}, as the proxy's methods do. */
    private static PyObject forward(PyObject p, String name, PyObject[] a) {
        PyObject m = ObjectOps.getAttr(((PyMappingProxy) p).mapping, name);
        try {
            return CallOps.call(m, a);
        } finally {
            m.decref();
        }
    }

    @Override
    public void releaseReferences() {
        mapping.decref();
    }
}
