package org.krait.compiler;

import java.nio.charset.StandardCharsets;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.codegen.CodeGenerator;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.compiler.symtable.SymbolTable;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.imports.SourceCompiler;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PyBaseException;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * The compiler façade: source bytes to a module's code object through the parser, the symbol
 * table and the code generator. It is the runtime's {@link SourceCompiler} (registered with
 * ServiceLoader), where a syntax error becomes a Python {@code SyntaxError}.
 */
public final class Compiler implements SourceCompiler {

    /** Compiles a module; syntax errors are thrown as {@link SyntaxErrorException}. */
    public static PyCode compileFile(byte[] source, String filename) {
        Mod tree = Parser.parseFile(source);
        SymbolTable table = SymbolTable.build(tree, filename, new String(source, StandardCharsets.UTF_8));
        return CodeGenerator.compileModule((Mod.Module) tree, table, filename);
    }

    @Override
    public PyCode compile(String source, String filename, String mode) {
        try {
            if (mode.equals("eval")) {
                Mod tree = Parser.parse(source, Parser.Mode.EVAL);
                SymbolTable table = SymbolTable.build(tree, filename, source);
                return CodeGenerator.compileExpression((Mod.Expression) tree, table, filename);
            }
            Mod tree = Parser.parse(source, Parser.Mode.EXEC);
            SymbolTable table = SymbolTable.build(tree, filename, source);
            return CodeGenerator.compileModule((Mod.Module) tree, table, filename);
        } catch (SyntaxErrorException e) {
            throw syntaxError(e, filename);
        }
    }

    private static PythonException syntaxError(SyntaxErrorException e, String filename) {
        PyBaseException exc = PyBaseException.create(ExceptionTypes.SYNTAX_ERROR, PyStr.of(e.msg),
                org.krait.runtime.objects.PyTuple.of(PyStr.of(filename), PyInt.of(e.lineno), PyInt.of(e.offset),
                        e.text == null ? PyNoneType.NONE : PyStr.of(e.text)));
        return new PythonException(exc);
    }

    @Override
    public PyCode compileModule(byte[] source, String filename) {
        try {
            return compileFile(source, filename);
        } catch (SyntaxErrorException e) {
            PyBaseException exc = PyBaseException.create(ExceptionTypes.SYNTAX_ERROR, PyStr.of(e.msg),
                    org.krait.runtime.objects.PyTuple.of(PyStr.of(filename), PyInt.of(e.lineno), PyInt.of(e.offset),
                            e.text == null ? PyNoneType.NONE : PyStr.of(e.text)));
            throw new PythonException(exc);
        }
    }
}
