package org.krait.runtime.java;

import org.krait.runtime.objects.PyBuiltinFunctionOrMethod;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The methods of one name of a Java class when some are static ({@code Integer.toString},
 * {@code Collections.sort}): called through the class, static methods take their arguments and
 * instance methods their receiver first; bound to an object, all of them take the arguments
 * only, as Java calls a static method through an instance. (A name with instance methods only is
 * a plain {@code method_descriptor}, which the interpreter's method-call fast path knows.)
 */
final class PyJavaMethod extends PyObject {

    static final PyType TYPE = PyType.builtin("java_method", PyType.OBJECT).finalType()
            .slot(Slot.GET, (Signature.Ternary) (d, obj, type) -> ((PyJavaMethod) d).bind(obj))
            .slot(Slot.CALL, (Signature.Call) (d, args, kw) -> ((PyJavaMethod) d).callThroughClass(args, kw))
            .slot(Slot.REPR, (Signature.Unary) d -> PyStr.of("<java method '" + ((PyJavaMethod) d).throughClass.qualifiedName() + "'>"));

    private final PyType owner;
    private final String name;
    /** Instance methods take the receiver as their first argument. */
    private final Overloads throughClass;
    /** Every method takes the arguments only; the receiver is the bound object. */
    private final Overloads throughObject;

    PyJavaMethod(PyType owner, String name, Overloads throughClass, Overloads throughObject) {
        this.owner = owner;
        this.name = name;
        this.throughClass = throughClass;
        this.throughObject = throughObject;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject bind(PyObject obj) {
        if (obj == null || obj == PyNoneType.NONE) {
            return newRef(this);
        }
        return new PyBuiltinFunctionOrMethod(name, owner, obj, null,
                (self, args, kw) -> JavaValues.toPython(throughObject.call(JavaValues.javaObject(self), args, kw)));
    }

    private PyObject callThroughClass(PyObject[] args, String[] kw) {
        return JavaValues.toPython(throughClass.call(null, args, kw));
    }
}
