package org.krait.runtime.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class CharTypesTest {
    private static final String[] NAMES = {"isalpha", "isdecimal", "isdigit", "isnumeric",
        "isalnum", "isspace", "islower", "isupper", "istitle", "isprintable", "isidentifier",
        "isidentifier-continue", "linebreak", "cased", "case-ignorable"};

    private static final IntPredicate[] JAVA = {CharTypes::isAlpha, CharTypes::isDecimal,
        CharTypes::isDigit, CharTypes::isNumeric, CharTypes::isAlnum, CharTypes::isSpace,
        CharTypes::isLower, CharTypes::isUpper, cp -> CharTypes.isUpper(cp) || CharTypes.isTitle(cp),
        CharTypes::isPrintable, CharTypes::isIdentifierStart, CharTypes::isIdentifierContinue,
        CharTypes::isLineBreak, CharTypes::isCased, CharTypes::isCaseIgnorable};

    /** Writes one run-length line "bits count" per run of code points with equal predicate bits. */
    private static final String SCRIPT = ""
            + "def bits(c):\n"
            + "    ch = chr(c)\n"
            + "    cased = (ch + 'A').title()[-1] == 'a'\n"
            + "    if cased:\n"
            + "        ign = ('A\\u03a3' + ch).lower()[1] == '\\u03c2'\n"
            + "    else:\n"
            + "        ign = ('A' + ch + '\\u03a3').lower()[-1] == '\\u03c2'\n"
            + "    fs = [ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isalnum(),\n"
            + "          ch.isspace(), ch.islower(), ch.isupper(), ch.istitle(), ch.isprintable(),\n"
            + "          ch.isidentifier(), ('a' + ch).isidentifier(),\n"
            + "          len(('a' + ch + 'a').splitlines()) == 2, cased, ign]\n"
            + "    return sum(1 << i for i, f in enumerate(fs) if f)\n"
            + "out = []\n"
            + "prev, count = bits(0), 0\n"
            + "for c in range(0x110000):\n"
            + "    b = bits(c)\n"
            + "    if b != prev:\n"
            + "        out.append('%d %d' % (prev, count))\n"
            + "        prev, count = b, 0\n"
            + "    count += 1\n"
            + "out.append('%d %d' % (prev, count))\n"
            + "open(sys.argv[2], 'w').write('\\n'.join(out) + '\\n')\n";

    @Test
    void everyPredicateAgreesWithPythonOnEveryCodePoint() throws Exception {
        List<String> runs = PythonOracle.run(SCRIPT, List.of());
        int[] agree = new int[NAMES.length];
        List<String> failures = new ArrayList<>();
        int cp = 0;
        for (String run : runs) {
            String[] parts = run.split(" ");
            int bits = Integer.parseInt(parts[0]);
            for (int end = cp + Integer.parseInt(parts[1]); cp < end; cp++) {
                for (int p = 0; p < NAMES.length; p++) {
                    boolean expected = (bits >> p & 1) != 0;
                    if (JAVA[p].test(cp) == expected) {
                        agree[p]++;
                    } else if (failures.size() < 20) {
                        failures.add(NAMES[p] + " U+" + Integer.toHexString(cp) + " expected " + expected);
                    }
                }
            }
        }
        assertEquals(0x110000, cp);
        for (int p = 0; p < NAMES.length; p++) {
            System.out.printf("%s: %,d/%,d code points agree%n", NAMES[p], agree[p], 0x110000);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void wholeStringCasePredicatesAgreeWithPython() throws Exception {
        List<int[]> strings = PythonOracle.randomStrings(CaseMappingTest.POOL, 600, 7);
        strings.add(new int[0]);
        strings.add("_x1".codePoints().toArray());
        strings.add("℘℮·".codePoints().toArray());
        strings.add("a·".codePoints().toArray());
        strings.add("1a".codePoints().toArray());
        List<String> in = new ArrayList<>();
        for (int[] s : strings) {
            in.add(PythonOracle.hex(s));
        }
        String script = PythonOracle.PY_HELPERS
                + "res = ['%d%d%d%d' % (s.islower(), s.isupper(), s.istitle(), s.isidentifier())\n"
                + "       for s in inputs()]\n"
                + "open(sys.argv[2], 'w').write('\\n'.join(res) + '\\n')\n";
        List<String> out = PythonOracle.run(script, in);
        for (int i = 0; i < strings.size(); i++) {
            int[] s = strings.get(i);
            String actual = (CharTypes.isLower(s) ? "1" : "0") + (CharTypes.isUpper(s) ? "1" : "0")
                    + (CharTypes.isTitle(s) ? "1" : "0") + (CharTypes.isIdentifier(s) ? "1" : "0");
            assertEquals(out.get(i), actual, "islower/isupper/istitle/isidentifier of " + in.get(i));
        }
    }

    @Test
    void outOfRangeCodePointsAreUnassigned() {
        assertFalse(CharTypes.isAlpha(0x110000));
        assertFalse(CharTypes.isPrintable(-1));
        assertEquals("Cn", UnicodeDatabase.category(Integer.MAX_VALUE));
        assertTrue(CharTypes.isSpace(0x3000));
    }
}
