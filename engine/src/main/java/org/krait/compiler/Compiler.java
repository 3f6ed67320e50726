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
        return compileFile(source, filename, (message, line) -> { });
    }

    /** Compiles a module, reporting SyntaxWarnings as (message, line) to {@code warnings}. */
    public static PyCode compileFile(byte[] source, String filename, java.util.function.ObjIntConsumer<String> warnings) {
        Mod tree = Parser.parseFile(source);
        SymbolTable table = SymbolTable.build(tree, filename, new String(source, StandardCharsets.UTF_8));
        return CodeGenerator.compileModule((Mod.Module) tree, table, filename, warnings);
    }

    @Override
    public PyCode compile(String source, String filename, String mode) {
        try {
            if (mode.equals("eval")) {
                Mod tree = Parser.parse(source, Parser.Mode.EVAL);
                SymbolTable table = SymbolTable.build(tree, filename, source);
                return CodeGenerator.compileExpression((Mod.Expression) tree, table, filename);
            }
            if (mode.equals("single")) {
                Mod tree = Parser.parse(source, Parser.Mode.SINGLE);
                SymbolTable table = SymbolTable.build(tree, filename, source);
                return CodeGenerator.compileInteractive((Mod.Interactive) tree, table, filename);
            }
            Mod tree = Parser.parse(source, Parser.Mode.EXEC);
            SymbolTable table = SymbolTable.build(tree, filename, source);
            return CodeGenerator.compileModule((Mod.Module) tree, table, filename);
        } catch (SyntaxErrorException e) {
            throw syntaxError(e, filename);
        }
    }

    @Override
    public int[] caretAnchors(String segment) {
        Mod tree;
        try {
            tree = Parser.parse(segment, Parser.Mode.EXEC);
        } catch (SyntaxErrorException | org.krait.compiler.source.SourceTooComplexException e) {
            return null;
        }
        java.util.List<org.krait.compiler.ast.Stmt> body = ((Mod.Module) tree).body();
        if (body.size() != 1 || !(body.get(0) instanceof org.krait.compiler.ast.Stmt.Expr)) {
            return null;
        }
        org.krait.compiler.ast.Expr e = ((org.krait.compiler.ast.Stmt.Expr) body.get(0)).value();
        if (e instanceof org.krait.compiler.ast.Expr.BinOp) {
            org.krait.compiler.ast.Expr.BinOp b = (org.krait.compiler.ast.Expr.BinOp) e;
            int opStart = chars(segment, b.left().end_col_offset());
            int opEnd = chars(segment, b.right().col_offset());
            String op = segment.substring(opStart, opEnd);
            int opOffset = op.length() - op.stripLeading().length();
            int left = opStart + opOffset;
            int right = left + 1;
            if (opOffset + 1 < op.length() && !Character.isWhitespace(op.charAt(opOffset + 1))) {
                right++;
            }
            while (left < segment.length() && (Character.isWhitespace(segment.charAt(left)) || ")#".indexOf(segment.charAt(left)) >= 0)) {
                left++;
                right++;
            }
            return new int[] {left, right};
        }
        if (e instanceof org.krait.compiler.ast.Expr.Subscript) {
            org.krait.compiler.ast.Expr.Subscript s = (org.krait.compiler.ast.Expr.Subscript) e;
            int left = chars(segment, s.value().end_col_offset());
            int right = chars(segment, s.slice().end_col_offset() + 1);
            while (left < segment.length() && segment.charAt(left) != '[') {
                left++;
            }
            while (right < segment.length() && segment.charAt(right) != ']') {
                right++;
            }
            if (right < segment.length()) {
                right++;
            }
            return new int[] {left, right};
        }
        return null;
    }

    /** The character offset of UTF-8 byte offset {@code bytes} in {@code s}. */
    private static int chars(String s, int bytes) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return new String(b, 0, Math.min(bytes, b.length), StandardCharsets.UTF_8).length();
    }

    private static PythonException syntaxError(SyntaxErrorException e, String filename) {
        org.krait.runtime.types.PyType type = e.kind == SyntaxErrorException.Kind.IndentationError ? ExceptionTypes.INDENTATION_ERROR
                : e.kind == SyntaxErrorException.Kind.TabError ? ExceptionTypes.TAB_ERROR : ExceptionTypes.SYNTAX_ERROR;
        PyBaseException exc = PyBaseException.create(type, PyStr.of(e.msg),
                org.krait.runtime.objects.PyTuple.of(PyStr.of(filename), PyInt.of(e.lineno), PyInt.of(e.offset),
                        e.text == null ? PyNoneType.NONE : PyStr.of(e.text), PyInt.of(e.end_lineno), PyInt.of(e.end_offset)));
        return new PythonException(exc);
    }

    @Override
    public PyCode compileModule(byte[] source, String filename) {
        try {
            return compileFile(source, filename);
        } catch (SyntaxErrorException e) {
            throw syntaxError(e, filename);
        }
    }
}
