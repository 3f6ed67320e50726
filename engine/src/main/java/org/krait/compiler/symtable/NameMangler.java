package org.krait.compiler.symtable;

/** Private name mangling inside classes, as CPython's {@code _Py_Mangle}. */
final class NameMangler {

    private NameMangler() {
    }

    /**
     * {@code name} as stored in a class named {@code className}: {@code __x} becomes
     * {@code _Class__x}; dunder names, dotted names and names outside classes are unchanged.
     */
    static String mangle(String className, String name) {
        if (className == null || !name.startsWith("__")) {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < className.length() && className.charAt(start) == '_') {
            start++;
        }
        if (start == className.length()) {
            return name;
        }
        return "_" + className.substring(start) + name;
    }
}
