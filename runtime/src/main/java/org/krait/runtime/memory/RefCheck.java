package org.krait.runtime.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The checking mode ({@code -X refcheck}, or the system property {@code krait.refcheck=true} in
 * tests): at each collection, an object that more tracked objects claim to refer to than its
 * count says has a count too low, a counting mistake that would free it early. Each is reported
 * on the JVM's stderr and remembered for tests.
 */
public final class RefCheck {

    private static volatile boolean enabled = Boolean.getBoolean("krait.refcheck");
    private static final List<String> PROBLEMS = new ArrayList<>();

    private RefCheck() {
    }

    public static void enable(boolean on) {
        enabled = on;
    }

    public static boolean enabled() {
        return enabled;
    }

    /** The problems found so far, and forgets them. */
    public static synchronized List<String> drain() {
        List<String> out = new ArrayList<>(PROBLEMS);
        PROBLEMS.clear();
        return out;
    }

    /**
     * Checks every tracked object of {@code heap} as a collection of all generations would, but
     * frees and moves nothing: what a program leaves at its end is checked too, not only what
     * collections happened to examine. Does nothing unless the mode is on.
     */
    public static void checkAll(GcHeap heap) {
        if (!enabled) {
            return;
        }
        for (GcObject head : heap.heads) {
            for (GcObject o = head.gcNext; o != head; o = o.gcNext) {
                o.gcRefs = o.refcnt();
                o.gcFlags |= GcObject.COLLECTING;
            }
        }
        for (GcObject head : heap.heads) {
            for (GcObject o = head.gcNext; o != head; o = o.gcNext) {
                o.traverse(Collector.SUBTRACT);
            }
        }
        for (GcObject head : heap.heads) {
            afterSubtract(head);
            for (GcObject o = head.gcNext; o != head; o = o.gcNext) {
                o.gcFlags &= ~GcObject.COLLECTING;
            }
        }
    }

    /** Called when the references among the examined objects have been subtracted from their counts. */
    static void afterSubtract(GcObject head) {
        if (!enabled) {
            return;
        }
        for (GcObject o = head.gcNext; o != head; o = o.gcNext) {
            if (o.gcRefs < 0) {
                String msg = "krait refcheck: " + o.type().name() + " object at 0x"
                        + Integer.toHexString(System.identityHashCode(o)) + " has count " + o.refcnt() + " but "
                        + (o.refcnt() - o.gcRefs) + " references from tracked objects";
                System.err.println(msg);
                synchronized (RefCheck.class) {
                    PROBLEMS.add(msg);
                }
            }
        }
    }
}
