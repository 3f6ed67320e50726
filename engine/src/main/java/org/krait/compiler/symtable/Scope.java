package org.krait.compiler.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.krait.compiler.ast.Located;

/**
 * One block of the symbol table (CPython's {@code PySTEntryObject}): a module, class, function,
 * lambda or comprehension, with its symbols in the order they were first seen, its parameters
 * ({@code varnames}) and its child blocks in source order. Built by {@link SymbolTable#build}; its
 * state is only changed by this package's two passes.
 */
public final class Scope {

    private final String name;
    private final ScopeKind kind;
    private final int lineno;
    private final int colOffset;
    private final int endLineno;
    private final int endColOffset;
    private final boolean nested;

    /** Name to raw flags word: {@code DEF_*} bits, plus the scope code once analysed. */
    final Map<String, Integer> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** {@code global}/{@code nonlocal} declarations (and walrus targets bound outside), for error positions. */
    final List<Directive> directives = new ArrayList<>();

    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    boolean comprehension;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean varargs;
    boolean varkeywords;
    /** While visiting a comprehension's target: names bound now are iteration variables. */
    boolean compIterTarget;
    /** Depth of comprehension iterable expressions being visited (inherited by nested blocks). */
    int compIterExpr;

    /** A declaration site: the mangled name and the statement (or walrus target) declaring it. */
    record Directive(String name, Located where) {
    }

    Scope(String name, ScopeKind kind, int lineno, int colOffset, int endLineno, int endColOffset, boolean nested) {
        this.name = name;
        this.kind = kind;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
        this.nested = nested;
    }

    /** The block's name: {@code top} for the module, the def/class name, or {@code lambda}, {@code listcomp}... */
    public String name() {
        return name;
    }

    public ScopeKind kind() {
        return kind;
    }

    /** The first line of the defining node (0 for the module). */
    public int lineno() {
        return lineno;
    }

    /** The defining node's column (UTF-8 bytes), 0 for the module. */
    public int colOffset() {
        return colOffset;
    }

    /** The defining node's last line. */
    public int endLineno() {
        return endLineno;
    }

    /** The defining node's end column (UTF-8 bytes, exclusive). */
    public int endColOffset() {
        return endColOffset;
    }

    /** Whether the block is inside a function (directly or through classes): CPython's {@code ste_nested}. */
    public boolean isNested() {
        return nested;
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    /** The child blocks in the order the symbol table pass entered them. */
    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** The parameters in order (positional-only, positional, keyword-only, {@code *args}, {@code **kwargs}). */
    public List<String> varnames() {
        return Collections.unmodifiableList(varnames);
    }

    /** The symbol stored under {@code name} (already mangled), or {@code null}. */
    public Symbol lookup(String name) {
        Integer raw = symbols.get(name);
        return raw == null ? null : symbolOf(name, raw);
    }

    /** All symbols in the order their names were first recorded. */
    public List<Symbol> symbols() {
        List<Symbol> out = new ArrayList<>(symbols.size());
        symbols.forEach((n, raw) -> out.add(symbolOf(n, raw)));
        return out;
    }

    private static Symbol symbolOf(String name, int raw) {
        int scopeCode = (raw >> SymbolFlags.SCOPE_OFFSET) & SymbolFlags.SCOPE_MASK;
        return new Symbol(name, raw & ((1 << SymbolFlags.SCOPE_OFFSET) - 1), SymbolScope.ofCode(scopeCode));
    }

    /** Whether the block uses a name bound in an enclosing function (or declares one nonlocal). */
    public boolean hasFreeVars() {
        return free;
    }

    /** Whether some nested block has free variables. */
    public boolean hasChildFree() {
        return childFree;
    }

    /** Whether the block contains {@code yield} (or is a generator expression). */
    public boolean isGenerator() {
        return generator;
    }

    /** Whether the block is {@code async def}, or contains {@code await} or an async comprehension. */
    public boolean isCoroutine() {
        return coroutine;
    }

    /** Whether the block is a comprehension or generator expression body. */
    public boolean isComprehension() {
        return comprehension;
    }

    public boolean returnsValue() {
        return returnsValue;
    }

    /** For a class: whether its methods use {@code __class__} (or {@code super}), so it needs the implicit cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + ", line " + lineno + ">";
    }
}
