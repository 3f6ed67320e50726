package org.krait.runtime.types;

import java.util.Map;

/**
 * The {@code __doc__} of builtin types: a one-line summary in Krait's own words (CPython's
 * docstrings are longer; programs mostly test that one exists).
 */
final class BuiltinDocs {

    private BuiltinDocs() {
    }

    private static final Map<String, String> DOCS = Map.ofEntries(
            Map.entry("object", "The root of every class; its instances carry no attributes."),
            Map.entry("type", "type(object) -> the type of object; type(name, bases, dict) -> a new class."),
            Map.entry("int", "int([x]) -> integer; int(x, base=10) -> integer parsed from a string."),
            Map.entry("float", "float(x=0) -> floating point number made from a number or a string."),
            Map.entry("complex", "complex(real=0, imag=0) -> complex number."),
            Map.entry("bool", "bool(x) -> True when x is true, else False."),
            Map.entry("str", "str(object='') -> str; str(bytes, encoding, errors) -> decoded str."),
            Map.entry("bytes", "bytes(source) -> immutable sequence of integers 0..255."),
            Map.entry("bytearray", "bytearray(source) -> mutable sequence of integers 0..255."),
            Map.entry("list", "list(iterable=()) -> mutable sequence."),
            Map.entry("tuple", "tuple(iterable=()) -> immutable sequence."),
            Map.entry("dict", "dict(mapping or iterable, **kwargs) -> mapping ordered by insertion."),
            Map.entry("set", "set(iterable=()) -> mutable unordered collection of distinct items."),
            Map.entry("frozenset", "frozenset(iterable=()) -> immutable unordered collection of distinct items."),
            Map.entry("range", "range(stop) or range(start, stop[, step]) -> arithmetic progression of ints."),
            Map.entry("slice", "slice(stop) or slice(start, stop[, step]) -> the bounds of a subscript."),
            Map.entry("property", "property(fget=None, fset=None, fdel=None, doc=None) -> a computed attribute."),
            Map.entry("classmethod", "classmethod(function) -> a method that receives the class instead of the instance."),
            Map.entry("staticmethod", "staticmethod(function) -> a function stored in a class, receiving no implicit first argument."),
            Map.entry("super", "super(type, obj) -> a proxy delegating attribute lookups to the classes after type in obj's MRO."));

    /** The summary of builtin type {@code name}, or null when Krait has none. */
    static String of(String name) {
        return DOCS.get(name);
    }
}
