package org.krait.runtime.imports;

import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.types.PyType;

/**
 * What the import machinery's Python-visible objects (specs, loaders, finders) share: a type,
 * which a program's subclass may replace, and a {@code __dict__} holding their state as
 * CPython's pure-Python classes keep it ({@code spec.name}, {@code loader.path}), so
 * {@code vars()} and assignment behave as there. Not itself a Python type.
 */
abstract class ImportObject extends PyObject implements DictOwner {

    private final PyType type;
    private final PyDict dict = new PyDict();

    ImportObject(PyType type) {
        this.type = newRef(type);
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public final PyDict dict() {
        return dict;
    }

    /** The attribute {@code name} from the dict, or None when it is absent (borrowed). */
    final PyObject field(String name) {
        PyObject v = dict.getItem(name);
        return v == null ? PyNoneType.NONE : v;
    }

    final void setField(String name, PyObject value) {
        dict.setItem(name, value);
    }

    /** The attribute {@code name} as a Java string, or null when it is absent or not a str. */
    final String stringField(String name) {
        PyObject v = dict.getItem(name);
        return v instanceof org.krait.runtime.objects.PyStr ? v.toString() : null;
    }

    /**
     * A slot implementation ({@code __init__}) behind {@code spec}'s checks whose {@code impl}
     * receives the parameters bound by position (null where not given), as a method's would.
     */
    static org.krait.runtime.types.Signature.Call bound(org.krait.runtime.types.ArgSpec spec, String name,
            org.krait.runtime.types.Signature.Call impl) {
        return (self, args, kwnames) -> impl.call(self, spec.bind(name, null, args, kwnames), null);
    }

    @Override
    public void releaseReferences() {
        dict.decref();
        type.decref();
    }
}
