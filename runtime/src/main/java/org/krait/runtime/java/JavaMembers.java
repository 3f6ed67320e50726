package org.krait.runtime.java;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyMethodDescr;
import org.krait.runtime.types.PyType;

/**
 * Fills the namespace of a Java class's type with what Python reaches by attribute: its public
 * methods by name (every overload visible on the class, inherited ones included, so the first
 * type along the MRO that has a name has all its overloads), public fields, bean properties
 * ({@code obj.name} for {@code getName()}/{@code setName(...)}, {@code obj.empty} for
 * {@code isEmpty()}) and public nested classes. Methods win over fields, and both over
 * properties, when names meet.
 *
 * <p>Only members Python may call are kept: a public method declared by a class that is not
 * public or not exported (an iterator class nested in {@code ArrayList}) is replaced by the same
 * method of a public supertype; bridge and synthetic methods are dropped.
 */
final class JavaMembers {

    private static final PyObject[] NO_ARGS = new PyObject[0];

    private JavaMembers() {
    }

    static void fill(PyType t, Class<?> c) {
        Map<String, List<Method>> methods = methods(c);
        for (Map.Entry<String, List<Method>> e : methods.entrySet()) {
            defineMethods(t, c, e.getKey(), e.getValue());
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        if (accessible(c)) {
            for (Field f : c.getFields()) {
                if (!methods.containsKey(f.getName()) && accessible(f.getDeclaringClass())) {
                    fields.putIfAbsent(f.getName(), f);
                }
            }
        }
        for (Field f : fields.values()) {
            defineField(t, f);
        }
        defineProperties(t, c, methods, fields);
        if (accessible(c)) {
            for (Class<?> nested : c.getClasses()) {
                String n = nested.getSimpleName();
                if (t.getOwn(n) == null && accessible(nested)) {
                    t.define(n, new PyJavaStatic(n, () -> PyObject.newRef(JavaTypes.typeOf(nested)), null));
                }
            }
        }
    }

    /** Whether Python code may use members declared by {@code c}: public and in an exported package. */
    static boolean accessible(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (!Modifier.isPublic(c.getModifiers())) {
            return false;
        }
        for (Class<?> outer = c.getDeclaringClass(); outer != null; outer = outer.getDeclaringClass()) {
            if (!Modifier.isPublic(outer.getModifiers())) {
                return false;
            }
        }
        return c.getModule().isExported(c.getPackageName());
    }

    /** The public methods of {@code c} Python may call, by name, one per signature. */
    private static Map<String, List<Method>> methods(Class<?> c) {
        Map<String, Map<List<Class<?>>, Method>> found = new LinkedHashMap<>();
        for (Method m : c.getMethods()) {
            if (m.isBridge() || m.isSynthetic()) {
                continue;
            }
            Method usable = usable(c, m);
            if (usable == null) {
                continue;
            }
            Map<List<Class<?>>, Method> bySignature = found.computeIfAbsent(m.getName(), k -> new LinkedHashMap<>());
            List<Class<?>> sig = List.of(m.getParameterTypes());
            Method old = bySignature.get(sig);
            // Keep the most derived declaration: its return type is the most specific.
            if (old == null || old.getDeclaringClass().isAssignableFrom(usable.getDeclaringClass())) {
                bySignature.put(sig, usable);
            }
        }
        Map<String, List<Method>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<List<Class<?>>, Method>> e : found.entrySet()) {
            out.put(e.getKey(), new ArrayList<>(e.getValue().values()));
        }
        return out;
    }

    /** {@code m} if Python may call it, else the same method of an accessible supertype of {@code c}, else null. */
    private static Method usable(Class<?> c, Method m) {
        if (accessible(m.getDeclaringClass())) {
            return m;
        }
        if (Modifier.isStatic(m.getModifiers())) {
            return null;
        }
        List<Class<?>> todo = new ArrayList<>();
        todo.add(c);
        for (int i = 0; i < todo.size(); i++) {
            Class<?> k = todo.get(i);
            if (k != c && accessible(k)) {
                try {
                    return k.getMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    // not declared along this supertype; try the others
                }
            }
            if (k.getSuperclass() != null) {
                todo.add(k.getSuperclass());
            }
            todo.addAll(List.of(k.getInterfaces()));
        }
        return null;
    }

