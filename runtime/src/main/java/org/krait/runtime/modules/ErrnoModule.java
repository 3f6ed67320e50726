package org.krait.runtime.modules;

import java.util.Map;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.io.Errno;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyStr;

/** The {@code errno} module: Linux's error codes by name, and {@code errorcode} from code to name. CPython: Modules/errnomodule.c. */
public final class ErrnoModule {

    private ErrnoModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("errno", d);
        PyDict errorcode = new PyDict();
        for (Map.Entry<String, Integer> e : Errno.names().entrySet()) {
            PyInt code = PyInt.of(e.getValue());
            PyStr name = PyStr.of(e.getKey());
            d.setItem(name, code);
            if (errorcode.getItem(code) == null) {
                errorcode.setItem(code, name);
            }
            code.decref();
            name.decref();
        }
        d.setItem("errorcode", errorcode);
        errorcode.decref();
        d.decref();
        return m;
    }
}
