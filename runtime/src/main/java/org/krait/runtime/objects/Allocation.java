package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * Sizes of the arrays behind sequences, checked before they are allocated: a size no Java array
 * can have is CPython's {@code MemoryError} (its allocation would fail), and a count beyond 64
 * bits its {@code OverflowError}. An allocation within the limit that the heap cannot satisfy
 * still fails, as an OutOfMemoryError that the eval loop turns into MemoryError.
 */
public final class Allocation {

    /** The longest Java array the JVM allocates. */
    public static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private Allocation() {
    }

    /** A {@code MemoryError} with no arguments, as a failed allocation raises it. */
    public static PythonException memoryError() {
        return new PythonException(PyBaseException.create(ExceptionTypes.MEMORY_ERROR));
    }

    /** {@code n} as an array length, or MemoryError when no array can be that long. */
    public static int length(long n) {
        if (n > MAX_LENGTH) {
            throw memoryError();
        }
        return (int) Math.max(0, n);
    }

    /**
     * The repeat count of {@code seq * n}: 0 for a negative count, OverflowError when it does not
     * fit 64 bits (CPython's "cannot fit 'int' into an index-sized integer"), -1 when {@code n}
     * is not an integer (no {@code __index__}).
     */
    public static long repeatCount(PyObject n) {
        if (!(n instanceof PyInt) && !n.type().has(org.krait.runtime.types.Slot.INDEX)) {
            return -1;
        }
        PyInt i = org.krait.runtime.ops.NumberOps.index(n);
        if (!i.isLong()) {
            throw PythonException.overflow("cannot fit 'int' into an index-sized integer");
        }
        return Math.max(0, i.longValue());
    }

    /** The length of a sequence of {@code len} items repeated {@code count} times, checked. */
    public static int repeated(int len, long count) {
        if (len == 0 || count == 0) {
            return 0;
        }
        if (count > MAX_LENGTH / len) {
            throw memoryError();
        }
        return (int) (len * count);
    }
}