    private static void defineMethods(PyType t, Class<?> c, String name, List<Method> ms) {
        boolean anyStatic = false;
        for (Method m : ms) {
            anyStatic |= Modifier.isStatic(m.getModifiers());
        }
        if (!anyStatic) {
            Overloads o = new Overloads(c, name, ms, false);
            t.define(name, new PyMethodDescr(t, name,
                    (self, args, kw) -> JavaValues.toPython(o.call(JavaValues.javaObject(self), args, kw))));
        } else {
            t.define(name, new PyJavaMethod(t, name, new Overloads(c, name, ms, true), new Overloads(c, name, ms, false)));
        }
    }

    private static void defineField(PyType t, Field f) {
        boolean writable = !Modifier.isFinal(f.getModifiers());
        String name = f.getName();
        if (Modifier.isStatic(f.getModifiers())) {
            t.define(name, new PyJavaStatic(name, () -> JavaValues.toPython(read(f, null)),
                    writable ? v -> write(f, null, v) : null));
            return;
        }
        t.define(name, new PyGetSetDescr(t, name, self -> JavaValues.toPython(read(f, JavaValues.javaObject(self))),
                writable ? (self, v) -> {
                    if (v == null) {
                        throw PythonException.attributeError("cannot delete Java field '" + name + "'");
                    }
                    write(f, JavaValues.javaObject(self), v);
                } : null));
    }

    private static Object read(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw PythonException.attributeError("cannot read Java field '" + f.getName() + "': " + e.getMessage());
        }
    }

    private static void write(Field f, Object target, PyObject v) {
        Class<?> p = f.getType();
        if (Conversion.phase(v, p) == Conversion.NONE) {
            throw PythonException.typeError("cannot assign '" + v.type().name() + "' to Java field '" + f.getName()
                    + "' of type " + p.getTypeName());
        }
        try {
            f.set(target, Conversion.convert(v, p));
        } catch (IllegalAccessException e) {
            throw PythonException.attributeError("cannot assign Java field '" + f.getName() + "': " + e.getMessage());
        }
    }

    private static void defineProperties(PyType t, Class<?> c, Map<String, List<Method>> methods, Map<String, Field> fields) {
        Map<String, Method> getters = new LinkedHashMap<>();
        for (List<Method> ms : methods.values()) {
            for (Method m : ms) {
                String p = propertyName(m);
                if (p != null) {
                    getters.putIfAbsent(p, m);
                }
            }
        }
        for (Map.Entry<String, Method> e : getters.entrySet()) {
            String p = e.getKey();
            if (methods.containsKey(p) || fields.containsKey(p) || t.getOwn(p) != null) {
                continue;
            }
            Method getter = e.getValue();
            Overloads get = new Overloads(c, getter.getName(), List.of(getter), false);
            List<Method> setters = new ArrayList<>();
            for (Method m : methods.getOrDefault("set" + getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3),
                    List.of())) {
                if (m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())) {
                    setters.add(m);
                }
            }
            Overloads set = setters.isEmpty() ? null : new Overloads(c, setters.get(0).getName(), setters, false);
            t.define(p, new PyGetSetDescr(t, p, self -> JavaValues.toPython(get.call(JavaValues.javaObject(self), NO_ARGS, null)),
                    set == null ? null : (self, v) -> {
                        if (v == null) {
                            throw PythonException.attributeError("cannot delete Java property '" + p + "'");
                        }
                        set.call(JavaValues.javaObject(self), new PyObject[] {v}, null);
                    }));
        }
    }

    /** The bean property a getter reads ({@code getName} gives {@code name}, {@code isEmpty} {@code empty}, {@code getURL} {@code URL}), or null. */
    private static String propertyName(Method m) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0 || m.getReturnType() == void.class) {
            return null;
        }
        String n = m.getName();
        String rest;
        if (n.startsWith("get") && n.length() > 3) {
            rest = n.substring(3);
        } else if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
            rest = n.substring(2);
        } else {
            return null;
        }
        if (!Character.isUpperCase(rest.charAt(0))) {
            return null;
        }
        if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
            return rest;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }
}
