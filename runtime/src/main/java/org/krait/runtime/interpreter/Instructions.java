package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.imports.ImportSystem;
import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyGenerator;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyMethodDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/** Instruction bodies too long to sit in the dispatch loop. Stack pictures head each one. */
final class Instructions {

    private Instructions() {
    }

    /** Pops and releases the top {@code n} items. */
    static void popN(PyFrame f, int n) {
        for (int i = 0; i < n; i++) {
            PyObject o = f.slots[--f.sp];
            f.slots[f.sp] = null;
            PyObject.xdecref(o);
        }
    }

    static PythonException unboundLocal(PyFrame f, int i) {
        return PythonException.of(ExceptionTypes.UNBOUND_LOCAL_ERROR, "cannot access local variable '"
                + f.code.localsplusnames[i] + "' where it is not associated with a value");
    }

    static PyObject unary(Opcode op, PyObject v) {
        switch (op) {
            case UNARY_POSITIVE: return NumberOps.positive(v);
            case UNARY_NEGATIVE: return NumberOps.negative(v);
            case UNARY_INVERT: return NumberOps.invert(v);
            default: return PyBool.of(!ObjectOps.isTrue(v));
        }
    }

    // LOAD_METHOD (owner -- method, owner) or (owner -- NULL, attribute)
    static void loadMethod(PyFrame f, int pc, PyStr name) {
        PyObject owner = f.slots[f.sp - 1];
        PyObject method = AttrCache.method(f, pc, owner, name);
        if (method == null && (owner instanceof PyTuple || owner instanceof PyStr)) {
            // their own __getattribute__ only adds attributes: methods are still the type's
            PyObject descr = owner.type().lookup(name.toString());
            if (descr instanceof PyMethodDescr && !(owner instanceof DictOwner && ((DictOwner) owner).dict() != null
                    && ((DictOwner) owner).dict().getItem(name) != null)) {
                method = descr;
            }
        }
        if (method != null) {
            f.slots[f.sp - 1] = PyObject.newRef(method);
            f.slots[f.sp++] = owner;
            return;
        }
        PyObject attr = ObjectOps.getAttr(owner, name);
        f.slots[f.sp - 1] = null;
        f.slots[f.sp++] = attr;
        owner.decref();
    }

    /**
     * CALL (NULL|method, callable|self, args... -- result). A call of a Python function whose body
     * is not a generator's returns the callee's frame, bound and pushed on the thread's stack,
     * for the loop to run in place (CPython 3.11 does not recurse in C either); the loop pushes
     * the result when that frame returns. Any other call completes here, pushes its result and
     * returns null.
     */
    static PyFrame call(PyFrame f, ThreadState ts, int n) {
        PyObject[] s = f.slots;
        int base = f.sp - n - 2;
        boolean isMethod = s[base] != null;
        PyObject callable = isMethod ? s[base] : s[base + 1];
        int first = isMethod ? base + 1 : base + 2;
        int nargs = isMethod ? n + 1 : n;
        String[] kw = f.kwnames;
        f.kwnames = null;
        if (callable.getClass() == PyFunction.class && kw == null) {
            PyFrame nf = exactArgsFrame((PyFunction) callable, nargs);
            if (nf != null) {
                // Exactly the positional parameters (CPython's CALL_PY_EXACT_ARGS): the new
                // frame takes the arguments over from this stack, so counts inside the callee
                // are CPython's.
                PyObject[] ns = nf.slots;
                for (int i = 0; i < nargs; i++) {
                    ns[i] = s[first + i];
                }
                for (int i = base; i < f.sp; i++) {
                    s[i] = null;
                }
                f.sp = base;
                callable.decref();
                return enter(f, ts, nf);
            }
        }
        PyObject[] args = new PyObject[nargs];
        for (int i = 0; i < nargs; i++) {
            args[i] = s[first + i];
        }
        if (callable instanceof PyFunction && ((PyFunction) callable).code().body() == PyCode.defaultBody()) {
            PyFrame nf = EvalLoop.prepareFrame((PyFunction) callable, args, kw);
            popN(f, n + 2);
            return enter(f, ts, nf);
        }
        PyObject result = CallOps.call(callable, args, kw);
        popN(f, n + 2);
        s[f.sp++] = result;
        return null;
    }

