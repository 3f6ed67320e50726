package org.krait.runtime.interpreter;

import static org.krait.runtime.bytecode.Opcodes.*;

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
        int depth = ts.depth;
        ts.push(f);
        try {
            return loop(f, ts);
        } finally {
            // Also right when a Java error left frames of in-place calls on the thread's stack.
            ts.frame = f.back;
            f.back = null;
            ts.depth = depth;
        }
    }

    /**
     * Runs {@code entry} and, in place, the Python functions it calls (the frames CALL returns),
     * so a Python call costs no Java recursion. {@code f}, {@code words} and {@code s} are those
     * of the frame running now; RETURN_VALUE and a propagating exception go back to its caller
     * until {@code entry} itself returns or raises.
     */
    private static PyObject loop(final PyFrame entry, ThreadState ts) {
        PyFrame f = entry;
        int[] words = f.words;
        PyObject[] s = f.slots;
        while (true) {
            // The next instruction's index lives in a local; f.pc is written at each fetch, for
            // tracebacks, f_lineno and generators, and read back after a handler is found.
            int pc = f.pc;
            try {
                while (true) {
                    int w = words[pc++];
                    f.pc = pc;
                    // Entered again only by a traced frame's TRACE word, with the instruction's own word.
                    dispatch:
                    while (true) {
                    int arg = w >>> 8;
                    switch (w & 0xff) {
                        case Tracing.TRACE:
                            w = Tracing.before(f, ts, arg);
                            continue dispatch;
                        case RESUME:
                            ts.checkBreaker();
                            break;
                        case NOP:
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
                        case DecodedCode.LOAD_FAST__LOAD_FAST: {
                            PyObject v = s[arg & 0xfff];
                            if (v == null) {
                                throw Instructions.unboundLocal(f, arg & 0xfff);
                            }
                            PyObject v2 = s[arg >>> 12];
                            if (v2 == null) {
                                f.pc = pc + 1;
                                throw Instructions.unboundLocal(f, arg >>> 12);
                            }
                            v.incref();
                            v2.incref();
                            s[f.sp] = v;
                            s[f.sp + 1] = v2;
                            f.sp += 2;
                            pc++;
                            break;
                        }
                        case DecodedCode.LOAD_FAST__LOAD_CONST: {
                            PyObject v = s[arg & 0xfff];
                            if (v == null) {
                                throw Instructions.unboundLocal(f, arg & 0xfff);
                            }
                            v.incref();
                            s[f.sp] = v;
                            s[f.sp + 1] = PyObject.newRef(f.code.consts[arg >>> 12]);
                            f.sp += 2;
                            pc++;
                            break;
                        }
                        case DecodedCode.LOAD_CONST__LOAD_FAST: {
                            PyObject v = s[arg >>> 12];
                            if (v == null) {
                                f.pc = pc + 1;
                                throw Instructions.unboundLocal(f, arg >>> 12);
                            }
                            v.incref();
                            s[f.sp] = PyObject.newRef(f.code.consts[arg & 0xfff]);
                            s[f.sp + 1] = v;
                            f.sp += 2;
                            pc++;
                            break;
                        }
                        case DecodedCode.STORE_FAST__LOAD_FAST: {
                            PyObject old = s[arg & 0xfff];
                            s[arg & 0xfff] = s[f.sp - 1];
                            s[f.sp - 1] = null;
                            PyObject.xdecref(old);
                            PyObject v = s[arg >>> 12];
                            if (v == null) {
                                f.sp--;
                                f.pc = pc + 1;
                                throw Instructions.unboundLocal(f, arg >>> 12);
                            }
                            v.incref();
                            s[f.sp - 1] = v;
                            pc++;
                            break;
                        }
                        case DecodedCode.STORE_FAST__STORE_FAST: {
                            PyObject old = s[arg & 0xfff];
                            s[arg & 0xfff] = s[f.sp - 1];
                            PyObject old2 = s[arg >>> 12];
                            s[arg >>> 12] = s[f.sp - 2];
                            s[f.sp - 1] = null;
                            s[f.sp - 2] = null;
                            f.sp -= 2;
                            PyObject.xdecref(old);
                            PyObject.xdecref(old2);
                            pc++;
                            break;
                        }
                        // COMPARE_OP then POP_JUMP_*_IF_FALSE/TRUE (left, right -- )
                        case DecodedCode.COMPARE_OP__POP_JUMP: {
                            PyObject r = s[f.sp - 1];
                            PyObject l = s[f.sp - 2];
                            PyObject res = NumberFastPaths.compare(arg, l, r);
                            if (res == null) {
                                res = ObjectOps.richCompare(l, r, arg);
                            }
                            Instructions.popN(f, 2);
                            int jw = words[pc];
                            f.pc = ++pc;
                            boolean t = res == PyBool.TRUE || (res != PyBool.FALSE && ObjectOps.isTrue(res));
                            res.decref();
                            int jop = jw & 0xff;
                            if (t == (jop == POP_JUMP_FORWARD_IF_TRUE || jop == POP_JUMP_BACKWARD_IF_TRUE)) {
                                if ((jw >>> 8) < pc) {
                                    ts.checkBreaker();
                                }
                                pc = jw >>> 8;
                            }
                            break;
                        }
                        // LOAD_FAST then LOAD_ATTR ( -- value)
                        case DecodedCode.LOAD_FAST__LOAD_ATTR: {
                            PyObject o = s[arg & 0xfff];
                            if (o == null) {
                                throw Instructions.unboundLocal(f, arg & 0xfff);
                            }
                            f.pc = ++pc;
                            AttrCache a = AttrCache.entry(f, pc - 1, o);
                            PyFunction getter = a == null ? null : a.inPlaceGetter();
                            if (getter != null) {
                                o.incref();
                                s[f.sp++] = o;
                                PyFrame callee = Instructions.propertyGetter(f, ts, getter);
                                if (callee != null) {
                                    ts.checkBreaker();
                                    f = callee;
                                    words = f.words;
                                    s = f.slots;
                                    pc = f.decoded.start;
                                    break;
                                }
                                s[--f.sp] = null;
                                o.decref();
                            }
                            s[f.sp++] = AttrCache.load(f, pc - 1, o, f.decoded.names[arg >>> 12], a);
                            break;
                        }
                        // LOAD_FAST, LOAD_FAST or LOAD_CONST, BINARY_OP ( -- result)
                        case DecodedCode.LOAD_FAST__LOAD_FAST__BINARY_OP:
                        case DecodedCode.LOAD_FAST__LOAD_CONST__BINARY_OP: {
                            PyObject l = s[arg & 0x3ff];
                            if (l == null) {
                                throw Instructions.unboundLocal(f, arg & 0x3ff);
                            }
                            PyObject r;
                            if ((w & 0xff) == DecodedCode.LOAD_FAST__LOAD_FAST__BINARY_OP) {
                                r = s[(arg >>> 10) & 0x1ff];
                                if (r == null) {
                                    f.pc = pc + 1;
                                    throw Instructions.unboundLocal(f, (arg >>> 10) & 0x1ff);
                                }
                            } else {
                                r = f.code.consts[(arg >>> 10) & 0x1ff];
                            }
                            pc += 2;
                            f.pc = pc;
                            int op = arg >>> 19;
                            PyObject res = NumberFastPaths.binary(op, l, r);
                            if (res == null) {
                                res = op >= NumberOps.INPLACE_OFFSET
                                        ? NumberOps.inplace(NumberOps.Op.of(op - NumberOps.INPLACE_OFFSET), l, r)
                                        : NumberOps.binary(NumberOps.Op.of(op), l, r);
                            }
                            s[f.sp++] = res;
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
                        // LOAD_GLOBAL ( -- [NULL], value)
                        case LOAD_GLOBAL: {
                            PyObject v = GlobalCache.load(f, pc - 1, f.decoded.names[arg >> 1]);
                            if (v == null) {
                                throw Names.notDefined(f.decoded.names[arg >> 1]);
                            }
                            if ((arg & 1) != 0) {
                                s[f.sp++] = null;
                            }
                            v.incref();
                            s[f.sp++] = v;
                            break;
                        }
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
                            PyObject res = NumberFastPaths.binary(arg, l, r);
                            if (res == null) {
                                res = arg >= NumberOps.INPLACE_OFFSET
                                        ? NumberOps.inplace(NumberOps.Op.of(arg - NumberOps.INPLACE_OFFSET), l, r)
                                        : NumberOps.binary(NumberOps.Op.of(arg), l, r);
                            }
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
                            PyObject res = NumberFastPaths.compare(arg, l, r);
                            if (res == null) {
                                res = ObjectOps.richCompare(l, r, arg);
                            }
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
                                pc = arg;
                            } else {
                                s[f.sp++] = next;
                            }
                            break;
                        }
                        // RETURN_VALUE (value -- )
                        case RETURN_VALUE: {
                            PyObject v = s[--f.sp];
                            s[f.sp] = null;
                            if (f == entry) {
                                return v;
                            }
                            f = leave(f, ts);
                            words = f.words;
                            s = f.slots;
                            pc = f.pc;
                            s[f.sp++] = v;
                            break;
                        }
                        // JUMP_BACKWARD ( -- ): the eval breaker's place (the GIL's requests, interrupts)
                        case JUMP_BACKWARD:
                            ts.checkBreaker();
                            pc = arg;
                            break;
                        // JUMP_BACKWARD then the FOR_ITER it lands on (iterator -- iterator, next) or (iterator -- )
                        case DecodedCode.JUMP_BACKWARD__FOR_ITER: {
                            ts.checkBreaker();
                            pc = arg + 1;
                            f.pc = pc;
                            PyObject next = IterOps.next(s[f.sp - 1]);
                            if (next == null) {
                                PyObject it = s[--f.sp];
                                s[f.sp] = null;
                                it.decref();
                                pc = words[arg] >>> 8;
                            } else {
                                s[f.sp++] = next;
                            }
                            break;
                        }
                        // JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT ( -- )
                        case JUMP_FORWARD:
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            pc = arg;
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
                            int op = w & 0xff;
                            boolean jumpOn = op == POP_JUMP_FORWARD_IF_TRUE || op == POP_JUMP_BACKWARD_IF_TRUE;
                            if (t == jumpOn) {
                                if (arg < pc) {
                                    ts.checkBreaker();
                                }
                                pc = arg;
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
                            int op = w & 0xff;
                            boolean jumpOnNone = op == POP_JUMP_FORWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NONE;
                            if ((v == PyNoneType.NONE) == jumpOnNone) {
                                if (arg < pc) {
                                    ts.checkBreaker();
                                }
                                pc = arg;
                            }
                            break;
                        }
                        // JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP (cond -- cond?)
                        case JUMP_IF_FALSE_OR_POP:
                        case JUMP_IF_TRUE_OR_POP: {
                            PyObject v = s[f.sp - 1];
                            boolean t = ObjectOps.isTrue(v);
                            if (t == ((w & 0xff) == JUMP_IF_TRUE_OR_POP)) {
                                pc = arg;
                            } else {
                                s[--f.sp] = null;
                                v.decref();
                            }
                            break;
                        }
                        // LOAD_ATTR (owner -- value)
                        case LOAD_ATTR: {
                            PyObject o = s[f.sp - 1];
                            AttrCache a = AttrCache.entry(f, pc - 1, o);
                            PyFunction getter = a == null ? null : a.inPlaceGetter();
                            if (getter != null) {
                                PyFrame callee = Instructions.propertyGetter(f, ts, getter);
                                if (callee != null) {
                                    ts.checkBreaker();
                                    f = callee;
                                    words = f.words;
                                    s = f.slots;
                                    pc = f.decoded.start;
                                    break;
                                }
                            }
                            s[f.sp - 1] = AttrCache.load(f, pc - 1, o, f.decoded.names[arg], a);
                            o.decref();
                            break;
                        }
                        // STORE_ATTR (value, owner -- )
                        case STORE_ATTR:
                            AttrCache.store(f, pc - 1, s[f.sp - 1], f.decoded.names[arg], s[f.sp - 2]);
                            Instructions.popN(f, 2);
                            break;
                        // DELETE_ATTR (owner -- )
                        case DELETE_ATTR:
                            ObjectOps.delAttr(s[f.sp - 1], f.decoded.names[arg]);
                            Instructions.popN(f, 1);
                            break;
                        case LOAD_METHOD:
                            Instructions.loadMethod(f, pc - 1, f.decoded.names[arg]);
                            break;
                        // KW_NAMES ( -- )
                        case KW_NAMES:
                            f.kwnames = f.decoded.kwnames[arg];
                            break;
                        case DecodedCode.PRECALL__CALL:
                            pc++;
                            f.pc = pc;
                            // then as CALL
                        case CALL: {
                            PyFrame callee = Instructions.call(f, ts, arg);
                            if (callee != null) {
                                // the RESUME that start skips would have checked for an interrupt
                                ts.checkBreaker();
                                f = callee;
                                words = f.words;
                                s = f.slots;
                                pc = f.decoded.start;
                            }
                            break;
                        }
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
                            throw new PythonException(e).reraised();
                        }
                        // PUSH_EXC_INFO (exc -- previous, exc)
                        case PUSH_EXC_INFO: {
                            // As CPython's exc_info: the stack takes over the thread's reference to
                            // the previous exception, the thread holds one to the new.
                            PyObject exc = s[f.sp - 1];
                            PyObject prev = ts.handled == null ? PyNoneType.NONE : ts.handled;
                            s[f.sp - 1] = prev;
                            s[f.sp++] = exc;
                            exc.incref();
                            ts.handled = (PyBaseException) exc;
                            break;
                        }
                        // POP_EXCEPT (previous -- )
                        case POP_EXCEPT: {
                            PyObject prev = s[--f.sp];
                            s[f.sp] = null;
                            PyBaseException done = ts.handled;
                            ts.handled = prev == PyNoneType.NONE ? null : (PyBaseException) prev;
                            PyObject.xdecref(done);
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
                            s[f.sp] = Instructions.importFrom(ts, s[f.sp - 1], f.decoded.names[arg]);
                            f.sp++;
                            break;
                        case IMPORT_STAR:
                            Instructions.importStar(f);
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
                        case GET_YIELD_FROM_ITER:
                            Coroutines.yieldFromIter(f);
                            break;
                        case SEND:
                            Instructions.send(f, arg);
                            pc = f.pc;
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
                        // PRINT_EXPR (value -- ): sys.displayhook(value)
                        case PRINT_EXPR: {
                            PyObject v = s[--f.sp];
                            s[f.sp] = null;
                            try {
                                ts.interpreter.displayHook(v);
                            } finally {
                                v.decref();
                            }
                            break;
                        }
                        // SETUP_ANNOTATIONS ( -- )
                        case SETUP_ANNOTATIONS:
                            Names.setupAnnotations(f);
                            break;
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
                    break;
                    }
                }
            } catch (PythonException | StackOverflowError | OutOfMemoryError e) {
                f = handle(entry, f, ts, asPython(e));
                words = f.words;
                s = f.slots;
            }
        }
    }

    /**
     * The Python exception for what stopped an instruction: itself, RecursionError for a Java
     * stack overflow, MemoryError for an allocation the program asked for (what it asked for is
     * garbage again by now).
     */
    private static PythonException asPython(Throwable e) {
        if (e instanceof PythonException) {
            return (PythonException) e;
        }
        if (e instanceof StackOverflowError) {
            return PythonException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        return org.krait.runtime.objects.Allocation.memoryError();
    }

    /** Finishes an in-place callee {@code f}: off the thread's stack, its references dropped; returns its caller. */
    private static PyFrame leave(PyFrame f, ThreadState ts) {
        PyFrame caller = f.back;
        ts.pop(f);
        f.finish();
        return caller;
    }

    /**
     * Finds the handler of {@code e} in {@code f} or, leaving in-place frames one by one, in its
     * callers up to {@code entry}; returns the frame that continues at its handler, or throws
     * {@code e} on from {@code entry}.
     */
    private static PyFrame handle(PyFrame entry, PyFrame f, ThreadState ts, PythonException e) {
        while (!unwind(f, ts, e)) {
            if (f.words != f.decoded.words) {
                Tracing.unwound(f, ts);
            }
            if (f == entry) {
                throw e;
            }
            f = leave(f, ts);
        }
        return f;
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
            tb.setFrame(f, 2 * lasti);
            exc.setTraceback(tb);
            tb.decref();
            PyBaseException handled = ts.handled();
            if (e.settleContext() && exc.context() == null && handled != null && handled != exc) {
                exc.setContext(handled);
            }
            if (f.words != f.decoded.words) {
                Tracing.exception(f, ts, exc);
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
        // The handler's stack takes over the reference the PythonException owned.
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
        if (f.code.makesGenerator()) {
            return run(f, ts);
        }
        try {
            return run(f, ts);
        } finally {
            f.finish();
        }
    }

    /** Runs module or class-body code with {@code locals} as its namespace. */
    static PyObject runWithLocals(ThreadState ts, org.krait.runtime.bytecode.PyCode code, PyFunction fn, PyDict globals,
            PyDict builtins, PyObject locals) {
        PyFrame f = new PyFrame(code, fn, globals, builtins, locals);
        try {
            return run(f, ts);
        } finally {
            f.clear();
        }
    }
}
