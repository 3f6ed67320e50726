package org.krait.runtime.types;

/**
 * The special-method operations a type caches (CPython's {@code tp_*}/{@code nb_*} slots), each
 * with its dunder name and {@link Signature}. No code switches on dunder strings: it names a Slot.
 */
public enum Slot {
    REPR("__repr__", Signature.UNARY),
    STR("__str__", Signature.UNARY),
    HASH("__hash__", Signature.HASH),
    BOOL("__bool__", Signature.PREDICATE),
    LEN("__len__", Signature.LENGTH),
    ITER("__iter__", Signature.UNARY),
    NEXT("__next__", Signature.UNARY),
    CALL("__call__", Signature.CALL),
    /** {@code __new__}: self is the type being instantiated. */
    NEW("__new__", Signature.CALL),
    INIT("__init__", Signature.CALL),
    GETATTRIBUTE("__getattribute__", Signature.BINARY),
    GETATTR("__getattr__", Signature.BINARY),
    SETATTR("__setattr__", Signature.SETTER),
    DELATTR("__delattr__", Signature.DELETER),
    GET("__get__", Signature.TERNARY),
    SET("__set__", Signature.SETTER),
    GETITEM("__getitem__", Signature.BINARY),
    SETITEM("__setitem__", Signature.SETTER),
    DELITEM("__delitem__", Signature.DELETER),
    CONTAINS("__contains__", Signature.CONTAINS),
    EQ("__eq__", Signature.BINARY),
    NE("__ne__", Signature.BINARY),
    LT("__lt__", Signature.BINARY),
    LE("__le__", Signature.BINARY),
    GT("__gt__", Signature.BINARY),
    GE("__ge__", Signature.BINARY),
    ADD("__add__", Signature.BINARY),
    RADD("__radd__", Signature.BINARY),
    SUB("__sub__", Signature.BINARY),
    RSUB("__rsub__", Signature.BINARY),
    MUL("__mul__", Signature.BINARY),
    RMUL("__rmul__", Signature.BINARY),
    TRUEDIV("__truediv__", Signature.BINARY),
    RTRUEDIV("__rtruediv__", Signature.BINARY),
    FLOORDIV("__floordiv__", Signature.BINARY),
    RFLOORDIV("__rfloordiv__", Signature.BINARY),
    MOD("__mod__", Signature.BINARY),
    RMOD("__rmod__", Signature.BINARY),
    POW("__pow__", Signature.BINARY),
    RPOW("__rpow__", Signature.BINARY),
    LSHIFT("__lshift__", Signature.BINARY),
    RLSHIFT("__rlshift__", Signature.BINARY),
    RSHIFT("__rshift__", Signature.BINARY),
    RRSHIFT("__rrshift__", Signature.BINARY),
    AND("__and__", Signature.BINARY),
    RAND("__rand__", Signature.BINARY),
    OR("__or__", Signature.BINARY),
    ROR("__ror__", Signature.BINARY),
    XOR("__xor__", Signature.BINARY),
    RXOR("__rxor__", Signature.BINARY),
    MATMUL("__matmul__", Signature.BINARY),
    RMATMUL("__rmatmul__", Signature.BINARY),
    DIVMOD("__divmod__", Signature.BINARY),
    RDIVMOD("__rdivmod__", Signature.BINARY),
    IADD("__iadd__", Signature.BINARY),
    ISUB("__isub__", Signature.BINARY),
    IMUL("__imul__", Signature.BINARY),
    ITRUEDIV("__itruediv__", Signature.BINARY),
    IFLOORDIV("__ifloordiv__", Signature.BINARY),
    IMOD("__imod__", Signature.BINARY),
    IPOW("__ipow__", Signature.BINARY),
    ILSHIFT("__ilshift__", Signature.BINARY),
    IRSHIFT("__irshift__", Signature.BINARY),
    IAND("__iand__", Signature.BINARY),
    IXOR("__ixor__", Signature.BINARY),
    IOR("__ior__", Signature.BINARY),
    IMATMUL("__imatmul__", Signature.BINARY),
    NEG("__neg__", Signature.UNARY),
    POS("__pos__", Signature.UNARY),
    ABS("__abs__", Signature.UNARY),
    INVERT("__invert__", Signature.UNARY),
    INT("__int__", Signature.UNARY),
    FLOAT("__float__", Signature.UNARY),
    INDEX("__index__", Signature.UNARY),
    /** {@code am_await}: the iterator an {@code await} drives. */
    AWAIT("__await__", Signature.UNARY),
    /** {@code am_aiter}. */
    AITER("__aiter__", Signature.UNARY),
    /** {@code am_anext}: the awaitable of the next item. */
    ANEXT("__anext__", Signature.UNARY),
    /** {@code tp_finalize}: run once before the object dies (memory.Finalization). */
    DEL("__del__", Signature.UNARY);

    /** The special method's name, e.g. {@code "__add__"}. */
    public final String dunder;
    public final Signature signature;

    Slot(String dunder, Signature signature) {
        this.dunder = dunder;
        this.signature = signature;
    }

    private static final java.util.Map<String, Slot> BY_DUNDER = new java.util.HashMap<>();

    static {
        for (Slot s : values()) {
            BY_DUNDER.put(s.dunder, s);
        }
    }

    /** The slot of a special method name, or null. */
    public static Slot ofDunder(String name) {
        return BY_DUNDER.get(name);
    }
}