    /**
     * A new frame for {@code fn} when it takes exactly {@code nargs} positional arguments and
     * nothing else, and runs in the interpreter; null otherwise. The caller fills the argument slots.
     */
    static PyFrame exactArgsFrame(PyFunction fn, int nargs) {
        PyCode co = fn.code();
        if (co.argcount == nargs && co.kwonlyargcount == 0 && (co.flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0
                && co.body() == PyCode.defaultBody()) {
            return new PyFrame(co, fn, fn.globals(), fn.builtins(), null);
        }
        return null;
    }

    /**
     * LOAD_ATTR of a property whose getter is a plain Python function (CPython 3.12's
     * {@code LOAD_ATTR_PROPERTY}): the getter's frame, with the owner moved from the stack into
     * its first argument, for the loop to run in place; its return value then lands where the
     * owner was. Null when the attribute must be loaded otherwise.
     */
    static PyFrame propertyGetter(PyFrame f, ThreadState ts, PyFunction getter) {
        if (getter.code().makesGenerator()) {
            return null;
        }
        PyFrame nf = exactArgsFrame(getter, 1);
        if (nf == null) {
            return null;
        }
        nf.slots[0] = f.slots[--f.sp];
        f.slots[f.sp] = null;
        return enter(f, ts, nf);
    }

    /** The callee frame for the loop to run in place, pushed on the thread; a generator function's call completes here. */
    private static PyFrame enter(PyFrame f, ThreadState ts, PyFrame callee) {
        if (callee.code.makesGenerator()) {
            f.slots[f.sp++] = EvalLoop.runFrame(ts, callee);
            return null;
        }
        try {
            ts.push(callee);
        } catch (PythonException e) {
            callee.clear();
            throw e;
        }
        return callee;
    }

    // CALL_FUNCTION_EX (NULL, callable, args[, kwargs] -- result)
    static void callFunctionEx(PyFrame f, int flags) {
        PyObject[] s = f.slots;
        PyObject kwargs = (flags & 1) != 0 ? s[f.sp - 1] : null;
        int top = f.sp - ((flags & 1) != 0 ? 1 : 0);
        PyObject argsObj = s[top - 1];
        PyObject callable = s[top - 2];
        if (!(argsObj instanceof PyTuple) && !argsObj.type().has(Slot.ITER) && !argsObj.type().has(Slot.GETITEM)) {
            throw PythonException.typeError(Builders.functionName(callable) + " argument after * must be an iterable, not "
                    + argsObj.type().name());
        }
        // A tuple's items are borrowed from it (it stays on the stack); another iterable's are owned here.
        boolean owned = !(argsObj instanceof PyTuple);
        PyObject[] pos = owned ? IterOps.toArray(argsObj) : ((PyTuple) argsObj).toArray();
        PyObject result;
        try {
            result = callEx(callable, pos, kwargs);
        } finally {
            if (owned) {
                for (PyObject o : pos) {
                    o.decref();
                }
            }
        }
        popN(f, (flags & 1) != 0 ? 4 : 3);
        s[f.sp++] = result;
    }

    /** The call of {@link #callFunctionEx}: the positional arguments, then the mapping's as keywords. */
    private static PyObject callEx(PyObject callable, PyObject[] pos, PyObject kwargs) {
        String[] names = null;
        PyObject[] all = pos;
        if (kwargs != null) {
            PyDict d = (PyDict) kwargs;
            names = new String[d.size()];
            all = java.util.Arrays.copyOf(pos, pos.length + d.size());
            int k = 0;
            for (int i = 0; i < d.entryBound(); i++) {
                PyObject key = d.keyAt(i);
                if (key != null) {
                    if (!(key instanceof PyStr)) {
                        throw PythonException.typeError("keywords must be strings");
                    }
                    names[k] = key.toString();
                    all[pos.length + k] = d.valueAt(i);
                    k++;
                }
            }
        }
        return CallOps.call(callable, all, names);
    }

    // MAKE_FUNCTION ([defaults, kwdefaults, annotations, closure,] code -- function)
    static void makeFunction(PyFrame f, int flags) {
        PyObject[] s = f.slots;
        PyCode code = (PyCode) s[--f.sp];
        s[f.sp] = null;
        PyFunction fn = new PyFunction(code, f.globals, f.builtins);
        code.decref();
        if ((flags & 0x08) != 0) {
            fn.setClosure((PyTuple) s[--f.sp]);
            s[f.sp] = null;
        }
        if ((flags & 0x04) != 0) {
            PyTuple ann = (PyTuple) s[--f.sp];
            s[f.sp] = null;
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < ann.size(); i += 2) {
                d.setItem(ann.getItem(i), ann.getItem(i + 1));
            }
            fn.dict().setItem("__annotations__", d);
            d.decref();
            ann.decref();
        }
        if ((flags & 0x02) != 0) {
            fn.setKwdefaults((PyDict) s[--f.sp]);
            s[f.sp] = null;
        }
        if ((flags & 0x01) != 0) {
            fn.setDefaults((PyTuple) s[--f.sp]);
            s[f.sp] = null;
        }
        s[f.sp++] = fn;
    }

