package org.krait.runtime.interpreter;

import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyMethodDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR (CPython 3.11:
 * {@code LOAD_ATTR_INSTANCE_VALUE}, {@code LOAD_METHOD_WITH_VALUES}, {@code STORE_ATTR_INSTANCE_VALUE}):
 * what the type's MRO holds under the name, remembered with the type's version tag. While the
 * receiver's type and its tag are the ones remembered, the MRO walk is skipped and only the
 * instance dict is consulted, in the order of generic attribute lookup (data descriptor, instance
 * dict, other class attribute). Only types whose attribute access is the generic one are cached;
 * any change to a type's namespace or one of its bases' gives it a new tag. Immutable, so
 * entries are safely shared by threads running the same code.
 */
final class AttrCache {

    /** A data descriptor: its {@code __get__} decides. */
    private static final int DATA = 0;
    /** The instance dict first, then the class attribute (or none). */
    private static final int DICT_THEN_CLASS = 1;
    /** STORE_ATTR: straight into the instance dict. */
    private static final int STORE_DICT = 2;

    private final PyType type;
    private final int version;
    private final int kind;
    /** Borrowed from the type's namespace: valid while the version tag is. */
    private final PyObject descr;
    private final Signature.Ternary get;
    /**
     * Where the name was last found in an instance dict (CPython's {@code LOAD_ATTR_WITH_HINT}):
     * instances set up by the same {@code __init__} insert their attributes in the same order,
     * so the entry index is usually the same from one instance to the next; -1 when unknown.
     */
    private final int hint;

    private AttrCache(PyType type, int kind, PyObject descr, Signature.Ternary get, int hint) {
        this.type = type;
        this.version = type.versionTag();
        this.kind = kind;
        this.descr = descr;
        this.get = get;
        this.hint = hint;
    }

    private AttrCache(PyType type, int kind, PyObject descr, Signature.Ternary get) {
        this(type, kind, descr, get, -1);
    }

    private boolean validFor(PyType t) {
        return type == t && version == t.versionTag();
    }

    private static boolean genericGet(PyObject o, PyType t, PyStr name) {
        Object ga = t.raw(Slot.GETATTRIBUTE);
        return !(o instanceof PyType) && !t.has(Slot.GETATTR)
                && (ga == PyType.OBJECT.raw(Slot.GETATTRIBUTE) || ga == PyModule.TYPE.raw(Slot.GETATTRIBUTE))
                && !name.toString().equals("__dict__") && !name.toString().equals("__class__");
    }

    private static PyDict dictOf(PyObject o) {
        if (o.getClass() == PyInstance.class) {
            return ((PyInstance) o).dict();
        }
        return o instanceof DictOwner ? ((DictOwner) o).dict() : null;
    }

    /** LOAD_ATTR at {@code pc}: {@code o.name} (new reference). */
    static PyObject load(PyFrame f, int pc, PyObject o, PyStr name) {
        PyType t = o.type();
        Object c = f.decoded.caches[pc];
        if (c instanceof AttrCache) {
            AttrCache a = (AttrCache) c;
            if (a.validFor(t)) {
                if (a.kind == DATA) {
                    return a.get.apply(a.descr, o, t);
                }
                PyDict d = dictOf(o);
                if (d != null) {
                    int h = a.hint;
                    if (h >= 0 && d.keyAt(h) == name) {
                        return PyObject.newRef(d.valueAt(h));
                    }
                    int ix = d.entryIndex(name);
                    if (ix >= 0) {
                        if (ix != h) {
                            f.decoded.caches[pc] = new AttrCache(a.type, a.kind, a.descr, a.get, ix);
                        }
                        return PyObject.newRef(d.valueAt(ix));
                    }
                }
                if (a.descr != null) {
                    return a.get != null ? a.get.apply(a.descr, o, t) : PyObject.newRef(a.descr);
                }
                return ObjectOps.getAttr(o, name);
            }
        }
        if (genericGet(o, t, name)) {
            PyObject descr = t.lookup(name.toString());
            Signature.Ternary get = descr == null ? null : descr.type().ternary(Slot.GET);
            boolean data = get != null && descr.type().has(Slot.SET);
            f.decoded.caches[pc] = new AttrCache(t, data ? DATA : DICT_THEN_CLASS, descr, get);
        }
        return ObjectOps.getAttr(o, name);
    }

    /**
     * LOAD_METHOD at {@code pc}: the method found on the type when the instance dict does not
     * shadow it (borrowed), or null when the attribute must be fetched as a bound value.
     */
    static PyObject method(PyFrame f, int pc, PyObject o, PyStr name) {
        PyType t = o.type();
        Object c = f.decoded.caches[pc];
        AttrCache a = null;
        if (c instanceof AttrCache && ((AttrCache) c).validFor(t)) {
            a = (AttrCache) c;
        } else if (genericGet(o, t, name)) {
            PyObject descr = t.lookup(name.toString());
            Signature.Ternary get = descr == null ? null : descr.type().ternary(Slot.GET);
            boolean data = get != null && descr.type().has(Slot.SET);
            a = new AttrCache(t, data ? DATA : DICT_THEN_CLASS, descr, get);
            f.decoded.caches[pc] = a;
        }
        if (a == null || a.kind != DICT_THEN_CLASS || !(a.descr instanceof PyFunction || a.descr instanceof PyMethodDescr)) {
            return null;
        }
        PyDict d = dictOf(o);
        if (d != null && d.getItem(name) != null) {
            return null;
        }
        return a.descr;
    }

    /** STORE_ATTR at {@code pc}: {@code o.name = v} ({@code v} borrowed). */
    static void store(PyFrame f, int pc, PyObject o, PyStr name, PyObject v) {
        PyType t = o.type();
        Object c = f.decoded.caches[pc];
        if (c instanceof AttrCache) {
            AttrCache a = (AttrCache) c;
            if (a.validFor(t) && a.kind == STORE_DICT) {
                PyDict d = ((DictOwner) o).dict();
                if (d != null) {
                    d.setItem(name, v);
                    return;
                }
            }
        }
        if (o instanceof DictOwner && ((DictOwner) o).dict() != null && !(o instanceof PyType)
                && t.raw(Slot.SETATTR) == PyType.OBJECT.raw(Slot.SETATTR)
                && !name.toString().equals("__dict__") && !name.toString().equals("__class__")) {
            PyObject descr = t.lookup(name.toString());
            if (descr == null || !descr.type().has(Slot.SET)) {
                f.decoded.caches[pc] = new AttrCache(t, STORE_DICT, null, null);
            }
        }
        ObjectOps.setAttr(o, name, v);
    }
}
