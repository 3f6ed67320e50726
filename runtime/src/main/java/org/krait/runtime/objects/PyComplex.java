package org.krait.runtime.objects;

import org.krait.runtime.numbers.FloatText;
import org.krait.runtime.numbers.NumericError;
import org.krait.runtime.numbers.NumericHash;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;
import org.krait.runtime.unicode.CharTypes;

/** {@code complex}: two doubles. CPython: Objects/complexobject.c (division by Smith's method, integer powers by squaring). */
public class PyComplex extends PyObject {

    public static final PyType TYPE = PyType.builtin("complex", PyType.OBJECT);

    static {
        TYPE.method("__getnewargs__", org.krait.runtime.types.ArgSpec.NOARGS, (c, a, kw) -> PyTuple.fromArray(new PyObject[] {
                new PyFloat(((PyComplex) c).real()), new PyFloat(((PyComplex) c).imag())}));
        TYPE.slot(Slot.REPR, (Signature.Unary) c -> PyStr.of(((PyComplex) c).repr()));
        TYPE.slot(Slot.HASH, (Signature.Hash) c -> {
            PyComplex z = (PyComplex) c;
            return NumericHash.hashComplex(z.real, z.imag, System.identityHashCode(z));
        });
        TYPE.slot(Slot.BOOL, (Signature.Predicate) c -> ((PyComplex) c).real != 0 || ((PyComplex) c).imag != 0);
        TYPE.slot(Slot.NEG, (Signature.Unary) c -> new PyComplex(-((PyComplex) c).real, -((PyComplex) c).imag));
        TYPE.slot(Slot.POS, (Signature.Unary) c -> new PyComplex(((PyComplex) c).real, ((PyComplex) c).imag));
        TYPE.slot(Slot.ABS, (Signature.Unary) c -> {
            double r = Math.hypot(((PyComplex) c).real, ((PyComplex) c).imag);
            if (Double.isInfinite(r) && Double.isFinite(((PyComplex) c).real) && Double.isFinite(((PyComplex) c).imag)) {
                throw PythonException.overflow("absolute value too large");
            }
            return new PyFloat(r);
        });
        Slot[] ops = {Slot.ADD, Slot.SUB, Slot.MUL, Slot.TRUEDIV, Slot.POW};
        Slot[] rops = {Slot.RADD, Slot.RSUB, Slot.RMUL, Slot.RTRUEDIV, Slot.RPOW};
        for (int i = 0; i < ops.length; i++) {
            int op = i;
            TYPE.slot(ops[i], (Signature.Binary) (a, b) -> arith(op, a, b));
            TYPE.slot(rops[i], (Signature.Binary) (a, b) -> arith(op, b, a));
        }
        TYPE.slot(Slot.EQ, (Signature.Binary) (a, b) -> equal(a, b, true));
        TYPE.slot(Slot.NE, (Signature.Binary) (a, b) -> equal(a, b, false));
        TYPE.slot(Slot.NEW, ArgSpec.keywords(0, "real", "imag").checked("complex", (cls, a, kw) -> {
            PyObject v = construct(a, kw);
            if (cls == TYPE) {
                return v;
            }
            PyComplex c = (PyComplex) v;
            PyObject d = new Derived((PyType) cls, c.real, c.imag);
            v.decref();
            return d;
        }));
        TYPE.method("conjugate", ArgSpec.NOARGS, (c, a, kw) -> new PyComplex(((PyComplex) c).real, -((PyComplex) c).imag));
        // members, as CPython's complex_members
        TYPE.define("real", new org.krait.runtime.types.PyMemberDescr(TYPE, "real", c -> new PyFloat(((PyComplex) c).real)));
        TYPE.define("imag", new org.krait.runtime.types.PyMemberDescr(TYPE, "imag", c -> new PyFloat(((PyComplex) c).imag)));
    }

    private final double real;
    private final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A {@code complex} owns no references: nothing to release. */
    @Override
    protected void dealloc() {
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }

