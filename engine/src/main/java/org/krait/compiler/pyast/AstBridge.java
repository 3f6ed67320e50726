package org.krait.compiler.pyast;

import org.krait.compiler.ast.Mod;
import org.krait.compiler.codegen.CodeGenerator;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.symtable.SymbolTable;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.imports.SourceCompiler;
import org.krait.runtime.introspect.AstProvider;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * The engine's {@link AstProvider} (registered with ServiceLoader): {@code ast.parse} is the
 * parser alone (no symbol table, so what only compile() rejects parses, as in CPython), and
 * compile() of a tree runs the symbol table and code generation over the records made from it.
 */
public final class AstBridge implements AstProvider {

    @Override
    public PyObject parse(String source, String filename, String mode, PyDict nodes) {
        Parser.Mode m = switch (mode) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> Parser.Mode.FUNC_TYPE;
            default -> throw PythonException.valueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
        };
        Mod tree;
        try {
            tree = Parser.parse(source, m);
        } catch (SyntaxErrorException e) {
            // Raised as compile() raises it, with the same fields.
            SourceCompiler.get().compile(source, filename, mode.equals("func_type") ? "eval" : mode);
            throw new IllegalStateException("the parser rejected what the compiler accepts", e);
        }
        return new ToPython(nodes).convert(tree);
    }

    @Override
    public PyCode compile(PyObject tree, String filename, String mode) {
        Class<?> expected = switch (mode) {
            case "exec" -> Mod.Module.class;
            case "eval" -> Mod.Expression.class;
            case "single" -> Mod.Interactive.class;
            default -> throw PythonException.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        };
        String want = expected.getSimpleName();
        if (!tree.type().name().equals(want)) {
            throw PythonException.typeError("expected " + want + " node, got " + tree.type().name());
        }
        Mod mod = (Mod) FromPython.node(tree, Mod.class);
        try {
            SymbolTable table = SymbolTable.build(mod, filename);
            if (mod instanceof Mod.Expression) {
                return CodeGenerator.compileExpression((Mod.Expression) mod, table, filename);
            }
            if (mod instanceof Mod.Interactive) {
                return CodeGenerator.compileInteractive((Mod.Interactive) mod, table, filename);
            }
            return CodeGenerator.compileModule((Mod.Module) mod, table, filename);
        } catch (SyntaxErrorException e) {
            throw PythonException.of(org.krait.runtime.objects.exceptions.ExceptionTypes.SYNTAX_ERROR, e.msg);
        }
    }
}
