package org.krait.runtime.objects;

import java.util.ArrayList;
import java.util.List;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyMemberDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * An instance of a struct-sequence type ({@code sys.float_info}, {@code sys.version_info},
 * {@code os.stat_result}): a tuple of its first {@code n_sequence_fields} values, with every named
 * field also readable as an attribute, and possibly further fields that only attributes reach.
 * CPython: Objects/structseq.c.
 *
 * <p>Make a type once per JVM with {@link #newType} (a {@link Spec} per type), then instances with
 * {@link #of}. Each type is a final subclass of {@code tuple} whose {@code tp_name} is dotted
 * ({@code "sys.float_info"}), so its {@code __module__} is {@code sys} and its repr reads
 * {@code sys.float_info(max=..., ...)}.
 */
public final class PyStructSequence extends PyTuple {

    /** Marks a field without a name: it is in the tuple but has no attribute (os.stat_result's int times). */
    public static final String UNNAMED = null;

    /**
     * What a type's constructor does with the fields a call left out, before the rest become None:
     * {@code values} has one entry per field, {@code null} where missing; the hook may fill such
     * entries with borrowed references (os.stat_result copies its int times into st_atime and the like).
     */
    @FunctionalInterface
    public interface Defaults {
        void fill(PyObject[] values);
    }

    /** What a struct-sequence type is made of; one per type, immutable. */
    public static final class Spec {
        private final PyType type;
        /** Every field, the sequence ones first; {@link #UNNAMED} entries have no attribute. */
        private final String[] fields;
        private final int nSequence;
        private final Defaults defaults;

        private Spec(PyType type, String[] fields, int nSequence, Defaults defaults) {
            this.type = type;
            this.fields = fields;
            this.nSequence = nSequence;
            this.defaults = defaults;
        }

        /** The Python type, to put in a module or to call. */
        public PyType type() {
            return type;
        }

        /** {@code n_fields}: every field, visible or not. */
        public int fieldCount() {
            return fields.length;
        }

        /** {@code n_sequence_fields}: how many fields the tuple holds. */
        public int sequenceCount() {
            return nSequence;
        }
    }

    private final Spec spec;
    /** The fields past {@code n_sequence_fields}, owned; empty when there are none. */
    private final PyObject[] hidden;

    private PyStructSequence(Spec spec, PyObject[] visible, PyObject[] hidden) {
        super(visible);
        this.spec = spec;
        this.hidden = hidden;
    }

    /**
     * A new struct-sequence type named {@code tpName} ({@code "sys.float_info"}) with {@code fields},
     * the first {@code nSequence} of which form the tuple. {@code instantiable} false makes calling
     * the type fail as CPython's {@code sys.version_info} does ("cannot create ... instances").
     */
    public static Spec newType(String tpName, String[] fields, int nSequence, boolean instantiable) {
        return newType(tpName, fields, nSequence, instantiable, values -> { });
    }

    /** As {@link #newType(String, String[], int, boolean)}, with {@code defaults} for the fields a constructor call leaves out. */
    public static Spec newType(String tpName, String[] fields, int nSequence, boolean instantiable, Defaults defaults) {
        PyType t = PyType.builtin(tpName, PyTuple.TYPE).finalType();
        Spec spec = new Spec(t, fields.clone(), nSequence, defaults);
        List<PyObject> matchArgs = new ArrayList<>();
        int unnamed = 0;
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == UNNAMED) {
                unnamed++;
                continue;
            }
            int at = i;
            t.define(fields[i], new PyMemberDescr(t, fields[i], self -> newRef(((PyStructSequence) self).field(at)), null));
            if (i < nSequence) {
                matchArgs.add(PyStr.of(fields[i]).immortal());
            }
        }
        t.define("n_sequence_fields", PyInt.of(nSequence));
        t.define("n_fields", PyInt.of(fields.length));
        t.define("n_unnamed_fields", PyInt.of(unnamed));
        t.define("__match_args__", PyTuple.of(matchArgs.toArray(new PyObject[0])));
        t.slot(Slot.REPR, (Signature.Unary) self -> ((PyStructSequence) self).repr());
        t.slot(Slot.NEW, instantiable ? (Signature.Call) (cls, args, kw) -> construct(spec, args, kw) : null);
        t.method("__reduce__", (self, a, kw) -> ((PyStructSequence) self).reduce());
        return spec;
    }

    /** An instance of {@code spec}'s type holding {@code values} (borrowed), one per field. */
    public static PyStructSequence of(Spec spec, PyObject... values) {
        if (values.length != spec.fields.length) {
            throw new IllegalArgumentException(spec.type.name() + " has " + spec.fields.length + " fields, not "
                    + values.length);
        }
        for (PyObject v : values) {
            v.incref();
        }
        PyObject[] visible = java.util.Arrays.copyOfRange(values, 0, spec.nSequence);
        PyObject[] hidden = java.util.Arrays.copyOfRange(values, spec.nSequence, values.length);
        return new PyStructSequence(spec, visible, hidden);
    }

    @Override
    public PyType type() {
        return spec.type;
    }

    /** Field {@code i} in declaration order (borrowed). */
    public PyObject field(int i) {
        return i < spec.nSequence ? getItem(i) : hidden[i - spec.nSequence];
    }

    /** {@code T(sequence, dict=None)}: the missing hidden fields come from {@code dict}, else None. */
    private static PyObject construct(Spec spec, PyObject[] args, String[] kw) {
        String name = spec.type.name();
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject seq = npos > 0 ? args[0] : null;
        PyObject dict = npos > 1 ? args[1] : null;
        if (npos > 2) {
            throw PythonException.typeError("structseq() takes at most 2 arguments (" + args.length + " given)");
        }
        for (int i = 0; i < nkw; i++) {
            PyObject v = args[npos + i];
            if (kw[i].equals("sequence") && seq == null) {
                seq = v;
            } else if (kw[i].equals("dict") && dict == null) {
                dict = v;
            } else if (kw[i].equals("sequence") || kw[i].equals("dict")) {
                throw PythonException.typeError("argument for structseq() given by name ('" + kw[i]
                        + "') and position (" + (kw[i].equals("sequence") ? 1 : 2) + ")");
            } else {
                throw PythonException.typeError("structseq() got an unexpected keyword argument '" + kw[i] + "'");
            }
        }
        if (seq == null) {
            throw PythonException.typeError("structseq() missing required argument 'sequence' (pos 1)");
        }
        PyObject[] items = sequenceItems(seq);
        int min = spec.nSequence;
        int max = spec.fields.length;
        try {
            if (dict != null && dict != PyNoneType.NONE && !(dict instanceof PyDict)) {
                throw PythonException.typeError(name + "() takes a dict as second arg, if any");
            }
            if (items.length < min || items.length > max) {
                String shape = min == max ? "a " + min : items.length < min ? "an at least " + min : "an at most " + max;
                throw PythonException.typeError(name + "() takes " + shape + "-sequence (" + items.length
                        + "-sequence given)");
            }
            PyObject[] values = new PyObject[max];
            for (int i = 0; i < max; i++) {
                PyObject v = i < items.length ? items[i] : null;
                if (v == null && dict instanceof PyDict && spec.fields[i] != UNNAMED) {
                    v = ((PyDict) dict).getItem(PyStr.of(spec.fields[i]));
                }
                values[i] = v;
            }
            spec.defaults.fill(values);
            for (int i = 0; i < max; i++) {
                if (values[i] == null) {
                    values[i] = PyNoneType.NONE;
                }
            }
            return of(spec, values);
        } finally {
            for (PyObject o : items) {
                o.decref();
            }
        }
    }

    /** The items of a constructor's {@code sequence} argument (new references); not iterable is CPython's TypeError. */
    private static PyObject[] sequenceItems(PyObject seq) {
        PyObject it;
        try {
            it = IterOps.iter(seq);
        } catch (PythonException e) {
            if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                throw PythonException.typeError("constructor requires a sequence");
            }
            throw e;
        }
        try {
            return IterOps.toArray(it);
        } finally {
            it.decref();
        }
    }

    /** {@code sys.float_info(max=1.79..., ...)}: the sequence fields paired with the names in order. */
    private PyObject repr() {
        StringBuilder sb = new StringBuilder(spec.type.name()).append('(');
        int named = 0;
        for (int i = 0; i < spec.nSequence; i++) {
            while (named < spec.fields.length && spec.fields[named] == UNNAMED) {
                named++;
            }
            if (named >= spec.fields.length) {
                break;
            }
            if (i > 0) {
                sb.append(", ");
            }
            PyStr r = ObjectOps.repr(getItem(i));
            sb.append(spec.fields[named++]).append('=').append(r);
            r.decref();
        }
        return PyStr.of(sb.append(')').toString());
    }

    /** {@code (type, (visible tuple, {hidden name: value}))}, so copy and pickle rebuild it. */
    private PyObject reduce() {
        PyTuple visible = PyTuple.of(toArray());
        PyDict extra = new PyDict();
        for (int i = spec.nSequence; i < spec.fields.length; i++) {
            if (spec.fields[i] != UNNAMED) {
                extra.setItem(spec.fields[i], hidden[i - spec.nSequence]);
            }
        }
        PyTuple args = PyTuple.of(visible, extra);
        visible.decref();
        extra.decref();
        PyTuple r = PyTuple.of(spec.type, args);
        args.decref();
        return r;
    }

    @Override
    public void releaseReferences() {
        super.releaseReferences();
        for (PyObject o : hidden) {
            o.decref();
        }
    }
}
