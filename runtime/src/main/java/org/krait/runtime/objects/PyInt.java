package org.krait.runtime.objects;

import java.math.BigInteger;
import org.krait.runtime.memory.ReleaseQueue;
import org.krait.runtime.numbers.IntMath;
import org.krait.runtime.numbers.IntText;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.numbers.NumericHash;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code int}: a {@code long} when the value fits, else a {@link BigInteger} (never both: one
 * canonical form). The small ints -5..256 are preallocated and immortal. CPython:
 * Objects/longobject.c.
 */
public class PyInt extends PyObject {

    public static final PyType TYPE = PyType.builtin("int", PyType.OBJECT);

    /** A byteorder argument of to_bytes/from_bytes: a str (its value IntMath checks). */
    private static String byteorder(String fn, PyObject o) {
        if (!(o instanceof PyStr)) {
            throw PythonException.typeError(fn + "() argument 'byteorder' must be str, not " + o.type().name());
        }
        return o.toString();
    }

    private static final int SMALL_MIN = -5;
    private static final int SMALL_MAX = 256;
    private static final PyInt[] SMALL = new PyInt[SMALL_MAX - SMALL_MIN + 1];

    static {
        for (int i = SMALL_MIN; i <= SMALL_MAX; i++) {
            SMALL[i - SMALL_MIN] = new PyInt(i).immortal();
        }
        IntSlots.fill(TYPE);
        Pickling.getnewargs(TYPE, i -> ((PyInt) i).exact());
    }

    private final long value;
    /** Non-null only when the value does not fit in a long. */
    private final BigInteger big;

    protected PyInt(long value) {
        this.value = value;
        this.big = null;
    }

    /** A copy of {@code v}'s value, for subclass instances. */
    protected PyInt(PyInt v) {
        this.value = v.value;
        this.big = v.big;
    }

    private PyInt(BigInteger big) {
        this.value = 0;
        this.big = big;
    }

