package org.krait.compiler.tokenizer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.krait.compiler.source.SyntaxErrorException;

/** Asks {@code python3} what {@code ast.parse} raises for sources, and formats Krait's errors the same way. */
final class TokenizerErrorsOracle {
    private TokenizerErrorsOracle() {
    }

    /** CPython's outcome per source ({@code str} sources, or raw bytes when {@code bytes} is set). */
    static List<String> cpython(String python, List<String> sources, boolean bytes) {
        StringBuilder in = new StringBuilder();
        for (String s : sources) {
            byte[] b = bytes ? s.getBytes(StandardCharsets.ISO_8859_1) : s.getBytes(StandardCharsets.UTF_8);
            in.append(bytes ? "bytes " : "str ").append(HexFormat.of().formatHex(b)).append('\n');
        }
        String out = CPythonOracle.run(python, CPythonOracle.resource("cpython_errors.py"), in.toString());
        List<String> result = new ArrayList<>();
        for (String line : out.split("\n")) {
            result.add(normalise(line));
        }
        return result;
    }

    /** SyntaxErrorException has no None: CPython's missing line/column become 0/-1, as Krait reports them. */
    private static String normalise(String line) {
        String[] f = line.split("\t", -1);
        if (f.length == 7) {
            f[2] = f[2].equals("None") ? "0" : f[2];
            f[3] = f[3].equals("None") ? "-1" : f[3];
            f[4] = f[4].equals("None") ? "0" : f[4];
            f[5] = f[5].equals("None") ? "-1" : f[5];
        }
        return String.join("\t", f);
    }

    /** Krait's outcome: the error the tokenizer (or decoder) throws, or OK after ENDMARKER. */
    static String krait(String source, boolean bytes) {
        try {
            Tokenizer t = bytes ? Tokenizer.fromBytes(source.getBytes(StandardCharsets.ISO_8859_1)) : new Tokenizer(source);
            for (int i = 0; i < 1_000_000; i++) {
                if (t.next().kind == TokenKind.ENDMARKER) {
                    return "OK";
                }
            }
            return "NO ENDMARKER";
        } catch (SyntaxErrorException e) {
            return format(e);
        }
    }

    static String format(SyntaxErrorException e) {
        return String.join("\t", e.kind.name(), CPythonOracle.esc(e.msg), String.valueOf(e.lineno),
                String.valueOf(e.offset), String.valueOf(e.end_lineno), String.valueOf(e.end_offset),
                e.text == null ? "None" : CPythonOracle.esc(e.text));
    }
}
