package org.krait.runtime.types;

import org.krait.runtime.objects.PyObject;

/** The shapes of special methods: each {@link Slot} has one, and its slot holds that interface. */
public enum Signature {
    UNARY, BINARY, TERNARY, PREDICATE, CONTAINS, LENGTH, HASH, CALL, SETTER, DELETER;

    /** {@code f(self)}: repr, str, neg, iter, next... */
    @FunctionalInterface
    public interface Unary {
        PyObject apply(PyObject self);
    }

    /** {@code f(self, other)}: the binary operators, comparisons, getitem, getattribute. */
    @FunctionalInterface
    public interface Binary {
        PyObject apply(PyObject self, PyObject other);
    }

    /**
     * A sequence's concatenation or repetition (CPython's {@code sq_concat}/{@code sq_repeat}
     * rather than a number method): the operators try both operands' number methods first and
     * come to it only when they decline, and it raises the sequence's own TypeError for an
     * operand it cannot take.
     */
    @FunctionalInterface
    public interface SequenceOp extends Binary {
    }

    /** {@code f(self, a, b)}: descriptor {@code __get__(self, obj, type)}. */
    @FunctionalInterface
    public interface Ternary {
        PyObject apply(PyObject self, PyObject a, PyObject b);
    }

    /** {@code __bool__}. */
    @FunctionalInterface
    public interface Predicate {
        boolean test(PyObject self);
    }

    /** {@code __contains__}. */
    @FunctionalInterface
    public interface Contains {
        boolean test(PyObject self, PyObject item);
    }

    /** {@code __len__}. */
    @FunctionalInterface
    public interface Length {
        int length(PyObject self);
    }

    /** {@code __hash__}. */
    @FunctionalInterface
    public interface Hash {
        long hash(PyObject self);
    }

    /** Vectorcall: positional arguments, then keyword values named by {@code kwnames} (or null). */
    @FunctionalInterface
    public interface Call {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    /** {@code f(self, key, value)}: setitem, setattr, descriptor set. */
    @FunctionalInterface
    public interface Setter {
        void set(PyObject self, PyObject key, PyObject value);
    }

    /** {@code f(self, key)}: delitem, delattr. */
    @FunctionalInterface
    public interface Deleter {
        void delete(PyObject self, PyObject key);
    }
}
