package org.krait.runtime.modules;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.interpreter.TracebackPrinter;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyStructSequence;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;

/**
 * {@code _thread._excepthook} and {@code _thread._ExceptHookArgs}: the default
 * {@code threading.excepthook}, which prints "Exception in thread NAME:" and the traceback to
 * {@code sys.stderr} (or the thread's {@code _stderr} when that is None) and ignores SystemExit.
 * CPython: Modules/_threadmodule.c, {@code thread_excepthook}.
 */
final class ThreadExceptHook {

    static final PyStructSequence.Spec ARGS = PyStructSequence.newType("_thread._ExceptHookArgs",
            new String[] {"exc_type", "exc_value", "exc_traceback", "thread"}, 4, true);

    private ThreadExceptHook() {
    }

    static void install(PyDict d) {
        d.setItem("_ExceptHookArgs", ARGS.type());
        define(d, "_excepthook", ArgSpec.ONE, (s, a, kw) -> excepthook(a[0]));
    }

    private static PyObject excepthook(PyObject arg) {
        if (arg.type() != ARGS.type()) {
            throw PythonException.typeError("_thread.excepthook argument type must be ExceptHookArgs");
        }
        PyStructSequence args = (PyStructSequence) arg;
        PyObject type = args.getItem(0);
        if (type == ExceptionTypes.SYSTEM_EXIT) {
            return PyNoneType.NONE;
        }
        PyObject value = args.getItem(1);
        PyObject thread = args.getItem(3);
        PyObject file = stderr();
        if (file == null || file == PyNoneType.NONE) {
            if (thread == PyNoneType.NONE) {
                return PyNoneType.NONE;
            }
            file = ObjectOps.getAttr(thread, "_stderr");
            if (file == PyNoneType.NONE) {
                file.decref();
                return PyNoneType.NONE;
            }
        } else {
            file.incref();
        }
        try {
            StringBuilder text = new StringBuilder("Exception in thread ");
            PyObject name = thread == PyNoneType.NONE ? null : ObjectOps.lookupAttr(thread, PyStr.of("name"));
            if (name != null) {
                PyStr str = ObjectOps.str(name);
                text.append(str);
                str.decref();
                name.decref();
            } else {
                text.append(Long.toUnsignedString(ThreadModule.ident()));
            }
            text.append(":\n");
            if (value instanceof PyBaseException) {
                text.append(TracebackPrinter.format((PyBaseException) value));
            } else {
                PyStr str = ObjectOps.str(type);
                text.append(str).append('\n');
                str.decref();
            }
            PyStr out = PyStr.of(text.toString());
            try {
                CallOps.callMethod(file, "write", out).decref();
            } finally {
                out.decref();
            }
            CallOps.callMethod(file, "flush").decref();
        } finally {
            file.decref();
        }
        return PyNoneType.NONE;
    }

    /** {@code sys.stderr} (borrowed), or null. */
    private static PyObject stderr() {
        org.krait.runtime.interpreter.ThreadState ts = org.krait.runtime.interpreter.ThreadState.current();
        PyModule sys = ts == null ? null : ts.interpreter().loadedModule("sys");
        return sys == null ? null : sys.dict().getItem("stderr");
    }
}
