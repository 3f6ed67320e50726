package org.krait.compiler.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.krait.compiler.Compiler;
import org.krait.runtime.bytecode.Disassembler;
import org.krait.runtime.bytecode.ExceptionTable;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.PyCode;

@DisplayName("Code generation as CPython 3.11")
class CodeGeneratorTest {

    private static PyCode compile(String src) {
        return Compiler.compileFile(src.getBytes(StandardCharsets.UTF_8), "<test>");
    }

    /** The opcode names of {@code code}, EXTENDED_ARG included. */
    private static List<String> ops(PyCode code) {
        return Arrays.stream(Disassembler.disassemble(code).split("\n"))
                .map(String::strip).filter(l -> l.matches("(\\d+\\s+)?(>>\\s+)?\\d+ [A-Z_]+.*"))
                .map(l -> l.replaceAll("^(\\d+\\s+)?(>>\\s+)?\\d+ ", "").split("\\s+")[0]).collect(Collectors.toList());
    }

    @Test
    void foldsConstantExpressions() {
        PyCode c = compile("x = 2 * 3 + 1\ny = (1, 2, -3)\nz = 1 / 0\n");
        String dis = Disassembler.disassemble(c);
        assertTrue(dis.contains("LOAD_CONST               0 (7)"), dis);
        assertTrue(dis.contains("((1, 2, -3))"), dis);
        assertTrue(dis.contains("BINARY_OP               11 (/)"), "1 / 0 raises, so it is not folded:\n" + dis);
    }

    @Test
    void callsUseThe311Sequence() {
        assertEquals(List.of("RESUME", "PUSH_NULL", "LOAD_NAME", "LOAD_CONST", "PRECALL", "CALL", "POP_TOP", "LOAD_CONST",
                "RETURN_VALUE"), ops(compile("print(1)\n")));
        PyCode f = (PyCode) compile("def f(o):\n    return o.m(a=1)\n").consts[0];
        assertEquals(List.of("RESUME", "LOAD_FAST", "LOAD_METHOD", "LOAD_CONST", "KW_NAMES", "PRECALL", "CALL",
                "RETURN_VALUE"), ops(f));
    }

    @Test
    void closuresUseCellsAndFreeVariables() {
        PyCode outer = (PyCode) compile("def outer(a):\n    def inner():\n        return a\n    return inner\n").consts[0];
        assertEquals(List.of("a"), outer.cellvars());
        assertEquals(List.of("a", "inner"), outer.varnames());
        assertEquals("MAKE_CELL", ops(outer).get(0));
        PyCode inner = null;
        for (Object o : outer.consts) {
            if (o instanceof PyCode) {
                inner = (PyCode) o;
            }
        }
        assertEquals(List.of("a"), inner.freevars());
        assertEquals(List.of("COPY_FREE_VARS", "RESUME", "LOAD_DEREF", "RETURN_VALUE"), ops(inner));
    }

    @Test
    void tryExceptHasZeroCostHandlers() {
        PyCode c = compile("try:\n    f()\nexcept ValueError as e:\n    g(e)\n");
        ExceptionTable.Entry[] table = ExceptionTable.decode(c.exceptiontable);
        assertTrue(table.length >= 3, Disassembler.disassemble(c));
        assertEquals(0, table[0].depth());
        assertTrue(ops(c).contains("PUSH_EXC_INFO"));
        assertTrue(ops(c).contains("CHECK_EXC_MATCH"));
        assertTrue(ops(c).contains("POP_EXCEPT"));
    }

    @Test
    void longJumpsGetExtendedArguments() {
        StringBuilder src = new StringBuilder("while x:\n");
        for (int i = 0; i < 300; i++) {
            src.append("    y = ").append(i).append('\n');
        }
        PyCode c = compile(src.toString());
        assertTrue(ops(c).contains("EXTENDED_ARG"), "a jump over 300 statements needs EXTENDED_ARG");
        assertTrue(c.stacksize >= 1);
    }

    @Test
    void generatorsStartWithReturnGenerator() {
        PyCode g = (PyCode) compile("def g():\n    yield 1\n").consts[0];
        assertTrue(g.isGenerator());
        assertEquals(List.of("RETURN_GENERATOR", "POP_TOP", "RESUME"), ops(g).subList(0, 3));
        assertEquals(Opcode.YIELD_VALUE.name(), ops(g).get(4));
    }
}
