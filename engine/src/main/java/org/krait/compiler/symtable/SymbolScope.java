package org.krait.compiler.symtable;

/** Where a name resolves, as the scope values of CPython's symbol table (stored in the flags' high bits). */
public enum SymbolScope {
    LOCAL(1), GLOBAL_EXPLICIT(2), GLOBAL_IMPLICIT(3), FREE(4), CELL(5);

    /** CPython's numeric value of this scope. */
    public final int code;

    SymbolScope(int code) {
        this.code = code;
    }

    /** The scope with CPython's numeric {@code code}, or {@code null} for 0 (not yet resolved). */
    static SymbolScope ofCode(int code) {
        for (SymbolScope s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return null;
    }
}
