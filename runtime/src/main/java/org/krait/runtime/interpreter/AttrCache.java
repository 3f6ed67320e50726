package org.krait.runtime.interpreter;

import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyProperty;
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
    /** STORE_ATTR: a data descriptor's {@code __set__} (a property, a slot) decides. */
    private static final int STORE_DATA = 3;
    /** A property whose getter is a Python function, which the loop may call in place. */
    private static final int PROPERTY = 4;

    private final PyType type;
    private final int version;
    private final int kind;
    /** Borrowed from the type's namespace: valid while the version tag is. */
    private final PyObject descr;
    private final Signature.Ternary get;
    /** The descriptor's {@code __set__}, for STORE_DATA. */
    private final Signature.Setter set;
    /**
     * Where the name was last found in an instance dict (CPython's {@code LOAD_ATTR_WITH_HINT}):
     * instances set up by the same {@code __init__} insert their attributes in the same order,
     * so the entry index is usually the same from one instance to the next; -1 when unknown.
     */
    private final int hint;
    /**
     * The entries for other receiver types seen at the same instruction, newest first (CPython
     * keeps one; a polymorphic site such as {@code task.run()} over several classes keeps up to
     * {@link #ENTRIES} here instead of refilling one entry on every change of type).
     */
    private final AttrCache next;
    private static final int ENTRIES = 4;

    private AttrCache(PyType type, int version, int kind, PyObject descr, Signature.Ternary get, Signature.Setter set,
            int hint, AttrCache next) {
        this.type = type;
        this.version = version;
        this.kind = kind;
        this.descr = descr;
        this.get = get;
        this.set = set;
        this.hint = hint;
        this.next = next;
    }

    /** A new first entry for {@code type}, keeping the still valid entries of {@code old} for other types. */
    private static AttrCache fresh(PyType type, int kind, PyObject descr, Signature.Ternary get, Signature.Setter set,
            Object old) {
        return new AttrCache(type, type.versionTag(), kind, descr, get, set, -1,
                old instanceof AttrCache ? others((AttrCache) old, type, ENTRIES - 1) : null);
    }

    /** This entry with {@code hint} as where the name was found in the last instance dict. */
    private AttrCache withHint(int hint) {
        return new AttrCache(type, version, kind, descr, get, set, hint, next);
    }

    /** Copies of the valid entries of {@code chain} not for {@code type}, at most {@code room}. */
    private static AttrCache others(AttrCache chain, PyType type, int room) {
        for (AttrCache e = chain; e != null && room > 0; e = e.next) {
            if (e.type != type && e.version == e.type.versionTag()) {
                return new AttrCache(e.type, e.version, e.kind, e.descr, e.get, e.set, e.hint,
                        others(e.next, type, room - 1));
            }
        }
        return null;
    }

    /** The entry for {@code t} in the cache {@code c}, or null. */
    private static AttrCache find(Object c, PyType t) {
        if (!(c instanceof AttrCache)) {
            return null;
        }
        for (AttrCache e = (AttrCache) c; e != null; e = e.next) {
            if (e.type == t) {
                return e.version == t.versionTag() ? e : null;
            }
        }
        return null;
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

    /** The valid entry for {@code o}'s type in the cache of the instruction at {@code pc}, or null. */
    static AttrCache entry(PyFrame f, int pc, PyObject o) {
        return find(f.decoded.caches[pc], o.type());
    }

    /** The property getter the loop may run in place for this entry, or null. */
    PyFunction inPlaceGetter() {
        return kind == PROPERTY ? (PyFunction) ((PyProperty) descr).fget() : null;
    }

    /** LOAD_ATTR at {@code pc}: {@code o.name} (new reference); {@code a} is {@link #entry}'s answer. */
    static PyObject load(PyFrame f, int pc, PyObject o, PyStr name, AttrCache a) {
        PyType t = o.type();
        Object c = f.decoded.caches[pc];
        if (a != null) {
            if (a.kind == DATA || a.kind == PROPERTY) {
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
                    if (ix != h && a == c) {
                        f.decoded.caches[pc] = a.withHint(ix);
                    }
                    return PyObject.newRef(d.valueAt(ix));
                }
            }
            if (a.descr != null) {
                return a.get != null ? a.get.apply(a.descr, o, t) : PyObject.newRef(a.descr);
            }
            return ObjectOps.getAttr(o, name);
        }
        if (genericGet(o, t, name)) {
            PyObject descr = t.lookup(name.toString());
            Signature.Ternary get = descr == null ? null : descr.type().ternary(Slot.GET);
            boolean data = get != null && descr.type().has(Slot.SET);
            int kind = !data ? DICT_THEN_CLASS
                    : descr.type() == PyProperty.TYPE && ((PyProperty) descr).fget() != null
                            && ((PyProperty) descr).fget().getClass() == PyFunction.class ? PROPERTY : DATA;
            f.decoded.caches[pc] = fresh(t, kind, descr, get, null, c);
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
        AttrCache a = find(c, t);
        if (a == null && genericGet(o, t, name)) {
            PyObject descr = t.lookup(name.toString());
            Signature.Ternary get = descr == null ? null : descr.type().ternary(Slot.GET);
            boolean data = get != null && descr.type().has(Slot.SET);
            a = fresh(t, data ? DATA : DICT_THEN_CLASS, descr, get, null, c);
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
        AttrCache a = find(c, t);
        if (a != null) {
            if (a.kind == STORE_DATA) {
                a.set.set(a.descr, o, v);
                return;
            }
            PyDict d = dictOf(o);
            if (d != null) {
                int h = a.hint;
                if (h >= 0 && d.keyAt(h) == name) {
                    d.replaceValueAt(h, v);
                    return;
                }
                d.setItem(name, v);
                if (a == c) {
                    int ix = d.entryIndex(name);
                    if (ix != h) {
                        f.decoded.caches[pc] = a.withHint(ix);
                    }
                }
                return;
            }
        }
        if (!(o instanceof PyType) && t.raw(Slot.SETATTR) == PyType.OBJECT.raw(Slot.SETATTR)
                && !name.toString().equals("__dict__") && !name.toString().equals("__class__")) {
            PyObject descr = t.lookup(name.toString());
            Signature.Setter set = descr == null ? null : descr.type().setter(Slot.SET);
            if (set != null) {
                f.decoded.caches[pc] = fresh(t, STORE_DATA, descr, null, set, c);
            } else if (o instanceof DictOwner && ((DictOwner) o).dict() != null) {
                f.decoded.caches[pc] = fresh(t, STORE_DICT, null, null, null, c);
            }
        }
        ObjectOps.setAttr(o, name, v);
    }
}
