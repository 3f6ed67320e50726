package org.krait.runtime.builtins;

import java.util.LinkedHashMap;
import java.util.Map;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyProperty;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyMethodDescr;
import org.krait.runtime.types.PyType;

/**
 * Struct sequence types such as {@code sys.flags}: tuples whose items are also read-only named
 * attributes, with the class attributes {@code n_fields}, {@code n_sequence_fields},
 * {@code n_unnamed_fields} and {@code __match_args__}, a repr {@code module.name(field=value, ...)},
 * and no way for a program to make new instances. CPython: Objects/structseq.c.
 */
final class StructSequence {

    private StructSequence() {
    }

    /** A new struct sequence type {@code module.name} with {@code fields}, and its one instance holding {@code values} (borrowed). */
    static PyObject instance(String module, String name, String[] fields, PyObject... values) {
        Map<String, PyObject> ns = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            int at = i;
            PyObject getter = new PyBuiltinFunctionOrMethod(fields[i], (s, a, kw) -> PyObject.newRef(((PyTuple) a[0]).getItem(at)));
            ns.put(fields[i], CallOps.call(PyProperty.TYPE, getter));
            getter.decref();
        }
        PyStr moduleName = PyStr.of(module);
        ns.put("__module__", moduleName);
        PyObject count = PyInt.of(fields.length);
        ns.put("n_fields", count);
        ns.put("n_sequence_fields", count);
        ns.put("n_unnamed_fields", PyInt.of(0));
        PyObject[] names = new PyObject[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = PyStr.of(fields[i]);
        }
        ns.put("__match_args__", PyTuple.fromArray(names));
        PyType type = PyType.heap(name, new PyType[] {PyTuple.TYPE}, ns);
        PyObject repr = new PyMethodDescr(type, "__repr__", (self, a, kw) -> repr(module + "." + name, fields, (PyTuple) self));
        type.setAttribute("__repr__", repr);
        repr.decref();
        PyObject items = PyTuple.of(values);
        PyObject result = CallOps.call(type, items);
        items.decref();
        // Made once, here; afterwards the type refuses, as CPython's struct sequences do.
        PyObject refuse = new PyBuiltinFunctionOrMethod("__new__", (s, a, kw) -> {
            throw PythonException.typeError("cannot create '" + module + "." + name + "' instances");
        });
        type.setAttribute("__new__", refuse);
        refuse.decref();
        return result;
    }

    private static PyObject repr(String qualifiedName, String[] fields, PyTuple values) {
        StringBuilder sb = new StringBuilder(qualifiedName).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            PyStr r = ObjectOps.repr(values.getItem(i));
            sb.append(fields[i]).append('=').append(r);
            r.decref();
        }
        return PyStr.of(sb.append(')').toString());
    }
}
