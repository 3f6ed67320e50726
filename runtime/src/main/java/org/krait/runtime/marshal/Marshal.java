package org.krait.runtime.marshal;

import org.krait.runtime.objects.PyObject;

/**
 * The marshal format's entry points. {@link #dumps} writes as CPython's
 * {@code PyMarshal_WriteObjectToString}; {@link #loads} reads one value as
 * {@code PyMarshal_ReadObjectFromString}, ignoring trailing bytes; {@link MarshalReader} reads
 * several values in a row and tells how many bytes each took.
 */
public final class Marshal {

    /** {@code marshal.version}: the newest format, the default of {@link #dumps}. */
    public static final int VERSION = 4;

    static final int TYPE_NULL = '0';
    static final int TYPE_NONE = 'N';
    static final int TYPE_FALSE = 'F';
    static final int TYPE_TRUE = 'T';
    static final int TYPE_STOPITER = 'S';
    static final int TYPE_ELLIPSIS = '.';
    static final int TYPE_INT = 'i';
    /** Read only: no longer written by CPython. */
    static final int TYPE_INT64 = 'I';
    static final int TYPE_FLOAT = 'f';
    static final int TYPE_BINARY_FLOAT = 'g';
    static final int TYPE_COMPLEX = 'x';
    static final int TYPE_BINARY_COMPLEX = 'y';
    static final int TYPE_LONG = 'l';
    static final int TYPE_STRING = 's';
    static final int TYPE_INTERNED = 't';
    static final int TYPE_REF = 'r';
    static final int TYPE_TUPLE = '(';
    static final int TYPE_LIST = '[';
    static final int TYPE_DICT = '{';
    static final int TYPE_CODE = 'c';
    static final int TYPE_UNICODE = 'u';
    static final int TYPE_UNKNOWN = '?';
    static final int TYPE_SET = '<';
    static final int TYPE_FROZENSET = '>';
    static final int TYPE_ASCII = 'a';
    static final int TYPE_ASCII_INTERNED = 'A';
    static final int TYPE_SMALL_TUPLE = ')';
    static final int TYPE_SHORT_ASCII = 'z';
    static final int TYPE_SHORT_ASCII_INTERNED = 'Z';
    /** Or-ed into a type code: the object gets the next index of the back-reference table. */
    static final int FLAG_REF = 0x80;

    /** How deep containers may nest, as CPython's {@code MAX_MARSHAL_STACK_DEPTH} (non-Windows). */
    static final int MAX_DEPTH = 2000;

    private Marshal() {
    }

    /**
     * The bytes of {@code value} (borrowed) in format {@code version}. ValueError
     * "unmarshallable object" for a type marshal does not handle (subclasses of the basic types
     * included), "object too deeply nested to marshal" past 2,000 levels.
     */
    public static byte[] dumps(PyObject value, int version) {
        return new MarshalWriter(version).write(value);
    }

    /**
     * The value at the start of {@code data} (a new reference); bytes after it are ignored.
     * EOFError, ValueError or TypeError with CPython's messages for data that is not marshal.
     */
    public static PyObject loads(byte[] data) {
        return new MarshalReader(data, 0).readObject();
    }
}
