package org.krait.runtime.introspect;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;

/**
 * {@code _krait_ast}, the Java half of the bundled {@code ast} module: {@code parse(source,
 * filename, mode, namespace)} and {@code compile(tree, filename, mode)} through the engine's
 * {@link AstProvider}.
 */
public final class AstModule {

    private AstModule() {
    }

    public static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("_krait_ast", d);
        define(d, "parse", ArgSpec.positional(4, 4), (s, a, kw) -> {
            if (!(a[3] instanceof PyDict)) {
                throw PythonException.typeError("namespace must be a dict");
            }
            return AstProvider.get().parse(text(a[0]), a[1].toString(), a[2].toString(), (PyDict) a[3]);
        });
        define(d, "compile", ArgSpec.positional(3, 3),
                (s, a, kw) -> AstProvider.get().compile(a[0], a[1].toString(), a[2].toString()));
        m.adoptFunctions();
        d.decref();
        return m;
    }

    private static String text(PyObject source) {
        if (source instanceof PyStr) {
            return source.toString();
        }
        byte[] b = org.krait.runtime.objects.PyBytes.bytesOf(source);
        if (b == null) {
            throw PythonException.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }
}
