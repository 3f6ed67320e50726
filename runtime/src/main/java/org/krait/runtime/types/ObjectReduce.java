package org.krait.runtime.types;

import java.util.function.Function;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyPlainObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code object.__reduce_ex__}, {@code object.__reduce__} and {@code object.__getstate__}, the
 * default way an instance describes itself to {@code pickle} and {@code copy} (CPython 3.11:
 * {@code object___reduce_ex___impl}, {@code reduce_newobj} and {@code object_getstate} in
 * Objects/typeobject.c). As CPython's C code calls into {@code copyreg}, these call the bundled
 * {@code copyreg} module, whose helpers do the work in Python; the one fact Python cannot see is
 * whether the instance's Java object holds state of its own besides a dict and slots (CPython's
 * basic size test), which is passed along.
 */
public final class ObjectReduce {

    /** Imports a module of the running interpreter (borrowed); installed with the builtins. */
    private static volatile Function<String, PyObject> importer = name -> {
        throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "no interpreter is installed");
    };

    private ObjectReduce() {
    }

    /** Installs how the running interpreter imports a module (borrowed result). */
    public static void setImporter(Function<String, PyObject> f) {
        importer = f;
    }

    static void fill(PyType o) {
        o.method("__reduce_ex__", ArgSpec.ONE, (self, a, kw) -> {
            PyInt protocol = NumberOps.index(a[0]);
            try {
                return helper("_krait_reduce_ex", self, protocol, opaque(self));
            } finally {
                protocol.decref();
            }
        });
        o.method("__reduce__", ArgSpec.NOARGS, (self, a, kw) -> helper("_reduce_ex", self, PyInt.of(0)));
        o.method("__getstate__", ArgSpec.NOARGS, (self, a, kw) -> helper("_krait_getstate", self, PyBool.FALSE,
                opaque(self)));
    }

    /** Whether the instance's Java object holds state that neither its dict nor its slots show. */
    private static PyBool opaque(PyObject self) {
        return PyBool.of(!(self instanceof PyInstance || self instanceof PyPlainObject));
    }

    private static PyObject helper(String name, PyObject... args) {
        PyObject copyreg = importer.apply("copyreg");
        PyObject f = ObjectOps.getAttr(copyreg, name);
        try {
            return CallOps.call(f, args);
        } finally {
            f.decref();
        }
    }
}
