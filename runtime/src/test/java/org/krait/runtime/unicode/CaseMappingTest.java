package org.krait.runtime.unicode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CaseMappingTest {
    /** Characters with interesting case behaviour: sigma, Turkish i, ligatures, digraphs, marks. */
    static final int[] POOL = {'A', 'a', 'Z', 'z', 'I', 'i', ' ', '.', '\'', '1', '_', '-',
        0x3A3, 0x3C3, 0x3C2, 0x391, 0x3B1, 0x130, 0x131, 0xDF, 0x1E9E, 0x149, 0x1C4, 0x1C5, 0x1C6,
        0x1C7, 0x1C8, 0x1C9, 0x1F1, 0x1F2, 0x1F3, 0xFB00, 0xFB01, 0xFB03, 0xFB13, 0x390, 0x3B0,
        0x1F80, 0x1F88, 0x1FB3, 0x1FBC, 0x1FB7, 0x345, 0x301, 0x307, 0xAD, 0x200D, 0x2BC, 0x2B0,
        0x1D43, 0x10D0, 0x1C90, 0x13A0, 0xAB70, 0x10400, 0x10428, 0x1E900, 0x1E922, 0x587,
        0x1E96, 0x1E9A, 0x0587, 0x2160, 0x2170, 0x24B6, 0x24D0, 0x4E00, 0xD800, 0xDC00, 0xFF21,
        0xFF41, 0x3A3, 0x3A3, 0x10FFFF, 0x1F600, 0x0130, 0x0049, 0x0069, 0x212A, 0x2126, 0x1E9B,
        0x17F, 0x3C2, 0xB5, 0x39C, 0x0345, 0x0399, 0x1FBE, 0x1FD3, 0x2C2F, 0x2C5F, 0xA7C0, 0xA7C1,
        0x10570, 0x10597};

    private static final String PER_CP = PythonOracle.PY_HELPERS
            + "out = []\n"
            + "for c in range(0x110000):\n"
            + "    ch = chr(c)\n"
            + "    ms = [ch.lower(), ch.upper(), ch.title(), ch.casefold(), ch.swapcase(), ch.capitalize()]\n"
            + "    if any(m != ch for m in ms):\n"
            + "        out.append('%x;' % c + ';'.join(hexs(m) for m in ms))\n"
            + "open(sys.argv[2], 'w').write('\\n'.join(out) + '\\n')\n";

    private static final String[] METHODS = {"lower", "upper", "title", "casefold", "swapcase",
        "capitalize"};

    @SuppressWarnings("unchecked")
    private static final UnaryOperator<int[]>[] STRING_METHODS = new UnaryOperator[] {
        (UnaryOperator<int[]>) CaseMapping::lower, (UnaryOperator<int[]>) CaseMapping::upper,
        (UnaryOperator<int[]>) CaseMapping::title, (UnaryOperator<int[]>) CaseMapping::casefold,
        (UnaryOperator<int[]>) CaseMapping::swapcase, (UnaryOperator<int[]>) CaseMapping::capitalize};

    private static int[] perChar(int which, int cp) {
        int[] out = new int[3];
        int n;
        switch (which) {
            case 0:
                n = CaseMapping.lower(cp, out);
                break;
            case 1:
                n = CaseMapping.upper(cp, out);
                break;
            case 2:
                n = CaseMapping.title(cp, out);
                break;
            default:
                n = CaseMapping.fold(cp, out);
                break;
        }
        return Arrays.copyOf(out, n);
    }

    @Test
    void everyCaseMappingAgreesWithPythonOnEveryCodePoint() throws Exception {
        Map<Integer, String[]> expected = new HashMap<>();
        for (String line : PythonOracle.run(PER_CP, List.of())) {
            String[] parts = line.split(";", -1);
            expected.put(Integer.parseInt(parts[0], 16), Arrays.copyOfRange(parts, 1, 7));
        }
        int[] agree = new int[METHODS.length * 2];
        List<String> failures = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            String[] e = expected.get(cp);
            for (int m = 0; m < METHODS.length; m++) {
                String want = e == null ? Integer.toHexString(cp) : e[m];
                int[] one = {cp};
                String viaString = PythonOracle.hex(STRING_METHODS[m].apply(one));
                if (viaString.equals(want)) {
                    agree[m]++;
                } else if (failures.size() < 20) {
                    failures.add("str." + METHODS[m] + " U+" + Integer.toHexString(cp) + ": " + viaString + " != " + want);
                }
                if (m < 4) {
                    String direct = PythonOracle.hex(perChar(m, cp));
                    if (direct.equals(want)) {
                        agree[METHODS.length + m]++;
                    } else if (failures.size() < 20) {
                        failures.add(METHODS[m] + "(cp) U+" + Integer.toHexString(cp) + ": " + direct + " != " + want);
                    }
                }
            }
        }
        for (int m = 0; m < METHODS.length; m++) {
            System.out.printf("str.%s of one code point: %,d/%,d agree%n", METHODS[m], agree[m], 0x110000);
        }
        for (int m = 0; m < 4; m++) {
            System.out.printf("CaseMapping.%s(cp): %,d/%,d agree%n", METHODS[m], agree[METHODS.length + m], 0x110000);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void wholeStringCaseMethodsAgreeWithPython() throws Exception {
        List<int[]> strings = PythonOracle.randomStrings(POOL, 800, 42);
        for (String s : new String[] {"ΣΑΣ", "ΑΣ", "Σ", "aΣ", "aΣb", "aΣ.", "a.Σ", "a\u0345Σ\u0345",
            "ὈΔΥΣΣΕΎΣ", "ΌΣΟΣ ΣΟΦΟΣ", "İstanbul", "DŽemal ǆungla", "ﬁre ﬂy", "ǅ", "hello world",
            "they're bill's friends", "a1b2", "ß straße", "ŉ", "ΐ", "ᾳ ᾼ", "ꭰꭱ", "𐐨𐐀", "ǈ lj"}) {
            strings.add(s.codePoints().toArray());
        }
        List<String> in = new ArrayList<>();
        for (int[] s : strings) {
            in.add(PythonOracle.hex(s));
        }
        String script = PythonOracle.PY_HELPERS
                + "res = [';'.join(hexs(m) for m in (s.lower(), s.upper(), s.title(), s.casefold(),\n"
                + "       s.swapcase(), s.capitalize())) for s in inputs()]\n"
                + "open(sys.argv[2], 'w').write('\\n'.join(res) + '\\n')\n";
        List<String> out = PythonOracle.run(script, in);
        int agree = 0;
        for (int i = 0; i < strings.size(); i++) {
            String[] want = out.get(i).split(";", -1);
            for (int m = 0; m < METHODS.length; m++) {
                assertEquals(want[m], PythonOracle.hex(STRING_METHODS[m].apply(strings.get(i))),
                        "str." + METHODS[m] + " of " + in.get(i));
                agree++;
            }
        }
        System.out.printf("whole-string case methods: %d strings x 6 methods, %d agree%n", strings.size(), agree);
    }

    @Test
    void knownSpecialCases() {
        assertArrayEquals("SS".codePoints().toArray(), CaseMapping.upper("ß".codePoints().toArray()));
        assertArrayEquals("ʼN".codePoints().toArray(), CaseMapping.upper("ŉ".codePoints().toArray()));
        assertArrayEquals("ǅ".codePoints().toArray(), CaseMapping.title("ǆ".codePoints().toArray()));
        assertArrayEquals("όσος".codePoints().toArray(), CaseMapping.lower("ΌΣΟΣ".codePoints().toArray()));
        assertArrayEquals("ός".codePoints().toArray(), CaseMapping.lower("ΌΣ".codePoints().toArray()));
    }
}
