package org.krait.jsr223;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.script.Bindings;
import org.krait.runtime.host.HostValues;
import org.krait.runtime.host.MapView;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyDict;

/**
 * A {@code __main__} namespace of an engine as {@code Bindings}: a live view of the module's
 * globals both ways (a Python assignment is seen by {@code get} at once, a {@code put} by Python
 * at once). Made by the engine, as its own scope or by {@code createBindings()}. The engine's
 * parameters ({@code javax.script.filename}, {@code javax.script.argv}: names no Python code can
 * spell) are kept on the Java side, as the values they are.
 */
final class NamespaceBindings implements Bindings {

    private static final String PARAMETER_PREFIX = "javax.script.";

    final Interpreter interpreter;
    /** The globals; the view owns a reference to them. */
    final PyDict globals;
    private final MapView view;
    private final Map<String, Object> parameters = new ConcurrentHashMap<>();

    /** A view of {@code globals} (borrowed); under the interpreter's lock. */
    NamespaceBindings(Interpreter interpreter, PyDict globals) {
        this.interpreter = interpreter;
        this.globals = globals;
        this.view = HostValues.mapView(interpreter, globals);
    }

    /** The checks {@code Bindings} asks of keys. */
    private static String name(Object key) {
        if (key == null) {
            throw new NullPointerException("key can not be null");
        }
        if (!(key instanceof String)) {
            throw new ClassCastException("key should be a String");
        }
        if (((String) key).isEmpty()) {
            throw new IllegalArgumentException("key can not be empty");
        }
        return (String) key;
    }

    /** Whether {@code name} is an engine parameter rather than a Python name. */
    static boolean isParameter(String name) {
        return name.startsWith(PARAMETER_PREFIX);
    }

    @Override
    public Object put(String name, Object value) {
        if (isParameter(name(name))) {
            return value == null ? parameters.remove(name) : parameters.put(name, value);
        }
        return view.put(name, value);
    }

    @Override
    public void putAll(Map<? extends String, ? extends Object> toMerge) {
        for (Map.Entry<? extends String, ? extends Object> e : toMerge.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public boolean containsKey(Object key) {
        String name = name(key);
        return isParameter(name) ? parameters.containsKey(name) : view.containsKey(name);
    }

    @Override
    public Object get(Object key) {
        String name = name(key);
        return isParameter(name) ? parameters.get(name) : view.get(name);
    }

    @Override
    public Object remove(Object key) {
        String name = name(key);
        return isParameter(name) ? parameters.remove(name) : view.remove(name);
    }

    @Override
    public int size() {
        return view.size() + parameters.size();
    }

    @Override
    public boolean isEmpty() {
        return size() == 0;
    }

    @Override
    public boolean containsValue(Object value) {
        return parameters.containsValue(value) || view.containsValue(value);
    }

    @Override
    public void clear() {
        parameters.clear();
        view.clear();
    }

    @Override
    public Set<String> keySet() {
        return all.keySet();
    }

    @Override
    public Collection<Object> values() {
        return all.values();
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return all.entrySet();
    }

    /** The globals and the parameters as one map, for the collection views. */
    private final AbstractMap<String, Object> all = new AbstractMap<>() {
        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return NamespaceBindings.this.size();
                }

                @Override
                @SuppressWarnings({"unchecked", "rawtypes"})
                public Iterator<Map.Entry<String, Object>> iterator() {
                    Iterator<Map.Entry<String, Object>> globalNames = (Iterator) view.entrySet().iterator();
                    Iterator<Map.Entry<String, Object>> params = parameters.entrySet().iterator();
                    return new Iterator<>() {
                        private Iterator<Map.Entry<String, Object>> last;

                        @Override
                        public boolean hasNext() {
                            return globalNames.hasNext() || params.hasNext();
                        }

                        @Override
                        public Map.Entry<String, Object> next() {
                            last = globalNames.hasNext() ? globalNames : params;
                            return last.next();
                        }

                        @Override
                        public void remove() {
                            if (last == null) {
                                throw new IllegalStateException();
                            }
                            last.remove();
                        }
                    };
                }
            };
        }
    };

    @Override
    public boolean equals(Object o) {
        return all.equals(o);
    }

    @Override
    public int hashCode() {
        return all.hashCode();
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
