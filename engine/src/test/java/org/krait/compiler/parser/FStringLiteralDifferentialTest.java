package org.krait.compiler.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.krait.compiler.ast.AstDump;
import org.krait.compiler.source.SyntaxErrorException;

/**
 * Compares string atoms whose fields are plain names (so no real parser is involved) with
 * CPython 3.11: values, kinds, the JoinedStr layout, every position, and the SyntaxErrors.
 */
class FStringLiteralDifferentialTest {

    private static final String[] BODIES = {
        "", "a", "é€😀", "\\n\\t\\\\", "\\x41\\u00e9\\U0001F600", "\\101\\0\\777", "\\N{BULLET}", "\\q\\{",
        "\\x4", "\\xZZ", "\\u12", "\\U1234567", "\\U00110000", "\\N{NO SUCH NAME}", "\\N{}", "\\N",
        "é\\x4", "a\\\\é", "\\é", "{{}}", "a{x}b", "{x!r}", "{x!s:>10}", "{x:{y}.{z}}", "{x=}", "{x = !a}",
        "{x=:3}", "{x}{x!r}{x}", "}", "{", "{x", "{x!}", "{x!z}", "{}", "{ }", "{:3}", "{!r}", "{x:{y:{z}}}",
        "{x#}", "{x)}", "{x]}", "{(x}", "\\{x}", "\\N{BULLET}{x}", "{x:}", "{x::}", "é{x}é{y}",
    };

    private static final String[] PREFIXES = {"", "r", "u", "R", "U", "b", "br", "Rb", "f", "rf", "Fr", "F"};

    static List<String[]> snippets() {
        List<String[]> out = new ArrayList<>();
        for (String p : PREFIXES) {
            for (String body : BODIES) {
                if (p.toLowerCase().contains("b") && body.matches(".*[^\\x00-\\x7f].*")) {
                    continue;
                }
                out.add(new String[] {p + "'" + body + "'"});
                out.add(new String[] {p + "\"\"\"" + body + "\n" + body + "\"\"\""});
            }
        }
        String[][] groups = {
            {"'a'", "f'{x}'", "'b'"}, {"u'a'", "f'{x}'", "'b'"}, {"f'{x}'", "u'a'"}, {"''", "f''"}, {"'a'", "b'b'"},
            {"b'a'", "'b'"}, {"b'a'", "f'{x}'"}, {"f'{x}'", "b''"}, {"'é'", "f'''\n{x}\n  {y}'''", "f'{z}'"},
            {"f'''{\nx}'''"}, {"f'''{ \t\nx}'''"}, {"f'''a\n{x:{y}\n}'''"}, {"u''", "f'{x:a{y}b}'"},
            {"f'{x}'", "f'{x}'"}, {"'''a\nb'''", "f'{x}'"}, {"f'''\n\n{x}'''"}, {"f'{x}\\\n{y}'"},
            {"'a'", "'\\x4'"}, {"'\\x4'", "b'a'"}, {"b'é'", "'a'"},
        };
        for (String[] g : groups) {
            out.add(g);
        }
        return out;
    }

    @Test
    void matchesCPython() throws Exception {
        List<String[]> snippets = snippets();
        List<String> sources = new ArrayList<>();
        for (String[] s : snippets) {
            sources.add(String.join(" ", s));
        }
        List<FStringOracle.Answer> answers = FStringOracle.ask(sources, "expr");
        int pass = 0;
        int skipped = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String source = sources.get(i);
            String got;
            try {
                got = AstDump.dump(StringAtom.build(StringAtomTest.tokens(snippets.get(i)),
                        StringAtomTest.reporterFor(source), StringAtomTest.NAME_FIELDS, false));
            } catch (SyntaxErrorException e) {
                got = FStringOracle.error(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset);
            } catch (IllegalArgumentException e) {
                skipped++; // a field the stub cannot parse (raw f-strings make \\N{...} a field)
                continue;
            }
            FStringOracle.Answer want = answers.get(i);
            String expected = want.dump() != null ? want.dump() : want.error();
            if (expected.equals(got)) {
                pass++;
            } else {
                failures.add(source + "\n   want " + expected + "\n   got  " + got);
            }
        }
        System.out.println("FStringLiteralDifferentialTest: " + pass + "/" + snippets.size() + " match CPython, " + skipped + " need the real parser");
        assertTrue(failures.isEmpty(), failures.size() + " differ from CPython:\n" + String.join("\n", failures));
    }
}
