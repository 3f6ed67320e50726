package org.krait.runtime.builtins;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySimpleNamespace;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyStructSequence;
import org.krait.runtime.objects.PyTuple;

/**
 * The descriptive constants of {@code sys}: {@code version_info}, {@code implementation},
 * {@code float_info}, {@code int_info}, {@code hash_info} and the plain platform values, with
 * CPython 3.11's struct-sequence types and reprs. CPython: Python/sysmodule.c, floatobject.c,
 * longobject.c.
 *
 * <p>{@code sys.implementation} describes Krait, not CPython: {@code name} is {@code 'krait'},
 * {@code cache_tag} {@code 'krait-311'}, and {@code version} Krait's own release in the shape of
 * {@code sys.version_info} (as PyPy reports its own version there). {@code hash_info} keeps
 * CPython's numeric-hash parameters, which Krait follows exactly; its {@code algorithm},
 * {@code hash_bits} and {@code seed_bits} describe Krait's (unseeded, 32-bit) str hash.
 */
final class SysInfo {

    private SysInfo() {
    }

    static final PyStructSequence.Spec VERSION_INFO = PyStructSequence.newType("sys.version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5, false);
    static final PyStructSequence.Spec FLOAT_INFO = PyStructSequence.newType("sys.float_info",
            new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                "radix", "rounds"}, 11, true);
    static final PyStructSequence.Spec INT_INFO = PyStructSequence.newType("sys.int_info",
            new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4,
            true);
    static final PyStructSequence.Spec HASH_INFO = PyStructSequence.newType("sys.hash_info",
            new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9,
            true);

    /** The Python version Krait implements, and Krait's own release (for {@code sys.implementation}). */
    private static final Object[] PYTHON_VERSION = {3, 11, 7, "final", 0};
    private static final Object[] KRAIT_VERSION = {0, 1, 0, "alpha", 0};

    /** Puts the constants in the {@code sys} namespace {@code d}. */
    static void fill(PyDict d) {
        set(d, "version_info", version(PYTHON_VERSION));
        set(d, "hexversion", PyInt.of(hexversion(PYTHON_VERSION)));
        // "VERSION (BUILD) [COMPILER]", the shape platform.python_version_tuple() and friends parse.
        set(d, "version", PyStr.of("3.11.7 (Krait " + KRAIT_VERSION[0] + "." + KRAIT_VERSION[1] + "."
                + KRAIT_VERSION[2] + ") [Java " + System.getProperty("java.version") + "]"));
        set(d, "api_version", PyInt.of(1013));
        set(d, "implementation", implementation());
        set(d, "float_info", struct(FLOAT_INFO, Double.MAX_VALUE, 1024, 308, Double.MIN_NORMAL, -1021, -307, 15, 53,
                Math.ulp(1.0), 2, 1));
        set(d, "int_info", struct(INT_INFO, 30, 4, 4300, 640));
        set(d, "hash_info", struct(HASH_INFO, 64, (1L << 61) - 1, 314159, 0, 1000003, "krait", 32, 0, 0));
        set(d, "maxsize", PyInt.of(Long.MAX_VALUE));
        set(d, "maxunicode", PyInt.of(Character.MAX_CODE_POINT));
        set(d, "byteorder", PyStr.of("little"));
        set(d, "platform", PyStr.of("linux"));
        set(d, "float_repr_style", PyStr.of("short"));
    }

    static final PyStructSequence.Spec THREAD_INFO = PyStructSequence.newType("sys.thread_info",
            new String[] {"name", "lock", "version"}, 3, false);

    private static final String COPYRIGHT = "Copyright (c) 2026 the Krait authors.\nAll Rights Reserved.\n\n"
            + "Krait implements the Python language, whose reference implementation is\n"
            + "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.";

    private static final String DOC = "This module gives access to the interpreter: the command line (argv),\n"
            + "the standard streams (stdin, stdout, stderr), the modules imported so far (modules),\n"
            + "where imports look (path), the hooks the interpreter calls (displayhook, excepthook,\n"
            + "unraisablehook, breakpointhook, settrace, setprofile, audit hooks) and what the\n"
            + "interpreter is (version, implementation, flags, float_info, int_info, hash_info...).\n";

