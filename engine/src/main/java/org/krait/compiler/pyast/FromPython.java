package org.krait.compiler.pyast;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Bytes;
import org.krait.compiler.ast.CodePointStr;
import org.krait.compiler.ast.Singleton;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyBytes;
import org.krait.runtime.objects.PyEllipsis;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.PyType;

/**
 * A tree of {@code ast} node objects as records for the compiler, checked as CPython's
 * {@code obj2ast} functions check it: required fields present, lists where lists belong, nodes of
 * the right kind, identifiers that are str, constants of the types a code object can hold.
 */
final class FromPython {

    private FromPython() {
    }

    /** The record for {@code obj}, which must be a node of Java type {@code expected}. */
    static Object node(PyObject obj, Class<?> expected) {
        Class<?> record = NodeTypes.byName(obj.type().name());
        if (record == null || !expected.isAssignableFrom(record)) {
            throw PythonException.typeError("expected some sort of " + NodeTypes.asdlName(expected) + ", but got "
                    + ObjectOps.repr(obj));
        }
        RecordComponent[] components = record.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        // Positions first, then fields, in the order CPython's obj2ast reads (and reports) them.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < components.length; i++) {
                if (isPosition(components[i].getName()) == (pass == 0)) {
                    values[i] = component(obj, record, components[i], values);
                }
            }
        }
        try {
            return record.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + record.getSimpleName(), e);
        }
    }

    private static Object component(PyObject obj, Class<?> record, RecordComponent c, Object[] earlier) {
        String name = c.getName();
        PyObject value = ObjectOps.lookupAttr(obj, PyStr.intern(name));
        try {
            boolean optional = isOptional(obj.type(), name);
            boolean absent = value == null || value == PyNoneType.NONE;
            if (c.getType() == int.class && absent) {
                if (name.startsWith("end_")) {
                    // A missing end takes the start's value.
                    return startOf(record, name, earlier);
                }
                if (optional) {
                    return 0;
                }
            } else if (value == PyNoneType.NONE && c.getType() == Object.class) {
                return Singleton.None;
            } else if (absent && optional) {
                return null;
            }
            if (value == null) {
                throw PythonException.typeError("required field \"" + name + "\" missing from " + NodeTypes.asdlName(record));
            }
            if (value == PyNoneType.NONE) {
                throw PythonException.valueError("field '" + name + "' is required for " + obj.type().name());
            }
            return convert(value, c.getType(), c.getGenericType(), obj.type().name(), name);
        } finally {
            PyObject.xdecref(value);
        }
    }

    private static boolean isPosition(String name) {
        return name.equals("lineno") || name.equals("col_offset") || name.equals("end_lineno")
                || name.equals("end_col_offset");
    }

    /** The value of the start attribute matching end attribute {@code name} among those read before it. */
    private static int startOf(Class<?> record, String name, Object[] earlier) {
        RecordComponent[] cs = record.getRecordComponents();
        String start = name.equals("end_lineno") ? "lineno" : "col_offset";
        for (int i = 0; i < cs.length; i++) {
            if (cs[i].getName().equals(start) && earlier != null && earlier[i] instanceof Integer) {
                return (Integer) earlier[i];
            }
        }
        return 0;
    }

    /** Whether the node class gives {@code name} the default None (an optional field, {@code ?} in ASDL). */
    private static boolean isOptional(PyType type, String name) {
        PyObject d = type.lookup(name);
        return d == PyNoneType.NONE;
    }

    private static Object convert(PyObject value, Class<?> type, Type generic, String owner, String field) {
        if (type == List.class) {
            if (!(value instanceof PyList)) {
                throw PythonException.typeError(owner + " field \"" + field + "\" must be a list, not a "
                        + value.type().name());
            }
            Class<?> item = (Class<?>) ((ParameterizedType) generic).getActualTypeArguments()[0];
            PyList list = (PyList) value;
            List<Object> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(convert(list.getItem(i), item, item, owner, field));
            }
            return out;
        }
        if (type == int.class) {
            if (!(value instanceof PyInt)) {
                throw PythonException.typeError("invalid integer value: " + ObjectOps.repr(value));
            }
            return ((PyInt) value).intValue();
        }
        if (type == String.class) {
            if (!(value instanceof PyStr)) {
                throw PythonException.typeError("AST " + (field.equals("kind") || field.equals("type_comment")
                        || field.equals("tag") ? "string" : "identifier") + " must be of type str");
            }
            return value.toString();
        }
        if (type == Object.class) {
            return constant(value);
        }
        if (type.isEnum()) {
            for (Object e : type.getEnumConstants()) {
                if (((Enum<?>) e).name().equals(value.type().name())) {
                    return e;
                }
            }
            throw PythonException.typeError("expected some sort of " + enumAsdl(type) + ", but got " + ObjectOps.repr(value));
        }
        return node(value, type);
    }

    private static String enumAsdl(Class<?> type) {
        switch (type.getSimpleName()) {
            case "ExprContext": return "expr_context";
            case "Boolop": return "boolop";
            case "Cmpop": return "cmpop";
            case "Unaryop": return "unaryop";
            default: return "operator";
        }
    }

    /**
     * A Constant's value as the front end holds it; values it has no Java form for (tuples,
     * frozensets, complex numbers with a real part) stay Python objects, which code generation
     * takes as they are. TypeError for a type a code object cannot hold.
     */
    static Object constant(PyObject v) {
        Class<?> c = v.getClass();
        if (v == PyNoneType.NONE) {
            return Singleton.None;
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return Singleton.Ellipsis;
        }
        if (v instanceof PyBool) {
            return v == PyBool.TRUE;
        }
        if (c == PyStr.class) {
            PyStr s = (PyStr) v;
            for (int i = 0; i < s.length(); i++) {
                int cp = s.codePointAt(i);
                if (cp >= 0xd800 && cp <= 0xdfff) {
                    return new CodePointStr(s.codePoints());
                }
            }
            return s.toString();
        }
        if (c == PyBytes.class) {
            return new Bytes(((PyBytes) v).toByteArray());
        }
        if (c == PyInt.class) {
            PyInt i = (PyInt) v;
            return i.isLong() ? (Object) i.longValue() : i.bigValue();
        }
        if (c == PyFloat.class) {
            return ((PyFloat) v).value();
        }
        if (c == org.krait.runtime.objects.PyComplex.class || c == PyTuple.class
                || c == PySet.class && ((PySet) v).isFrozen()) {
            if (c != org.krait.runtime.objects.PyComplex.class) {
                for (PyObject item : c == PyTuple.class ? ((PyTuple) v).toArray() : org.krait.runtime.ops.IterOps.toArray(v)) {
                    constant(item);
                }
            }
            v.incref();
            return v;
        }
        throw PythonException.typeError("got an invalid type in Constant: " + v.type().name());
    }
}
