package org.krait.runtime.interpreter;

import org.krait.runtime.bytecode.ExceptionTable;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFunction;
import org.krait.runtime.objects.PyGenerator;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PyTraceback;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;

/**
 * The bytecode interpreter (CPython: Python/ceval.c). A small loop dispatching on the opcode;
 * instruction bodies of more than a few lines live in {@link Instructions}. Each case is
 * headed by its stack picture. Values on the stack are owned references.
 */
final class EvalLoop {

    private static final Opcode[] OPS = Opcode.values();

    private EvalLoop() {
    }

    /** Runs {@code f} until it returns, yields or raises; pushes and pops it on the thread's stack. */
    static PyObject run(PyFrame f, ThreadState ts) {
        ts.push(f);
        try {
            return loop(f, ts);
        } finally {
            ts.pop(f);
        }
    }

    private static PyObject loop(PyFrame f, ThreadState ts) {
        final int[] words = f.decoded.words;
        final PyObject[] s = f.slots;
        while (true) {
            try {
                while (true) {
                    int w = words[f.pc++];
                    int arg = w >>> 8;
                    switch (OPS[w & 0xff]) {
                        case NOP:
                        case RESUME:
                        case PRECALL:
                        case EXTENDED_ARG:
                            break;
                        // POP_TOP (value -- )
                        case POP_TOP:
                            PyObject.xdecref(s[--f.sp]);
                            s[f.sp] = null;
                            break;
                        // PUSH_NULL ( -- NULL)
                        case PUSH_NULL:
                            s[f.sp++] = null;
                            break;
                        // COPY (item_n ... -- item_n ... item_n)
                        case COPY:
                            s[f.sp] = PyObject.newRef(s[f.sp - arg]);
                            f.sp++;
                            break;
                        // SWAP (item_n ... item_1 -- item_1 ... item_n)
                        case SWAP: {
                            PyObject t = s[f.sp - 1];
                            s[f.sp - 1] = s[f.sp - arg];
                            s[f.sp - arg] = t;
                            break;
                        }
                        // LOAD_CONST ( -- value)
                        case LOAD_CONST:
                            s[f.sp++] = PyObject.newRef(f.code.consts[arg]);
                            break;
                        // LOAD_FAST ( -- value)
                        case LOAD_FAST: {
                            PyObject v = s[arg];
                            if (v == null) {
                                throw Instructions.unboundLocal(f, arg);
                            }
                            v.incref();
                            s[f.sp++] = v;
                            break;
                        }
                        // STORE_FAST (value -- )
                        case STORE_FAST: {
                            PyObject old = s[arg];
                            s[arg] = s[--f.sp];
                            s[f.sp] = null;
                            PyObject.xdecref(old);
                            break;
                        }
                        // DELETE_FAST ( -- )
                        case DELETE_FAST: {
                            PyObject old = s[arg];
                            if (old == null) {
                                throw Instructions.unboundLocal(f, arg);
                            }
                            s[arg] = null;
                            old.decref();
                            break;
                        }
                        case LOAD_DEREF:
                        case LOAD_CLASSDEREF:
                        case STORE_DEREF:
                        case DELETE_DEREF:
                        case LOAD_CLOSURE:
                        case MAKE_CELL:
                        case COPY_FREE_VARS:
                            Cells.execute(f, OPS[w & 0xff], arg);
                            break;
                        case LOAD_GLOBAL:
                        case STORE_GLOBAL:
                        case DELETE_GLOBAL:
                        case LOAD_NAME:
                        case STORE_NAME:
                        case DELETE_NAME:
                            Names.execute(f, OPS[w & 0xff], arg);
                            break;
                        // UNARY_* (value -- result)
                        case UNARY_POSITIVE:
                        case UNARY_NEGATIVE:
                        case UNARY_INVERT:
                        case UNARY_NOT: {
                            PyObject v = s[f.sp - 1];
                            PyObject r = Instructions.unary(OPS[w & 0xff], v);
                            s[f.sp - 1] = r;
                            v.decref();
                            break;
                        }
                        // BINARY_OP (left, right -- result)
                        case BINARY_OP: {
                            PyObject r = s[--f.sp];
                            PyObject l = s[f.sp - 1];
                            PyObject res = arg >= NumberOps.INPLACE_OFFSET
                                    ? NumberOps.inplace(NumberOps.Op.of(arg - NumberOps.INPLACE_OFFSET), l, r)
                                    : NumberOps.binary(NumberOps.Op.of(arg), l, r);
                            s[f.sp] = null;
                            s[f.sp - 1] = res;
                            l.decref();
                            r.decref();
                            break;
                        }
                        // BINARY_SUBSCR (container, key -- container[key])
                        case BINARY_SUBSCR: {
                            PyObject k = s[f.sp - 1];
                            PyObject c = s[f.sp - 2];
                            PyObject res = SequenceOps.getItem(c, k);
                            s[--f.sp] = null;
                            s[f.sp - 1] = res;
                            c.decref();
                            k.decref();
                            break;
                        }
                        // STORE_SUBSCR (value, container, key -- )
                        case STORE_SUBSCR:
                            SequenceOps.setItem(s[f.sp - 2], s[f.sp - 1], s[f.sp - 3]);
                            Instructions.popN(f, 3);
                            break;
                        // DELETE_SUBSCR (container, key -- )
                        case DELETE_SUBSCR:
                            SequenceOps.delItem(s[f.sp - 2], s[f.sp - 1]);
                            Instructions.popN(f, 2);
                            break;
                        // COMPARE_OP (left, right -- result)
                        case COMPARE_OP: {
                            PyObject r = s[f.sp - 1];
                            PyObject l = s[f.sp - 2];
                            PyObject res = ObjectOps.richCompare(l, r, arg);
                            Instructions.popN(f, 2);
                            s[f.sp++] = res;
                            break;
                        }
                        // IS_OP (left, right -- bool)
                        case IS_OP: {
                            boolean b = (s[f.sp - 2] == s[f.sp - 1]) ^ (arg == 1);
                            Instructions.popN(f, 2);
                            s[f.sp++] = PyBool.of(b);
                            break;
                        }
                        // CONTAINS_OP (item, container -- bool)
                        case CONTAINS_OP: {
                            boolean b = SequenceOps.contains(s[f.sp - 1], s[f.sp - 2]) ^ (arg == 1);
                            Instructions.popN(f, 2);
                            s[f.sp++] = PyBool.of(b);
                            break;
                        }
                        // GET_ITER (iterable -- iterator)
                        case GET_ITER: {
                            PyObject v = s[f.sp - 1];
                            s[f.sp - 1] = IterOps.iter(v);
                            v.decref();
                            break;
                        }
                        // FOR_ITER (iterator -- iterator, next) or (iterator -- ) jumping at the end
                        case FOR_ITER: {
                            PyObject next = IterOps.next(s[f.sp - 1]);
                            if (next == null) {
                                PyObject it = s[--f.sp];
                                s[f.sp] = null;
                                it.decref();
                                f.pc = arg;
                            } else {
                                s[f.sp++] = next;
                            }
                            break;
                        }
                        // RETURN_VALUE (value -- )
                        case RETURN_VALUE: {
                            PyObject v = s[--f.sp];
                            s[f.sp] = null;
                            return v;
                        }
                        // JUMP_BACKWARD ( -- ): the eval breaker's place; for now it only sees interrupts
                        case JUMP_BACKWARD:
                            if (Thread.currentThread().isInterrupted()) {
                                throw new PythonException(PyBaseException.create(ExceptionTypes.KEYBOARD_INTERRUPT));
                            }
                            f.pc = arg;
                            break;
                        // JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT ( -- )
                        case JUMP_FORWARD:
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            f.pc = arg;
                            break;
                        // POP_JUMP_*_IF_FALSE/TRUE (cond -- )
                        case POP_JUMP_FORWARD_IF_FALSE:
                        case POP_JUMP_BACKWARD_IF_FALSE:
                        case POP_JUMP_FORWARD_IF_TRUE:
                        case POP_JUMP_BACKWARD_IF_TRUE: {
                            PyObject v = s[--f.sp];
                            s[f.sp] = null;
                            boolean t = v == PyBool.TRUE || (v != PyBool.FALSE && ObjectOps.isTrue(v));
                            v.decref();
                            Opcode op = OPS[w & 0xff];
                            boolean jumpOn = op == Opcode.POP_JUMP_FORWARD_IF_TRUE || op == Opcode.POP_JUMP_BACKWARD_IF_TRUE;
                            if (t == jumpOn) {
                                f.pc = arg;
                            }
                            break;
                        }
                        // POP_JUMP_*_IF_NONE/NOT_NONE (value -- )
                        case POP_JUMP_FORWARD_IF_NONE:
                        case POP_JUMP_BACKWARD_IF_NONE:
                        case POP_JUMP_FORWARD_IF_NOT_NONE:
                        case POP_JUMP_BACKWARD_IF_NOT_NONE: {
                            PyObject v = s[--f.sp];
                            s[f.sp] = null;
                            Opcode op = OPS[w & 0xff];
                            boolean jumpOnNone = op == Opcode.POP_JUMP_FORWARD_IF_NONE || op == Opcode.POP_JUMP_BACKWARD_IF_NONE;
                            if ((v == PyNoneType.NONE) == jumpOnNone) {
                                f.pc = arg;
                            }
                            v.decref();
                            break;
                        }
                        // JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP (cond -- cond?)
                        case JUMP_IF_FALSE_OR_POP:
                        case JUMP_IF_TRUE_OR_POP: {
                            PyObject v = s[f.sp - 1];
                            boolean t = ObjectOps.isTrue(v);
                            if (t == (OPS[w & 0xff] == Opcode.JUMP_IF_TRUE_OR_POP)) {
                                f.pc = arg;
                            } else {
                                s[--f.sp] = null;
                                v.decref();
                            }
                            break;
                        }
                        // LOAD_ATTR (owner -- value)
                        case LOAD_ATTR: {
                            PyObject o = s[f.sp - 1];
                            s[f.sp - 1] = ObjectOps.getAttr(o, f.decoded.names[arg]);
                            o.decref();
                            break;
                        }
                        // STORE_ATTR (value, owner -- )
                        case STORE_ATTR:
                            ObjectOps.setAttr(s[f.sp - 1], f.decoded.names[arg], s[f.sp - 2]);
                            Instructions.popN(f, 2);
                            break;
                        // DELETE_ATTR (owner -- )
                        case DELETE_ATTR:
                            ObjectOps.delAttr(s[f.sp - 1], f.decoded.names[arg]);
                            Instructions.popN(f, 1);
                            break;
                        case LOAD_METHOD:
                            Instructions.loadMethod(f, f.decoded.names[arg]);
                            break;
                        // KW_NAMES ( -- )
                        case KW_NAMES:
                            f.kwnames = f.decoded.kwnames[arg];
                            break;
                        case CALL:
                            Instructions.call(f, arg);
                            break;
                        case CALL_FUNCTION_EX:
                            Instructions.callFunctionEx(f, arg);
                            break;
                        case MAKE_FUNCTION:
                            Instructions.makeFunction(f, arg);
                            break;
                        case BUILD_TUPLE:
                        case BUILD_LIST:
                        case BUILD_SET:
                        case BUILD_MAP:
                        case BUILD_CONST_KEY_MAP:
                        case BUILD_STRING:
                        case BUILD_SLICE:
                        case LIST_APPEND:
                        case SET_ADD:
                        case MAP_ADD:
                        case LIST_EXTEND:
                        case SET_UPDATE:
                        case DICT_UPDATE:
                        case DICT_MERGE:
                        case LIST_TO_TUPLE:
                        case UNPACK_SEQUENCE:
                        case UNPACK_EX:
                        case FORMAT_VALUE:
                            Builders.execute(f, OPS[w & 0xff], arg);
                            break;
                        // RAISE_VARARGS ([exc[, cause]] -- )
                        case RAISE_VARARGS:
                            throw Instructions.raise(f, ts, arg);
                        // RERAISE (exc -- )
                        case RERAISE: {
                            PyBaseException e = (PyBaseException) s[--f.sp];
                            s[f.sp] = null;
                            f.reraising = true;
                            throw new PythonException(e);
                        }
                        // PUSH_EXC_INFO (exc -- previous, exc)
                        case PUSH_EXC_INFO: {
                            PyObject exc = s[f.sp - 1];
                            PyObject prev = ts.handled == null ? PyNoneType.NONE : ts.handled;
                            prev.incref();
                            s[f.sp - 1] = prev;
                            s[f.sp++] = exc;
                            ts.handled = (PyBaseException) exc;
                            break;
                        }
                        // POP_EXCEPT (previous -- )
                        case POP_EXCEPT: {
                            PyObject prev = s[--f.sp];
                            s[f.sp] = null;
                            ts.handled = prev == PyNoneType.NONE ? null : (PyBaseException) prev;
                            break;
                        }
                        // CHECK_EXC_MATCH (exc, type -- exc, bool)
                        case CHECK_EXC_MATCH: {
                            PyObject t = s[f.sp - 1];
                            boolean m = Instructions.exceptionMatches(s[f.sp - 2], t);
                            s[f.sp - 1] = PyBool.of(m);
                            t.decref();
                            break;
                        }
                        case BEFORE_WITH:
                            Instructions.beforeWith(f);
                            break;
                        case WITH_EXCEPT_START:
                            Instructions.withExceptStart(f);
                            break;
                        // LOAD_ASSERTION_ERROR ( -- AssertionError)
                        case LOAD_ASSERTION_ERROR:
                            s[f.sp++] = ExceptionTypes.ASSERTION_ERROR;
                            break;
                        // LOAD_BUILD_CLASS ( -- __build_class__)
                        case LOAD_BUILD_CLASS: {
                            PyObject bc = f.builtins.getItem("__build_class__");
                            if (bc == null) {
                                throw PythonException.nameError("__build_class__ not found");
                            }
                            s[f.sp++] = PyObject.newRef(bc);
                            break;
                        }
                        case IMPORT_NAME:
                            Instructions.importName(f, ts, arg);
                            break;
                        // IMPORT_FROM (module -- module, attribute)
                        case IMPORT_FROM:
                            s[f.sp] = Instructions.importFrom(s[f.sp - 1], f.decoded.names[arg]);
                            f.sp++;
                            break;
                        // RETURN_GENERATOR ( -- ): the frame becomes a generator's
                        case RETURN_GENERATOR:
                            return GeneratorFrame.start(f, ts);
                        // YIELD_VALUE (value -- ): suspends; the sent value is pushed on resumption
                        case YIELD_VALUE: {
                            PyObject v = s[--f.sp];
                            s[f.sp] = null;
                            f.yielded = true;
                            return v;
                        }
                        // GET_YIELD_FROM_ITER (iterable -- iterator)
                        case GET_YIELD_FROM_ITER: {
                            PyObject v = s[f.sp - 1];
                            if (!(v instanceof PyGenerator)) {
                                s[f.sp - 1] = IterOps.iter(v);
                                v.decref();
                            }
                            break;
                        }
                        case SEND:
                            Instructions.send(f, arg);
                            break;
                        case CHECK_EG_MATCH:
                        case PREP_RERAISE_STAR:
                            StarHandlers.execute(f, ts, OPS[w & 0xff]);
                            break;
                        case GET_AWAITABLE:
                        case GET_AITER:
                        case GET_ANEXT:
                        case END_ASYNC_FOR:
                        case ASYNC_GEN_WRAP:
                        case BEFORE_ASYNC_WITH:
                            Coroutines.execute(f, OPS[w & 0xff], arg);
                            break;
                        // PRINT_EXPR (value -- ): repr to sys.stdout unless None; builtins._ = value
                        case PRINT_EXPR: {
                            PyObject v = s[--f.sp];
                            s[f.sp] = null;
                            if (v != PyNoneType.NONE) {
                                f.builtins.setItem("_", v);
                                PyObject print = f.builtins.getItem("print");
                                org.krait.runtime.ops.CallOps.call(print, org.krait.runtime.ops.ObjectOps.repr(v)).decref();
                            }
                            v.decref();
                            break;
                        }
                        // SETUP_ANNOTATIONS ( -- )
                        case SETUP_ANNOTATIONS: {
                            PyDict ns = f.locals != null ? f.locals : f.globals;
                            if (ns.getItem("__annotations__") == null) {
                                PyDict ann = new PyDict();
                                ns.setItem("__annotations__", ann);
                                ann.decref();
                            }
                            break;
                        }
                        case GET_LEN:
                        case MATCH_MAPPING:
                        case MATCH_SEQUENCE:
                        case MATCH_KEYS:
                        case MATCH_CLASS:
                        case COPY_DICT_WITHOUT_KEYS:
                            Matching.execute(f, OPS[w & 0xff], arg);
                            break;
                        default:
                            throw new IllegalStateException("opcode " + OPS[w & 0xff] + " not implemented");
                    }
                }
            } catch (PythonException e) {
                if (!unwind(f, ts, e)) {
                    throw e;
                }
            } catch (StackOverflowError e) {
                PythonException re = PythonException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
                if (!unwind(f, ts, re)) {
                    throw re;
                }
            } catch (OutOfMemoryError e) {
                // An allocation the program asked for failed; what it asked for is garbage again.
                PythonException me = org.krait.runtime.objects.Allocation.memoryError();
                if (!unwind(f, ts, me)) {
                    throw me;
                }
            }
        }
    }

