package org.krait.runtime.host;

import java.lang.ref.Cleaner;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyObject;

/**
 * The one reference a Java view, handle or proxy owns to its Python object. When the Java object
 * is collected, the reference is queued on its interpreter and dropped by the next thread that
 * enters it through {@link Gate}: reference counts change only under the interpreter's lock, never
 * on the cleaner's thread.
 *
 * <p>Invariant: what the cleaner keeps for a Java object reaches neither that object nor its Python
 * object (only a weak reference to the interpreter's {@link Held} table and a number). The Python
 * object can reach the Java object back (the engine's context holds its bindings, a global may hold
 * a Java object holding a view), and the cleaner is a root: anything it held strongly would keep
 * the Java object, and with it the interpreter, alive for ever.
 */
final class HostRef {

    /** One daemon thread for the whole JVM; see the invariant above for what its actions hold. */
    private static final Cleaner CLEANER = Cleaner.create();
    /**
     * How many released references wait in all interpreters' queues: while it is zero, entering
     * costs no lookup of the table. (An interpreter dropped with references still queued leaves
     * it above zero: later entries then only look their own table up.)
     */
    private static final AtomicInteger WAITING = new AtomicInteger();

    final Interpreter interpreter;
    final PyObject object;

    /**
     * Takes over one reference to {@code object} (the caller's) for {@code owner}, the Java object
     * that stands for it; must be called under the interpreter's lock.
     */
    HostRef(Object owner, Interpreter interpreter, PyObject object) {
        this.interpreter = interpreter;
        this.object = object;
        if (!object.isImmortal()) {
            Held held = held(interpreter);
            CLEANER.register(owner, new Release(new WeakReference<>(held), held.keep(object)));
        }
    }

    /** {@code len(object)}, for a view's {@code size()}; enters the interpreter. */
    int length() {
        return Gate.run(interpreter, () -> org.krait.runtime.ops.SequenceOps.length(object));
    }

    /** {@code value in object}, the Java value crossing as {@link HostValues#toPython} says; enters the interpreter. */
    boolean contains(Object value) {
        return Gate.run(interpreter, () -> {
            PyObject k = HostValues.toPython(value);
            try {
                return org.krait.runtime.ops.SequenceOps.contains(object, k);
            } finally {
                k.decref();
            }
        });
    }

    /** {@code object[index]} of a sequence, as Java; IndexOutOfBoundsException outside it. Enters the interpreter. */
    Object item(int index) {
        return Gate.run(interpreter, () -> {
            ListView.checkIndex(index, org.krait.runtime.ops.SequenceOps.length(object));
            PyObject i = org.krait.runtime.objects.PyInt.of(index);
            PyObject item = org.krait.runtime.ops.SequenceOps.getItem(object, i);
            i.decref();
            try {
                return HostValues.toJava(interpreter, item);
            } finally {
                item.decref();
            }
        });
    }

    /** Drops the references of collected Java objects; called under the interpreter's lock. */
    static void releasePending(Interpreter interpreter) {
        if (WAITING.get() == 0) {
            return;
        }
        Held held = held(interpreter);
        Long id;
        while ((id = held.released.poll()) != null) {
            WAITING.decrementAndGet();
            PyObject o = held.objects.remove(id);
            if (o != null) {
                o.decref();
            }
        }
    }

    private static Held held(Interpreter interpreter) {
        return interpreter.state(Held.class, i -> new Held());
    }

    /** The references the Java objects of one interpreter own, by number, and the numbers released. */
    static final class Held {
        private final AtomicLong next = new AtomicLong();
        private final ConcurrentHashMap<Long, PyObject> objects = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Long> released = new ConcurrentLinkedQueue<>();

        long keep(PyObject o) {
            long id = next.incrementAndGet();
            objects.put(id, o);
            return id;
        }
    }

    /** What the cleaner runs: queues the number, touching no count. */
    private static final class Release implements Runnable {
        private final WeakReference<Held> held;
        private final long id;

        Release(WeakReference<Held> held, long id) {
            this.held = held;
            this.id = id;
        }

        @Override
        public void run() {
            Held h = held.get();
            if (h != null) {
                h.released.add(id);
                WAITING.incrementAndGet();
            }
        }
    }
}
