package org.krait.runtime.memory;

import java.util.ArrayDeque;

/**
 * Runs the release of objects whose reference count reached zero, one after the other from a
 * work list (CPython's trashcan), so that dropping a long chain of objects never recurses deeply.
 */
public final class ReleaseQueue {

    /** Something that drops the references it owns when released. */
    public interface Releasable {
        /** Drops the references this object owns; called once, when its count reaches zero. */
        void releaseReferences();
    }

    private static final ThreadLocal<ReleaseQueue> CURRENT = ThreadLocal.withInitial(ReleaseQueue::new);

    private final ArrayDeque<Releasable> pending = new ArrayDeque<>();
    private boolean draining;

    private ReleaseQueue() {
    }

    /** Releases {@code dead} now, or after the release already running on this thread. */
    public static void release(Releasable dead) {
        ReleaseQueue q = CURRENT.get();
        q.pending.add(dead);
        if (q.draining) {
            return;
        }
        q.draining = true;
        try {
            Releasable next;
            while ((next = q.pending.poll()) != null) {
                next.releaseReferences();
            }
        } finally {
            q.draining = false;
        }
    }
}
