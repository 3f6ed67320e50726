package org.krait.compiler.symtable;

/**
 * One name of a scope: its {@link SymbolFlags} bits and the scope it resolved to.
 *
 * @param name the name as stored (mangled inside classes: {@code _C__x})
 * @param flags the {@code DEF_*}/{@code USE} bits, without the scope
 * @param scope where the name resolves
 */
public record Symbol(String name, int flags, SymbolScope scope) {

    /** Whether all of {@code flag}'s bits are set. */
    public boolean has(int flag) {
        return (flags & flag) == flag;
    }

    /** The flags word as CPython stores it ({@code symtable.Symbol._Symbol__flags}): flags plus scope bits. */
    public int rawFlags() {
        return flags | (scope.code << SymbolFlags.SCOPE_OFFSET);
    }
}