    /**
     * The values that describe this installation and interpreter: where it lives ({@code prefix}
     * and the others are the directory of {@code sys.executable}), its builtin and standard
     * modules, threads, copyright.
     */
    static void fillInstallation(PyDict d, Interpreter interp) {
        set(d, "__doc__", PyStr.of(DOC));
        String executable = interp.config().executable();
        java.nio.file.Path parent = java.nio.file.Path.of(executable).toAbsolutePath().getParent();
        String prefix = executable.contains("/") && parent != null ? parent.toString() : "";
        for (String name : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) {
            set(d, name, PyStr.of(prefix));
        }
        set(d, "_base_executable", PyStr.of(executable));
        set(d, "_stdlib_dir", PyNoneType.NONE);
        set(d, "_home", PyNoneType.NONE);
        set(d, "pycache_prefix", PyNoneType.NONE);
        set(d, "platlibdir", PyStr.of("lib"));
        set(d, "abiflags", PyStr.of(""));
        set(d, "_framework", PyStr.of(""));
        set(d, "_git", PyTuple.of(PyStr.of("Krait"), PyStr.EMPTY, PyStr.EMPTY));
        set(d, "copyright", PyStr.of(COPYRIGHT));
        set(d, "thread_info", struct(THREAD_INFO, "pthread", "mutex+cond", "Java " + System.getProperty("java.version")));
        java.util.List<String> builtins = new java.util.ArrayList<>(interp.builtinModuleNames());
        java.util.Collections.sort(builtins);
        set(d, "builtin_module_names", strings(builtins, false));
        set(d, "stdlib_module_names", strings(stdlibModuleNames(), true));
    }

    /** CPython 3.11's {@code sys.stdlib_module_names} (a resource: one name per line). */
    private static java.util.List<String> stdlibModuleNames() {
        try (java.io.InputStream in = SysInfo.class.getResourceAsStream("stdlib_module_names.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
            return java.util.Arrays.asList(text.strip().split("\n"));
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the runtime jar lacks stdlib_module_names.txt", e);
        }
    }

    /** A tuple, or a frozenset when {@code frozen}, of {@code names}. */
    private static PyObject strings(java.util.List<String> names, boolean frozen) {
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyStr.of(names.get(i));
        }
        if (!frozen) {
            return PyTuple.fromArray(items);
        }
        org.krait.runtime.objects.PySet set = new org.krait.runtime.objects.PySet(true);
        for (PyObject o : items) {
            set.add(o);
            o.decref();
        }
        return set;
    }

    private static PyObject implementation() {
        PyObject version = version(KRAIT_VERSION);
        PyObject[] values = {PyStr.of("krait"), PyStr.of("krait-311"), version, PyInt.of(hexversion(KRAIT_VERSION))};
        PyObject ns = PySimpleNamespace.of(new String[] {"name", "cache_tag", "version", "hexversion"}, values);
        for (PyObject v : values) {
            v.decref();
        }
        return ns;
    }

    private static PyObject version(Object[] v) {
        return struct(VERSION_INFO, v);
    }

    /** {@code PY_VERSION_HEX}: 0xMMmmuuLS with the release level as A, B, C or F. */
    private static long hexversion(Object[] v) {
        int level = "alpha".equals(v[3]) ? 0xA : "beta".equals(v[3]) ? 0xB : "candidate".equals(v[3]) ? 0xC : 0xF;
        return ((long) (int) v[0] << 24) | ((int) v[1] << 16) | ((int) v[2] << 8) | (level << 4) | (int) v[4];
    }

    /** An instance of {@code spec} from Java values: Integer/Long become int, Double float, String str. */
    private static PyObject struct(PyStructSequence.Spec spec, Object... values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            items[i] = v instanceof String ? PyStr.of((String) v) : v instanceof Double ? new PyFloat((Double) v)
                    : PyInt.of(((Number) v).longValue());
        }
        PyObject s = PyStructSequence.of(spec, items);
        for (PyObject o : items) {
            o.decref();
        }
        return s;
    }

    /** Stores {@code value} in {@code d} and drops the caller's reference (a new one was passed). */
    private static void set(PyDict d, String name, PyObject value) {
        d.setItem(name, value);
        value.decref();
    }
}
