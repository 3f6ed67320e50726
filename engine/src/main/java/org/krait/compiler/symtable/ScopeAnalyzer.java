package org.krait.compiler.symtable;

import static org.krait.compiler.symtable.SymbolFlags.*;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The second pass (CPython's {@code analyze_block}): resolves every name of every block to a
 * {@link SymbolScope}. Each block receives the names bound in enclosing functions ({@code bound},
 * {@code null} for the module) and the names declared global above it; it reports upwards the
 * names its nested blocks need from outside ({@code free}). A function's local that a nested block
 * needs becomes a CELL; class bindings are invisible to methods, but a method's free name that the
 * class also binds is marked {@code DEF_FREE_CLASS}; a method's use of {@code __class__} stops at
 * the class, which then needs the implicit {@code __class__} cell.
 */
final class ScopeAnalyzer {

    private static final String CLASS_CELL = "__class__";

    private final ErrorReporter errors;

    ScopeAnalyzer(ErrorReporter errors) {
        this.errors = errors;
    }

    void analyzeModule(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, SymbolScope> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        boolean isClass = ste.kind() == ScopeKind.CLASS;

        // a class's own bindings are not visible to its methods: what they see is fixed before
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (!isClass) {
            if (ste.kind() == ScopeKind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add(CLASS_CELL);
        }

        Set<String> allFree = new HashSet<>();
        for (Scope child : ste.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);

        if (ste.kind() == ScopeKind.FUNCTION) {
            analyzeCells(scopes, newFree);
        } else if (isClass && newFree.remove(CLASS_CELL)) {
            ste.needsClassClosure = true;
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, isClass);
        free.addAll(newFree);
    }

    private void analyzeName(Scope ste, Map<String, SymbolScope> scopes, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, SymbolScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, SymbolScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        // a binding in an enclosing function makes the name free; bound != null implies nesting
        if (bound != null && bound.contains(name)) {
            scopes.put(name, SymbolScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global.contains(name)) {
            scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
            return;
        }
        if (ste.isNested()) {
            ste.free = true;
        }
        scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
    }

    private RuntimeException errorAtDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return errors.at(d.where(), msg);
            }
        }
        throw new IllegalStateException("no directive recorded for '" + name + "' in " + ste);
    }

    /** Locals that nested blocks need become cells, and stop propagating outwards. */
    private static void analyzeCells(Map<String, SymbolScope> scopes, Set<String> free) {
        for (Map.Entry<String, SymbolScope> e : scopes.entrySet()) {
            if (e.getValue() == SymbolScope.LOCAL && free.remove(e.getKey())) {
                e.setValue(SymbolScope.CELL);
            }
        }
    }

    /** Writes the scopes into the flags words, and adds the free names passing through this block. */
    private static void updateSymbols(Map<String, Integer> symbols, Map<String, SymbolScope> scopes,
                                      Set<String> bound, Set<String> free, boolean isClass) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            e.setValue(e.getValue() | (scopes.get(e.getKey()).code << SCOPE_OFFSET));
        }
        for (String name : free) {
            Integer flags = symbols.get(name);
            if (flags != null) {
                // a method's free name that the class binds (or declares global) itself
                if (isClass && (flags & (DEF_BOUND | DEF_GLOBAL)) != 0) {
                    symbols.put(name, flags | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            symbols.put(name, SymbolScope.FREE.code << SCOPE_OFFSET);
        }
    }
}
