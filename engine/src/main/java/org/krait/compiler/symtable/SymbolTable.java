package org.krait.compiler.symtable;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Node;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * The symbol table of one module, as CPython 3.11's {@code _PySymtable_Build}: the tree of
 * {@link Scope}s rooted at the module, and the block each defining node opened.
 */
public final class SymbolTable {

    private final String filename;
    private final Scope top;
    private final Map<Object, Scope> blocks;

    private SymbolTable(String filename, Scope top, Map<Object, Scope> blocks) {
        this.filename = filename;
        this.top = top;
        this.blocks = blocks;
    }

    /** Builds the table of {@code module}; SyntaxErrors carry no source text. */
    public static SymbolTable build(Mod module, String filename) {
        return build(module, filename, null);
    }

    /**
     * Builds the table of {@code module}, whose source text (or {@code null}) gives the errors'
     * {@code text}, as CPython does when it can read the file.
     *
     * @throws SyntaxErrorException the first error CPython's symbol table (or future statement check) raises
     */
    public static SymbolTable build(Mod module, String filename, String source) {
        ErrorReporter errors = new ErrorReporter(source);
        Map<Object, Scope> blocks = new IdentityHashMap<>();
        Scope top;
        try {
            if (module instanceof Mod.Module) {
                Mod.Module m = (Mod.Module) module;
                boolean futureAnnotations = FutureFeatures.check(m.body(), errors);
                top = new SymbolCollector(errors, futureAnnotations, blocks).collectModule(module, m.body());
            } else if (module instanceof Mod.Interactive) {
                Mod.Interactive m = (Mod.Interactive) module;
                boolean futureAnnotations = FutureFeatures.check(m.body(), errors);
                top = new SymbolCollector(errors, futureAnnotations, blocks).collectModule(module, m.body());
            } else if (module instanceof Mod.Expression) {
                top = new SymbolCollector(errors, false, blocks).collectExpression(module, ((Mod.Expression) module).body());
            } else {
                throw new IllegalArgumentException("the symbol table does not handle FunctionType modules");
            }
            new ScopeAnalyzer(errors).analyzeModule(top);
        } catch (StackOverflowError e) {
            throw new SourceTooComplexException("RecursionError", "maximum recursion depth exceeded during compilation");
        }
        return new SymbolTable(filename, top, Collections.unmodifiableMap(blocks));
    }

    public String filename() {
        return filename;
    }

    /** The module's block, named {@code top}. */
    public Scope top() {
        return top;
    }

    /** The block opened by {@code node} (a def, class, lambda, comprehension or the module), or {@code null}. */
    public Scope scopeOf(Node node) {
        return blocks.get(node);
    }
}
