package org.krait.runtime.builtins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.PyFrame;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySimpleNamespace;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.objects.exceptions.Warnings;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;

/**
 * The {@code warnings} module (also importable as {@code _warnings}): {@code warn}, the filter
 * list and its functions, {@code showwarning}/{@code formatwarning} and {@code catch_warnings}.
 * It is also what {@link Warnings#warn} reaches, so a warning from Java code ({@code int()}
 * delegating to {@code __trunc__}) is filtered and shown as one from Python.
 * CPython: Python/_warnings.c and Lib/warnings.py.
 *
 * <p>The state lives in the module's namespace as in CPython: {@code filters} holds tuples
 * {@code (action, message, category, module, lineno)} whose message and module are regular
 * expression strings or None; each module's globals get a {@code __warningregistry__} dict of
 * the warnings already shown, cleared when the filters change ({@code _filters_version}).
 */
final class WarningsModule {

    private WarningsModule() {
    }

    /** The last filters version this interpreter's registries were made for; bumped by every filter change. */
    private static final String VERSION = "_filters_version";

    static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("warnings", d);
        PyList filters = new PyList();
        addFilter(filters, "default", PyNoneType.NONE, ExceptionTypes.DEPRECATION_WARNING, PyStr.of("__main__"), 0, true);
        for (PyType t : new PyType[] {ExceptionTypes.DEPRECATION_WARNING, ExceptionTypes.PENDING_DEPRECATION_WARNING,
            ExceptionTypes.IMPORT_WARNING, ExceptionTypes.RESOURCE_WARNING}) {
            addFilter(filters, "ignore", PyNoneType.NONE, t, PyNoneType.NONE, 0, true);
        }
        d.setItem("filters", filters);
        filters.decref();
        put(d, "_defaultaction", PyStr.of("default"));
        put(d, "_onceregistry", new PyDict());
        put(d, VERSION, PyInt.of(1));
        d.setItem("_showwarnmsg_impl", PyNoneType.NONE);
        fn(d, "warn", ArgSpec.keywords(1, "message", "category", "stacklevel", "source"), (s, a, kw) -> {
            PyObject category = a.length > 1 && a[1] != null ? a[1] : PyNoneType.NONE;
            long level = a.length > 2 && a[2] != null ? org.krait.runtime.ops.NumberOps.index(a[2]).asLong() : 1;
            warn(interp, a[0], category, (int) Math.max(Math.min(level, Integer.MAX_VALUE), Integer.MIN_VALUE),
                    a.length > 3 && a[3] != null && a[3] != PyNoneType.NONE ? a[3] : null);
            return PyNoneType.NONE;
        });
        fn(d, "simplefilter", ArgSpec.keywords(1, "action", "category", "lineno", "append"), (s, a, kw) -> {
            PyObject category = a.length > 1 && a[1] != null ? a[1] : ExceptionTypes.WARNING;
            long lineno = a.length > 2 && a[2] != null ? ((PyInt) a[2]).asLong() : 0;
            boolean append = a.length > 3 && a[3] != null && ObjectOps.isTrue(a[3]);
            changeFilters(interp, list -> addFilter(list, action(a[0]), PyNoneType.NONE, category, PyNoneType.NONE,
                    lineno, append));
            return PyNoneType.NONE;
        });
        fn(d, "filterwarnings", ArgSpec.keywords(1, "action", "message", "category", "module", "lineno", "append"),
                (s, a, kw) -> {
                    PyObject message = a.length > 1 && a[1] != null && a[1].toString().length() > 0 ? a[1] : PyNoneType.NONE;
                    PyObject category = a.length > 2 && a[2] != null ? a[2] : ExceptionTypes.WARNING;
                    PyObject module = a.length > 3 && a[3] != null && a[3].toString().length() > 0
                            ? PyStr.of(a[3] + "\\Z") : PyNoneType.NONE;
                    long lineno = a.length > 4 && a[4] != null ? ((PyInt) a[4]).asLong() : 0;
                    boolean append = a.length > 5 && a[5] != null && ObjectOps.isTrue(a[5]);
                    changeFilters(interp, list -> addFilter(list, action(a[0]), message, category, module, lineno, append));
                    return PyNoneType.NONE;
                });
        fn(d, "resetwarnings", ArgSpec.NOARGS, (s, a, kw) -> {
            changeFilters(interp, list -> CallOps.callMethod(list, "clear").decref());
            return PyNoneType.NONE;
        });
        fn(d, "formatwarning", ArgSpec.keywords(4, "message", "category", "filename", "lineno", "line"),
                (s, a, kw) -> PyStr.of(format(a[0], a[1], a[2], a[3], a.length > 4 && a[4] != null ? a[4] : PyNoneType.NONE)));
        PyBuiltinFunctionOrMethod show = fn(d, "showwarning",
                ArgSpec.keywords(4, "message", "category", "filename", "lineno", "file", "line"), (s, a, kw) -> {
                    PyObject file = a.length > 4 && a[4] != null ? a[4] : PyNoneType.NONE;
                    PyObject line = a.length > 5 && a[5] != null ? a[5] : PyNoneType.NONE;
                    write(interp, file, format(a[0], a[1], a[2], a[3], line));
                    return PyNoneType.NONE;
                });
        d.setItem("_showwarning_orig", show);
        d.setItem("catch_warnings", PyCatchWarnings.TYPE);
        m.adoptFunctions();
        d.decref();
        return m;
    }

    /** Makes {@link Warnings#warn} reach the current interpreter's module. */
    static void install() {
        Warnings.setEmitter((category, message, stacklevel, source) -> {
            ThreadState ts = ThreadState.current();
            if (ts != null) {
                PyStr text = PyStr.of(message);
                warn(ts.interpreter(), text, category, stacklevel, source);
                text.decref();
            }
        });
    }

    private static void put(PyDict d, String name, PyObject value) {
        d.setItem(name, value);
        value.decref();
    }

    private static PyBuiltinFunctionOrMethod fn(PyDict d, String name, ArgSpec spec,
            org.krait.runtime.types.Signature.Call impl) {
        PyBuiltinFunctionOrMethod f = new PyBuiltinFunctionOrMethod(name, spec, impl);
        d.setItem(name, f);
        f.decref();
        return f;
    }

    private static PyDict state(Interpreter interp) {
        return ((org.krait.runtime.objects.PyModule) interp.importModule("warnings")).dict();
    }

    private static String action(PyObject a) {
        String s = a.toString();
        switch (s) {
            case "error": case "ignore": case "always": case "default": case "module": case "once":
                return s;
            default:
                throw PythonException.valueError("invalid action: " + ObjectOps.repr(a));
        }
    }

    /** Adds {@code (action, message, category, module, lineno)} first (or last), replacing an equal entry. */
    private static void addFilter(PyList filters, String action, PyObject message, PyObject category, PyObject module,
            long lineno, boolean append) {
        if (!(category instanceof PyType) || !((PyType) category).isSubtypeOf(ExceptionTypes.WARNING)) {
            throw PythonException.typeError("category must be a Warning subclass");
        }
        PyStr act = PyStr.of(action);
        PyInt ln = PyInt.of(lineno);
        PyTuple item = PyTuple.of(act, message, category, module, ln);
        act.decref();
        ln.decref();
        for (int i = 0; i < filters.size(); i++) {
            if (ObjectOps.equal(filters.getItem(i), item)) {
                if (append) {
                    item.decref();
                    return;
                }
                PyInt at = PyInt.of(i);
                CallOps.callMethod(filters, "pop", at).decref();
                at.decref();
                break;
            }
        }
        if (append) {
            filters.append(item);
        } else {
            CallOps.callMethod(filters, "insert", PyInt.of(0), item).decref();
        }
        item.decref();
    }

    /** Changes the filter list and invalidates every registry ({@code _filters_mutated}). */
    static void changeFilters(Interpreter interp, java.util.function.Consumer<PyList> change) {
        PyDict d = state(interp);
        PyObject filters = d.getItem("filters");
        if (!(filters instanceof PyList)) {
            throw PythonException.typeError("warnings.filters must be a list");
        }
        change.accept((PyList) filters);
        bumpVersion(d);
    }

    static void bumpVersion(PyDict d) {
        PyInt v = PyInt.of(((PyInt) d.getItem(VERSION)).asLong() + 1);
        d.setItem(VERSION, v);
        v.decref();
    }

    /** {@code warnings.warn}: the message (str or Warning instance), a category or None, the stack level. */
    static void warn(Interpreter interp, PyObject message, PyObject category, int stacklevel, PyObject source) {
        PyType cat;
        if (message instanceof PyBaseException && message.type().isSubtypeOf(ExceptionTypes.WARNING)) {
            cat = message.type();
        } else if (category == PyNoneType.NONE) {
            cat = ExceptionTypes.USER_WARNING;
        } else if (category instanceof PyType && ((PyType) category).isSubtypeOf(ExceptionTypes.WARNING)) {
            cat = (PyType) category;
        } else {
            throw PythonException.typeError("category must be a Warning subclass, not '" + category.type().name() + "'");
        }
        ThreadState ts = ThreadState.current();
        PyFrame f = ts == null ? null : ts.frame();
        for (int i = 1; i < stacklevel && f != null; i++) {
            f = f.back();
        }
        String filename = "sys";
        long lineno = 1;
        String module = "sys";
        PyDict registry = null;
        if (f != null) {
            filename = f.code().filename;
            PyObject ln = ObjectOps.getAttr(f, "f_lineno");
            lineno = ((PyInt) ln).asLong();
            ln.decref();
            PyDict globals = f.globals();
            PyObject name = globals.getItem("__name__");
            module = name instanceof PyStr ? name.toString() : "<string>";
            PyObject reg = globals.getItem("__warningregistry__");
            if (!(reg instanceof PyDict)) {
                reg = new PyDict();
                globals.setItem("__warningregistry__", reg);
                reg.decref();
            }
            registry = (PyDict) reg;
        }
        warnExplicit(interp, message, cat, filename, lineno, module, registry, source);
    }

    /** {@code warn_explicit}: filters, registries and display, as Python/_warnings.c does. */
    private static void warnExplicit(Interpreter interp, PyObject message, PyType category, String filename, long lineno,
            String module, PyDict registry, PyObject source) {
        PyDict d = state(interp);
        PyObject text = ObjectOps.str(message);
        PyObject instance = message instanceof PyBaseException ? PyObject.newRef(message) : CallOps.call(category, text);
        try {
            PyObject version = d.getItem(VERSION);
            if (registry != null && !ObjectOps.equal(registry.getItem("version") == null ? PyNoneType.NONE
                    : registry.getItem("version"), version)) {
                registry.clear();
                registry.setItem("version", version);
            }
            PyInt line = PyInt.of(lineno);
            PyTuple key = PyTuple.of(text, category, line);
            line.decref();
            try {
                if (registry != null && registry.getItem(key) != null) {
                    return;
                }
                String action = action(d, text.toString(), category, module, lineno);
                switch (action) {
                    case "error":
                        throw new PythonException((PyBaseException) PyObject.newRef(instance));
                    case "ignore":
                        return;
                    case "once": {
                        PyObject once = d.getItem("_onceregistry");
                        PyTuple onceKey = PyTuple.of(text, category);
                        try {
                            if (once instanceof PyDict) {
                                if (((PyDict) once).getItem(onceKey) != null) {
                                    return;
                                }
                                ((PyDict) once).setItem(onceKey, PyBool.TRUE);
                            }
                        } finally {
                            onceKey.decref();
                        }
                        break;
                    }
                    case "module": {
                        PyTuple moduleKey = PyTuple.of(text, category, PyInt.of(0));
                        try {
                            if (registry != null) {
                                if (registry.getItem(moduleKey) != null) {
                                    return;
                                }
                                registry.setItem(moduleKey, PyBool.TRUE);
                            }
                        } finally {
                            moduleKey.decref();
                        }
                        break;
                    }
                    case "default":
                        if (registry != null) {
                            registry.setItem(key, PyBool.TRUE);
                        }
                        break;
                    default:
                        break;
                }
            } finally {
                key.decref();
            }
            show(interp, d, instance, category, filename, lineno, source);
        } finally {
            text.decref();
            instance.decref();
        }
    }

    /** The action of the first filter matching, else {@code _defaultaction}. */
    private static String action(PyDict d, String text, PyType category, String module, long lineno) {
        PyObject filters = d.getItem("filters");
        if (filters instanceof PyList) {
            PyList list = (PyList) filters;
            for (int i = 0; i < list.size(); i++) {
                PyObject item = list.getItem(i);
                if (!(item instanceof PyTuple) || ((PyTuple) item).size() != 5) {
                    throw PythonException.valueError("_warnings.filters item " + i + " isn't a 5-tuple");
                }
                PyTuple t = (PyTuple) item;
                PyObject cat = t.getItem(2);
                boolean ok = matches(t.getItem(1), text, true) && cat instanceof PyType && category.isSubtypeOf((PyType) cat)
                        && matches(t.getItem(3), module, false);
                long ln = t.getItem(4) instanceof PyInt ? ((PyInt) t.getItem(4)).asLong() : 0;
                if (ok && (ln == 0 || ln == lineno)) {
                    return t.getItem(0).toString();
                }
            }
        }
        PyObject def = d.getItem("_defaultaction");
        return def == null ? "default" : def.toString();
    }

    /** A filter's message or module: None matches all; a str is a regular expression matched at the start. */
    private static boolean matches(PyObject pattern, String s, boolean ignoreCase) {
        if (pattern == PyNoneType.NONE) {
            return true;
        }
        String p = pattern.toString().replace("\\Z", "$");
        return Pattern.compile(p, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0).matcher(s).lookingAt();
    }

    /** Shows through {@code _showwarnmsg_impl} (catch_warnings' recorder), a replaced showwarning, or the default. */
    private static void show(Interpreter interp, PyDict d, PyObject instance, PyType category, String filename, long lineno,
            PyObject source) {
        PyStr file = PyStr.of(filename);
        PyInt line = PyInt.of(lineno);
        try {
            PyObject recorder = d.getItem("_showwarnmsg_impl");
            if (recorder != null && recorder != PyNoneType.NONE) {
                PyObject msg = PySimpleNamespace.of(new String[] {"message", "category", "filename", "lineno", "file", "line",
                    "source"}, new PyObject[] {instance, category, file, line, PyNoneType.NONE, PyNoneType.NONE,
                    source == null ? PyNoneType.NONE : source});
                CallOps.call(recorder, msg).decref();
                msg.decref();
                return;
            }
            PyObject showwarning = d.getItem("showwarning");
            if (showwarning != null && showwarning != d.getItem("_showwarning_orig")) {
                CallOps.call(showwarning, instance, category, file, line).decref();
                return;
            }
            String text = format(instance, category, file, line, PyNoneType.NONE);
            if (source != null) {
                // Without tracemalloc tracing, CPython's _formatwarnmsg_impl says how to get the allocation site.
                text += category.name() + ": Enable tracemalloc to get the object allocation traceback\n";
            }
            write(interp, PyNoneType.NONE, text);
        } finally {
            file.decref();
            line.decref();
        }
    }

    /** {@code formatwarning}: {@code file:line: Category: message}, then the source line when it can be read. */
    private static String format(PyObject message, PyObject category, PyObject filename, PyObject lineno, PyObject line) {
        String name = category instanceof PyType ? ((PyType) category).qualname() : ObjectOps.str(category).toString();
        StringBuilder sb = new StringBuilder();
        sb.append(ObjectOps.str(filename)).append(':').append(ObjectOps.str(lineno)).append(": ").append(name)
                .append(": ").append(ObjectOps.str(message)).append('\n');
        String source = line != PyNoneType.NONE ? line.toString() : sourceLine(filename.toString(), lineno);
        if (source != null) {
            source = source.strip();
            if (!source.isEmpty()) {
                sb.append("  ").append(source).append('\n');
            }
        }
        return sb.toString();
    }

    /** Line {@code lineno} of the file, as {@code linecache.getline} finds it; null when unreadable. */
    private static String sourceLine(String filename, PyObject lineno) {
        if (!(lineno instanceof PyInt)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(filename), StandardCharsets.UTF_8);
            long n = ((PyInt) lineno).asLong();
            return n >= 1 && n <= lines.size() ? lines.get((int) n - 1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes to {@code file}, or to {@code sys.stderr} when it is None. */
    private static void write(Interpreter interp, PyObject file, String text) {
        PyObject target = file;
        if (target == PyNoneType.NONE) {
            target = ((org.krait.runtime.objects.PyModule) interp.importModule("sys")).dict().getItem("stderr");
            if (target == null || target == PyNoneType.NONE) {
                return;
            }
        }
        PyObject w = ObjectOps.getAttr(target, "write");
        try {
            CallOps.call(w, PyStr.of(text)).decref();
        } finally {
            w.decref();
        }
    }
}
