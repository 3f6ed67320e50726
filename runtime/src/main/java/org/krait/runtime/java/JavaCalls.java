package org.krait.runtime.java;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;
import org.krait.runtime.host.PythonError;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * Calls into Java code: the reflective invocation, the GIL given up around it when the callee may
 * block ({@link ThreadState#unlocked}), and a Java exception turned into a Python one
 * ({@link PyJavaException}) whose {@code PythonException} has the Java exception as its cause.
 *
 * <p>The GIL is kept for calls that cannot block: methods of {@link #NON_BLOCKING} classes
 * (strings, boxed numbers, {@code Math}...) and of the unsynchronized collections of
 * {@code java.util} reached through them. Releasing and taking it back costs far more than such a
 * call (see the README's benchmark), and keeping it cannot deadlock: those methods never wait for
 * another thread (a callback they make into Python enters the interpreter on this same thread).
 */
final class JavaCalls {

    private static final Set<Class<?>> NON_BLOCKING = Set.of(Object.class, String.class, StringBuilder.class, Integer.class,
            Long.class, Short.class, Byte.class, Double.class, Float.class, Character.class, Boolean.class, Number.class,
            Math.class, StrictMath.class, java.util.Objects.class, java.util.Arrays.class, java.math.BigInteger.class,
            java.math.BigDecimal.class, java.util.ArrayList.class, java.util.LinkedList.class, java.util.HashMap.class,
            java.util.LinkedHashMap.class, java.util.TreeMap.class, java.util.HashSet.class, java.util.LinkedHashSet.class,
            java.util.TreeSet.class, java.util.ArrayDeque.class, java.util.PriorityQueue.class, java.util.List.class,
            java.util.Map.class, java.util.Set.class, java.util.Collection.class, java.util.Iterator.class,
            java.util.AbstractList.class, java.util.AbstractCollection.class, java.util.AbstractMap.class,
            java.util.AbstractSet.class, java.util.Map.Entry.class, Iterable.class, CharSequence.class, Comparable.class);

    private JavaCalls() {
    }

    /**
     * Whether a call of {@code member} found on {@code owner} (the class of the receiver's type)
     * may block, so it runs without the GIL: true unless both are {@link #NON_BLOCKING}.
     */
    static boolean mayBlock(Class<?> owner, Executable member) {
        return !(NON_BLOCKING.contains(owner) && NON_BLOCKING.contains(member.getDeclaringClass()));
    }

    /** Invokes {@code member} (a method, or a constructor with a null receiver); the Java result. */
    static Object invoke(Executable member, Object receiver, Object[] args, boolean release) {
        try {
            if (!release) {
                return invoke0(member, receiver, args);
            }
            return ThreadState.unlocked(() -> invoke0(member, receiver, args));
        } catch (Thrown t) {
            throw fromJava(t.getCause());
        }
    }

    private static Object invoke0(Executable called, Object receiver, Object[] args) {
        Executable member = Peers.forPython(called, receiver);
        try {
            if (member instanceof Method) {
                return ((Method) member).invoke(receiver, args);
            }
            return ((Constructor<?>) member).newInstance(args);
        } catch (InvocationTargetException e) {
            throw new Thrown(e.getCause());
        } catch (IllegalAccessException | InstantiationException e) {
            throw new Thrown(e);
        } catch (IllegalArgumentException e) {
            // A receiver of the wrong class: the descriptor was applied to another object.
            throw new Thrown(e);
        }
    }

    /**
     * The Python exception for a Java throwable: the Python exception itself when Python code
     * raised it through Java; otherwise the Java exception as an instance of its class's type.
     */
    static PythonException fromJava(Throwable t) {
        if (t instanceof PythonException) {
            return (PythonException) t;
        }
        if (t instanceof PythonError) {
            return ((PythonError) t).reraise();
        }
        return new PythonException(new PyJavaException(JavaTypes.typeOf(t.getClass()), t));
    }

    /** Carries what the callee threw out of the {@link ThreadState#unlocked} supplier, without a stack trace of its own. */
    private static final class Thrown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Thrown(Throwable cause) {
            super(null, cause, false, false);
        }
    }
}
