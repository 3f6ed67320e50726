package org.krait.runtime.objects.exceptions;

import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code ImportError}'s own state: the keyword arguments {@code name} and {@code path} and the
 * attribute {@code msg}, kept in the exception's dict. CPython: ImportError_init and
 * ImportError_str in Objects/exceptions.c.
 */
final class ImportErrorFields {

    private ImportErrorFields() {
    }

    /** Gives {@code type} (ImportError) and its subclasses ImportError's constructor and str. */
    static PyType install(PyType type) {
        Signature.Call baseNew = type.call(Slot.NEW);
        type.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> baseNew.call(cls, positional(args, kw), null));
        type.slot(Slot.INIT, (Signature.Call) (self, args, kw) -> {
            PyBaseException e = (PyBaseException) self;
            PyObject[] pos = positional(args, kw);
            PyObject name = PyNoneType.NONE;
            PyObject path = PyNoneType.NONE;
            int npos = pos.length;
            for (int i = 0; kw != null && i < kw.length; i++) {
                switch (kw[i]) {
                    case "name":
                        name = args[npos + i];
                        break;
                    case "path":
                        path = args[npos + i];
                        break;
                    default:
                        throw PythonException.typeError("'" + kw[i] + "' is an invalid keyword argument for ImportError()");
                }
            }
            e.setArgs(PyTuple.of(pos));
            PyDict d = e.dict();
            d.setItem("msg", npos == 1 ? pos[0] : PyNoneType.NONE);
            d.setItem("name", name);
            d.setItem("path", path);
            return PyNoneType.NONE;
        });
        type.slot(Slot.STR, (Signature.Unary) self -> {
            PyObject msg = ((PyBaseException) self).dict().getItem("msg");
            if (msg != null && msg.type() == PyStr.TYPE) {
                return PyObject.newRef(msg);
            }
            return ((PyBaseException) self).__str__();
        });
        return type;
    }

    /** {@code msg}, {@code name} or {@code path} of an ImportError made without its constructor: None (borrowed). */
    static PyObject field(PyBaseException e, String field) {
        PyObject v = e.dict().getItem(field);
        if (v != null) {
            return v;
        }
        if (field.equals("msg") && e.args().size() == 1) {
            return e.args().getItem(0);
        }
        return PyNoneType.NONE;
    }

    private static PyObject[] positional(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        return nkw == 0 ? args : java.util.Arrays.copyOf(args, args.length - nkw);
    }
}