    /** {@code repr(z)}: {@code 1j}, {@code (1+2j)}, {@code (-0-1j)}... */
    String repr() {
        String im = part(imag);
        if (real == 0 && 1 / real > 0) {
            return im + "j";
        }
        String re = part(real);
        String sign = imag > 0 || Double.isNaN(imag) || (imag == 0 && 1 / imag > 0) ? "+" : "";
        return "(" + re + sign + im + "j)";
    }

    /** One part of the repr: the shortest round-tripping digits without a forced {@code .0}. */
    private static String part(double d) {
        if (!Double.isFinite(d)) {
            return FloatText.repr(d);
        }
        return (Math.copySign(1.0, d) < 0 ? "-" : "") + FloatText.formatAbs(Math.abs(d), 'r', 0, 0);
    }

    /** The complex value of an int, float or complex operand, or null. */
    static double[] operand(PyObject o) {
        if (o instanceof PyComplex) {
            return new double[] {((PyComplex) o).real, ((PyComplex) o).imag};
        }
        if (o instanceof PyFloat) {
            return new double[] {((PyFloat) o).value(), 0};
        }
        if (o instanceof PyInt) {
            return new double[] {((PyInt) o).doubleValue(), 0};
        }
        return null;
    }

    private static PyObject equal(PyObject a, PyObject b, boolean eq) {
        double[] x = operand(a);
        if (b instanceof PyInt && !(b instanceof PyBool) && ((PyInt) b).bigValue().bitLength() > 53) {
            return PyBool.of(!eq);
        }
        double[] y = operand(b);
        if (y == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        boolean same = x[0] == y[0] && x[1] == y[1];
        return PyBool.of(same == eq);
    }

    private static PyObject arith(int op, PyObject a, PyObject b) {
        double[] x = operand(a);
        double[] y = operand(b);
        if (x == null || y == null) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        switch (op) {
            case 0: return new PyComplex(x[0] + y[0], x[1] + y[1]);
            case 1: return new PyComplex(x[0] - y[0], x[1] - y[1]);
            case 2: return prod(x, y);
            case 3: return quot(x, y);
            default: return pow(x, y, b);
        }
    }

    private static PyComplex prod(double[] a, double[] b) {
        return new PyComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]);
    }

    private static PyComplex quot(double[] a, double[] b) {
        double absBr = Math.abs(b[0]);
        double absBi = Math.abs(b[1]);
        if (absBr >= absBi) {
            if (absBr == 0) {
                throw PythonException.zeroDivision("complex division by zero");
            }
            double ratio = b[1] / b[0];
            double denom = b[0] + b[1] * ratio;
            return new PyComplex((a[0] + a[1] * ratio) / denom, (a[1] - a[0] * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b[0] / b[1];
            double denom = b[0] * ratio + b[1];
            return new PyComplex((a[0] * ratio + a[1]) / denom, (a[1] * ratio - a[0]) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /** {@code a ** b} (CPython's {@code complex_pow}). */
    static PyObject pow(double[] a, double[] b, PyObject exponent) {
        if (b[1] == 0 && b[0] == Math.rint(b[0]) && Math.abs(b[0]) <= 100) {
            int n = (int) b[0];
            if (n >= 0) {
                return powu(a, n);
            }
            if (a[0] == 0 && a[1] == 0) {
                throw PythonException.zeroDivision("0.0 to a negative or complex power");
            }
            PyComplex p = powu(a, -n);
            return quot(new double[] {1, 0}, new double[] {p.real, p.imag});
        }
        if (b[0] == 0 && b[1] == 0) {
            return new PyComplex(1, 0);
        }
        if (a[0] == 0 && a[1] == 0) {
            if (b[1] != 0 || b[0] < 0) {
                throw PythonException.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a[0], a[1]);
        double len = Math.pow(vabs, b[0]);
        double at = Math.atan2(a[1], a[0]);
        double phase = at * b[0];
        if (b[1] != 0) {
            len /= Math.exp(at * b[1]);
            phase += b[1] * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyComplex powu(double[] x, int n) {
        double[] r = {1, 0};
        double[] p = x;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                PyComplex q = prod(r, p);
                r = new double[] {q.real, q.imag};
            }
            PyComplex q = prod(p, p);
            p = new double[] {q.real, q.imag};
        }
        return new PyComplex(r[0], r[1]);
    }

    private static PyObject construct(PyObject[] a, String[] kw) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        PyObject re = npos > 0 ? a[0] : null;
        PyObject im = npos > 1 ? a[1] : null;
        for (int i = 0; kw != null && i < kw.length; i++) {
            if (kw[i].equals("real")) {
                re = a[npos + i];
            } else if (kw[i].equals("imag")) {
                im = a[npos + i];
            }
        }
        if (re != null && !(re instanceof PyComplex) && re.type().lookup("__complex__") != null) {
            re = org.krait.runtime.ops.CallOps.call(re.type().lookup("__complex__"), re);
            if (!(re instanceof PyComplex)) {
                throw PythonException.typeError("__complex__ returned non-complex (type " + re.type().name() + ")");
            }
        }
        if (re instanceof PyStr) {
            if (im != null) {
                throw PythonException.typeError("complex() can't take second arg if first is a string");
            }
            return parse(re.toString());
        }
        if (im instanceof PyStr) {
            throw PythonException.typeError("complex() second arg can't be a string");
        }
        double[] x = re == null ? new double[] {0, 0} : part(re, "first");
        if (im == null) {
            return new PyComplex(x[0], x[1]);
        }
        double[] y = part(im, "second");
        // As complex_new: only complex parts are combined, so that signed zeros survive.
        double real = im instanceof PyComplex ? x[0] - y[1] : x[0];
        double imag = re instanceof PyComplex ? y[0] + x[1] : y[0];
        return new PyComplex(real, imag);
    }

    private static double[] part(PyObject o, String which) {
        double[] v = operand(o);
        if (v == null) {
            if (o.type().has(Slot.FLOAT) || o.type().has(Slot.INDEX)) {
                return new double[] {NumberOps.toDouble(o), 0};
            }
            throw PythonException.typeError("complex() " + which + " argument must be a string or a number, not '"
                    + o.type().name() + "'");
        }
        return v;
    }

    private static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.chars().anyMatch(CharTypes::isSpace)) {
            throw malformed();
        }
        if (!s.endsWith("j") && !s.endsWith("J")) {
            return new PyComplex(number(s), 0);
        }
        String body = s.substring(0, s.length() - 1);
        for (int i = body.length() - 1; i > 0; i--) {
            char c = body.charAt(i);
            if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                return new PyComplex(number(body.substring(0, i)), imagPart(body.substring(i)));
            }
        }
        return new PyComplex(0, imagPart(body));
    }

    private static double imagPart(String s) {
        if (s.equals("+") || s.isEmpty()) {
            return 1;
        }
        if (s.equals("-")) {
            return -1;
        }
        return number(s);
    }

    /** One part of a complex literal, read by float()'s rules. */
    private static double number(String s) {
        try {
            return FloatText.parse(s);
        } catch (NumericError e) {
            throw malformed();
        }
    }

    private static PythonException malformed() {
        return PythonException.valueError("complex() arg is a malformed string");
    }

    /** An instance of a class deriving from {@code complex}: the two doubles plus the class and an instance dict. */
    public static final class Derived extends PyComplex implements DictOwner, ClassAssignable {
        private PyType type;
        private final PyDict dict = new PyDict();

        Derived(PyType type, double real, double imag) {
            super(real, imag);
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
            org.krait.runtime.memory.ReleaseQueue.release(this);
        }

        @Override
        public void releaseReferences() {
            super.releaseReferences();
            dict.decref();
            type.decref();
        }
    }
}
