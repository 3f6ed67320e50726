package org.krait.runtime.objects;

import org.krait.runtime.memory.ReleaseQueue;

import java.util.Arrays;
import org.krait.runtime.types.PyType;
import org.krait.runtime.unicode.CharTypes;

/**
 * {@code str}: immutable code points in the most compact of three forms chosen at construction
 * ({@code byte[]} when all are below 256, {@code char[]} when all are in the BMP, else
 * {@code int[]}), so indexing is O(1) by code point and lone surrogates are representable.
 * CPython: Objects/unicodeobject.c (PEP 393). Methods live in {@link StrMethods}.
 */
public class PyStr extends PyObject implements Comparable<PyStr> {

    public static final PyType TYPE = PyType.builtin("str", PyType.OBJECT);

    public static final PyStr EMPTY = new PyStr(new byte[0]).immortal();

    private static final PyStr[] LATIN1 = new PyStr[256];
    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> INTERNED = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (int i = 0; i < 256; i++) {
            LATIN1[i] = new PyStr(new byte[] {(byte) i}).immortal();
        }
        StrMethods.fill(TYPE);
        Pickling.getnewargs(TYPE, s -> ((PyStr) s).exact());
    }

    /** {@code byte[]}, {@code char[]} or {@code int[]}. */
    private final Object data;
    private final int length;
    /**
     * The Java hash, computed on first use; 0 until then unless {@link #hashIsZero}. Two fields
     * written in that order, as {@code java.lang.String} does, so a thread reading a shared str
     * (an interned or constant one used by several interpreters) sees either no hash or the right
     * one, never a flag without its value.
     */
    private int hash;
    private boolean hashIsZero;
    private String javaString;

    /** A str with {@code s}'s code points, for subclass instances. */
    protected PyStr(PyStr s) {
        this.data = s.data;
        this.length = s.length;
    }

    private PyStr(byte[] b) {
        data = b;
        length = b.length;
    }

    private PyStr(char[] c) {
        data = c;
        length = c.length;
    }

    private PyStr(int[] cps) {
        data = cps;
        length = cps.length;
    }

    /** The str of a Java string (surrogate pairs read as one code point). */
    public static PyStr of(String s) {
        if (s.isEmpty()) {
            return EMPTY;
        }
        int max = 0;
        for (int i = 0; i < s.length(); i++) {
            max = Math.max(max, s.charAt(i));
        }
        if (max < 256) {
            if (s.length() == 1) {
                return LATIN1[s.charAt(0)];
            }
            byte[] b = new byte[s.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) s.charAt(i);
            }
            return new PyStr(b);
        }
        int[] cps = s.codePoints().toArray();
        return ofCodePoints(cps);
    }

    /**
     * The one immortal str for {@code s} shared by every interpreter ({@code sys.intern}): the
     * names of code objects and identifier-like constants are interned, so dict lookups of
     * attribute and global names succeed on the identity test before any comparison.
     */
    public static PyStr intern(String s) {
        PyStr p = INTERNED.get(s);
        if (p == null) {
            PyStr fresh = of(s);
            p = INTERNED.putIfAbsent(s, fresh.isImmortal() ? fresh : fresh.immortal());
            if (p == null) {
                p = fresh;
            }
        }
        return p;
    }

    /**
     * The interned str of {@code s} when there is one, else a new str: for names that arrive as
     * Java strings (keyword arguments), so they keep the identity of the program's names without
     * growing the table.
     */
    public static PyStr ofName(String s) {
        PyStr p = INTERNED.get(s);
        return p != null ? p : of(s);
    }

    /** {@code sys.intern(s)}: {@code s} itself (made immortal) unless a str of its text is interned already. */
    public static PyStr intern(PyStr s) {
        String text = s.toString();
        PyStr p = INTERNED.get(text);
        if (p == null) {
            p = INTERNED.putIfAbsent(text, s.isImmortal() ? s : s.immortal());
            if (p == null) {
                p = s;
            }
        }
        return p;
    }

    /** Whether this is the str {@link #intern} gives for its text (CPython's {@code PyUnicode_CHECK_INTERNED}). */
    public boolean isInterned() {
        return getClass() == PyStr.class && INTERNED.get(toString()) == this;
    }

    /** The str of these code points (the array is copied when kept). */
    public static PyStr ofCodePoints(int[] cps) {
        int max = 0;
        for (int c : cps) {
            max = Math.max(max, c);
        }
        if (cps.length == 0) {
            return EMPTY;
        }
        if (max < 256) {
            if (cps.length == 1) {
                return LATIN1[cps[0]];
            }
            byte[] b = new byte[cps.length];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) cps[i];
            }
            return new PyStr(b);
        }
        if (max < 0x10000) {
            char[] c = new char[cps.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = (char) cps[i];
            }
            return new PyStr(c);
        }
        return new PyStr(cps.clone());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A {@code str} owns no references: nothing to release. */
    @Override
    protected void dealloc() {
    }

    /** The number of code points. */
    public int length() {
        return length;
    }

    /** The code point at {@code i} (0 <= i < length). */
    public int codePointAt(int i) {
        if (data instanceof byte[]) {
            return ((byte[]) data)[i] & 0xff;
        }
        if (data instanceof char[]) {
            return ((char[]) data)[i];
        }
        return ((int[]) data)[i];
    }

    /** All code points, a fresh array. */
    public int[] codePoints() {
        int[] out = new int[length];
        for (int i = 0; i < length; i++) {
            out[i] = codePointAt(i);
        }
        return out;
    }

    /** The code points from {@code start} (inclusive) to {@code end}. */
    public PyStr substring(int start, int end) {
        if (start == 0 && end == length) {
            return exact();
        }
        // Only the range is read: s[i] and iteration must not cost the whole string.
        int[] out = new int[end - start];
        for (int i = 0; i < out.length; i++) {
            out[i] = codePointAt(start + i);
        }
        return ofCodePoints(out);
    }

    /** This string as an exact {@code str}: itself, or a copy of a subclass instance's value. */
    public PyStr exact() {
        return getClass() == PyStr.class ? newRef(this) : ofCodePoints(codePoints());
    }

    /** {@code self + other}. */
    public PyStr concat(PyStr other) {
        if (other.length == 0) {
            return exact();
        }
        if (length == 0) {
            return other.exact();
        }
        // Storage of the same width is copied as it is (each storage is the narrowest that holds
        // its string, so the result's is too): a loop of += costs copies, not conversions.
        if (data instanceof byte[] x && other.data instanceof byte[] y) {
            byte[] out = Arrays.copyOf(x, length + other.length);
            System.arraycopy(y, 0, out, length, other.length);
            return new PyStr(out);
        }
        if (!(data instanceof int[]) && !(other.data instanceof int[])) {
            char[] out = new char[length + other.length];
            for (int i = 0; i < length; i++) {
                out[i] = (char) codePointAt(i);
            }
            for (int i = 0; i < other.length; i++) {
                out[length + i] = (char) other.codePointAt(i);
            }
            return new PyStr(out);
        }
        int[] out = Arrays.copyOf(codePoints(), length + other.length);
        for (int i = 0; i < other.length; i++) {
            out[length + i] = other.codePointAt(i);
        }
        return ofCodePoints(out);
    }

    @Override
    public int compareTo(PyStr o) {
        int n = Math.min(length, o.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(codePointAt(i), o.codePointAt(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(length, o.length);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PyStr)) {
            return false;
        }
        PyStr o = (PyStr) other;
        if (o.length != length || hashCode() != o.hashCode()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (codePointAt(i) != o.codePointAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && !hashIsZero) {
            for (int i = 0; i < length; i++) {
                h = 31 * h + codePointAt(i);
            }
            if (h == 0) {
                hashIsZero = true;
            } else {
                hash = h;
            }
        }
        return h;
    }

    /** Python's {@code hash(s)}: never -1. */
    public long __hash__() {
        long h = hashCode() * 0x9E3779B97F4A7C15L;
        return h == -1 ? -2 : h;
    }

    /** The text as a Java string; a lone surrogate stays a lone char. */
    @Override
    public String toString() {
        if (javaString == null) {
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.appendCodePoint(codePointAt(i));
            }
            javaString = sb.toString();
        }
        return javaString;
    }

    /** Python's {@code repr(s)}. */
    public PyStr __repr__() {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < length; i++) {
            int c = codePointAt(i);
            hasSingle |= c == '\'';
            hasDouble |= c == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(length + 2).append(quote);
        for (int i = 0; i < length; i++) {
            int c = codePointAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || CharTypes.isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        }
        return of(out.append(quote).toString());
    }

    /**
     * An instance of a class deriving from {@code str} (Jython's "Derived" pattern): the builtin's
     * state plus the class and an instance dict.
     */
    public static final class Derived extends PyStr implements DictOwner, ClassAssignable {
        private PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, PyStr value) {
            super(value);
            this.type = newRef(type);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public void setType(PyType newType) {
            PyType old = type;
            type = newRef(newType);
            old.decref();
        }

        @Override
        public PyDict dict() {
            return dict;
        }

        @Override
        protected void dealloc() {
            ReleaseQueue.release(this);
        }

        @Override
        public void releaseReferences() {
            super.releaseReferences();
            dict.decref();
            type.decref();
        }
    }
}