    // RAISE_VARARGS ([exc[, cause]] -- )
    static PythonException raise(PyFrame f, ThreadState ts, int n) {
        PyObject[] s = f.slots;
        if (n == 0) {
            PyBaseException handled = ts.handled();
            if (handled == null) {
                return PythonException.of(ExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
            }
            f.reraising = true;
            return new PythonException(PyObject.newRef(handled)).reraised();
        }
        PyObject cause = n == 2 ? s[--f.sp] : null;
        PyObject excObj = s[--f.sp];
        s[f.sp] = null;
        s[f.sp + 1] = null;
        PyBaseException exc = toException(excObj);
        if (n == 2) {
            if (cause == PyNoneType.NONE) {
                exc.setCause(null);
            } else {
                if (!(cause instanceof PyBaseException) && !(cause instanceof PyType
                        && ((PyType) cause).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION))) {
                    throw PythonException.typeError("exception causes must derive from BaseException");
                }
                PyBaseException c = toException(cause);
                exc.setCause(c);
                c.decref();
            }
            cause.decref();
        }
        excObj.decref();
        return new PythonException(exc);
    }

    /** An exception instance from a raised class or instance (new reference). */
    private static PyBaseException toException(PyObject o) {
        if (o instanceof PyType && ((PyType) o).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            PyObject e = CallOps.call(o);
            if (!(e instanceof PyBaseException)) {
                throw PythonException.typeError("calling " + ObjectOps.repr(o) + " should have returned an instance of "
                        + "BaseException, not " + e.type().name());
            }
            return (PyBaseException) e;
        }
        if (o instanceof PyBaseException) {
            return PyObject.newRef((PyBaseException) o);
        }
        throw PythonException.typeError("exceptions must derive from BaseException");
    }

