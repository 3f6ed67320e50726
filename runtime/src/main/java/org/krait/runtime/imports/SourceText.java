package org.krait.runtime.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code importlib.util.decode_source}: a source file's bytes as text, in the encoding its BOM or
 * PEP 263 declaration names (UTF-8 by default), with universal newlines.
 */
final class SourceText {

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceText() {
    }

    static String decode(byte[] source) {
        Charset cs = StandardCharsets.UTF_8;
        int start = 0;
        if (source.length >= 3 && (source[0] & 0xFF) == 0xEF && (source[1] & 0xFF) == 0xBB && (source[2] & 0xFF) == 0xBF) {
            start = 3;
        } else {
            String head = new String(source, 0, Math.min(source.length, 400), StandardCharsets.ISO_8859_1);
            String[] lines = head.split("\n", 3);
            for (int i = 0; i < Math.min(2, lines.length); i++) {
                Matcher m = CODING.matcher(lines[i]);
                if (m.find()) {
                    try {
                        cs = Charset.forName(m.group(1));
                    } catch (IllegalArgumentException e) {
                        // Unknown here: the compiler reports it when it compiles the file.
                    }
                    break;
                }
                if (!lines[i].strip().isEmpty() && !lines[i].strip().startsWith("#")) {
                    break;
                }
            }
        }
        String text = new String(source, start, source.length - start, cs);
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
