package org.krait.runtime.java;

import java.lang.reflect.Array;
import java.util.Map;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;

/**
 * The {@code jarray} module (the name Jython gave it): Java arrays made from Python.
 * {@code zeros(length, type)} is a new array of zeros, falses or nulls; {@code array(sequence,
 * type)} one holding the items of {@code sequence}, each converted to the element type (a
 * TypeError names the first item that does not fit). The element type is a Java class's type
 * ({@code java.lang.String}), a {@code java.lang.Class} ({@code java.lang.Integer.TYPE}), one of
 * Python's {@code int} ({@code int}), {@code float} ({@code double}), {@code bool}
 * ({@code boolean}) and {@code str} ({@code String}), or a Jython type code: {@code 'z'}
 * boolean, {@code 'b'} byte, {@code 'c'} char, {@code 'h'} short, {@code 'i'} int, {@code 'l'}
 * long, {@code 'f'} float, {@code 'd'} double.
 */
public final class JarrayModule {

    private static final Map<String, Class<?>> CODES = Map.of("z", boolean.class, "b", byte.class, "c", char.class,
            "h", short.class, "i", int.class, "l", long.class, "f", float.class, "d", double.class);

    private JarrayModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("jarray", d);
        PyBuiltinFunctionOrMethod.define(d, "zeros", ArgSpec.positional(2, 2), (s, a, kw) -> {
            Class<?> type = elementType(a[1]);
            PyInt n = NumberOps.index(a[0]);
            long length = n.isLong() ? n.longValue() : Long.MAX_VALUE;
            n.decref();
            if (length < 0 || length > Integer.MAX_VALUE - 8) {
                throw PythonException.valueError("invalid Java array length " + a[0]);
            }
            return JavaValues.wrap(Array.newInstance(type, (int) length));
        });
        PyBuiltinFunctionOrMethod.define(d, "array", ArgSpec.positional(2, 2), (s, a, kw) -> {
            Class<?> type = elementType(a[1]);
            PyObject[] items = IterOps.toArray(a[0]);
            try {
                Object array = Array.newInstance(type, items.length);
                for (int i = 0; i < items.length; i++) {
                    if (Conversion.phase(items[i], type) == Conversion.NONE) {
                        throw PythonException.typeError("item " + i + " of type '" + items[i].type().name()
                                + "' cannot be stored in a Java array of " + type.getTypeName());
                    }
                    Array.set(array, i, Conversion.convert(items[i], type));
                }
                return JavaValues.wrap(array);
            } finally {
                for (PyObject o : items) {
                    o.decref();
                }
            }
        });
        d.decref();
        return m;
    }

    private static Class<?> elementType(PyObject t) {
        if (t instanceof PyType) {
            Class<?> c = JavaTypes.classOf((PyType) t);
            if (c != null) {
                return c;
            }
            if (t == PyInt.TYPE) {
                return int.class;
            }
            if (t == PyFloat.TYPE) {
                return double.class;
            }
            if (t == PyBool.TYPE) {
                return boolean.class;
            }
            if (t == PyStr.TYPE) {
                return String.class;
            }
        }
        if (t instanceof PyJavaObject && ((PyJavaObject) t).value() instanceof Class) {
            return (Class<?>) ((PyJavaObject) t).value();
        }
        if (t instanceof PyStr && CODES.containsKey(t.toString())) {
            return CODES.get(t.toString());
        }
        throw PythonException.typeError("a Java array's element type must be a Java class, int, float, bool, str or a type code, not "
                + org.krait.runtime.ops.ObjectOps.repr(t));
    }
}
