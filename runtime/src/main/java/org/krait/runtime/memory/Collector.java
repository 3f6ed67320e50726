package org.krait.runtime.memory;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.PyObject;

/**
 * The cycle collector (CPython's Modules/gcmodule.c algorithm): in the generations examined, each
 * object's count minus the references other examined objects hold on it tells whether something
 * outside refers to it; what is reachable from those objects lives, the rest is garbage. Garbage
 * loses its weak references (callbacks run when the weak reference itself lives), is finalized
 * once (PEP 442), is examined again for resurrection, and what is still garbage has its
 * references cleared, which frees the cycles through the ordinary counts.
 */
final class Collector {

    private static final int DEBUG_STATS = GcHeap.DEBUG_STATS;
    private static final int DEBUG_COLLECTABLE = GcHeap.DEBUG_COLLECTABLE;
    private static final int DEBUG_SAVEALL = GcHeap.DEBUG_SAVEALL;

    static final GcObject.Visitor SUBTRACT = r -> {
        if (r instanceof GcObject g && (g.gcFlags & GcObject.COLLECTING) != 0) {
            g.gcRefs--;
        }
    };

    private final GcHeap heap;
    private final GcObject young;

    private Collector(GcHeap heap, GcObject young) {
        this.heap = heap;
        this.young = young;
    }

    /** An allocation passed the youngest threshold: collects the oldest generation over its threshold. */
    static void collectGenerations(GcHeap heap) {
        heap.collecting = true;
        try {
            for (int i = GcHeap.GENERATIONS - 1; i >= 0; i--) {
                if (heap.counts[i] > heap.thresholds[i]) {
                    if (i == GcHeap.GENERATIONS - 1 && heap.longLivedPending < heap.longLivedTotal / 4) {
                        continue;
                    }
                    GcCallbacks.collectWithCallbacks(heap, i);
                    break;
                }
            }
        } finally {
            heap.collecting = false;
        }
    }

    /** Collects generation {@code gen} and the younger ones; returns {collected, uncollectable}. */
    static long[] collect(GcHeap heap, int gen) {
        long start = System.nanoTime();
        if ((heap.debug & DEBUG_STATS) != 0) {
            heap.debugOut.accept("gc: collecting generation " + gen + "...\n");
            heap.debugOut.accept("gc: objects in each generation: " + GcHeap.size(heap.heads[0]) + " "
                    + GcHeap.size(heap.heads[1]) + " " + GcHeap.size(heap.heads[2]) + "\n");
            heap.debugOut.accept("gc: objects in permanent generation: " + GcHeap.size(heap.heads[3]) + "\n");
        }
        if (gen + 1 < GcHeap.GENERATIONS) {
            heap.counts[gen + 1]++;
        }
        for (int i = 0; i <= gen; i++) {
            heap.counts[i] = 0;
        }
        for (int i = 0; i < gen; i++) {
            GcHeap.splice(heap.heads[i], heap.heads[gen]);
        }
        GcObject young = heap.heads[gen];
        GcObject old = gen + 1 < GcHeap.GENERATIONS ? heap.heads[gen + 1] : young;
        GcObject unreachable = new GcHeap.Head();
        new Collector(heap, young).deduceUnreachable(unreachable);
        if (young != old) {
            if (gen == GcHeap.GENERATIONS - 2) {
                heap.longLivedPending += GcHeap.size(young);
            }
            GcHeap.splice(young, old);
        } else {
            heap.longLivedPending = 0;
            heap.longLivedTotal = GcHeap.size(young);
        }
        if ((heap.debug & DEBUG_COLLECTABLE) != 0) {
            for (GcObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) {
                heap.debugOut.accept("gc: collectable <" + o.type().name() + " 0x"
                        + Integer.toHexString(System.identityHashCode(o)) + ">\n");
            }
        }
        long collected = WeakrefLists.clearGarbage(unreachable);
        finalizeGarbage(unreachable);
        GcObject still = new GcHeap.Head();
        handleResurrected(unreachable, still, old);
        collected += GcHeap.size(still);
        deleteGarbage(heap, still, old);
        if ((heap.debug & DEBUG_STATS) != 0) {
            double secs = (System.nanoTime() - start) / 1e9;
            heap.debugOut.accept(String.format("gc: done, %d unreachable, 0 uncollectable, %.4fs elapsed\n", collected, secs));
        }
        long[] s = heap.stats[gen];
        s[0]++;
        s[1] += collected;
        return new long[] {collected, 0};
    }

