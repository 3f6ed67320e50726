package org.krait.runtime.interpreter;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The global interpreter lock of one interpreter: only the thread state holding it may touch the
 * interpreter's Python objects. CPython: Python/ceval_gil.c, whose scheme this follows.
 *
 * <ul>
 * <li>Taking a free lock is one compare-and-set on {@link #holder}; giving it back is a volatile
 * write, plus a signal only when someone waits.</li>
 * <li>A thread that finds it taken records when the holder must give it up (one switch interval
 * from then, {@link #dropAt}, unless an earlier waiter did), sets the {@link #breaker} flag and
 * sleeps on {@link #freed}. Unlike CPython, whose waiter wakes after the interval to set the drop
 * request, the holder compares the clock itself: one wake-up per hand-off instead of two, which
 * matters on a loaded machine.</li>
 * <li>The holder reads {@link #breaker} (a volatile field, nothing more) at the eval loop's
 * backward jumps and at the start of frames; while it is set, {@link #service} looks at the clock
 * every {@link #CLOCK_EVERY} checks, and when the time is due it gives the lock up and waits
 * until a waiting thread has actually taken it before asking for it again, so that a thread that
 * drops the lock cannot take it straight back (the hand-off of CPython's FORCE_SWITCHING). The
 * new holder gets a full interval if others still wait.</li>
 * <li>After {@link #stopOthers} (interpreter shutdown) only the finishing thread may hold it: any
 * other that gets it unwinds with {@link ThreadExit} without running Python code.</li>
 * </ul>
 *
 * The lock is not re-entrant: {@link ThreadState} counts a thread's nested entries.
 */
public final class Gil {

    /** Made on first contention, so that a program with one thread never starts the logging. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger("krait.gil");
    }

    /** The thread state holding the lock, or null when it is free. */
    private final AtomicReference<ThreadState> holder = new AtomicReference<>();
    /** The eval breaker: the holder has something to look at ({@link #service}) at its next check. */
    volatile boolean breaker;
    /**
     * When the holder must give the lock up to a waiting thread ({@link System#nanoTime}), or 0
     * when nobody waits (CPython's gil_drop_request, with the deadline instead of a flag).
     */
    private volatile long dropAt;
    /** Checks of a pending drop left before the holder reads the clock again; the holder's own. */
    private int checksLeft;
    private static final int CLOCK_EVERY = 32;
    private volatile long intervalNanos = 5_000_000L;
    /** The thread finishing the interpreter, once {@link #stopOthers} ran; null before. */
    private volatile Thread finalizer;

    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the lock is given back and someone waits. */
    private final Condition freed = mutex.newCondition();
    /** Signalled when a waiting thread took the lock ({@link #switches} moved). */
    private final Condition switched = mutex.newCondition();
    /** Threads in {@link #acquireSlow}; changed under {@link #mutex}, read without it by {@link #release}. */
    private volatile int waiters;
    /** How many times a waiting thread took the lock; under {@link #mutex}. */
    private long switches;

    /** {@code sys.getswitchinterval()} in seconds. */
    public double switchInterval() {
        return intervalNanos / 1e9;
    }

    /** {@code sys.setswitchinterval(seconds)}; the caller checked it is positive. */
    public void setSwitchInterval(double seconds) {
        intervalNanos = Math.max(1L, (long) (seconds * 1e9));
    }

    /** Whether {@code ts} holds the lock. */
    boolean heldBy(ThreadState ts) {
        return holder.get() == ts;
    }

    /** Takes the lock for {@code ts}, waiting as long as it takes; an interrupt while waiting is kept for later. */
    void acquire(ThreadState ts) {
        if (!holder.compareAndSet(null, ts)) {
            acquireSlow(ts);
        }
    }

    private void acquireSlow(ThreadState ts) {
        boolean interrupted = false;
        mutex.lock();
        try {
            waiters++;
            try {
                while (!holder.compareAndSet(null, ts)) {
                    requestDrop();
                    try {
                        freed.awaitNanos(intervalNanos);
                    } catch (InterruptedException e) {
                        // Raised as KeyboardInterrupt once this thread runs Python again.
                        interrupted = true;
                    }
                    ThreadState h = holder.get();
                    if (h != null && !h.thread.isAlive() && holder.compareAndSet(h, ts)) {
                        // Its thread ended without exit(): nobody else would ever give it back.
                        break;
                    }
                }
            } finally {
                waiters--;
            }
            switches++;
            // Those still waiting give the new holder a full interval.
            dropAt = waiters == 0 ? 0 : deadline();
            if (waiters != 0) {
                breaker = true;
            }
            switched.signalAll();
        } finally {
            mutex.unlock();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the holder for the lock, from one interval after the first waiter came; under {@link #mutex}. */
    private void requestDrop() {
        if (dropAt == 0) {
            dropAt = deadline();
            if (Log.LOG.isDebugEnabled()) {
                Log.LOG.debug("{} asks for the GIL held by {}", Thread.currentThread().getName(), describe(holder.get()));
            }
        }
        breaker = true;
    }

    private long deadline() {
        long at = System.nanoTime() + intervalNanos;
        return at == 0 ? 1 : at;
    }

    /** Gives the lock back; {@code ts} holds it. */
    void release(ThreadState ts) {
        holder.set(null);
        if (waiters != 0) {
            mutex.lock();
            try {
                freed.signal();
            } finally {
                mutex.unlock();
            }
        }
    }

    /**
     * What the holder {@code ts} does when it finds {@link #breaker} set: leaves if the
     * interpreter is shutting down without it; gives the lock to a waiting thread whose interval
     * is over.
     */
    void service(ThreadState ts) {
        checkAlive();
        if (--checksLeft > 0) {
            return;
        }
        checksLeft = CLOCK_EVERY;
        // Cleared before the deadline is read: a waiter writes the deadline, then the flag.
        // After shutdown the flag stays set: a stopped thread that gets the lock leaves at its first check.
        breaker = finalizer != null;
        long at = dropAt;
        if (at != 0 && waiters != 0) {
            breaker = true;
            if (System.nanoTime() - at >= 0) {
                handOff(ts);
                checkAlive();
            }
        }
    }

    /** Gives the lock up, waits until a waiting thread has taken it, then queues for it again. */
    private void handOff(ThreadState ts) {
        if (Log.LOG.isDebugEnabled()) {
            Log.LOG.debug("{} hands the GIL over", Thread.currentThread().getName());
        }
        mutex.lock();
        try {
            long seen = switches;
            holder.set(null);
            freed.signal();
            while (switches == seen && waiters != 0) {
                try {
                    switched.await(intervalNanos, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        } finally {
            mutex.unlock();
        }
        acquire(ts);
    }

    /**
     * Shutdown: from now on the calling thread is the only one that may run Python here. The
     * others stop at their next check, or when they get the lock back after a wait.
     */
    void stopOthers() {
        finalizer = Thread.currentThread();
        breaker = true;
    }

    /** Whether the interpreter is shutting down and the calling thread is not the one finishing it. */
    boolean stopped() {
        Thread f = finalizer;
        return f != null && f != Thread.currentThread();
    }

    /** Throws {@link ThreadExit} on a thread that must not run Python any more. */
    void checkAlive() {
        if (stopped()) {
            throw ThreadExit.INSTANCE;
        }
    }

    private static String describe(ThreadState ts) {
        return ts == null ? "nobody" : ts.thread.getName();
    }
}
