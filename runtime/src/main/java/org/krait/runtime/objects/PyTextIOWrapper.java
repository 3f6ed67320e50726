package org.krait.runtime.objects;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.PyType;

/** {@code io.TextIOWrapper} reduced to what {@code sys.stdout} needs: write and flush to a Java stream. */
public final class PyTextIOWrapper extends PyObject {

    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyType.OBJECT)
            .method("write", (self, a, kw) -> {
                if (!(a[0] instanceof PyStr)) {
                    throw PythonException.typeError("write() argument must be str, not " + a[0].type().name());
                }
                ((PyTextIOWrapper) self).write(a[0].toString());
                return PyInt.of(((PyStr) a[0]).length());
            })
            .define("encoding", PyStr.of("utf-8"))
            .method("writable", (self, a, kw) -> PyBool.TRUE)
            .method("readable", (self, a, kw) -> PyBool.FALSE)
            .method("isatty", (self, a, kw) -> PyBool.FALSE)
            .method("flush", (self, a, kw) -> {
                ((PyTextIOWrapper) self).stream.flush();
                return PyNoneType.NONE;
            });

    private final PrintStream stream;

    public PyTextIOWrapper(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Writes {@code text} as UTF-8. */
    public void write(String text) {
        stream.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
