package org.krait.runtime.java;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ClassLevelSetter;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * A static attribute of a Java class: a static field (read each time, written unless final) or a
 * nested class. The same through the class and through an instance; assignment through the class
 * ({@code Config.level = 3}) reaches it as a {@link ClassLevelSetter}.
 */
final class PyJavaStatic extends PyObject implements ClassLevelSetter {

    static final PyType TYPE = PyType.builtin("java_static", PyType.OBJECT).finalType()
            .slot(Slot.GET, (Signature.Ternary) (d, obj, type) -> ((PyJavaStatic) d).get.get())
            .slot(Slot.SET, (Signature.Setter) (d, obj, value) -> ((PyJavaStatic) d).setOnClass(value))
            .slot(Slot.REPR, (Signature.Unary) d -> PyStr.of("<java static '" + ((PyJavaStatic) d).name + "'>"));

    private final String name;
    private final Supplier<PyObject> get;
    /** Null for a final field or a nested class. */
    private final Consumer<PyObject> set;

    PyJavaStatic(String name, Supplier<PyObject> get, Consumer<PyObject> set) {
        this.name = name;
        this.get = get;
        this.set = set;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public void setOnClass(PyObject value) {
        if (set == null) {
            throw PythonException.attributeError(value == null ? "cannot delete Java static attribute '" + name + "'"
                    : "cannot assign to final Java field '" + name + "'");
        }
        if (value == null) {
            throw PythonException.attributeError("cannot delete Java static attribute '" + name + "'");
        }
        set.accept(value);
    }
}
