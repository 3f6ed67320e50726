package org.krait.runtime.objects.exceptions;

import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The builtin exception types, table-driven: they share {@link PyBaseException} and differ only
 * by type. CPython: the hierarchy of Objects/exceptions.c (see Lib/test/exception_hierarchy.txt).
 */
public final class ExceptionTypes {

    private ExceptionTypes() {
    }

    public static final PyType BASE_EXCEPTION = root();
    public static final PyType SYSTEM_EXIT = make("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = make("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = make("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = make("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = make("StopIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = make("ArithmeticError", EXCEPTION);
    public static final PyType ZERO_DIVISION_ERROR = make("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = make("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = make("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = make("AttributeError", EXCEPTION);
    public static final PyType LOOKUP_ERROR = make("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = make("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = make("KeyError", LOOKUP_ERROR);
    public static final PyType NAME_ERROR = make("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = make("UnboundLocalError", NAME_ERROR);
    public static final PyType RUNTIME_ERROR = make("RuntimeError", EXCEPTION);
    public static final PyType RECURSION_ERROR = make("RecursionError", RUNTIME_ERROR);
    public static final PyType NOT_IMPLEMENTED_ERROR = make("NotImplementedError", RUNTIME_ERROR);
    public static final PyType TYPE_ERROR = make("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = make("ValueError", EXCEPTION);
    public static final PyType MEMORY_ERROR = make("MemoryError", EXCEPTION);
    public static final PyType IMPORT_ERROR = ImportErrorFields.install(make("ImportError", EXCEPTION));
    public static final PyType MODULE_NOT_FOUND_ERROR = make("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType OS_ERROR = make("OSError", EXCEPTION).instances(PyOSError::new);
    public static final PyType LOOKUP_UNICODE_ERROR = make("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = make("UnicodeDecodeError", LOOKUP_UNICODE_ERROR)
            .instances(PyUnicodeError::new);
    public static final PyType UNICODE_ENCODE_ERROR = make("UnicodeEncodeError", LOOKUP_UNICODE_ERROR)
            .instances(PyUnicodeError::new);
    public static final PyType UNICODE_TRANSLATE_ERROR = make("UnicodeTranslateError", LOOKUP_UNICODE_ERROR)
            .instances(PyUnicodeError::new);
    public static final PyType FILE_NOT_FOUND_ERROR = make("FileNotFoundError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = make("PermissionError", OS_ERROR);
    public static final PyType EOF_ERROR = make("EOFError", EXCEPTION);
    public static final PyType WARNING = make("Warning", EXCEPTION);
    public static final PyType USER_WARNING = make("UserWarning", WARNING);
    public static final PyType DEPRECATION_WARNING = make("DeprecationWarning", WARNING);
    public static final PyType TIMEOUT_ERROR = make("TimeoutError", OS_ERROR);
    public static final PyType FILE_EXISTS_ERROR = make("FileExistsError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = make("NotADirectoryError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = make("IsADirectoryError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = make("InterruptedError", OS_ERROR);
    public static final PyType BLOCKING_IO_ERROR = make("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = make("ChildProcessError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = make("ProcessLookupError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = make("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = make("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = make("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = make("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = make("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType BUFFER_ERROR = make("BufferError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = make("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType REFERENCE_ERROR = make("ReferenceError", EXCEPTION);
    public static final PyType SYSTEM_ERROR = make("SystemError", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = make("StopAsyncIteration", EXCEPTION);
    public static final PyType RUNTIME_WARNING = make("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = make("SyntaxWarning", WARNING);
    public static final PyType FUTURE_WARNING = make("FutureWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = make("PendingDeprecationWarning", WARNING);
    public static final PyType IMPORT_WARNING = make("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = make("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = make("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = make("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = make("EncodingWarning", WARNING);
    public static final PyType BASE_EXCEPTION_GROUP = ExceptionGroups.baseType();
    public static final PyType EXCEPTION_GROUP = ExceptionGroups.type();
    public static final PyType SYNTAX_ERROR = make("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = make("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = make("TabError", INDENTATION_ERROR);

    /** Every type above, in definition order, for the builtins module. */
    public static final PyType[] ALL = {
        BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION, STOP_ITERATION,
        ARITHMETIC_ERROR, ZERO_DIVISION_ERROR, OVERFLOW_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR,
        LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR, RUNTIME_ERROR,
        RECURSION_ERROR, NOT_IMPLEMENTED_ERROR, TYPE_ERROR, VALUE_ERROR, MEMORY_ERROR, IMPORT_ERROR,
        MODULE_NOT_FOUND_ERROR, OS_ERROR, LOOKUP_UNICODE_ERROR, SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR,
        UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR, FILE_NOT_FOUND_ERROR, PERMISSION_ERROR, EOF_ERROR, WARNING,
        USER_WARNING, DEPRECATION_WARNING, TIMEOUT_ERROR, FILE_EXISTS_ERROR, NOT_A_DIRECTORY_ERROR, IS_A_DIRECTORY_ERROR,
        INTERRUPTED_ERROR, BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, PROCESS_LOOKUP_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR,
        CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, BUFFER_ERROR, FLOATING_POINT_ERROR,
        REFERENCE_ERROR, SYSTEM_ERROR, STOP_ASYNC_ITERATION, RUNTIME_WARNING, SYNTAX_WARNING, FUTURE_WARNING,
        PENDING_DEPRECATION_WARNING, IMPORT_WARNING, UNICODE_WARNING, BYTES_WARNING, RESOURCE_WARNING, ENCODING_WARNING,
        BASE_EXCEPTION_GROUP, EXCEPTION_GROUP,
    };

    private static PyType root() {
        PyType t = PyType.builtin("BaseException", PyType.OBJECT);
        t.instances(PyBaseException::new);
        t.slot(Slot.NEW, (Signature.Call) (cls, args, kw) -> {
            if (cls == OS_ERROR && args.length >= 2 && args[0] instanceof org.krait.runtime.objects.PyInt) {
                // OSError(errno, ...) makes the subclass for that errno, as CPython's oserror_new.
                cls = osErrorFor(((org.krait.runtime.objects.PyInt) args[0]).longValue());
            }
            PyBaseException e = (PyBaseException) ((PyType) cls).newInstance();
            e.setArgs(PyTuple.of(args));
            return e;
        });
        t.slot(Slot.INIT, (Signature.Call) (self, args, kw) -> {
            PyTuple a = PyTuple.of(args);
            if (self instanceof PyUnicodeError) {
                try {
                    PyUnicodeError.checkArguments(self.type(), a);
                } catch (PythonException e) {
                    a.decref();
                    throw e;
                }
            }
            ((PyBaseException) self).setArgs(a);
            return PyNoneType.NONE;
        });
        t.slot(Slot.STR, (Signature.Unary) self -> ((PyBaseException) self).__str__());
        t.slot(Slot.REPR, (Signature.Unary) self -> ((PyBaseException) self).__repr__());
        t.slot(Slot.GETATTRIBUTE, (Signature.Binary) ExceptionTypes::getAttribute);
        t.slot(Slot.SETATTR, (Signature.Setter) ExceptionTypes::setAttribute);
        // pickle and copy: (type, args), and the instance dict when it holds something.
        t.method("__reduce__", org.krait.runtime.types.ArgSpec.NOARGS, (self, a, kw) -> {
            PyBaseException e = (PyBaseException) self;
            org.krait.runtime.objects.PyDict d = e.dict();
            return d.size() == 0 ? PyTuple.of(self.type(), e.args()) : PyTuple.of(self.type(), e.args(), d);
        });
        t.method("__setstate__", org.krait.runtime.types.ArgSpec.ONE, (self, a, kw) -> {
            if (a[0] != org.krait.runtime.objects.PyNoneType.NONE) {
                if (!(a[0] instanceof org.krait.runtime.objects.PyDict state)) {
                    throw PythonException.typeError("state is not a dictionary");
                }
                for (PyObject key : org.krait.runtime.ops.IterOps.toArray(state)) {
                    org.krait.runtime.ops.ObjectOps.setAttr(self, (org.krait.runtime.objects.PyStr) key, state.getItem(key));
                    key.decref();
                }
            }
            return org.krait.runtime.objects.PyNoneType.NONE;
        });
        t.method("with_traceback", (self, a, kw) -> {
            ((PyBaseException) self).setTraceback(a[0] instanceof PyTraceback ? (PyTraceback) a[0] : null);
            return PyObject.newRef(self);
        });
        t.method("add_note", (self, a, kw) -> {
            if (!(a[0] instanceof PyStr)) {
                throw PythonException.typeError("note must be a str, not '" + a[0].type().name() + "'");
            }
            org.krait.runtime.objects.PyDict d = ((PyBaseException) self).dict();
            PyObject notes = d.getItem("__notes__");
            if (notes == null) {
                notes = new org.krait.runtime.objects.PyList();
                d.setItem("__notes__", notes);
                notes.decref();
            }
            ((org.krait.runtime.objects.PyList) notes).append(a[0]);
            return PyNoneType.NONE;
        });
        return t;
    }

    private static PyType make(String name, PyType base) {
        return PyType.builtin(name, base);
    }

    /** The subclass {@code OSError(errno, ...)} makes, as CPython's errnomap. */
    static PyType osErrorFor(long errno) {
        switch ((int) errno) {
            case 2: return FILE_NOT_FOUND_ERROR;
            case 3: return PROCESS_LOOKUP_ERROR;
            case 4: return INTERRUPTED_ERROR;
            case 10: return CHILD_PROCESS_ERROR;
            case 11: return BLOCKING_IO_ERROR;
            case 13: case 1: return PERMISSION_ERROR;
            case 17: return FILE_EXISTS_ERROR;
            case 20: return NOT_A_DIRECTORY_ERROR;
            case 21: return IS_A_DIRECTORY_ERROR;
            case 32: return BROKEN_PIPE_ERROR;
            case 103: return CONNECTION_ABORTED_ERROR;
            case 104: return CONNECTION_RESET_ERROR;
            case 110: return TIMEOUT_ERROR;
            case 111: return CONNECTION_REFUSED_ERROR;
            default: return OS_ERROR;
        }
    }

    private static PyObject orNone(PyObject o) {
        return PyObject.newRef(o == null ? PyNoneType.NONE : o);
    }

    private static PyObject getAttribute(PyObject self, PyObject name) {
        PyBaseException e = (PyBaseException) self;
        switch (name.toString()) {
            case "args":
                return PyObject.newRef(e.args());
            case "__traceback__":
                return orNone(e.traceback());
            case "__cause__":
                return orNone(e.cause());
            case "__context__":
                return orNone(e.context());
            case "__suppress_context__":
                return PyObject.newRef(org.krait.runtime.objects.PyBool.of(e.suppressContext()));
            case "message":
            case "exceptions":
                if (e.type().isSubtypeOf(BASE_EXCEPTION_GROUP) && e.args().size() == 2) {
                    return PyObject.newRef(e.args().getItem(name.toString().equals("message") ? 0 : 1));
                }
                break;
            case "value":
                if (e.type().isSubtypeOf(STOP_ITERATION)) {
                    return PyObject.newRef(e.stopValue());
                }
                break;
            case "name":
            case "path":
                if (e.type().isSubtypeOf(IMPORT_ERROR)) {
                    return PyObject.newRef(ImportErrorFields.field(e, name.toString()));
                }
                break;
            case "msg":
                if (e.type().isSubtypeOf(IMPORT_ERROR)) {
                    return PyObject.newRef(ImportErrorFields.field(e, "msg"));
                }
                if (e.type().isSubtypeOf(SYNTAX_ERROR)) {
                    return syntaxErrorField(e, "msg");
                }
                break;
            case "filename":
            case "lineno":
            case "offset":
            case "text":
            case "end_lineno":
            case "end_offset":
                if (e.type().isSubtypeOf(SYNTAX_ERROR)) {
                    return syntaxErrorField(e, name.toString());
                }
                if (name.toString().equals("filename") && e instanceof PyOSError) {
                    return orNone(((PyOSError) e).field("filename"));
                }
                break;
            case "errno":
            case "strerror":
            case "filename2":
                if (e instanceof PyOSError) {
                    return orNone(((PyOSError) e).field(name.toString()));
                }
                break;
            case "encoding":
            case "object":
            case "start":
            case "end":
            case "reason":
                if (e instanceof PyUnicodeError) {
                    return PyObject.newRef(((PyUnicodeError) e).field(name.toString()));
                }
                break;
            case "code":
                if (e.type().isSubtypeOf(SYSTEM_EXIT)) {
                    return PyObject.newRef(e.args().size() == 0 ? PyNoneType.NONE
                            : e.args().size() == 1 ? e.args().getItem(0) : e.args());
                }
                break;
            default:
                break;
        }
        return ObjectOps.genericGetAttr(self, (PyStr) name, e.dict());
    }

    private static PyObject syntaxErrorField(PyBaseException e, String field) {
        org.krait.runtime.objects.PyTuple args = e.args();
        if (field.equals("msg")) {
            return PyObject.newRef(args.size() > 0 ? args.getItem(0) : PyNoneType.NONE);
        }
        int i = field.equals("filename") ? 0 : field.equals("lineno") ? 1 : field.equals("offset") ? 2
                : field.equals("text") ? 3 : field.equals("end_lineno") ? 4 : 5;
        if (args.size() > 1 && args.getItem(1) instanceof org.krait.runtime.objects.PyTuple) {
            org.krait.runtime.objects.PyTuple details = (org.krait.runtime.objects.PyTuple) args.getItem(1);
            if (i < details.size()) {
                return PyObject.newRef(details.getItem(i));
            }
        }
        return PyObject.newRef(PyNoneType.NONE);
    }

    private static void setAttribute(PyObject self, PyObject name, PyObject value) {
        PyBaseException e = (PyBaseException) self;
        switch (name.toString()) {
            case "args":
                e.setArgs(org.krait.runtime.objects.PyTuple.fromArray(org.krait.runtime.ops.IterOps.toArray(value)));
                return;
            case "__cause__":
                e.setCause(value == PyNoneType.NONE ? null : (PyBaseException) value);
                return;
            case "__context__":
                e.setContext(value == PyNoneType.NONE ? null : (PyBaseException) value);
                return;
            case "__suppress_context__":
                e.setSuppressContext(org.krait.runtime.ops.ObjectOps.isTrue(value));
                return;
            case "__traceback__":
                e.setTraceback(value instanceof PyTraceback ? (PyTraceback) value : null);
                return;
            case "encoding":
            case "object":
            case "start":
            case "end":
            case "reason":
                if (e instanceof PyUnicodeError) {
                    ((PyUnicodeError) e).setField(name.toString(), value);
                    return;
                }
                e.dict().setItem(name, value);
                return;
            case "errno":
            case "strerror":
            case "filename":
            case "filename2":
                if (e instanceof PyOSError) {
                    ((PyOSError) e).setField(name.toString(), value);
                    return;
                }
                e.dict().setItem(name, value);
                return;
            default:
                e.dict().setItem(name, value);
        }
    }
}
