package org.krait.runtime.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.krait.runtime.objects.PyObject;

/**
 * One interpreter's tracked objects: three generations and the permanent one of {@code gc.freeze},
 * each a circular doubly linked list through the objects' own {@link GcObject} links (CPython's
 * {@code GCState}), with the allocation counts and thresholds that start a collection.
 *
 * <p>The lists hold the objects strongly, like CPython's: an object leaves them when its count
 * reaches zero or when the collector frees its cycle. The heap is found through the thread that
 * runs the interpreter ({@link #current}); the collection itself is {@link Collector}.
 */
public final class GcHeap {

    public static final int GENERATIONS = 3;
    public static final int DEBUG_STATS = 1;
    public static final int DEBUG_COLLECTABLE = 2;
    public static final int DEBUG_UNCOLLECTABLE = 4;
    public static final int DEBUG_SAVEALL = 32;
    private static final ThreadLocal<GcHeap> CURRENT = new ThreadLocal<>();

    /** List heads: generations 0, 1, 2, then the permanent generation. */
    final GcObject[] heads = new GcObject[GENERATIONS + 1];
    public final int[] counts = new int[GENERATIONS];
    public final int[] thresholds = {700, 10, 10};
    public boolean enabled = true;
    boolean collecting;
    public int debug;
    /** Objects examined by full collections and not collected; 3.11's full-collection damper. */
    long longLivedTotal;
    long longLivedPending;
    /** Per generation: collections, collected, uncollectable ({@code gc.get_stats}). */
    public final long[][] stats = new long[GENERATIONS][3];
    /** {@code gc.garbage} and {@code gc.callbacks}, made by the gc module; null until then. */
    public PyObject garbage;
    public PyObject callbacks;
    /** Receives a line of {@code DEBUG_STATS} output; the gc module points it at sys.stderr. */
    public Consumer<String> debugOut = s -> { };

    /** What else the object model keeps for this heap's interpreter. */
    private final org.krait.runtime.objects.World world = new org.krait.runtime.objects.World();

    public GcHeap() {
        for (int i = 0; i < heads.length; i++) {
            heads[i] = new Head();
        }
    }

    /** The world of this heap's interpreter. */
    public org.krait.runtime.objects.World world() {
        return world;
    }

    /** One thread and its heap: one test instead of a ThreadLocal lookup. */
    private record Binding(Thread thread, GcHeap heap) {
    }

    /**
     * The binding of the first thread to ask, until its heap is released ({@link #release}):
     * written again only by that thread, so threads running other interpreters in parallel read it
     * and never write it (a field written by every thread would bounce between their caches, and
     * each would miss); they look their heap up in the ThreadLocal. A stale binding fails the
     * thread test; its fields are final.
     */
    private static volatile Binding last;

    /** The heap of the interpreter running on this thread, or null before any runs. */
    public static GcHeap current() {
        Binding b = last;
        Thread t = Thread.currentThread();
        if (b != null && b.thread == t) {
            return b.heap;
        }
        GcHeap h = CURRENT.get();
        if (b == null && h != null) {
            last = new Binding(t, h);
        }
        return h;
    }

    /** A new heap, made the current one of this thread (an interpreter is being made). */
    public static GcHeap startCurrent() {
        GcHeap h = new GcHeap();
        makeCurrent(h);
        return h;
    }

    /** Makes {@code heap} the one new containers of this thread are tracked in. */
    public static void makeCurrent(GcHeap heap) {
        CURRENT.set(heap);
        Binding b = last;
        Thread t = Thread.currentThread();
        if (b == null || b.thread == t) {
            last = new Binding(t, heap);
        }
    }

    /**
     * Forgets this heap wherever the calling thread can reach it (its interpreter is closed), so
     * that the static binding does not keep a dead interpreter's objects reachable.
     */
    public void release() {
        Binding b = last;
        if (b != null && b.heap == this) {
            last = null;
        }
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    /** A list head: never a Python object anyone sees. */
    static final class Head extends GcObject {
        Head() {
            gcPrev = this;
            gcNext = this;
        }

        @Override
        public org.krait.runtime.types.PyType type() {
            return org.krait.runtime.types.PyType.OBJECT;
        }
    }

    void link(GcObject o) {
        append(heads[0], o);
        if (++counts[0] > thresholds[0] && enabled && thresholds[0] != 0 && !collecting) {
            Collector.collectGenerations(this);
        }
    }

    /** Untracks an object whose count reached zero. */
    static void unlinkDead(GcObject o) {
        unlink(o);
        GcHeap heap = current();
        if (heap != null && heap.counts[0] > 0) {
            heap.counts[0]--;
        }
    }

    /** {@code PyObject_GC_UnTrack}. */
    public static void untrack(GcObject o) {
        if (o.gcNext != null) {
            unlink(o);
        }
    }

    static void append(GcObject head, GcObject o) {
        GcObject last = head.gcPrev;
        o.gcPrev = last;
        o.gcNext = head;
        last.gcNext = o;
        head.gcPrev = o;
    }

    static void unlink(GcObject o) {
        o.gcPrev.gcNext = o.gcNext;
        o.gcNext.gcPrev = o.gcPrev;
        o.gcPrev = null;
        o.gcNext = null;
    }

    /** Moves {@code o} from its list to the end of the list headed by {@code head}. */
    static void move(GcObject o, GcObject head) {
        o.gcPrev.gcNext = o.gcNext;
        o.gcNext.gcPrev = o.gcPrev;
        append(head, o);
    }

    /** Appends every object of the list {@code from} to the list {@code to}, leaving {@code from} empty. */
    static void splice(GcObject from, GcObject to) {
        if (from.gcNext == from) {
            return;
        }
        GcObject first = from.gcNext;
        GcObject last = from.gcPrev;
        GcObject tail = to.gcPrev;
        tail.gcNext = first;
        first.gcPrev = tail;
        last.gcNext = to;
        to.gcPrev = last;
        from.gcNext = from;
        from.gcPrev = from;
    }

    static int size(GcObject head) {
        int n = 0;
        for (GcObject o = head.gcNext; o != head; o = o.gcNext) {
            n++;
        }
        return n;
    }

    /** The tracked objects of generation {@code gen} (or all generations when negative), in list order. */
    public List<GcObject> objects(int gen) {
        List<GcObject> out = new ArrayList<>();
        for (int g = 0; g < GENERATIONS; g++) {
            if (gen < 0 || gen == g) {
                for (GcObject o = heads[g].gcNext; o != heads[g]; o = o.gcNext) {
                    out.add(o);
                }
            }
        }
        return out;
    }

    /** {@code gc.collect(gen)}: collected plus uncollectable; nothing while a collection runs (a finalizer calling it). */
    public long collect(int gen) {
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            return GcCallbacks.collectWithCallbacks(this, gen);
        } finally {
            collecting = false;
        }
    }

    /** Keeps a garbage object in {@code gc.garbage} (DEBUG_SAVEALL). */
    void keepGarbage(GcObject o) {
        if (garbage instanceof org.krait.runtime.objects.PyList l) {
            l.append(o);
        }
    }

    /** {@code gc.freeze()}: every tracked object moves to the permanent generation. */
    public void freeze() {
        for (int g = 0; g < GENERATIONS; g++) {
            splice(heads[g], heads[GENERATIONS]);
            counts[g] = 0;
        }
    }

    /** {@code gc.unfreeze()}: the permanent generation joins the oldest. */
    public void unfreeze() {
        splice(heads[GENERATIONS], heads[GENERATIONS - 1]);
    }

    public int freezeCount() {
        return size(heads[GENERATIONS]);
    }
}
