package org.krait.runtime.host;

import java.lang.ref.Cleaner;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyObject;

/**
 * The one reference a Java view, handle or proxy owns to its Python object. When the Java object
 * is collected, the reference is queued on its interpreter and dropped by the next thread that
 * enters it through {@link Gate}: reference counts change only under the interpreter's lock, never
 * on the cleaner's thread.
 */
final class HostRef {

    /**
     * One daemon thread for the whole JVM. Its actions reference only a queue and a Python object,
     * never an engine or an interpreter, so a dropped engine stays collectable.
     */
    private static final Cleaner CLEANER = Cleaner.create();
    /**
     * How many released references wait in all interpreters' queues: while it is zero, entering
     * costs no lookup of the queue.
     */
    private static final java.util.concurrent.atomic.AtomicInteger WAITING = new java.util.concurrent.atomic.AtomicInteger();

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
            CLEANER.register(owner, new Release(pending(interpreter), object));
        }
    }

    /** Drops the references of collected Java objects; called under the interpreter's lock. */
    static void releasePending(Interpreter interpreter) {
        if (WAITING.get() == 0) {
            return;
        }
        Pending q = pending(interpreter);
        PyObject o;
        while ((o = q.poll()) != null) {
            WAITING.decrementAndGet();
            o.decref();
        }
    }

    private static Pending pending(Interpreter interpreter) {
        return interpreter.state(Pending.class, i -> new Pending());
    }

    /** The references waiting to be dropped, one queue per interpreter. */
    static final class Pending extends ConcurrentLinkedQueue<PyObject> {
        private static final long serialVersionUID = 1L;
    }

    /** What the cleaner runs: moves the reference to the queue, touching no count. */
    private static final class Release implements Runnable {
        private final Pending queue;
        private final PyObject object;

        Release(Pending queue, PyObject object) {
            this.queue = queue;
            this.object = object;
        }

        @Override
        public void run() {
            queue.add(object);
            WAITING.incrementAndGet();
        }
    }
}
