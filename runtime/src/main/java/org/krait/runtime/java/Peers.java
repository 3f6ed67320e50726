package org.krait.runtime.java;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;

/**
 * Python classes that derive from Java classes and interfaces ({@code class Job(Runnable)},
 * {@code class Shape(AbstractShape)}): their instances are ordinary Python instances with a
 * Java peer, the object Java code sees. The peer of a class that only implements interfaces is a
 * {@link Proxy}; one that extends a Java class is an instance of a class made by the
 * {@link PeerClassFactory}. The peer is made by {@code __init__} of the Java base (so
 * {@code super().__init__(args)} chooses the Java constructor), or with no arguments the first
 * time it is needed when the Python {@code __init__} did not call it.
 */
final class Peers {

    /**
     * The {@code super$NAME} method of a generated class for each base method, found once; kept
     * with the class (a {@code ClassValue}), so a generated class can still be unloaded.
     */
    private static final ClassValue<Map<Method, Method>> SUPER_CALLS = new ClassValue<>() {
        @Override
        protected Map<Method, Method> computeValue(Class<?> c) {
            return new ConcurrentHashMap<>();
        }
    };

    private Peers() {
    }

    /** {@code object.__new__} for a Python class deriving from Java types: an instance without its peer yet. */
    static PyObject newInstance(PyType t) {
        Class<?> base = JavaTypes.javaBase(t);
        if (base != null && Throwable.class.isAssignableFrom(base)) {
            throw PythonException.typeError("a Python class cannot extend the Java exception " + JavaTypes.pythonName(base));
        }
        return new PyInstance(t);
    }

    /** The peer of {@code pi}, made with no arguments if {@code __init__} did not make it. */
    static Object peerOf(PyInstance pi) {
        Object peer = pi.javaPeer();
        if (peer == null) {
            construct(pi, new PyObject[0], null);
            peer = pi.javaPeer();
        }
        return peer;
    }

    /** Makes the peer of {@code pi} with the Java constructor that fits {@code args}. */
    static void construct(PyInstance pi, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PythonException.typeError("Java constructors take no keyword arguments");
        }
        Class<?> base = null;
        List<Class<?>> interfaces = new ArrayList<>();
        for (Class<?> c : JavaTypes.javaBases(pi.type())) {
            if (c.isInterface()) {
                if (!interfaces.contains(c)) {
                    interfaces.add(c);
                }
            } else if (base == null && c != Object.class) {
                base = c;
            }
        }
        Class<?> b = base;
        interfaces.removeIf(i -> b != null && i.isAssignableFrom(b));
        PeerHandler handler = new PeerHandler(ThreadState.current().interpreter(), pi);
        if (base == null) {
            if (args.length > 0) {
                throw PythonException.typeError("a Python class implementing Java interfaces takes no Java constructor arguments");
            }
            pi.setJavaPeer(Proxy.newProxyInstance(loaderFor(interfaces), interfaces.toArray(new Class<?>[0]), handler));
            return;
        }
        if (Modifier.isFinal(base.getModifiers())) {
            throw PythonException.typeError("cannot extend the final Java class " + JavaTypes.pythonName(base));
        }
        Class<?> peerClass = PeerClassFactory.get().peerClass(base, interfaces);
        List<Constructor<?>> ctors = new ArrayList<>();
        for (Constructor<?> c : base.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
                ctors.add(c);
            }
        }
        Overloads.Choice choice = new Overloads(base, base.getSimpleName(), ctors, false).choose(null, args);
        Class<?>[] params = choice.member().getParameterTypes();
        Class<?>[] withHandler = new Class<?>[params.length + 1];
        withHandler[0] = PeerHandler.class;
        System.arraycopy(params, 0, withHandler, 1, params.length);
        Object[] values = new Object[params.length + 1];
        values[0] = handler;
        System.arraycopy(choice.args(), 0, values, 1, params.length);
        Constructor<?> made;
        try {
            made = peerClass.getConstructor(withHandler);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("the generated peer class lacks a constructor", e);
        }
        // A Java constructor that calls methods Python overrides reaches Python through the handler;
        // those methods must not call Java methods on self, whose peer is not recorded until it returns.
        pi.setJavaPeer(JavaCalls.invoke(made, null, values, true));
    }

    /** A class loader that sees all of {@code interfaces} (and this package, for the handler). */
    private static ClassLoader loaderFor(List<Class<?>> interfaces) {
        List<ClassLoader> candidates = new ArrayList<>();
        for (Class<?> i : interfaces) {
            if (i.getClassLoader() != null) {
                candidates.add(i.getClassLoader());
            }
        }
        candidates.add(Thread.currentThread().getContextClassLoader());
        candidates.add(Peers.class.getClassLoader());
        for (ClassLoader l : candidates) {
            if (l != null && sees(l, interfaces)) {
                return l;
            }
        }
        return Peers.class.getClassLoader();
    }

    private static boolean sees(ClassLoader l, List<Class<?>> interfaces) {
        for (Class<?> i : interfaces) {
            try {
                if (Class.forName(i.getName(), false, l) != i) {
                    return false;
                }
            } catch (ClassNotFoundException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records that {@code peer}, the peer of {@code pi}, goes to Java code: the first time, its
     * handler takes a counted reference to {@code pi} (see {@link PeerHandler}), so Java never
     * calls an object Python has already released.
     */
    static void handOut(PyInstance pi, Object peer) {
        PeerHandler h = peer instanceof PythonPeer ? ((PythonPeer) peer).kraitPeerHandler()
                : (PeerHandler) Proxy.getInvocationHandler(peer);
        if (!h.counted) {
            h.counted = true;
            pi.incref();
        }
    }

    /** The Python object {@code o} stands for when it is a peer or a callable's proxy (borrowed), else null. */
    static PyObject pythonObject(Object o) {
        if (o instanceof PythonPeer) {
            return ((PythonPeer) o).kraitPeerHandler().target();
        }
        if (Proxy.isProxyClass(o.getClass()) && Proxy.getInvocationHandler(o) instanceof PeerHandler) {
            return ((PeerHandler) Proxy.getInvocationHandler(o)).target();
        }
        return null;
    }

    /**
     * What a call of {@code m} on {@code receiver} from Python runs: on a generated peer, the
     * inherited implementation ({@code super$NAME}), since Python code reaching a Java method
     * through its class wants Java's code, not its own override again.
     */
    static Executable forPython(Executable m, Object receiver) {
        if (!(receiver instanceof PythonPeer) || !(m instanceof Method) || Modifier.isAbstract(m.getModifiers())) {
            return m;
        }
        Method method = (Method) m;
        return SUPER_CALLS.get(receiver.getClass()).computeIfAbsent(method, k -> {
            try {
                return receiver.getClass().getMethod("super$" + k.getName(), k.getParameterTypes());
            } catch (NoSuchMethodException e) {
                return k;
            }
        });
    }
}
