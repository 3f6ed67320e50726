package org.krait.runtime.objects;

import org.krait.runtime.memory.ReleaseQueue;

import org.krait.runtime.numbers.FloatMath;
import org.krait.runtime.numbers.FloatText;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.numbers.NumericHash;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** {@code float}: a Java double. CPython: Objects/floatobject.c. */
public class PyFloat extends PyObject {

    public static final PyType TYPE = PyType.builtin("float", PyType.OBJECT);

    static {
        Pickling.getnewargs(TYPE, f -> new PyFloat(((PyFloat) f).value()));
        TYPE.slot(Slot.REPR, (Signature.Unary) a -> PyStr.of(FloatText.repr(((PyFloat) a).value)));
        TYPE.slot(Slot.HASH, (Signature.Hash) a -> ((PyFloat) a).__hash__());
        TYPE.slot(Slot.BOOL, (Signature.Predicate) a -> ((PyFloat) a).value != 0);
        TYPE.slot(Slot.NEG, (Signature.Unary) a -> new PyFloat(-((PyFloat) a).value));
        TYPE.slot(Slot.POS, (Signature.Unary) a -> newRef(a));
        TYPE.slot(Slot.ABS, (Signature.Unary) a -> new PyFloat(Math.abs(((PyFloat) a).value)));
        TYPE.slot(Slot.FLOAT, (Signature.Unary) a -> newRef(a));
        TYPE.slot(Slot.INT, (Signature.Unary) a -> ((PyFloat) a).toInt());
        TYPE.slot(Slot.NEW, ArgSpec.positional(0, 1).checked("float", (cls, args, kw) -> {
            PyObject v = FloatConstructor.construct(args);
            return cls == TYPE ? v : new Derived((PyType) cls, ((PyFloat) v).value);
        }));
        TYPE.method("is_integer", ArgSpec.NOARGS, (s, a, kw) -> PyBool.of(((PyFloat) s).value == Math.rint(((PyFloat) s).value)
                && !Double.isInfinite(((PyFloat) s).value)));
        TYPE.method("as_integer_ratio", ArgSpec.NOARGS, (s, a, kw) -> {
            try {
                Object[] r = FloatMath.asIntegerRatio(((PyFloat) s).value);
                return PyTuple.of(PyInt.ofNumeric(r[0]), PyInt.ofNumeric(r[1]));
            } catch (NumericError e) {
                throw PythonException.of(e);
            }
        });
        TYPE.method("__round__", ArgSpec.positional(0, 1), (s, a, kw) -> ((PyFloat) s).__round__(a.length > 0 ? a[0] : null));
        TYPE.method("hex", ArgSpec.NOARGS, (s, a, kw) -> PyStr.of(FloatText.hex(((PyFloat) s).value)));
        TYPE.define("fromhex", PyClassmethod.of(new PyBuiltinFunctionOrMethod("fromhex", (s, a, kw) -> {
            try {
                PyFloat f = new PyFloat(FloatText.fromHex(a[1].toString()));
                if (a[0] == TYPE) {
                    return f;
                }
                // a subclass gets cls(value), as CPython's float.fromhex does
                try {
                    return org.krait.runtime.ops.CallOps.call(a[0], f);
                } finally {
                    f.decref();
                }
            } catch (NumericError e) {
                throw PythonException.of(e);
            }
        })));
        TYPE.method("conjugate", ArgSpec.NOARGS, (s, a, kw) -> s.getClass() == PyFloat.class ? newRef(s)
                : new PyFloat(((PyFloat) s).value));
        // getset descriptors, as CPython's float_getset
        TYPE.define("real", new org.krait.runtime.types.PyGetSetDescr(TYPE, "real",
                s -> s.getClass() == PyFloat.class ? newRef(s) : new PyFloat(((PyFloat) s).value), null));
        TYPE.define("imag", new org.krait.runtime.types.PyGetSetDescr(TYPE, "imag", s -> new PyFloat(0.0), null));
        Slot[] ops = {Slot.ADD, Slot.SUB, Slot.MUL, Slot.TRUEDIV, Slot.FLOORDIV, Slot.MOD, Slot.POW};
        Slot[] rops = {Slot.RADD, Slot.RSUB, Slot.RMUL, Slot.RTRUEDIV, Slot.RFLOORDIV, Slot.RMOD, Slot.RPOW};
        for (int i = 0; i < ops.length; i++) {
            int op = i;
            TYPE.slot(ops[i], (Signature.Binary) (a, b) -> arith(op, a, b));
            TYPE.slot(rops[i], (Signature.Binary) (a, b) -> arith(op, b, a));
        }
        TYPE.slot(Slot.DIVMOD, (Signature.Binary) (a, b) -> divmod(a, b));
        TYPE.slot(Slot.RDIVMOD, (Signature.Binary) (a, b) -> divmod(b, a));
        Slot[] cmps = {Slot.EQ, Slot.NE, Slot.LT, Slot.LE, Slot.GT, Slot.GE};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            TYPE.slot(cmps[i], (Signature.Binary) (a, b) -> compare(op, a, b));
        }
    }

    private final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A {@code float} owns no references: nothing to release. */
    @Override
    protected void dealloc() {
    }

    public double value() {
        return value;
    }

    /** {@code round(self[, ndigits])}: an int when ndigits is absent or None, else a float. */
    public PyObject __round__(PyObject ndigits) {
        try {
            if (ndigits == null || ndigits == PyNoneType.NONE) {
                return PyInt.ofNumeric(FloatMath.round(value));
            }
            PyInt n = org.krait.runtime.ops.NumberOps.index(ndigits);
            return new PyFloat(FloatMath.round(value, n.isLong() ? n.longValue() : n.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    /** The double of a float or int operand, or NaN-free null signal via {@code Double.NaN} is not used: returns null. */
    static Double operand(PyObject o) {
        if (o instanceof PyFloat) {
            return ((PyFloat) o).value;
        }
        if (o instanceof PyInt) {
            return ((PyInt) o).doubleValue();
        }
        return null;
    }

    private static PyObject arith(int op, PyObject a, PyObject b) {
        Double x = operand(a);
        Double y = operand(b);
        if (x == null || y == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        double l = x;
        double r = y;
        try {
            switch (op) {
                case 0: return new PyFloat(l + r);
                case 1: return new PyFloat(l - r);
                case 2: return new PyFloat(l * r);
                case 3: return new PyFloat(FloatMath.trueDiv(l, r));
                case 4: return new PyFloat(FloatMath.floorDiv(l, r));
                case 5: return new PyFloat(FloatMath.mod(l, r));
                default:
                    if (FloatMath.powIsComplex(l, r)) {
                        return PyComplex.pow(new double[] {l, 0}, new double[] {r, 0}, b);
                    }
                    return new PyFloat(FloatMath.pow(l, r));
            }
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    /** {@code divmod(a, b)} when one is a float and the other a float or int. */
    private static PyObject divmod(PyObject a, PyObject b) {
        Double x = operand(a);
        Double y = operand(b);
        if (x == null || y == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        try {
            double[] qr = FloatMath.divmod(x, y);
            PyObject q = new PyFloat(qr[0]);
            PyObject r = new PyFloat(qr[1]);
            PyTuple t = PyTuple.of(q, r);
            q.decref();
            r.decref();
            return t;
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    private static PyObject compare(int op, PyObject a, PyObject b) {
        double l = ((PyFloat) a).value;
        if (!(b instanceof PyInt) && !(b instanceof PyFloat)) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        if (Double.isNaN(l) || b instanceof PyFloat && Double.isNaN(((PyFloat) b).value)) {
            return PyBool.of(op == 1);
        }
        // An int is compared exactly: it may not be representable as a double (CPython's float_richcompare).
        double r = b instanceof PyFloat ? ((PyFloat) b).value : 0.0;
        int c = b instanceof PyInt ? -FloatMath.compare(((PyInt) b).numeric(), l) : l < r ? -1 : l > r ? 1 : 0;
        return PyInt.comparison(op, c);
    }

    /** {@code int(self)}: truncation toward zero. */
    public PyObject toInt() {
        try {
            return PyInt.ofNumeric(FloatMath.toInt(value));
        } catch (NumericError e) {
            throw PythonException.of(e);
        }
    }

    /** CPython's numeric hash: equal to the hash of an equal int. */
    public long __hash__() {
        return NumericHash.hashFloat(value, System.identityHashCode(this));
    }

    @Override
    public String toString() {
        return FloatText.repr(value);
    }

    /**
     * An instance of a class deriving from {@code float} (Jython's "Derived" pattern): the builtin's
     * state plus the class and an instance dict.
     */
    public static final class Derived extends PyFloat implements DictOwner, ClassAssignable {
        private PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, double value) {
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
