package org.krait.runtime.imports;

import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Slot;

/**
 * {@code NamespaceLoader}: the loader of a namespace package (directories without
 * {@code __init__.py}); the module it makes is empty, with the directories as {@code __path__}
 * (kept in {@code _path}). CPython: NamespaceLoader in Lib/importlib/_bootstrap_external.py.
 */
public final class PyNamespaceLoader extends ImportObject {

    public static final PyType TYPE = PyType.builtin("_frozen_importlib_external.NamespaceLoader", PyType.OBJECT);

    static {
        TYPE.instances(PyNamespaceLoader::new);
        TYPE.slot(Slot.INIT, ArgSpec.positional(3, 3).checked("NamespaceLoader", (self, a, kw) -> {
            ((PyNamespaceLoader) self).setField("_path", a[1]);
            return PyNoneType.NONE;
        }));
        TYPE.method("is_package", ArgSpec.ONE, (self, a, kw) -> PyBool.TRUE);
        TYPE.method("get_source", ArgSpec.ONE, (self, a, kw) -> PyStr.EMPTY);
        TYPE.method("get_code", ArgSpec.ONE, (self, a, kw) -> SourceCompiler.get().compile("", "<string>", "exec"));
        TYPE.method("create_module", ArgSpec.ONE, (self, a, kw) -> PyNoneType.NONE);
        TYPE.method("exec_module", ArgSpec.ONE, (self, a, kw) -> PyNoneType.NONE);
        TYPE.method("load_module", ArgSpec.ONE, (self, a, kw) -> org.krait.runtime.interpreter.ThreadState.current().interpreter().imports().importAbsolute(a[0].toString()));
    }

    private PyNamespaceLoader(PyType type) {
        super(type);
    }

    /** The loader of a namespace package over {@code path} (kept). New reference. */
    static PyNamespaceLoader of(PyObject path) {
        PyNamespaceLoader l = new PyNamespaceLoader(TYPE);
        l.setField("_path", path);
        return l;
    }

    /** The directories of the namespace package (borrowed). */
    PyObject path() {
        return field("_path");
    }
}
