package org.krait.runtime.builtins;

import java.util.List;
import java.util.Map;
import org.krait.runtime.interpreter.StartupConfig;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyStructSequence;

/**
 * The attributes of {@code sys} that come from the command line and the environment:
 * {@code flags}, {@code _xoptions}, {@code warnoptions}, {@code orig_argv},
 * {@code dont_write_bytecode} and {@code executable}, read from the interpreter's
 * {@link StartupConfig}. CPython: Python/sysmodule.c ({@code make_flags}, {@code _PySys_UpdateConfig}).
 */
final class SysCommandLine {

    /** The fields of {@code sys.flags} (ORDER sys.flags: keep in step with {@code StartupConfig.Flags}). */
    private static final PyStructSequence.Spec FLAGS = PyStructSequence.newType("sys.flags", new String[] {"debug",
        "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
        "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
        "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18, false);

    private SysCommandLine() {
    }

    /** Puts the attributes into the namespace {@code sys} of a new {@code sys} module. */
    static void install(PyDict sys, StartupConfig config) {
        StartupConfig.Flags f = config.flags();
        PyObject[] values = {PyInt.of(f.debug()), PyInt.of(f.inspect()), PyInt.of(f.interactive()), PyInt.of(f.optimize()),
            PyInt.of(f.dontWriteBytecode()), PyInt.of(f.noUserSite()), PyInt.of(f.noSite()), PyInt.of(f.ignoreEnvironment()),
            PyInt.of(f.verbose()), PyInt.of(f.bytesWarning()), PyInt.of(f.quiet()), PyInt.of(f.hashRandomization()),
            PyInt.of(f.isolated()), PyBool.of(f.devMode()), PyInt.of(f.utf8Mode()), PyInt.of(f.warnDefaultEncoding()),
            PyBool.of(f.safePath()), PyInt.of(f.intMaxStrDigits())};
        PyObject flags = PyStructSequence.of(FLAGS, values);
        for (PyObject v : values) {
            v.decref();
        }
        put(sys, "flags", flags);
        put(sys, "dont_write_bytecode", PyBool.of(f.dontWriteBytecode() != 0));
        PyDict xoptions = new PyDict();
        for (Map.Entry<String, String> e : config.xoptions().entrySet()) {
            PyObject value = e.getValue() == null ? PyBool.TRUE : PyStr.of(e.getValue());
            xoptions.setItem(e.getKey(), value);
            value.decref();
        }
        put(sys, "_xoptions", xoptions);
        put(sys, "warnoptions", strings(config.warnOptions()));
        put(sys, "orig_argv", strings(config.origArgv()));
        put(sys, "executable", PyStr.of(config.executable()));
    }

    private static PyList strings(List<String> items) {
        PyList list = new PyList();
        for (String s : items) {
            PyStr item = PyStr.of(s);
            list.append(item);
            item.decref();
        }
        return list;
    }

    /** Stores {@code value} (a new reference, handed over) under {@code name}. */
    private static void put(PyDict sys, String name, PyObject value) {
        sys.setItem(name, value);
        value.decref();
    }
}
