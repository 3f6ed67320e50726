package org.krait.compiler.symtable;

/** CPython 3.11's symbol flag bits ({@code Include/internal/pycore_symtable.h}), with the same values. */
public final class SymbolFlags {
    /** Declared {@code global} in this block. */
    public static final int DEF_GLOBAL = 1;
    /** Bound in this block (assignment, def, class, for target, except name...). */
    public static final int DEF_LOCAL = 2;
    /** A parameter of this function. */
    public static final int DEF_PARAM = 2 << 1;
    /** Declared {@code nonlocal} in this block. */
    public static final int DEF_NONLOCAL = 2 << 2;
    /** Read in this block. */
    public static final int USE = 2 << 3;
    /** Free in a nested block (unused by the analysis, kept for the numbering). */
    public static final int DEF_FREE = 2 << 4;
    /** Free in a method of this class while also bound or global in the class itself. */
    public static final int DEF_FREE_CLASS = 2 << 5;
    /** Bound by an import. */
    public static final int DEF_IMPORT = 2 << 6;
    /** Annotated ({@code x: T}). */
    public static final int DEF_ANNOT = 2 << 7;
    /** An iteration variable of a comprehension. */
    public static final int DEF_COMP_ITER = 2 << 8;

    /** Any binding in this block. */
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    /** The resolved {@link SymbolScope} code sits in the flags at this bit offset. */
    public static final int SCOPE_OFFSET = 11;
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    private SymbolFlags() {
    }
}
