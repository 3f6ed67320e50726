package org.krait.compiler.symtable;

/** The block types of CPython's symbol table ({@code _Py_block_ty}), with their numeric codes. */
public enum ScopeKind {
    /** Functions, lambdas and comprehension bodies: CPython's {@code FunctionBlock}. */
    FUNCTION(0, "function"),
    CLASS(1, "class"),
    MODULE(2, "module"),
    /**
     * An annotation under {@code from __future__ import annotations}: a throwaway block that keeps
     * the annotation's names out of the enclosing scope; it never appears among the children.
     */
    ANNOTATION(3, "annotation");

    /** The value of CPython's {@code ste_type}. */
    public final int code;
    /** The name {@code symtable.SymbolTable.get_type()} reports. */
    public final String pythonName;

    ScopeKind(int code, String pythonName) {
        this.code = code;
        this.pythonName = pythonName;
    }
}