    /** The int {@code v}: a cached immortal for small values, else a new object (new reference). */
    public static PyInt of(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            return SMALL[(int) v - SMALL_MIN];
        }
        return new PyInt(v);
    }

    /** The int {@code v}, in its canonical form. */
    /** The int of a numbers-library value (a {@code Long} or a {@code BigInteger}). */
    public static PyInt ofNumeric(Object v) {
        return v instanceof Long ? of((long) (Long) v) : of((BigInteger) v);
    }

    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An {@code int} owns no references: nothing to release. */
    @Override
    protected void dealloc() {
    }

    /** {@code round(self[, ndigits])}: the int itself (as an exact int), or rounded to 10**-ndigits. */
    public PyObject __round__(PyObject ndigits) {
        if (ndigits == null || ndigits == PyNoneType.NONE) {
            return exact();
        }
        try {
            return ofNumeric(IntMath.round(numeric(), org.krait.runtime.ops.NumberOps.index(ndigits).numeric()));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    /** Whether the value fits in a long. */
    public final boolean isLong() {
        return big == null;
    }

    /** The value; only meaningful when {@link #isLong()}. */
    public final long longValue() {
        return value;
    }

    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as a Java int, or OverflowError. */
    public final int intValue() {
        if (big != null || value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw PythonException.overflow("Python int too large to convert to C int");
        }
        return (int) value;
    }

    /** The value as a long, or OverflowError. */
    public final long asLong() {
        if (big != null) {
            throw PythonException.overflow("Python int too large to convert to C ssize_t");
        }
        return value;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    public final double doubleValue() {
        if (big == null) {
            return value;
        }
        try {
            return IntMath.toDouble(big);
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    /** The int of {@code o} when it is an int (or bool), else null. */
    static PyInt asInt(PyObject o) {
        return o instanceof PyInt ? (PyInt) o : null;
    }

    public PyObject __add__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        if (big == null && o.big == null) {
            long r = value + o.value;
            if (((value ^ r) & (o.value ^ r)) >= 0) {
                return of(r);
            }
        }
        return ofNumeric(IntMath.add(numeric(), o.numeric()));
    }

    public PyObject __sub__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        if (big == null && o.big == null) {
            long r = value - o.value;
            if (((value ^ o.value) & (value ^ r)) >= 0) {
                return of(r);
            }
        }
        return ofNumeric(IntMath.sub(numeric(), o.numeric()));
    }

    public PyObject __mul__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        if (big == null && o.big == null) {
            long hi = Math.multiplyHigh(value, o.value);
            long lo = value * o.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return of(lo);
            }
        }
        return ofNumeric(IntMath.mul(numeric(), o.numeric()));
    }

    public PyObject __floordiv__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        if (big == null && o.big == null && o.value != 0 && !(value == Long.MIN_VALUE && o.value == -1)) {
            return of(Math.floorDiv(value, o.value));
        }
        try {
            return ofNumeric(IntMath.floorDiv(numeric(), o.numeric()));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    public PyObject __mod__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        if (big == null && o.big == null && o.value != 0) {
            return of(o.value == -1 ? 0 : Math.floorMod(value, o.value));
        }
        try {
            return ofNumeric(IntMath.mod(numeric(), o.numeric()));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    /** {@code divmod(self, other)}: the floor quotient and the remainder. */
    public PyObject __divmod__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        try {
            Object[] qr = IntMath.divmod(numeric(), o.numeric());
            PyObject q = ofNumeric(qr[0]);
            PyObject r = ofNumeric(qr[1]);
            PyTuple t = PyTuple.of(q, r);
            q.decref();
            r.decref();
            return t;
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    public PyObject __truediv__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        try {
            return new PyFloat(big == null && o.big == null ? IntMath.trueDiv(value, o.value)
                    : IntMath.trueDiv(numeric(), o.numeric()));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    public PyObject __pow__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        try {
            Object r = IntMath.pow(numeric(), o.numeric());
            return r instanceof Double ? new PyFloat((Double) r) : ofNumeric(r);
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    public PyObject __lshift__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        try {
            return ofNumeric(IntMath.lshift(numeric(), o.numeric()));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    public PyObject __rshift__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        try {
            return ofNumeric(IntMath.rshift(numeric(), o.numeric()));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    public PyObject __and__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        return big == null && o.big == null ? of(value & o.value) : ofNumeric(IntMath.and(numeric(), o.numeric()));
    }

    public PyObject __or__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        return big == null && o.big == null ? of(value | o.value) : ofNumeric(IntMath.or(numeric(), o.numeric()));
    }

    public PyObject __xor__(PyObject other) {
        PyInt o = asInt(other);
        if (o == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        return big == null && o.big == null ? of(value ^ o.value) : ofNumeric(IntMath.xor(numeric(), o.numeric()));
    }

    public PyObject __neg__() {
        return big == null && value != Long.MIN_VALUE ? of(-value) : ofNumeric(IntMath.neg(numeric()));
    }

    public PyObject __pos__() {
        return exact();
    }

    public PyObject __abs__() {
        return signum() < 0 ? __neg__() : exact();
    }

    public PyObject __invert__() {
        return big == null ? of(~value) : ofNumeric(IntMath.invert(big));
    }

    /** This value as an exact {@code int} (not a bool), new reference. */
    public PyInt exact() {
        if (getClass() == PyInt.class) {
            return newRef(this);
        }
        if (getClass() == Derived.class) {
            return big == null ? of(value) : of(big);
        }
        return big == null ? of(value) : of(big);
    }

    /** Three-way comparison with another int. */
    public final int compareTo(PyInt o) {
        if (big == null && o.big == null) {
            return Long.compare(value, o.value);
        }
        return bigValue().compareTo(o.bigValue());
    }

    public final long __hash__() {
        return big == null ? NumericHash.hashInt(value) : NumericHash.hashInt(big);
    }

    /** The value as the numbers library takes it: a {@code Long}, or a {@code BigInteger} when it does not fit. */
    public final Object numeric() {
        return big == null ? (Object) value : big;
    }

    public boolean __bool__() {
        return signum() != 0;
    }

    /**
     * The most decimal digits str() and int() convert in the running interpreter
     * ({@code sys.get_int_max_str_digits()}); 0 means no limit.
     */
    public static int maxStrDigits() {
        return World.current().maxStrDigits();
    }

    public PyObject __repr__() {
        if (big == null) {
            return PyStr.of(Long.toString(value));
        }
        try {
            return PyStr.of(IntText.toDecimal(big, maxStrDigits()));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    @Override
    public String toString() {
        return big == null ? Long.toString(value) : big.toString();
    }

    /** A type's slots for the binary and unary operators of int (shared with bool). */
    static final class IntSlots {
        private IntSlots() {
        }

        static void fill(PyType t) {
            t.method("__round__", ArgSpec.positional(0, 1), (s, a, kw) -> ((PyInt) s).__round__(a.length > 0 ? a[0] : null));
            t.slot(Slot.ADD, (Signature.Binary) (a, b) -> ((PyInt) a).__add__(b));
            t.slot(Slot.RADD, (Signature.Binary) (a, b) -> ((PyInt) a).__add__(b));
            t.slot(Slot.SUB, (Signature.Binary) (a, b) -> ((PyInt) a).__sub__(b));
            t.slot(Slot.RSUB, (Signature.Binary) (a, b) -> b instanceof PyInt ? ((PyInt) b).__sub__(a) : PyNotImplementedType.NOT_IMPLEMENTED);
            t.slot(Slot.MUL, (Signature.Binary) (a, b) -> ((PyInt) a).__mul__(b));
            t.slot(Slot.RMUL, (Signature.Binary) (a, b) -> ((PyInt) a).__mul__(b));
            t.slot(Slot.FLOORDIV, (Signature.Binary) (a, b) -> ((PyInt) a).__floordiv__(b));
            t.slot(Slot.RFLOORDIV, (Signature.Binary) (a, b) -> b instanceof PyInt ? ((PyInt) b).__floordiv__(a) : PyNotImplementedType.NOT_IMPLEMENTED);
            t.slot(Slot.MOD, (Signature.Binary) (a, b) -> ((PyInt) a).__mod__(b));
            t.slot(Slot.RMOD, (Signature.Binary) (a, b) -> b instanceof PyInt ? ((PyInt) b).__mod__(a) : PyNotImplementedType.NOT_IMPLEMENTED);
            t.slot(Slot.DIVMOD, (Signature.Binary) (a, b) -> ((PyInt) a).__divmod__(b));
            t.slot(Slot.RDIVMOD, (Signature.Binary) (a, b) -> b instanceof PyInt ? ((PyInt) b).__divmod__(a) : PyNotImplementedType.NOT_IMPLEMENTED);
            t.slot(Slot.TRUEDIV, (Signature.Binary) (a, b) -> ((PyInt) a).__truediv__(b));
            t.slot(Slot.RTRUEDIV, (Signature.Binary) (a, b) -> b instanceof PyInt ? ((PyInt) b).__truediv__(a) : PyNotImplementedType.NOT_IMPLEMENTED);
            t.slot(Slot.POW, (Signature.Binary) (a, b) -> ((PyInt) a).__pow__(b));
            t.slot(Slot.RPOW, (Signature.Binary) (a, b) -> b instanceof PyInt ? ((PyInt) b).__pow__(a) : PyNotImplementedType.NOT_IMPLEMENTED);
            t.slot(Slot.LSHIFT, (Signature.Binary) (a, b) -> ((PyInt) a).__lshift__(b));
            t.slot(Slot.RSHIFT, (Signature.Binary) (a, b) -> ((PyInt) a).__rshift__(b));
            t.slot(Slot.AND, (Signature.Binary) (a, b) -> ((PyInt) a).__and__(b));
            t.slot(Slot.RAND, (Signature.Binary) (a, b) -> ((PyInt) a).__and__(b));
            t.slot(Slot.OR, (Signature.Binary) (a, b) -> ((PyInt) a).__or__(b));
            t.slot(Slot.ROR, (Signature.Binary) (a, b) -> ((PyInt) a).__or__(b));
            t.slot(Slot.XOR, (Signature.Binary) (a, b) -> ((PyInt) a).__xor__(b));
            t.slot(Slot.RXOR, (Signature.Binary) (a, b) -> ((PyInt) a).__xor__(b));
            t.slot(Slot.NEG, (Signature.Unary) a -> ((PyInt) a).__neg__());
            t.slot(Slot.POS, (Signature.Unary) a -> ((PyInt) a).__pos__());
            t.slot(Slot.ABS, (Signature.Unary) a -> ((PyInt) a).__abs__());
            t.slot(Slot.INVERT, (Signature.Unary) a -> ((PyInt) a).__invert__());
            t.slot(Slot.INDEX, (Signature.Unary) a -> ((PyInt) a).exact());
            t.slot(Slot.INT, (Signature.Unary) a -> ((PyInt) a).exact());
            t.slot(Slot.FLOAT, (Signature.Unary) a -> new PyFloat(((PyInt) a).doubleValue()));
            t.slot(Slot.HASH, (Signature.Hash) a -> ((PyInt) a).__hash__());
            t.slot(Slot.BOOL, (Signature.Predicate) a -> ((PyInt) a).__bool__());
            t.slot(Slot.REPR, (Signature.Unary) a -> ((PyInt) a).__repr__());
            t.slot(Slot.EQ, (Signature.Binary) (a, b) -> cmp(a, b, 0));
            t.slot(Slot.NE, (Signature.Binary) (a, b) -> cmp(a, b, 1));
            t.slot(Slot.LT, (Signature.Binary) (a, b) -> cmp(a, b, 2));
            t.slot(Slot.LE, (Signature.Binary) (a, b) -> cmp(a, b, 3));
            t.slot(Slot.GT, (Signature.Binary) (a, b) -> cmp(a, b, 4));
            t.slot(Slot.GE, (Signature.Binary) (a, b) -> cmp(a, b, 5));
            t.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> {
                PyObject v = IntConstructor.construct(args, kw);
                return cls == PyInt.TYPE || cls == PyBool.TYPE ? v : new Derived((PyType) cls, (PyInt) v);
            });
            t.method("to_bytes", ArgSpec.keywords(0, "length", "byteorder", "*", "signed"), (s, a, kw) -> {
                long length = a.length > 0 && a[0] != null ? org.krait.runtime.ops.NumberOps.index(a[0]).asLong() : 1;
                String order = a.length > 1 && a[1] != null ? byteorder("to_bytes", a[1]) : "big";
                boolean signed = a.length > 2 && org.krait.runtime.ops.ObjectOps.isTrue(a[2]);
                try {
                    return PyBytes.of(IntMath.toBytes(((PyInt) s).numeric(), length, order, signed));
                } catch (NumericError e) {
                    throw PythonException.of(e);
                }
            });
            ArgSpec fromBytes = ArgSpec.keywords(1, "bytes", "byteorder", "*", "signed");
            t.define("from_bytes", PyClassmethod.of(new PyBuiltinFunctionOrMethod("from_bytes", (s, all, kw) -> {
                // a[0] is the class the classmethod passes; the parameters follow it.
                PyObject[] a = fromBytes.bind("from_bytes", "int", java.util.Arrays.copyOfRange(all, 1, all.length), kw);
                byte[] b = PyBytes.bytesOf(a[0]) != null ? PyBytes.bytesOf(a[0]).clone() : PyBytes.construct(a[0]);
                String order = a.length > 1 && a[1] != null ? byteorder("from_bytes", a[1]) : "big";
                boolean signed = a.length > 2 && org.krait.runtime.ops.ObjectOps.isTrue(a[2]);
                PyInt v;
                try {
                    v = ofNumeric(IntMath.fromBytes(b, order, signed));
                } catch (NumericError e) {
                    throw PythonException.of(e);
                }
                if (all[0] == PyInt.TYPE) {
                    return v;
                }
                try {
                    return org.krait.runtime.ops.CallOps.call(all[0], v);
                } finally {
                    v.decref();
                }
            })));
            t.method("bit_length", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(IntMath.bitLength(((PyInt) s).numeric())));
            t.method("bit_count", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(IntMath.bitCount(((PyInt) s).numeric())));
            t.method("conjugate", ArgSpec.NOARGS, (s, a, kw) -> ((PyInt) s).exact());
            t.method("as_integer_ratio", ArgSpec.NOARGS, (s, a, kw) -> PyTuple.of(((PyInt) s).exact(), PyInt.of(1)));
            // getset descriptors, as CPython's int_getset: visible on the type, read-only
            t.define("real", new org.krait.runtime.types.PyGetSetDescr(t, "real", s -> ((PyInt) s).exact(), null));
            t.define("imag", new org.krait.runtime.types.PyGetSetDescr(t, "imag", s -> PyInt.of(0), null));
            t.define("numerator", new org.krait.runtime.types.PyGetSetDescr(t, "numerator", s -> ((PyInt) s).exact(), null));
            t.define("denominator", new org.krait.runtime.types.PyGetSetDescr(t, "denominator", s -> PyInt.of(1), null));
        }

        private static PyObject cmp(PyObject a, PyObject b, int op) {
            if (!(b instanceof PyInt)) {
                return PyNotImplementedType.NOT_IMPLEMENTED;
            }
            return comparison(op, ((PyInt) a).compareTo((PyInt) b));
        }
    }

    /** The bool of rich comparison {@code op} (0..5: ==, !=, <, <=, >, >=) given the three-way result {@code c}. */
    static PyBool comparison(int op, int c) {
        switch (op) {
            case 0: return PyBool.of(c == 0);
            case 1: return PyBool.of(c != 0);
            case 2: return PyBool.of(c < 0);
            case 3: return PyBool.of(c <= 0);
            case 4: return PyBool.of(c > 0);
            default: return PyBool.of(c >= 0);
        }
    }

    /**
     * An instance of a class deriving from {@code int} (Jython's "Derived" pattern): the builtin's
     * state plus the class and an instance dict.
     */
    public static final class Derived extends PyInt implements DictOwner {
        private final PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, PyInt value) {
            super(value);
            this.type = newRef(type);
        }

        @Override
        public PyType type() {
            return type;
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