    /**
     * Records {@code e} passing through {@code f} and finds its handler in the exception table:
     * true when one was found (the stack is cut to its depth, lasti and the exception pushed,
     * and the frame continues at the handler).
     */
    static boolean unwind(PyFrame f, ThreadState ts, PythonException e) {
        int lasti = f.pc - 1;
        PyBaseException exc = e.exception();
        if (f.reraising) {
            f.reraising = false;
        } else {
            PyTraceback tb = new PyTraceback(exc.traceback(), f.code.filename, f.code.name, f.positionAt(lasti));
            tb.setFrame(f);
            exc.setTraceback(tb);
            if (exc.context() == null && ts.handled != null && ts.handled != exc) {
                exc.setContext(ts.handled);
            }
        }
        ExceptionTable.Entry h = f.decoded.handlerFor(lasti);
        if (h == null) {
            return false;
        }
        int keep = f.code.nlocalsplus() + h.depth();
        while (f.sp > keep) {
            PyObject o = f.slots[--f.sp];
            f.slots[f.sp] = null;
            PyObject.xdecref(o);
        }
        if (h.lasti()) {
            f.slots[f.sp++] = PyInt.of(lasti);
        }
        exc.incref();
        f.slots[f.sp++] = exc;
        f.kwnames = null;
        f.pc = h.target();
        return true;
    }

