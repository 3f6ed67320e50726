package org.krait.runtime.host;

import java.lang.reflect.Proxy;
import java.math.BigInteger;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;

/**
 * Values crossing between Python and Java (DESIGN.md, "Hosting"). Immutable scalars cross by value:
 * {@code int} as {@code Integer} when it fits, else {@code Long}, else {@code BigInteger};
 * {@code float}/{@code Double}, {@code str}/{@code String}, {@code bool}/{@code Boolean},
 * {@code None}/{@code null}, {@code bytes}/{@code byte[]}. Containers cross as live views
 * ({@code list} a {@code List}, {@code tuple} an unmodifiable {@code List}, {@code dict} a
 * {@code Map}, {@code set}/{@code frozenset} a {@code Set}); anything else as a {@link PyHandle}.
 * Both directions must be called under the interpreter's lock.
 */
public final class HostValues {

    private HostValues() {
    }

    /** {@code o} (borrowed) seen from Java, for the interpreter the current thread runs. */
    public static Object toJava(PyObject o) {
        return toJava(ThreadState.current().interpreter(), o);
    }

    /** {@code o} (borrowed), an object of {@code interpreter}, seen from Java. */
    public static Object toJava(Interpreter interpreter, PyObject o) {
        if (o == PyNoneType.NONE) {
            return null;
        }
        if (o instanceof PyBool) {
            return o == PyBool.TRUE;
        }
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            if (!i.isLong()) {
                return i.bigValue();
            }
            long v = i.longValue();
            return (int) v == v ? (Object) Integer.valueOf((int) v) : (Object) Long.valueOf(v);
        }
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value();
        }
        if (o instanceof PyStr) {
            return o.toString();
        }
        if (o instanceof PyBytes) {
            return ((PyBytes) o).toByteArray().clone();
        }
        if (o instanceof JavaValue) {
            return ((JavaValue) o).javaValue();
        }
        Object peer = org.krait.runtime.java.JavaValues.peer(o);
        if (peer != null) {
            return peer;
        }
        o.incref();
        if (o instanceof PyList) {
            return new ListView(interpreter, o);
        }
        if (o instanceof PyTuple) {
            return new TupleView(interpreter, o);
        }
        if (o instanceof PyDict) {
            return new MapView(interpreter, o);
        }
        if (o instanceof PySet) {
            return new SetView(interpreter, o);
        }
        return new PyHandle(interpreter, o);
    }

    /**
     * A live {@code Map} over the dict {@code d} (borrowed) of {@code interpreter}, for hosts that
     * need its type (a namespace's bindings).
     */
    public static MapView mapView(Interpreter interpreter, PyObject d) {
        d.incref();
        return new MapView(interpreter, d);
    }

    /**
     * {@code o} seen from Python (a new reference): the reverse of {@link #toJava}; a view, handle
     * or proxy of a Python object gives the object back, any other Java object goes to
     * {@link #foreign}.
     */
    public static PyObject toPython(Object o) {
        if (o == null) {
            return PyNoneType.NONE;
        }
        if (o instanceof String) {
            return PyStr.of((String) o);
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return PyInt.of(((Number) o).longValue());
        }
        if (o instanceof Boolean) {
            return PyBool.of((Boolean) o);
        }
        if (o instanceof Double || o instanceof Float) {
            return new PyFloat(((Number) o).doubleValue());
        }
        if (o instanceof BigInteger) {
            return PyInt.of((BigInteger) o);
        }
        if (o instanceof Character) {
            return PyStr.of(o.toString());
        }
        if (o instanceof byte[]) {
            return PyBytes.of(((byte[]) o).clone());
        }
        PyObject p = pythonObjectOf(o);
        if (p != null) {
            return PyObject.newRef(p);
        }
        return foreign(o);
    }

    /**
     * The Python object {@code o} stands for when it is a view, handle or proxy made here for the
     * interpreter the current thread runs, else null (borrowed).
     */
    static PyObject pythonObjectOf(Object o) {
        ThreadState ts = ThreadState.current();
        Interpreter current = ts == null ? null : ts.interpreter();
        if (o instanceof PythonView) {
            PythonView v = (PythonView) o;
            return v.interpreter() == current ? v.pythonObject() : null;
        }
        if (Proxy.isProxyClass(o.getClass()) && Proxy.getInvocationHandler(o) instanceof InterfaceProxies.Handler) {
            HostRef ref = ((InterfaceProxies.Handler) Proxy.getInvocationHandler(o)).ref;
            return ref.interpreter == current ? ref.object : null;
        }
        return null;
    }

    /**
     * Any other Java object seen from Python (a new reference): an instance of the Python type of
     * its class, with its methods, fields and protocols ({@code org.krait.runtime.java}).
     */
    public static PyObject foreign(Object o) {
        return org.krait.runtime.java.JavaValues.wrap(o);
    }

    /**
     * {@code o} (borrowed) as a value of the Java type {@code target}: primitives and their boxes
     * from numbers (a boolean from truth), an interface from a callable or object
     * ({@link InterfaceProxies}), otherwise {@link #toJava}'s value when the type accepts it.
     *
     * @throws ClassCastException when the value cannot be of that type
     */
    public static Object toJava(Interpreter interpreter, PyObject o, Class<?> target) {
        if (target == void.class || target == Void.class) {
            return null;
        }
        if (target == boolean.class || target == Boolean.class) {
            return ObjectOps.isTrue(o);
        }
        if (target.isPrimitive() || target == Integer.class || target == Long.class || target == Double.class
                || target == Float.class || target == Short.class || target == Byte.class || target == Character.class) {
            return primitive(o, target);
        }
        Object v = toJava(interpreter, o);
        if (v == null || target.isInstance(v)) {
            return v;
        }
        if (target.isInterface()) {
            return InterfaceProxies.implement(interpreter, o, target);
        }
        throw new ClassCastException("a Python '" + o.type().name() + "' is not a " + target.getName());
    }

    private static Object primitive(PyObject o, Class<?> target) {
        if (target == char.class || target == Character.class) {
            if (o instanceof PyStr && ((PyStr) o).length() == 1 && ((PyStr) o).codePointAt(0) < 0x10000) {
                return (char) ((PyStr) o).codePointAt(0);
            }
            throw new ClassCastException("a Python '" + o.type().name() + "' is not a char");
        }
        if (target == double.class || target == Double.class || target == float.class || target == Float.class) {
            double d;
            if (o instanceof PyFloat) {
                d = ((PyFloat) o).value();
            } else if (o instanceof PyInt) {
                d = ((PyInt) o).doubleValue();
            } else {
                throw new ClassCastException("a Python '" + o.type().name() + "' is not a " + target.getName());
            }
            return target == float.class || target == Float.class ? (Object) (float) d : (Object) d;
        }
        if (!(o instanceof PyInt)) {
            throw new ClassCastException("a Python '" + o.type().name() + "' is not a " + target.getName());
        }
        PyInt i = (PyInt) o;
        long v = i.isLong() ? i.longValue() : i.bigValue().signum() * Long.MAX_VALUE;
        if (target == long.class || target == Long.class) {
            return v;
        }
        if (target == int.class || target == Integer.class) {
            // compare() results and the like: keep the sign when the value does not fit
            return (int) v == v ? (int) v : v < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        if (target == short.class || target == Short.class) {
            return (short) v;
        }
        return (byte) v;
    }
}
