package org.krait.runtime.objects;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.krait.runtime.memory.GcHeap;
import org.krait.runtime.numbers.IntText;
import org.krait.runtime.types.PyType;

/**
 * What the object model keeps per interpreter (the parts of CPython's {@code PyInterpreterState}
 * that objects and types themselves consult): the int/str conversion limit, the classes a program
 * derived from builtin types, and the weak-reference lists of objects without a GC header.
 *
 * <p>Invariant: builtin types and other immortal objects are shared by every interpreter of the
 * JVM and never change once published; whatever a program's actions would change on them lives
 * here instead, so interpreters on different threads never write to the same object. Only the
 * thread running the interpreter (holding its GIL) touches a world.
 *
 * <p>The world of the running thread is found through its heap ({@link GcHeap#current}), which the
 * thread state binds when a thread enters an interpreter.
 */
public final class World {

    /**
     * The world of threads that run no interpreter (a builtin type's static initializer on a host
     * thread): the subclasses it is told of are dropped (such classes are never shown to a program).
     */
    private static final World DETACHED = new World();

    /** {@code sys.set_int_max_str_digits}: 0 for no limit. */
    private volatile int maxStrDigits = IntText.DEFAULT_MAX_STR_DIGITS;
    /** The classes of this interpreter that name a builtin type among their bases, by that base, in creation order. */
    private final Map<PyType, List<PyType>> subclassesOfBuiltins = new IdentityHashMap<>();
    /** The first weak reference to objects that are not GC objects (types, str subclass instances...). */
    private final Map<PyObject, PyObject> weakrefHeads = new IdentityHashMap<>();

    /** The world of the interpreter running on this thread, or {@link #DETACHED}. */
    public static World current() {
        GcHeap heap = GcHeap.current();
        return heap == null ? DETACHED : heap.world();
    }

    public int maxStrDigits() {
        return maxStrDigits;
    }

    public void setMaxStrDigits(int digits) {
        maxStrDigits = digits;
    }

    /** Records {@code sub}, a class of this interpreter, as a subclass of the builtin {@code base}. */
    public void addSubclass(PyType base, PyType sub) {
        if (this != DETACHED) {
            subclassesOfBuiltins.computeIfAbsent(base, b -> new ArrayList<>()).add(sub);
        }
    }

    /** Forgets {@code sub} as a subclass of the builtin {@code base} ({@code __bases__} assignment). */
    public void removeSubclass(PyType base, PyType sub) {
        List<PyType> l = subclassesOfBuiltins.get(base);
        if (l != null) {
            l.remove(sub);
        }
    }

    /** This interpreter's classes deriving directly from the builtin {@code base}, oldest first (a copy). */
    public List<PyType> subclassesOf(PyType base) {
        List<PyType> l = subclassesOfBuiltins.get(base);
        return l == null ? List.of() : new ArrayList<>(l);
    }

    /** The head of {@code o}'s weak reference list when {@code o} has no GC header, or null. */
    public synchronized PyObject weakrefHead(PyObject o) {
        return weakrefHeads.get(o);
    }

    /** Sets (null: removes) the head of {@code o}'s weak reference list. */
    public synchronized void setWeakrefHead(PyObject o, PyObject head) {
        if (head == null) {
            weakrefHeads.remove(o);
        } else {
            weakrefHeads.put(o, head);
        }
    }
}