    /**
     * Moves the unreachable objects of {@code young} to {@code unreachable}; the objects left in
     * {@code young} are reachable and no longer marked as being collected.
     */
    private void deduceUnreachable(GcObject unreachable) {
        for (GcObject o = young.gcNext; o != young; o = o.gcNext) {
            o.gcRefs = o.refcnt();
            o.gcFlags |= GcObject.COLLECTING;
        }
        for (GcObject o = young.gcNext; o != young; o = o.gcNext) {
            o.traverse(SUBTRACT);
        }
        RefCheck.afterSubtract(young);
        GcObject.Visitor reachable = this::visitReachable;
        GcObject o = young.gcNext;
        while (o != young) {
            // A negative count means a counting mistake: such an object is kept, never freed early.
            if (o.gcRefs != 0) {
                o.traverse(reachable);
                o.gcFlags &= ~GcObject.COLLECTING;
                o = o.gcNext;
            } else {
                GcObject next = o.gcNext;
                GcHeap.move(o, unreachable);
                o.gcFlags |= GcObject.UNREACHABLE;
                o = next;
            }
        }
    }

    private void visitReachable(PyObject r) {
        if (!(r instanceof GcObject g) || (g.gcFlags & GcObject.COLLECTING) == 0) {
            return;
        }
        if ((g.gcFlags & GcObject.UNREACHABLE) != 0) {
            g.gcFlags &= ~GcObject.UNREACHABLE;
            GcHeap.move(g, young);
            g.gcRefs = 1;
        } else if (g.gcRefs == 0) {
            g.gcRefs = 1;
        }
    }

    /** Runs each garbage object's {@code __del__} once (PEP 442). */
    private static void finalizeGarbage(GcObject unreachable) {
        List<GcObject> todo = new ArrayList<>();
        for (GcObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) {
            if ((o.gcFlags & GcObject.FINALIZED) == 0 && Finalization.hasFinalizer(o)) {
                todo.add(o);
            }
        }
        for (GcObject o : todo) {
            if (o.gcNext != null && (o.gcFlags & GcObject.FINALIZED) == 0) {
                o.incref();
                Finalization.callFinalizer(o);
                o.decref();
            }
        }
    }

    /**
     * Finalizers may have made garbage reachable again: repeats the deduction over the garbage
     * alone; what something outside it now refers to moves to {@code old}, the rest to {@code still}.
     */
    private static void handleResurrected(GcObject unreachable, GcObject still, GcObject old) {
        for (GcObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) {
            o.gcFlags &= ~GcObject.UNREACHABLE;
        }
        new Collector(null, unreachable).deduceUnreachable(still);
        for (GcObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) {
            o.gcFlags &= ~(GcObject.COLLECTING | GcObject.UNREACHABLE);
        }
        GcHeap.splice(unreachable, old);
        for (GcObject o = still.gcNext; o != still; o = o.gcNext) {
            o.gcFlags &= ~GcObject.UNREACHABLE;
        }
    }

    /** Breaks the garbage's cycles, or with DEBUG_SAVEALL keeps every object in {@code gc.garbage}. */
    private static void deleteGarbage(GcHeap heap, GcObject collectable, GcObject old) {
        while (collectable.gcNext != collectable) {
            GcObject o = collectable.gcNext;
            if ((heap.debug & DEBUG_SAVEALL) != 0) {
                heap.keepGarbage(o);
                GcHeap.move(o, old);
            } else {
                o.incref();
                o.clearForCollector();
                o.decref();
            }
            if (collectable.gcNext == o) {
                GcHeap.move(o, old);
            }
            o.gcFlags &= ~GcObject.COLLECTING;
        }
    }
}