    /** Whether exception {@code exc} matches {@code type} (a class or a tuple of classes). */
    static boolean exceptionMatches(PyObject exc, PyObject type) {
        if (type instanceof PyTuple) {
            PyTuple t = (PyTuple) type;
            for (int i = 0; i < t.size(); i++) {
                if (exceptionMatches(exc, t.getItem(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyType) || !((PyType) type).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw PythonException.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf((PyType) type);
    }

    /** The special method {@code name} of {@code o}'s type bound to {@code o}, or null. */
    private static PyObject special(PyObject o, String name) {
        PyObject d = o.type().lookup(name);
        if (d == null) {
            return null;
        }
        Signature.Ternary get = d.type().ternary(Slot.GET);
        return get == null ? PyObject.newRef(d) : get.apply(d, o, o.type());
    }

    // BEFORE_WITH (manager -- exit, enter_result)
    static void beforeWith(PyFrame f) {
        PyObject mgr = f.slots[f.sp - 1];
        PyObject enter = special(mgr, "__enter__");
        if (enter == null) {
            throw PythonException.typeError("'" + mgr.type().name() + "' object does not support the context manager protocol");
        }
        PyObject exit = special(mgr, "__exit__");
        if (exit == null) {
            enter.decref();
            throw PythonException.typeError("'" + mgr.type().name()
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        f.slots[f.sp - 1] = exit;
        mgr.decref();
        PyObject res;
        try {
            res = CallOps.call(enter);
        } finally {
            enter.decref();
        }
        f.slots[f.sp++] = res;
    }

    // WITH_EXCEPT_START (exit, lasti, previous, exc -- exit, lasti, previous, exc, result)
    static void withExceptStart(PyFrame f) {
        PyObject exit = f.slots[f.sp - 4];
        PyBaseException exc = (PyBaseException) f.slots[f.sp - 1];
        PyObject tb = exc.traceback() == null ? PyNoneType.NONE : exc.traceback();
        f.slots[f.sp++] = CallOps.call(exit, exc.type(), exc, tb);
    }

    private static final PyStr IMPORT = PyStr.of("__import__").immortal();

    // IMPORT_NAME (level, fromlist -- module): __import__(name, globals, locals, fromlist, level)
    static void importName(PyFrame f, ThreadState ts, int arg) {
        PyStr name = f.decoded.names[arg];
        PyObject fromlist = f.slots[f.sp - 1];
        PyObject level = f.slots[f.sp - 2];
        PyObject importFunc = f.builtins.getItem(IMPORT);
        if (importFunc == null) {
            throw PythonException.of(ExceptionTypes.IMPORT_ERROR, "__import__ not found");
        }
        PyObject m;
        ImportSystem imports = ts.interpreter.imports();
        if (imports.isBuiltinImport(importFunc)) {
            m = imports.importModuleLevel(name, f.globals, fromlist, ((PyInt) level).intValue());
        } else {
            PyObject locals = f.locals == null ? PyNoneType.NONE : f.locals;
            m = CallOps.call(importFunc, name, f.globals, locals, fromlist, level);
        }
        popN(f, 2);
        f.slots[f.sp++] = m;
    }

    // IMPORT_FROM (module -- module, attribute)
    static PyObject importFrom(ThreadState ts, PyObject module, PyStr name) {
        return ts.interpreter.imports().importFrom(module, name);
    }

    // IMPORT_STAR (module -- ): binds the module's public names in the locals
    static void importStar(PyFrame f) {
        PyObject module = f.slots[--f.sp];
        f.slots[f.sp] = null;
        try {
            if (f.locals == null) {
                throw PythonException.of(ExceptionTypes.SYSTEM_ERROR, "no locals found during 'import *'");
            }
            ImportSystem.importStar(module, f.locals);
        } finally {
            module.decref();
        }
    }

    // SEND (receiver, value -- receiver, result) or (receiver, value -- value) jumping when it returns
    static void send(PyFrame f, int target) {
        PyObject[] s = f.slots;
        PyObject v = s[--f.sp];
        s[f.sp] = null;
        PyObject receiver = s[f.sp - 1];
        PyObject result;
        boolean done;
        if (receiver instanceof PyGenerator) {
            PyGenerator g = (PyGenerator) receiver;
            try {
                result = g.send(v);
                done = false;
            } catch (PythonException e) {
                if (!e.matches(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                result = PyObject.newRef(e.exception().stopValue());
                done = true;
            }
        } else if (v == PyNoneType.NONE) {
            // __next__ directly: the value of a StopIteration ending the delegate is the result.
            org.krait.runtime.types.Signature.Unary next = receiver.type().unary(org.krait.runtime.types.Slot.NEXT);
            if (next == null) {
                throw PythonException.typeError("'" + receiver.type().name() + "' object is not an iterator");
            }
            try {
                result = next.apply(receiver);
                done = result == null;
                if (done) {
                    result = PyNoneType.NONE;
                }
            } catch (PythonException e) {
                if (!e.matches(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                result = PyObject.newRef(e.exception().stopValue());
                done = true;
            }
        } else {
            // A value sent into a delegate that is not a generator goes to its send method.
            PyObject send = ObjectOps.getAttr(receiver, "send");
            try {
                result = org.krait.runtime.ops.CallOps.call(send, v);
                done = false;
            } catch (PythonException e) {
                if (!e.matches(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                result = PyObject.newRef(e.exception().stopValue());
                done = true;
            } finally {
                send.decref();
            }
        }
        v.decref();
        if (done) {
            s[f.sp - 1] = result;
            receiver.decref();
            f.pc = target;
        } else {
            s[f.sp++] = result;
        }
    }
}
