package org.krait.compiler.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link ConstantRepr} against fixed cases and, in bulk, against the {@code repr} of python3 (CPython 3.11). */
class ConstantReprTest {

    /** Reads "kind argument" lines and prints the repr of each value on one line. */
    private static final String ORACLE = String.join("\n",
            "import sys, struct",
            "out = []",
            "for line in sys.stdin:",
            "    kind, arg = line.split()",
            "    if kind == 'f':",
            "        v = struct.unpack('<d', struct.pack('<q', int(arg)))[0]",
            "    elif kind == 'j':",
            "        v = complex(0.0, struct.unpack('<d', struct.pack('<q', int(arg)))[0])",
            "    elif kind == 'c':",
            "        v = chr(int(arg))",
            "    elif kind == 's':",
            "        v = ''.join(chr(int(x)) for x in arg.split(','))",
            "    elif kind == 'b':",
            "        v = bytes(int(x) for x in arg.split(',') if x)",
            "    else:",
            "        v = int(arg)",
            "    out.append(repr(v))",
            "sys.stdout.write('\\n'.join(out) + '\\n')");

    @Test
    void floats() {
        assertEquals("1e+16", ConstantRepr.floatRepr(1e16));
        assertEquals("1000000000000000.0", ConstantRepr.floatRepr(1e15));
        assertEquals("1e-05", ConstantRepr.floatRepr(1e-5));
        assertEquals("0.0001", ConstantRepr.floatRepr(1e-4));
        assertEquals("-0.0", ConstantRepr.floatRepr(-0.0));
        assertEquals("0.0", ConstantRepr.floatRepr(0.0));
        assertEquals("inf", ConstantRepr.floatRepr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", ConstantRepr.floatRepr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", ConstantRepr.floatRepr(Double.NaN));
        assertEquals("1.7976931348623157e+308", ConstantRepr.floatRepr(Double.MAX_VALUE));
        assertEquals("5e-324", ConstantRepr.floatRepr(Double.MIN_VALUE));
        assertEquals("0.1", ConstantRepr.floatRepr(0.1));
        assertEquals("0.30000000000000004", ConstantRepr.floatRepr(0.1 + 0.2));
        assertEquals("2e-07", ConstantRepr.floatRepr(2e-7));
        assertEquals("1.5", ConstantRepr.floatRepr(1.5));
        assertEquals("123456789012345.67", ConstantRepr.floatRepr(123456789012345.67));
        assertEquals("0.002", ConstantRepr.floatRepr(0.002));
        // Java 17's Double.toString is not the shortest round-trip form here.
        assertEquals("9.999999999999999E22", Double.toString(1e23));
        assertEquals("1e+23", ConstantRepr.floatRepr(1e23));
    }

    @Test
    void complexNumbers() {
        assertEquals("1j", ConstantRepr.repr(new Imaginary(1)));
        assertEquals("1.5j", ConstantRepr.repr(new Imaginary(1.5)));
        assertEquals("1e+100j", ConstantRepr.repr(new Imaginary(1e100)));
        assertEquals("infj", ConstantRepr.repr(new Imaginary(Double.POSITIVE_INFINITY)));
        assertEquals("0j", ConstantRepr.repr(new Imaginary(0)));
        assertEquals("1000000000000000j", ConstantRepr.repr(new Imaginary(1e15)));
    }

    @Test
    void otherKinds() {
        assertEquals("None", ConstantRepr.repr(Singleton.None));
        assertEquals("Ellipsis", ConstantRepr.repr(Singleton.Ellipsis));
        assertEquals("True", ConstantRepr.repr(Boolean.TRUE));
        assertEquals("False", ConstantRepr.repr(Boolean.FALSE));
        assertEquals("123", ConstantRepr.repr(123L));
        assertEquals("123456789012345678901234567890", ConstantRepr.repr(new BigInteger("123456789012345678901234567890")));
        assertEquals("'it\\'s \"x\"'", ConstantRepr.repr("it's \"x\""));
        assertEquals("\"it's\"", ConstantRepr.repr("it's"));
        assertEquals("'a\\tb\\nc\\rd\\\\e\\x00\\x7f'", ConstantRepr.repr("a\tb\nc\rd\\e\0\u007f"));
        assertEquals("'\\xa0é\\u2028\\udc80\\U000e0001😀'", ConstantRepr.repr("\u00a0é\u2028\udc80\uDB40\uDC01\uD83D\uDE00"));
        assertEquals("b'a\\'\"\\x00\\xff\\\\'", ConstantRepr.repr(new Bytes(new byte[] {'a', '\'', '"', 0, -1, '\\'})));
        assertEquals("b\"'\"", ConstantRepr.repr(new Bytes(new byte[] {'\''})));
        assertEquals("b''", ConstantRepr.repr(new Bytes(new byte[0])));
    }

    @Test
    void codePointStrPrintsEachSurrogateOnItsOwn() {
        assertEquals("'\\ud834\\udd1e'", ConstantRepr.repr(new CodePointStr(new int[] {0xd834, 0xdd1e})));
        assertEquals("\"'\\ud834\\udd1e\uD834\uDD1E\"", ConstantRepr.repr(new CodePointStr(new int[] {'\'', 0xd834, 0xdd1e, 0x1d11e})));
        assertEquals(new CodePointStr(new int[] {0xd834, 0xdd1e}), new CodePointStr(new int[] {0xd834, 0xdd1e}));
        assertEquals(new CodePointStr(new int[] {1, 2}).hashCode(), new CodePointStr(new int[] {1, 2}).hashCode());
    }

