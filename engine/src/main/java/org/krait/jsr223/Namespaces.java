package org.krait.jsr223;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.script.Bindings;
import org.krait.runtime.host.HostValues;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.ops.IterOps;

/**
 * The {@code __main__} namespaces of one engine. Its own are dicts seen through
 * {@link NamespaceBindings}; a host's other {@code Bindings} (a {@code SimpleBindings}) each get a
 * namespace of their own, kept while the Bindings object lives, which takes the Bindings' entries
 * before each evaluation and gives its names back after it, so functions defined by one
 * evaluation see the globals of the next. The engine's parameters ({@code javax.script.*}) stay
 * in the Bindings. All methods run under the interpreter's lock.
 */
final class Namespaces {

    /** The names every namespace starts with; never copied out to a host's Bindings. */
    private static final Set<String> HOUSEKEEPING = Set.of("__name__", "__doc__", "__package__", "__loader__",
            "__spec__", "__builtins__");

    private final Interpreter interpreter;
    private final Map<Key, PyDict> foreign = new HashMap<>();
    private final ReferenceQueue<Bindings> collected = new ReferenceQueue<>();

    Namespaces(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** A fresh, empty {@code __main__} namespace (new reference). */
    PyDict create() {
        PyDict g = new PyDict();
        PyStr main = PyStr.of("__main__");
        g.setItem("__name__", main);
        main.decref();
        g.setItem("__doc__", PyNoneType.NONE);
        g.setItem("__package__", PyNoneType.NONE);
        g.setItem("__loader__", PyNoneType.NONE);
        g.setItem("__spec__", PyNoneType.NONE);
        g.setItem("__builtins__", interpreter.builtinsFor("__main__"));
        return g;
    }

    /** Whether {@code b} is a namespace of this engine's interpreter. */
    boolean isOwn(Bindings b) {
        return b instanceof NamespaceBindings && ((NamespaceBindings) b).interpreter == interpreter;
    }

    /**
     * The globals for evaluating with {@code b} (borrowed): its own dict, or the namespace of a
     * host's Bindings after taking in the Bindings' entries (call {@link #giveBack} after).
     */
    PyDict globalsFor(Bindings b) {
        if (isOwn(b)) {
            return ((NamespaceBindings) b).globals;
        }
        expunge();
        Key probe = new Key(b, null);
        PyDict g = foreign.get(probe);
        if (g == null) {
            g = create();
            foreign.put(new Key(b, collected), g);
        }
        PyObject[] names = IterOps.toArray(g);
        for (PyObject n : names) {
            String k = n.toString();
            if (!HOUSEKEEPING.contains(k) && (NamespaceBindings.isParameter(k) || !b.containsKey(k))) {
                g.delItemIfPresent(n);
            }
            n.decref();
        }
        for (Map.Entry<String, Object> e : b.entrySet()) {
            if (NamespaceBindings.isParameter(e.getKey())) {
                continue;
            }
            PyObject v = HostValues.toPython(e.getValue());
            g.setItem(e.getKey(), v);
            v.decref();
        }
        return g;
    }

    /** After an evaluation with a host's Bindings {@code b}: its namespace's names go back into it. */
    void giveBack(Bindings b, PyDict g) {
        if (isOwn(b)) {
            return;
        }
        Set<String> present = new HashSet<>();
        PyObject[] names = IterOps.toArray(g);
        for (PyObject n : names) {
            String k = n.toString();
            if (n instanceof PyStr && !HOUSEKEEPING.contains(k)) {
                present.add(k);
                b.put(k, HostValues.toJava(interpreter, g.getItem(n)));
            }
            n.decref();
        }
        b.keySet().removeIf(k -> !present.contains(k) && !NamespaceBindings.isParameter(k));
    }

    /** Drops the namespaces of Bindings the host no longer holds. */
    private void expunge() {
        Object k;
        while ((k = collected.poll()) != null) {
            PyDict g = foreign.remove(k);
            if (g != null) {
                g.decref();
            }
        }
    }

    /** A host's Bindings object by identity, weakly. */
    private static final class Key extends WeakReference<Bindings> {
        private final int hash;

        Key(Bindings b, ReferenceQueue<Bindings> queue) {
            super(b, queue);
            hash = System.identityHashCode(b);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            Object mine = get();
            return o instanceof Key && mine != null && mine == ((Key) o).get();
        }
    }
}
