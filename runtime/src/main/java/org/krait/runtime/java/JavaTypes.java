package org.krait.runtime.java;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;

/**
 * The Python type of each Java class: made on first use, once per JVM, immortal and shared by every
 * interpreter like the builtin types (a Java class is the same for all of them). Its bases are the
 * types of the class's superclass and of the interfaces it adds, so {@code isinstance},
 * {@code issubclass} and the MRO follow Java's hierarchy; {@code java.lang.Throwable} also derives
 * from {@code Exception}, so Java exceptions are raised and caught as Python exceptions.
 *
 * <p>Invariant: a type is built under {@link #LOCK} and recorded before it is published, so two
 * threads asking for the same class get one type (a base type's subclass list never gets a twin).
 */
public final class JavaTypes {

    private static final Object LOCK = new Object();
    /** The truth, written under {@link #LOCK}; {@link #CACHE} is the fast path in front of it. */
    private static final Map<Class<?>, PyType> BUILT = new HashMap<>();
    private static final Map<PyType, Class<?>> CLASSES = new ConcurrentHashMap<>();
    private static final ClassValue<PyType> CACHE = new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> c) {
            synchronized (LOCK) {
                PyType t = BUILT.get(c);
                return t != null ? t : build(c);
            }
        }
    };

    private JavaTypes() {
    }

    /** The Python type of {@code c} (immortal; borrowed). */
    public static PyType typeOf(Class<?> c) {
        return CACHE.get(c);
    }

    /** The Java class a type stands for, or null when {@code t} is not a Java class's type. */
    public static Class<?> classOf(PyType t) {
        return CLASSES.get(t);
    }

    /** The first Java class along {@code t}'s MRO (a Python subclass's Java base), or null. */
    public static Class<?> javaBase(PyType t) {
        for (PyType m : t.mro()) {
            Class<?> c = CLASSES.get(m);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The Java classes and interfaces along {@code t}'s MRO, most derived first. */
    static List<Class<?>> javaBases(PyType t) {
        List<Class<?>> out = new ArrayList<>();
        for (PyType m : t.mro()) {
            Class<?> c = CLASSES.get(m);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    /** How Python names a Java class: its binary name with nested classes dotted, arrays as {@code int[]}. */
    public static String pythonName(Class<?> c) {
        return c.isArray() ? c.getTypeName() : c.getName().replace('$', '.');
    }

    private static PyType build(Class<?> c) {
        PyType t = make(c, bases(c));
        BUILT.put(c, t);
        CLASSES.put(t, c);
        JavaMembers.fill(t, c);
        JavaProtocols.fill(t, c);
        return t;
    }

    /** The builtin type, with a single base if Java's hierarchy has no consistent C3 order. */
    private static PyType make(Class<?> c, PyType[] bases) {
        try {
            return PyType.builtin(pythonName(c), bases);
        } catch (PythonException e) {
            return PyType.builtin(pythonName(c), bases[0]);
        }
    }

    private static PyType[] bases(Class<?> c) {
        if (c == Object.class) {
            return new PyType[] {PyType.OBJECT};
        }
        List<PyType> out = new ArrayList<>();
        Class<?> sup = c.getSuperclass();
        if (c == Throwable.class) {
            out.add(ExceptionTypes.EXCEPTION);
        } else if (sup != null && sup != Object.class) {
            out.add(typeOf(sup));
        }
        for (Class<?> i : addedInterfaces(c, sup)) {
            out.add(typeOf(i));
        }
        if (out.isEmpty() || c == Throwable.class && out.size() == 1) {
            // Object last: placed before an interface that also leads to it, C3 would fail.
            out.add(typeOf(Object.class));
        }
        return out.toArray(new PyType[0]);
    }

    /** The interfaces {@code c} declares that neither its superclass nor another of them already brings. */
    private static List<Class<?>> addedInterfaces(Class<?> c, Class<?> sup) {
        Class<?>[] declared = c.getInterfaces();
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> i : declared) {
            if (sup != null && i.isAssignableFrom(sup)) {
                continue;
            }
            boolean implied = false;
            for (Class<?> j : declared) {
                if (j != i && i.isAssignableFrom(j)) {
                    implied = true;
                    break;
                }
            }
            if (!implied) {
                out.add(i);
            }
        }
        return out;
    }
}
