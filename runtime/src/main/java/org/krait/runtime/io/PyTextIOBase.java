package org.krait.runtime.io;

import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyType;

/** {@code _io._TextIOBase}: text streams. CPython: Modules/_io/textio.c. */
public class PyTextIOBase extends PyIOBase {

    public static final PyType TYPE = PyType.builtin("_io._TextIOBase", PyIOBase.TYPE);

    static {
        TYPE.instances(PyTextIOBase::new);
        for (String name : new String[] {"read", "readline", "write", "detach"}) {
            TYPE.method(name, (self, a, kw) -> {
                throw IoArgs.unsupported(name);
            });
        }
        for (String name : new String[] {"encoding", "newlines", "errors"}) {
            TYPE.define(name, new PyGetSetDescr(TYPE, name, self -> PyNoneType.NONE, null));
        }
    }

    protected PyTextIOBase(PyType type) {
        super(type);
    }
}
