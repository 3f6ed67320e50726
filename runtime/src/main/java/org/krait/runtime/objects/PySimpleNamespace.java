package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code types.SimpleNamespace}: an object whose attributes are its {@code __dict__}, built from
 * keyword arguments ({@code sys.implementation} is one). CPython: Objects/namespaceobject.c.
 */
public class PySimpleNamespace extends PyObject implements DictOwner {

    public static final PyType TYPE = PyType.builtin("types.SimpleNamespace", PyType.OBJECT);

    static {
        TYPE.instances(PySimpleNamespace::new);
        TYPE.slot(Slot.INIT, (Signature.Call) (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length > nkw) {
                throw PythonException.typeError("no positional arguments expected");
            }
            PyDict d = ((PySimpleNamespace) self).dict;
            for (int i = 0; i < nkw; i++) {
                d.setItem(kw[i], args[i]);
            }
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> ((PySimpleNamespace) self).repr());
        // namespaces compare as their dicts do, for every operator (namespace_richcompare)
        Slot[] compare = {Slot.LT, Slot.LE, Slot.EQ, Slot.NE, Slot.GT, Slot.GE};
        for (int i = 0; i < compare.length; i++) {
            int op = i;
            TYPE.slot(compare[i], (Signature.Binary) (a, b) -> b instanceof PySimpleNamespace
                    ? ObjectOps.richCompare(((PySimpleNamespace) a).dict, ((PySimpleNamespace) b).dict, op)
                    : PyNotImplementedType.NOT_IMPLEMENTED);
        }
        TYPE.slot(Slot.HASH, null);
    }

    private final PyType type;
    private final PyDict dict = new PyDict();

    /** An empty namespace of {@code type} (kept), for {@code object.__new__}. */
    public PySimpleNamespace(PyType type) {
        this.type = newRef(type);
    }

    /** A namespace holding {@code names[i] = values[i]} (borrowed). */
    public static PySimpleNamespace of(String[] names, PyObject[] values) {
        PySimpleNamespace ns = new PySimpleNamespace(TYPE);
        for (int i = 0; i < names.length; i++) {
            ns.dict.setItem(names[i], values[i]);
        }
        return ns;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** {@code namespace(a=1, b='x')}; a subclass shows its own name; a cycle shows {@code namespace(...)}. */
    private PyObject repr() {
        String name = type == TYPE ? "namespace" : type.name();
        if (!ReprGuard.enter(this)) {
            return PyStr.of(name + "(...)");
        }
        try {
            StringBuilder sb = new StringBuilder(name).append('(');
            boolean first = true;
            for (int i = 0; i < dict.entryBound(); i++) {
                PyObject k = dict.keyAt(i);
                if (k == null || !(k instanceof PyStr)) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                PyStr r = ObjectOps.repr(dict.valueAt(i));
                sb.append(k).append('=').append(r);
                r.decref();
            }
            return PyStr.of(sb.append(')').toString());
        } finally {
            ReprGuard.leave(this);
        }
    }

    @Override
    public void releaseReferences() {
        dict.decref();
        type.decref();
    }
}
