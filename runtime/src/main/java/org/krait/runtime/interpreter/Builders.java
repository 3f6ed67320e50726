package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PySlice;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.ObjectOps;

/** The instructions that build and unpack collections and strings. */
final class Builders {

    private Builders() {
    }

    /** The top {@code n} items, bottom first, taken off the stack with their references. */
    private static PyObject[] take(PyFrame f, int n) {
        PyObject[] out = new PyObject[n];
        f.sp -= n;
        System.arraycopy(f.slots, f.sp, out, 0, n);
        java.util.Arrays.fill(f.slots, f.sp, f.sp + n, null);
        return out;
    }

    private static void release(PyObject[] items) {
        for (PyObject o : items) {
            PyObject.xdecref(o);
        }
    }

    static void execute(PyFrame f, Opcode op, int arg) {
        PyObject[] s = f.slots;
        switch (op) {
            // BUILD_TUPLE (items... -- tuple)
            case BUILD_TUPLE: {
                PyTuple t = PyTuple.fromArray(take(f, arg));
                s[f.sp++] = t;
                return;
            }
            // BUILD_LIST (items... -- list)
            case BUILD_LIST: {
                PyObject[] items = take(f, arg);
                s[f.sp++] = PyList.of(items);
                release(items);
                return;
            }
            // BUILD_SET (items... -- set)
            case BUILD_SET: {
                PyObject[] items = take(f, arg);
                PySet set = new PySet();
                s[f.sp++] = set;
                for (PyObject o : items) {
                    set.add(o);
                }
                release(items);
                return;
            }
            // BUILD_MAP (k1, v1, ... -- dict)
            case BUILD_MAP: {
                PyObject[] items = take(f, 2 * arg);
                PyDict d = new PyDict();
                s[f.sp++] = d;
                for (int i = 0; i < arg; i++) {
                    d.setItem(items[2 * i], items[2 * i + 1]);
                }
                release(items);
                return;
            }
            // BUILD_CONST_KEY_MAP (values..., keys -- dict)
            case BUILD_CONST_KEY_MAP: {
                PyObject[] items = take(f, arg + 1);
                PyTuple keys = (PyTuple) items[arg];
                PyDict d = new PyDict();
                s[f.sp++] = d;
                for (int i = 0; i < arg; i++) {
                    d.setItem(keys.getItem(i), items[i]);
                }
                release(items);
                return;
            }
            // BUILD_STRING (pieces... -- str)
            case BUILD_STRING: {
                PyObject[] items = take(f, arg);
                StringBuilder sb = new StringBuilder();
                for (PyObject o : items) {
                    sb.append(o);
                }
                s[f.sp++] = PyStr.of(sb.toString());
                release(items);
                return;
            }
            // BUILD_SLICE (start, stop[, step] -- slice)
            case BUILD_SLICE: {
                PyObject[] items = take(f, arg);
                s[f.sp++] = new PySlice(items[0], items[1], arg == 3 ? items[2] : org.krait.runtime.objects.PyNoneType.NONE);
                release(items);
                return;
            }
            // LIST_APPEND (list, ..., value -- list, ...)
            case LIST_APPEND: {
                PyObject v = s[--f.sp];
                s[f.sp] = null;
                ((PyList) s[f.sp - arg]).append(v);
                v.decref();
                return;
            }
            // SET_ADD (set, ..., value -- set, ...)
            case SET_ADD: {
                PyObject v = s[--f.sp];
                s[f.sp] = null;
                ((PySet) s[f.sp - arg]).add(v);
                v.decref();
                return;
            }
            // MAP_ADD (dict, ..., key, value -- dict, ...)
            case MAP_ADD: {
                PyObject[] kv = take(f, 2);
                ((PyDict) s[f.sp - arg]).setItem(kv[0], kv[1]);
                release(kv);
                return;
            }
            // LIST_EXTEND (list, ..., iterable -- list, ...)
            case LIST_EXTEND: {
                PyObject v = s[--f.sp];
                s[f.sp] = null;
                PyList l = (PyList) s[f.sp - arg];
                try {
                    l.extend(v);
                } catch (PythonException e) {
                    if (!v.type().has(org.krait.runtime.types.Slot.ITER) && !v.type().has(org.krait.runtime.types.Slot.GETITEM)) {
                        throw PythonException.typeError("Value after * must be an iterable, not " + v.type().name());
                    }
                    throw e;
                } finally {
                    v.decref();
                }
                return;
            }
            // SET_UPDATE (set, ..., iterable -- set, ...)
            case SET_UPDATE: {
                PyObject v = s[--f.sp];
                s[f.sp] = null;
                PySet set = (PySet) s[f.sp - arg];
                for (PyObject o : IterOps.toArray(v)) {
                    set.add(o);
                    o.decref();
                }
                v.decref();
                return;
            }
            // DICT_UPDATE / DICT_MERGE (dict, ..., mapping -- dict, ...)
            case DICT_UPDATE:
            case DICT_MERGE: {
                PyObject v = s[--f.sp];
                s[f.sp] = null;
                PyDict d = (PyDict) s[f.sp - arg];
                PyObject callee = op == Opcode.DICT_MERGE ? s[f.sp - arg - 2] : null;
                try {
                    d.mergeMapping(v, callee == null ? null : k -> {
                        throw PythonException.typeError(functionName(callee) + " got multiple values for keyword argument '"
                                + k + "'");
                    });
                } catch (PythonException e) {
                    if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR) || v instanceof PyDict) {
                        throw e;
                    }
                    if (callee != null) {
                        throw PythonException.typeError(functionName(callee) + " argument after ** must be a mapping, not "
                                + v.type().name());
                    }
                    throw PythonException.typeError("'" + v.type().name() + "' object is not a mapping");
                } finally {
                    v.decref();
                }
                return;
            }
            // LIST_TO_TUPLE (list -- tuple)
            case LIST_TO_TUPLE: {
                PyList l = (PyList) s[f.sp - 1];
                s[f.sp - 1] = PyTuple.of(l.toArray());
                l.decref();
                return;
            }
            case UNPACK_SEQUENCE:
                unpack(f, arg);
                return;
            case UNPACK_EX:
                unpackEx(f, arg & 0xff, arg >> 8);
                return;
            // FORMAT_VALUE (value[, spec] -- str)
            case FORMAT_VALUE: {
                PyObject spec = (arg & 4) != 0 ? s[--f.sp] : null;
                s[f.sp] = null;
                PyObject v = s[f.sp - 1];
                PyObject conv;
                switch (arg & 3) {
                    case 1: conv = ObjectOps.str(v); break;
                    case 2: conv = ObjectOps.repr(v); break;
                    case 3: conv = ObjectOps.ascii(v); break;
                    default: conv = PyObject.newRef(v); break;
                }
                s[f.sp - 1] = spec == null && conv.getClass() == PyStr.class ? PyObject.newRef((PyStr) conv)
                        : ObjectOps.format(conv, spec == null ? "" : spec.toString());
                conv.decref();
                v.decref();
                PyObject.xdecref(spec);
                return;
            }
            default:
                throw new IllegalStateException(op.toString());
        }
    }

    /** How CPython names a callable in call errors ({@code _PyObject_FunctionStr}). */
    static String functionName(PyObject f) {
        if (f instanceof org.krait.runtime.objects.PyFunction) {
            org.krait.runtime.objects.PyFunction fn = (org.krait.runtime.objects.PyFunction) f;
            PyObject mod = fn.globals().getItem("__name__");
            String prefix = mod == null || mod.toString().equals("builtins") ? "" : mod + ".";
            return prefix + fn.qualname() + "()";
        }
        if (f instanceof org.krait.runtime.objects.PyBuiltinFunctionOrMethod) {
            return ((org.krait.runtime.objects.PyBuiltinFunctionOrMethod) f).name() + "()";
        }
        return f == null ? "function" : f.type().name() + " object";
    }

    // UNPACK_SEQUENCE (sequence -- item_n ... item_1)
    private static void unpack(PyFrame f, int n) {
        PyObject seq = f.slots[f.sp - 1];
        PyObject[] items;
        if (seq.getClass() == PyTuple.class || seq.getClass() == PyList.class) {
            items = IterOps.toArray(seq);
            if (items.length != n) {
                release(items);
                throw items.length < n
                        ? PythonException.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")")
                        : PythonException.valueError("too many values to unpack (expected " + n + ")");
            }
        } else {
            if (!seq.type().has(org.krait.runtime.types.Slot.ITER) && !seq.type().has(org.krait.runtime.types.Slot.GETITEM)) {
                throw PythonException.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            PyObject it = IterOps.iter(seq);
            items = new PyObject[n];
            try {
                for (int i = 0; i < n; i++) {
                    items[i] = IterOps.next(it);
                    if (items[i] == null) {
                        release(items);
                        throw PythonException.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
                    }
                }
                PyObject extra = IterOps.next(it);
                if (extra != null) {
                    extra.decref();
                    release(items);
                    throw PythonException.valueError("too many values to unpack (expected " + n + ")");
                }
            } finally {
                it.decref();
            }
        }
        f.slots[--f.sp] = null;
        seq.decref();
        for (int i = n - 1; i >= 0; i--) {
            f.slots[f.sp++] = items[i];
        }
    }

    // UNPACK_EX (sequence -- after..., list, before...)
    private static void unpackEx(PyFrame f, int before, int after) {
        PyObject seq = f.slots[f.sp - 1];
        if (!seq.type().has(org.krait.runtime.types.Slot.ITER) && !seq.type().has(org.krait.runtime.types.Slot.GETITEM)) {
            throw PythonException.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
        }
        PyObject[] items = IterOps.toArray(seq);
        if (items.length < before + after) {
            release(items);
            throw PythonException.valueError("not enough values to unpack (expected at least " + (before + after)
                    + ", got " + items.length + ")");
        }
        f.slots[--f.sp] = null;
        seq.decref();
        for (int i = items.length - 1; i >= items.length - after; i--) {
            f.slots[f.sp++] = items[i];
        }
        PyList mid = new PyList();
        for (int i = before; i < items.length - after; i++) {
            mid.append(items[i]);
            items[i].decref();
        }
        f.slots[f.sp++] = mid;
        for (int i = before - 1; i >= 0; i--) {
            f.slots[f.sp++] = items[i];
        }
    }
}
