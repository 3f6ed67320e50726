package org.krait.runtime.java;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * Calls from Java into the Python object a peer stands for (a {@link java.lang.reflect.Proxy}
 * for interfaces, or a generated subclass). A callable passed where a functional interface is
 * expected is the host package's business ({@code InterfaceProxies}). Any Java thread may call: each call enters the interpreter
 * ({@link Interpreter#enter}), converts the arguments to Python and the result to the declared
 * Java type, and leaves. A Java exception raised in Python (or thrown by Java code Python called)
 * comes out as the original Java exception; any other Python exception as its
 * {@code PythonException}.
 *
 * <p>References: the handler of a peer that Java code never received does not count its Python
 * object (the object owns the peer, and both die together in the JVM's collector). Once the peer
 * is passed to Java ({@link Peers#handOut}) it counts one reference, never released: Java may
 * keep the peer anywhere, and nothing tells when it lets go while Python still holds the object,
 * so such an object lives as long as the interpreter (its {@code __del__} never runs).
 */
public final class PeerHandler implements InvocationHandler {

    private final Interpreter interpreter;
    private final PyObject target;
    /** Whether Java holds the counted reference {@link Peers#handOut} took. */
    boolean counted;

    PeerHandler(Interpreter interpreter, PyObject target) {
        this.interpreter = interpreter;
        this.target = target;
    }

    /** The Python object (borrowed). */
    PyObject target() {
        return target;
    }

    /**
     * Whether the Python class defines {@code name} itself, in a class that is not a Java
     * class's type (so a call of it from Java goes to Python, not to the inherited Java code).
     */
    public boolean overrides(String name) {
        ThreadState ts = interpreter.enter();
        try {
            for (PyType t : target.type().mro()) {
                if (JavaTypes.classOf(t) != null) {
                    return false;
                }
                if (t.getOwn(name) != null) {
                    return true;
                }
            }
            return false;
        } finally {
            interpreter.exit(ts);
        }
    }

    /**
     * Calls the Python method {@code name} with
     * {@code args}, and returns its result as a {@code returnType} (boxed for a primitive, null
     * for void).
     */
    public Object call(String name, Object[] args, Class<?> returnType) throws Throwable {
        ThreadState ts = interpreter.enter();
        try {
            int n = args == null ? 0 : args.length;
            PyObject[] pargs = new PyObject[n];
            for (int i = 0; i < n; i++) {
                pargs[i] = JavaValues.toPython(args[i]);
            }
            PyObject r;
            try {
                r = CallOps.callMethod(target, name, pargs);
            } finally {
                for (PyObject a : pargs) {
                    a.decref();
                }
            }
            try {
                return Conversion.toDeclared(r, returnType);
            } finally {
                r.decref();
            }
        } catch (PythonException e) {
            Throwable original = e.getCause();
            throw original != null ? original : e;
        } finally {
            interpreter.exit(ts);
        }
    }

    @Override
    public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
        if (m.getDeclaringClass() == Object.class) {
            switch (m.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(target);
                default:
                    return text();
            }
        }
        if (m.isDefault() && !overrides(m.getName())) {
            return InvocationHandler.invokeDefault(proxy, m, args);
        }
        return call(m.getName(), args, m.getReturnType());
    }

    /** {@code str()} of the target, for the proxy's {@code toString}. */
    private String text() {
        ThreadState ts = interpreter.enter();
        try {
            PyObject s = ObjectOps.str(target);
            String out = s.toString();
            s.decref();
            return out;
        } finally {
            interpreter.exit(ts);
        }
    }
}
