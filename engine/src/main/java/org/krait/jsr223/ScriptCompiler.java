package org.krait.jsr223;

import java.util.List;
import javax.script.ScriptException;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.codegen.CodeGenerator;
import org.krait.compiler.codegen.UnsupportedFeatureException;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SourceTooComplexException;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.symtable.SymbolTable;
import org.krait.runtime.bytecode.PyCode;

/**
 * Source to a {@link PythonCompiledScript}: the module's statements, and its last statement apart
 * when it is an expression, compiled as an 'eval' expression so that its value can be returned
 * (what an interactive prompt would show). Both keep the source's lines and columns.
 */
final class ScriptCompiler {

    private ScriptCompiler() {
    }

    static PythonCompiledScript compile(PythonScriptEngine engine, String source, String filename) throws ScriptException {
        try {
            Mod.Module module = (Mod.Module) Parser.parse(source, Parser.Mode.EXEC);
            List<Stmt> body = module.body();
            PyCode last = null;
            if (!body.isEmpty() && body.get(body.size() - 1) instanceof Stmt.Expr) {
                Mod.Expression e = new Mod.Expression(((Stmt.Expr) body.get(body.size() - 1)).value());
                last = CodeGenerator.compileExpression(e, SymbolTable.build(e, filename, source), filename);
                body = body.subList(0, body.size() - 1);
            }
            PyCode code = null;
            if (!body.isEmpty()) {
                Mod.Module m = new Mod.Module(body, module.type_ignores());
                code = CodeGenerator.compileModule(m, SymbolTable.build(m, filename, source), filename);
            }
            return new PythonCompiledScript(engine, code, last, filename);
        } catch (SyntaxErrorException e) {
            throw ScriptErrors.of(e, filename);
        } catch (SourceTooComplexException e) {
            throw ScriptErrors.of(e, filename);
        } catch (UnsupportedFeatureException e) {
            throw new ScriptException("krait: " + e.getMessage(), filename, -1);
        } catch (StackOverflowError e) {
            throw ScriptErrors.recursion(filename);
        }
    }
}
