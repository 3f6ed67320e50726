package org.krait.runtime.host;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.Slot;

/**
 * Python objects implementing Java interfaces. A callable implements a functional interface (one
 * abstract method) by being called; any object implements an interface by having a callable
 * attribute for each abstract method, named as the method. Default methods run the object's
 * attribute of that name when it has one, else the interface's own code. Each call enters the
 * interpreter; arguments and results cross as {@link HostValues} says.
 */
public final class InterfaceProxies {

    private InterfaceProxies() {
    }

    /** {@code target} (borrowed) as an {@code iface}, for the interpreter the current thread runs. */
    public static Object implement(PyObject target, Class<?> iface) {
        return implement(ThreadState.current().interpreter(), target, iface);
    }

    /**
     * {@code target} (borrowed), an object of {@code interpreter}, as an {@code iface}; must be
     * called under the interpreter's lock. Whether it has the methods is not checked here (a
     * missing one raises AttributeError when called): see {@link #canImplement}.
     */
    public static Object implement(Interpreter interpreter, PyObject target, Class<?> iface) {
        if (!iface.isInterface()) {
            throw new IllegalArgumentException(iface.getName() + " is not an interface");
        }
        boolean asFunction = callsItself(target, iface);
        target.incref();
        Handler h = new Handler(iface, asFunction);
        Object proxy = Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, h);
        h.ref = new HostRef(proxy, interpreter, target);
        return proxy;
    }

    /**
     * Whether {@code target} (borrowed) has what {@code iface}'s abstract methods need: it is
     * callable and the interface functional, or it has a callable attribute for each. Under the
     * interpreter's lock.
     */
    public static boolean canImplement(PyObject target, Class<?> iface) {
        if (!iface.isInterface()) {
            return false;
        }
        if (callsItself(target, iface)) {
            return true;
        }
        for (Method m : abstractMethods(iface)) {
            if (!hasCallable(target, m.getName())) {
                return false;
            }
        }
        return true;
    }

    /** Whether calls of {@code iface}'s one abstract method call {@code target} itself. */
    private static boolean callsItself(PyObject target, Class<?> iface) {
        List<Method> abstracts = abstractMethods(iface);
        if (!target.type().has(Slot.CALL) || abstracts.isEmpty()) {
            return false;
        }
        String name = abstracts.get(0).getName();
        for (Method m : abstracts) {
            if (!m.getName().equals(name)) {
                return false;
            }
        }
        return !hasCallable(target, name);
    }

    private static boolean hasCallable(PyObject target, String name) {
        PyObject a = ObjectOps.lookupAttr(target, PyStr.of(name));
        if (a == null) {
            return false;
        }
        boolean callable = a.type().has(Slot.CALL);
        a.decref();
        return callable;
    }

    /** The methods a class implementing {@code iface} must define: not default, static, or Object's. */
    public static List<Method> abstractMethods(Class<?> iface) {
        List<Method> out = new ArrayList<>();
        for (Method m : iface.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** An interface may redeclare a public method of Object ({@code Comparator.equals}); Object implements it. */
    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Java arguments as Python ones (new references); under the lock. */
    static PyObject[] arguments(Object[] args) {
        if (args == null) {
            return new PyObject[0];
        }
        PyObject[] a = new PyObject[args.length];
        try {
            for (int i = 0; i < args.length; i++) {
                a[i] = HostValues.toPython(args[i]);
            }
        } catch (RuntimeException e) {
            for (PyObject o : a) {
                PyObject.xdecref(o);
            }
            throw e;
        }
        return a;
    }

    /** What the proxies run: the Python side of each method. */
    static final class Handler implements InvocationHandler {
        private final Class<?> iface;
        private final boolean asFunction;
        /** Set once, right after the proxy is made (the reference is released when the proxy dies). */
        HostRef ref;

        Handler(Class<?> iface, boolean asFunction) {
            this.iface = iface;
            this.asFunction = asFunction;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class || isObjectMethod(method) && !method.isDefault()) {
                return objectMethod(proxy, method, args);
            }
            if (method.isDefault() && (asFunction || !Gate.run(ref.interpreter, () -> hasCallable(ref.object, method.getName())))) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            return Gate.run(ref.interpreter, () -> {
                PyObject callable = asFunction ? PyObject.newRef(ref.object) : ObjectOps.getAttr(ref.object, method.getName());
                PyObject[] a = arguments(args);
                try {
                    PyObject r = CallOps.call(callable, a);
                    try {
                        return HostValues.toJava(ref.interpreter, r, method.getReturnType());
                    } finally {
                        r.decref();
                    }
                } finally {
                    for (PyObject o : a) {
                        o.decref();
                    }
                    callable.decref();
                }
            });
        }

        private Object objectMethod(Object proxy, Method method, Object[] args) {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    return "Python " + iface.getName() + " over "
                            + Gate.run(ref.interpreter, () -> ObjectOps.repr(ref.object).toString());
            }
        }
    }
}
