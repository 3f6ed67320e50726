package org.krait.compiler.pyast;

import java.lang.reflect.RecordComponent;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.krait.compiler.ast.Bytes;
import org.krait.compiler.ast.CodePointStr;
import org.krait.compiler.ast.Imaginary;
import org.krait.compiler.ast.Node;
import org.krait.compiler.ast.Singleton;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyComplex;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyEllipsis;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;

/**
 * A tree of records as instances of the {@code ast} module's classes: each record becomes an
 * instance of the class of its {@code nodeName()} with one attribute per component; the
 * operators and contexts (Java enums) become one shared instance per class, as in CPython.
 */
final class ToPython {

    private final PyDict nodes;
    private final Map<String, PyObject> singletons = new HashMap<>();

    ToPython(PyDict nodes) {
        this.nodes = nodes;
    }

    /** The Python object for a component value (a new reference). */
    PyObject convert(Object v) {
        if (v == null) {
            return PyNoneType.NONE;
        }
        if (v instanceof Node) {
            return node((Node) v);
        }
        if (v instanceof Enum<?> && !(v instanceof Singleton)) {
            return singleton(((Enum<?>) v).name());
        }
        if (v instanceof List<?>) {
            PyList out = new PyList();
            for (Object item : (List<?>) v) {
                PyObject o = convert(item);
                out.append(o);
                o.decref();
            }
            return out;
        }
        if (v instanceof Integer) {
            return PyInt.of((Integer) v);
        }
        return constant(v);
    }

    /**
     * The one instance of an operator or context class ({@code Add}, {@code Load}), kept in the
     * module's {@code _singletons} dict so that every parse shares it, as CPython's do.
     */
    private PyObject singleton(String name) {
        PyObject cached = singletons.get(name);
        if (cached == null) {
            PyObject shared = nodes.getItem("_singletons");
            cached = shared instanceof PyDict ? ((PyDict) shared).getItem(name) : null;
            if (cached == null) {
                cached = CallOps.call(nodeClass(name));
                if (shared instanceof PyDict) {
                    ((PyDict) shared).setItem(name, cached);
                    cached.decref();
                }
            }
            singletons.put(name, cached);
        }
        return PyObject.newRef(cached);
    }

    private PyObject node(Node n) {
        PyObject obj = CallOps.call(nodeClass(n.nodeName()));
        try {
            for (RecordComponent c : n.getClass().getRecordComponents()) {
                PyObject value = convert(c.getAccessor().invoke(n));
                PyStr name = PyStr.intern(c.getName());
                try {
                    ObjectOps.setAttr(obj, name, value);
                } finally {
                    value.decref();
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read node " + n.nodeName(), e);
        }
        return obj;
    }

    private PyObject nodeClass(String name) {
        PyObject cls = nodes.getItem(name);
        if (cls == null) {
            throw PythonException.of(org.krait.runtime.objects.exceptions.ExceptionTypes.SYSTEM_ERROR,
                    "the ast module has no node class " + name);
        }
        return cls;
    }

    /** A constant's value: str, bytes, int, float, complex, bool, None or Ellipsis. */
    static PyObject constant(Object v) {
        if (v instanceof String) {
            return PyStr.of((String) v);
        }
        if (v instanceof CodePointStr) {
            return PyStr.ofCodePoints(((CodePointStr) v).codePoints());
        }
        if (v instanceof Boolean) {
            return PyBool.of((Boolean) v);
        }
        if (v instanceof Long) {
            return PyInt.of((Long) v);
        }
        if (v instanceof BigInteger) {
            return PyInt.of((BigInteger) v);
        }
        if (v instanceof Double) {
            return new PyFloat((Double) v);
        }
        if (v instanceof Imaginary) {
            return new PyComplex(0.0, ((Imaginary) v).imag());
        }
        if (v instanceof Bytes) {
            return org.krait.runtime.objects.PyBytes.of(((Bytes) v).value().clone());
        }
        if (v == Singleton.Ellipsis) {
            return PyEllipsis.ELLIPSIS;
        }
        if (v == Singleton.None) {
            return PyNoneType.NONE;
        }
        throw new IllegalStateException("unexpected constant " + v.getClass());
    }
}