    @Test
    void floatsAndComplexMatchPython() throws Exception {
        Random random = new Random(20261125);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 30000; i++) {
            values.add(Double.longBitsToDouble(random.nextLong()));
        }
        for (int i = 0; i < 10000; i++) {
            // Short decimals, as literals in source tend to be, across the notation switch points.
            values.add(Double.parseDouble(random.nextInt(100000) + "e" + (random.nextInt(50) - 25)));
        }
        for (int e = -1074; e <= 1023; e++) {
            values.add(Math.scalb(1.0, e));
            values.add(Math.nextDown(Math.scalb(1.0, e)));
        }
        StringBuilder input = new StringBuilder();
        List<String> mine = new ArrayList<>();
        for (double d : values) {
            long bits = Double.doubleToRawLongBits(d);
            input.append("f ").append(bits).append('\n');
            mine.add(ConstantRepr.floatRepr(d));
            input.append("j ").append(bits).append('\n');
            mine.add(ConstantRepr.repr(new Imaginary(d)));
        }
        compareWithPython(input.toString(), mine);
    }

    @Test
    void everyCodePointMatchesPython() throws Exception {
        StringBuilder input = new StringBuilder();
        List<String> mine = new ArrayList<>();
        for (int c = 0; c < 0x110000; c++) {
            input.append("c ").append(c).append('\n');
            mine.add(ConstantRepr.repr(new String(Character.toChars(c))));
        }
        compareWithPython(input.toString(), mine);
    }

    @Test
    void quotesBytesAndIntsMatchPython() throws Exception {
        int[][] strings = {{'\''}, {'"'}, {'\'', '"'}, {'a', '\'', 'b'}, {'\\', '\'', '"', '\n'}, {'"', '"'}, {0xe9, '\''}};
        StringBuilder input = new StringBuilder();
        List<String> mine = new ArrayList<>();
        for (int[] s : strings) {
            StringBuilder text = new StringBuilder();
            StringBuilder arg = new StringBuilder();
            for (int c : s) {
                text.appendCodePoint(c);
                arg.append(arg.length() > 0 ? "," : "").append(c);
            }
            input.append("s ").append(arg).append('\n');
            mine.add(ConstantRepr.repr(text.toString()));
        }
        int[][] splitPairs = {{0xd834, 0xdd1e}, {'\'', 0xdbff, 0xdfff, 0x1d11e, 0xd800}, {'"', '\'', 0xd800, 0xdc00, 'x'}};
        for (int[] s : splitPairs) {
            StringBuilder arg = new StringBuilder();
            for (int c : s) {
                arg.append(arg.length() > 0 ? "," : "").append(c);
            }
            input.append("s ").append(arg).append('\n');
            mine.add(ConstantRepr.repr(new CodePointStr(s)));
        }
        int[][] byteStrings = {{'\''}, {'"'}, {'\'', '"'}, {'x', '\'', 'y'}, {'\\'}};
        for (int[] s : byteStrings) {
            byte[] value = new byte[s.length];
            StringBuilder arg = new StringBuilder();
            for (int i = 0; i < s.length; i++) {
                value[i] = (byte) s[i];
                arg.append(i > 0 ? "," : "").append(s[i]);
            }
            input.append("b ").append(arg).append('\n');
            mine.add(ConstantRepr.repr(new Bytes(value)));
        }
        for (int b = 0; b < 256; b++) {
            input.append("b ").append(b).append('\n');
            mine.add(ConstantRepr.repr(new Bytes(new byte[] {(byte) b})));
        }
        BigInteger big = BigInteger.ONE;
        for (int i = 0; i < 50; i++) {
            big = big.multiply(BigInteger.valueOf(1234567));
            input.append("i ").append(big).append('\n');
            mine.add(ConstantRepr.repr(big));
        }
        compareWithPython(input.toString(), mine);
    }

    private static void compareWithPython(String input, List<String> mine) throws IOException, InterruptedException {
        List<String> theirs = runPython(input);
        assertEquals(mine.size(), theirs.size(), "python3 printed a different number of lines");
        String[] lines = input.split("\n");
        int mismatches = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < mine.size(); i++) {
            if (!mine.get(i).equals(theirs.get(i))) {
                if (mismatches++ < 20) {
                    report.append(lines[i]).append(": krait ").append(mine.get(i))
                            .append(" python ").append(theirs.get(i)).append('\n');
                }
            }
        }
        assertEquals(0, mismatches, report.toString());
    }

    private static List<String> runPython(String input) throws IOException, InterruptedException {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder("python3", "-c", ORACLE);
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            builder.redirectError(ProcessBuilder.Redirect.INHERIT);
            process = builder.start();
        } catch (IOException e) {
            System.err.println("!!! ConstantReprTest: python3 not found on PATH; skipping the comparison with CPython !!!");
            assumeTrue(false, "python3 not found");
            throw e;
        }
        Thread writer = new Thread(() -> {
            try (Writer w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                w.write(input);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
        }
        writer.join();
        assertEquals(0, process.waitFor(), "python3 failed");
        return lines;
    }
}