    /** Calls a Python function: a new frame, its arguments bound, then run (or a generator made). */
    static PyObject callFunction(ThreadState ts, PyFunction fn, PyObject[] args, String[] kwnames) {
        return runFrame(ts, prepareFrame(fn, args, kwnames));
    }

    /** A new frame for {@code fn} with the arguments (borrowed) bound into it. */
    static PyFrame prepareFrame(PyFunction fn, PyObject[] args, String[] kwnames) {
        PyFrame f = new PyFrame(fn.code(), fn, fn.globals(), fn.builtins(), null);
        try {
            ArgBinder.bind(f, fn, args, kwnames);
        } catch (PythonException e) {
            f.clear();
            throw e;
        }
        return f;
    }

    /** Runs a prepared frame to its result (for a generator, the generator). */
    static PyObject runFrame(ThreadState ts, PyFrame f) {
        PyFunction fn = f.function;
        if (fn.code().isGenerator()) {
            return run(f, ts);
        }
        try {
            return run(f, ts);
        } finally {
            f.clear();
        }
    }

    /** Runs module or class-body code with {@code locals} as its namespace. */
    static PyObject runWithLocals(ThreadState ts, org.krait.runtime.bytecode.PyCode code, PyFunction fn, PyDict globals,
            PyDict builtins, PyDict locals) {
        PyFrame f = new PyFrame(code, fn, globals, builtins, locals);
        try {
            return run(f, ts);
        } finally {
            f.clear();
        }
    }
}
