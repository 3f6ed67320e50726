package org.krait.runtime.modules;

import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyMemberDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code os.stat_result}: a struct sequence whose tuple holds the first ten fields (the times as
 * whole seconds) and whose attributes name all nineteen (the times also as floats and
 * nanoseconds). CPython: Modules/posixmodule.c and Objects/structseq.c.
 */
public final class PyStatResult extends PyTuple {

    public static final PyType TYPE = PyType.builtin("os.stat_result", PyTuple.TYPE).finalType();

    /** The names of the fields, tuple fields first; 7 to 9 are the unnamed integer times. */
    private static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
        null, null, null, "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
        "st_blocks", "st_rdev"};
    private static final int SEQUENCE_FIELDS = 10;

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> {
            if (a.length < 1) {
                throw PythonException.typeError("os.stat_result() missing required argument 'sequence' (pos 1)");
            }
            PyObject[] items = IterOps.toArray(a[0]);
            if (items.length < SEQUENCE_FIELDS) {
                throw PythonException.typeError("os.stat_result() takes an at least 10-sequence (" + items.length
                        + "-sequence given)");
            }
            if (items.length > FIELDS.length) {
                throw PythonException.typeError("os.stat_result() takes an at most 19-sequence (" + items.length
                        + "-sequence given)");
            }
            PyObject[] all = new PyObject[FIELDS.length];
            for (int i = 0; i < FIELDS.length; i++) {
                all[i] = i < items.length ? items[i] : PyNoneType.NONE;
            }
            return new PyStatResult(all);
        });
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> ((PyStatResult) self).repr());
        for (int i = 0; i < FIELDS.length; i++) {
            if (FIELDS[i] != null) {
                int at = i;
                TYPE.define(FIELDS[i], new PyMemberDescr(TYPE, FIELDS[i], self -> newRef(((PyStatResult) self).fields[at])));
            }
        }
        TYPE.define("n_sequence_fields", PyInt.of(SEQUENCE_FIELDS));
        TYPE.define("n_fields", PyInt.of(FIELDS.length));
        TYPE.define("n_unnamed_fields", PyInt.of(3));
    }

    /** All nineteen fields; the first ten are also the tuple's items. */
    private final PyObject[] fields;

    /** A stat_result of the fields (borrowed), in {@link #FIELDS} order. */
    private PyStatResult(PyObject[] all) {
        super(incref(java.util.Arrays.copyOf(all, SEQUENCE_FIELDS)));
        this.fields = incref(all.clone());
    }

    private static PyObject[] incref(PyObject[] items) {
        for (PyObject o : items) {
            o.incref();
        }
        return items;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The stat_result of these values: times as seconds and nanoseconds. */
    static PyStatResult of(long mode, long ino, long dev, long nlink, long uid, long gid, long size, long[] times,
            long blksize, long blocks, long rdev) {
        PyObject[] all = new PyObject[FIELDS.length];
        long[] ints = {mode, ino, dev, nlink, uid, gid, size};
        for (int i = 0; i < ints.length; i++) {
            all[i] = PyInt.of(ints[i]);
        }
        for (int k = 0; k < 3; k++) {
            long sec = Math.floorDiv(times[k], 1_000_000_000L);
            long nsec = Math.floorMod(times[k], 1_000_000_000L);
            all[7 + k] = PyInt.of(sec);
            all[10 + k] = new PyFloat(sec + nsec * 1e-9);
            all[13 + k] = PyInt.of(times[k]);
        }
        all[16] = PyInt.of(blksize);
        all[17] = PyInt.of(blocks);
        all[18] = PyInt.of(rdev);
        PyStatResult r = new PyStatResult(all);
        for (PyObject o : all) {
            o.decref();
        }
        return r;
    }

    private PyObject repr() {
        StringBuilder sb = new StringBuilder("os.stat_result(");
        String[] names = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime",
            "st_ctime"};
        for (int i = 0; i < SEQUENCE_FIELDS; i++) {
            sb.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(ObjectOps.repr(getItem(i)));
        }
        return PyStr.of(sb.append(')').toString());
    }

    @Override
    public void releaseReferences() {
        super.releaseReferences();
        for (PyObject o : fields) {
            o.decref();
        }
    }
}
