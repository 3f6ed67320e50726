package org.krait.runtime.builtins;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.io.StdStreams;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.Signature;

/**
 * The {@code sys} module: the standard streams, {@code argv}, exceptions and frames of the thread,
 * and what {@link SysInfo}, {@link SysCommandLine}, {@link SysFunctions}, {@link SysHooks},
 * {@link DisplayHook} and {@link BreakpointHook} put in it. CPython: Python/sysmodule.c.
 */
final class SysModule {

    private SysModule() {
    }

    static PyModule create(Interpreter interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("sys", d);
        interp.setSysDict(d);
        StdStreams streams = StdStreams.of(interp);
        d.setItem("stdin", streams.stdin());
        d.setItem("stdout", streams.stdout());
        d.setItem("stderr", streams.stderr());
        d.setItem("__stdin__", streams.stdin());
        d.setItem("__stdout__", streams.stdout());
        d.setItem("__stderr__", streams.stderr());
        d.setItem("maxsize", PyInt.of(Long.MAX_VALUE));
        PyList argv = new PyList();
        for (String a : interp.argv()) {
            argv.append(PyStr.of(a));
        }
        d.setItem("argv", argv);
        org.krait.runtime.imports.ImportSystem.installSys(interp, d);
        org.krait.runtime.java.JavaImporter.install(d);
        d.setItem("executable", PyStr.of("krait"));
        SysInfo.fill(d);
        define(d, "exc_info", ArgSpec.NOARGS, (s, a, kw) -> {
            org.krait.runtime.interpreter.ThreadState ts = org.krait.runtime.interpreter.ThreadState.current();
            PyBaseException e = ts == null ? null : ts.handled();
            if (e == null) {
                return PyTuple.of(PyNoneType.NONE, PyNoneType.NONE, PyNoneType.NONE);
            }
            return PyTuple.of(e.type(), e, e.traceback() == null ? PyNoneType.NONE : e.traceback());
        });
        define(d, "exception", ArgSpec.NOARGS, (s, a, kw) -> {
            org.krait.runtime.interpreter.ThreadState ts = org.krait.runtime.interpreter.ThreadState.current();
            PyBaseException e = ts == null ? null : ts.handled();
            return PyObject.newRef(e == null ? PyNoneType.NONE : e);
        });
        define(d, "_getframe", ArgSpec.positional(0, 1), (s, a, kw) -> {
            org.krait.runtime.interpreter.ThreadState ts = org.krait.runtime.interpreter.ThreadState.current();
            org.krait.runtime.interpreter.PyFrame f = ts == null ? null : ts.frame();
            long depth = a.length > 0 ? SysFunctions.cInt(a[0]) : 0;
            for (long i = 0; i < depth && f != null; i++) {
                f = f.back();
            }
            if (f == null) {
                throw PythonException.valueError("call stack is not deep enough");
            }
            return PyObject.newRef(f);
        });
        define(d, "intern", ArgSpec.ONE, (s, a, kw) -> {
            if (a[0].getClass() != PyStr.class) {
                throw PythonException.typeError(a[0] instanceof PyStr ? "can't intern " + a[0].type().name()
                        : "intern() argument must be str, not " + a[0].type().name());
            }
            return PyStr.intern((PyStr) a[0]);
        });
        define(d, "get_int_max_str_digits", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(PyInt.maxStrDigits()));
        define(d, "set_int_max_str_digits", ArgSpec.keywords(1, "maxdigits"), (s, a, kw) -> {
            long n = SysFunctions.cInt(a[0]);
            if (n != 0 && n < 640) {
                throw PythonException.valueError("maxdigits must be 0 or larger than 640");
            }
            org.krait.runtime.objects.World.current().setMaxStrDigits((int) n);
            return PyNoneType.NONE;
        });
        define(d, "getdefaultencoding", ArgSpec.NOARGS, (s, a, kw) -> PyStr.of("utf-8"));
        d.setItem("getsizeof", new PyBuiltinFunctionOrMethod("getsizeof",
                org.krait.runtime.types.ArgSpec.keywords(1, "object", "default"), SizeOf::getsizeof));
        // The argument's reference on the caller's stack is counted, as in CPython.
        define(d, "getrefcount", ArgSpec.ONE, (s, a, kw) -> PyInt.of(a[0].isImmortal() ? 4294967295L : a[0].refcnt()));
        define(d, "exit", ArgSpec.positional(0, 1), (s, a, kw) -> {
            throw new PythonException(a.length == 0 || a[0] == PyNoneType.NONE ? PyBaseException.create(ExceptionTypes.SYSTEM_EXIT)
                    : PyBaseException.create(ExceptionTypes.SYSTEM_EXIT, a[0]));
        });
        SysFunctions.install(d, interp);
        SysHooks.install(d, interp);
        SysInfo.fillInstallation(d, interp);
        SysCommandLine.install(d, interp.config());
        DisplayHook.install(d, interp);
        BreakpointHook.install(d, interp);
        m.adoptFunctions();
        d.decref();
        return m;
    }

    /** Keys looked up on every print(), made once (a str caches its hash). */
    private static final PyStr SYS = PyStr.of("sys").immortal();
    private static final PyStr STDOUT = PyStr.of("stdout").immortal();

    /**
     * What {@code sys.<name>} ("stdin", "stdout", "stderr") is now (a program may replace it, or set
     * it to None), borrowed; the interpreter's own stream while {@code sys} is not imported.
     * RuntimeError {@code lost sys.stdout} when a program deleted it.
     */
    static PyObject currentStream(Interpreter interp, String name) {
        PyDict d = interp.sysDict();
        if (d == null) {
            // sys is made on first use; until then the streams are the interpreter's own.
            StdStreams s = StdStreams.of(interp);
            return name.equals("stdin") ? s.stdin() : name.equals("stdout") ? s.stdout() : s.stderr();
        }
        PyObject o = name.equals("stdout") ? d.getItem(STDOUT) : d.getItem(name);
        if (o == null) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "lost sys." + name);
        }
        return o;
    }

}
