package org.krait.runtime.objects;

import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyMemberDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code property(fget, fset, fdel, doc)}: a data descriptor calling its functions, named by
 * {@code __set_name__} in its error messages. Subclasses make instances of their class, with a
 * {@code __dict__} that receives the getter's docstring. CPython: {@code property_*} in
 * Objects/descrobject.c (3.11).
 */
public final class PyProperty extends PyObject implements DictOwner {

    private static final ArgSpec INIT_ARGS = ArgSpec.keywords(0, "fget", "fset", "fdel", "doc");

    public static final PyType TYPE = PyType.builtin("property", PyType.OBJECT);

    static {
        TYPE.slot(Slot.NEW, (Signature.Call) (cls, a, kw) -> new PyProperty((PyType) cls));
        TYPE.slot(Slot.INIT, (Signature.Call) (p, args, kw) -> {
            PyObject[] a = INIT_ARGS.bind("property", null, args, kw);
            ((PyProperty) p).init(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.GET, (Signature.Ternary) (p, obj, type) -> ((PyProperty) p).get(obj));
        TYPE.slot(Slot.SET, (Signature.Setter) (p, obj, value) -> ((PyProperty) p).set(obj, value));
        TYPE.method("getter", ArgSpec.ONE, (p, a, kw) -> ((PyProperty) p).copy(a[0], null, null));
        TYPE.method("setter", ArgSpec.ONE, (p, a, kw) -> ((PyProperty) p).copy(null, a[0], null));
        TYPE.method("deleter", ArgSpec.ONE, (p, a, kw) -> ((PyProperty) p).copy(null, null, a[0]));
        TYPE.method("__set_name__", ArgSpec.positional(2, 2), (p, a, kw) -> {
            PyProperty pp = (PyProperty) p;
            xdecref(pp.name);
            pp.name = newRef(a[1]);
            return PyNoneType.NONE;
        });
        TYPE.define("fget", new PyMemberDescr(TYPE, "fget", p -> noneIfNull(((PyProperty) p).fget)));
        TYPE.define("fset", new PyMemberDescr(TYPE, "fset", p -> noneIfNull(((PyProperty) p).fset)));
        TYPE.define("fdel", new PyMemberDescr(TYPE, "fdel", p -> noneIfNull(((PyProperty) p).fdel)));
        TYPE.define("__doc__", new PyMemberDescr(TYPE, "__doc__", p -> noneIfNull(((PyProperty) p).doc), (p, v) -> {
            PyProperty pp = (PyProperty) p;
            xdecref(pp.doc);
            pp.doc = v == null ? null : newRef(v);
        }));
        TYPE.define("__isabstractmethod__", new PyGetSetDescr(TYPE, "__isabstractmethod__",
                p -> PyBool.of(((PyProperty) p).isAbstract()), null));
    }

    private final PyType type;
    /** Only for instances of subclasses, which have a {@code __dict__}. */
    private final PyDict dict;
    private PyObject fget;
    private PyObject fset;
    private PyObject fdel;
    private PyObject doc;
    /** Given by {@code __set_name__}; null until then. */
    private PyObject name;
    /** Whether the docstring came from the getter, so that a copy with a new getter takes the new one's. */
    private boolean getterDoc;

    /** The getter (borrowed), or null when the property has none. */
    public PyObject fget() {
        return fget;
    }

    private PyProperty(PyType type) {
        this.type = type == TYPE ? TYPE : newRef(type);
        this.dict = type == TYPE ? null : new PyDict();
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public PyDict dict() {
        return dict;
    }

    /** Argument {@code i} as bound by the ArgSpec, or null when not given. */
    private static PyObject arg(PyObject[] a, int i) {
        return i < a.length ? a[i] : null;
    }

    private static PyObject noneIfNull(PyObject o) {
        return newRef(o == null ? PyNoneType.NONE : o);
    }

    private static PyObject nullIfNone(PyObject o) {
        return o == null || o == PyNoneType.NONE ? null : newRef(o);
    }

    /** {@code property.__init__}: the functions, and the docstring given or else the getter's. */
    private void init(PyObject get, PyObject set, PyObject del, PyObject docArg) {
        xdecref(fget);
        xdecref(fset);
        xdecref(fdel);
        xdecref(doc);
        xdecref(name);
        fget = nullIfNone(get);
        fset = nullIfNone(set);
        fdel = nullIfNone(del);
        doc = nullIfNone(docArg);
        name = null;
        getterDoc = false;
        if (doc == null && fget != null) {
            PyObject getDoc = ObjectOps.lookupAttr(fget, PyStr.of("__doc__"));
            if (getDoc == null) {
                return;
            }
            if (type == TYPE) {
                doc = getDoc == PyNoneType.NONE ? null : getDoc;
            } else {
                // A subclass's own __doc__ would shadow the member: the docstring goes to the instance.
                ObjectOps.setAttr(this, PyStr.of("__doc__"), getDoc);
                getDoc.decref();
            }
            getterDoc = true;
        }
    }

    /** {@code getter}/{@code setter}/{@code deleter}: a new property of the same class with one function replaced. */
    private PyObject copy(PyObject get, PyObject set, PyObject del) {
        PyObject g = get == null || get == PyNoneType.NONE ? noneIfNull(fget) : newRef(get);
        PyObject s = set == null || set == PyNoneType.NONE ? noneIfNull(fset) : newRef(set);
        PyObject d = del == null || del == PyNoneType.NONE ? noneIfNull(fdel) : newRef(del);
        PyObject newDoc = getterDoc && g != PyNoneType.NONE ? newRef(PyNoneType.NONE) : noneIfNull(doc);
        try {
            PyObject p = CallOps.call(type, g, s, d, newDoc);
            if (p instanceof PyProperty) {
                PyProperty pp = (PyProperty) p;
                xdecref(pp.name);
                pp.name = name == null ? null : newRef(name);
            }
            return p;
        } finally {
            g.decref();
            s.decref();
            d.decref();
            newDoc.decref();
        }
    }

    private boolean isAbstract() {
        for (PyObject f : new PyObject[] {fget, fset, fdel}) {
            if (f != null) {
                PyObject a = ObjectOps.lookupAttr(f, PyStr.of("__isabstractmethod__"));
                if (a != null) {
                    boolean b = ObjectOps.isTrue(a);
                    a.decref();
                    if (b) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private PyObject get(PyObject obj) {
        if (obj == null) {
            return newRef(this);
        }
        if (fget == null) {
            throw missing(obj, "getter");
        }
        return CallOps.call(fget, obj);
    }

    private void set(PyObject obj, PyObject value) {
        PyObject f = value == null ? fdel : fset;
        if (f == null) {
            throw missing(obj, value == null ? "deleter" : "setter");
        }
        PyObject r = value == null ? CallOps.call(f, obj) : CallOps.call(f, obj, value);
        r.decref();
    }

    /** "property 'x' of 'A' object has no setter": the name only once {@code __set_name__} gave it. */
    private PythonException missing(PyObject obj, String what) {
        String owner = ObjectOps.repr(PyStr.of(obj.type().qualname())).toString();
        String named = name == null ? "" : ObjectOps.repr(name) + " ";
        return PythonException.of(ExceptionTypes.ATTRIBUTE_ERROR, "property " + named + "of " + owner + " object has no " + what);
    }

    @Override
    public void releaseReferences() {
        xdecref(fget);
        xdecref(fset);
        xdecref(fdel);
        xdecref(doc);
        xdecref(name);
        xdecref(dict);
        if (type != TYPE) {
            type.decref();
        }
    }
}
