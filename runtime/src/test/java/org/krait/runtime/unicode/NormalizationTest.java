package org.krait.runtime.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NormalizationTest {
    private static final Normalization.Form[] FORMS = Normalization.Form.values();

    /** For each code point that some form changes: "cp;nfc;nfd;nfkc;nfkd". */
    private static final String PER_CP = PythonOracle.PY_HELPERS
            + "import unicodedata as u\n"
            + "out = []\n"
            + "for c in range(0x110000):\n"
            + "    ch = chr(c)\n"
            + "    ms = [u.normalize(f, ch) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]\n"
            + "    if any(m != ch for m in ms):\n"
            + "        out.append('%x;' % c + ';'.join(hexs(m) for m in ms))\n"
            + "open(sys.argv[2], 'w').write('\\n'.join(out) + '\\n')\n";

    /** Characters that decompose, compose, reorder or block: Hangul, marks, singletons, exclusions. */
    private static final int[] POOL = {'a', 'A', 'e', 'o', 'u', ' ', 0x300, 0x301, 0x302, 0x303,
        0x308, 0x30A, 0x323, 0x327, 0x328, 0x31B, 0x345, 0x334, 0x5B0, 0x5B7, 0x5BC, 0x5C1, 0x5D0,
        0x5E9, 0xFB2C, 0x1100, 0x1161, 0x11A8, 0x11A7, 0x11C3, 0x1175, 0x1112, 0xAC00, 0xAC01,
        0xD7A3, 0xC5, 0x212B, 0x2126, 0x3A9, 0x1E0A, 0x1E0C, 0x1E9B, 0xFB01, 0x2460, 0x1E63,
        0x0958, 0x0915, 0x093C, 0x0F73, 0x0F71, 0x0F72, 0x0F80, 0x1D15E, 0x1D157, 0x1D165,
        0x3099, 0x304B, 0x309A, 0x30AB, 0xFF76, 0xFF9E, 0x10781, 0x107BA, 0x1F71, 0x3AC, 0x3B1,
        0x3B9, 0x1FBE, 0x344, 0x340, 0x341, 0x343, 0x374, 0x37E, 0x387, 0xD800, 0xE9, 0x1EBF,
        0x1B05, 0x1B35, 0x1B06, 0x11099, 0x110BA, 0x1109A, 0x0CC6, 0x0CC2, 0x0CD5, 0x0CCA,
        0x16D67, 0x16D68, 0x1611E, 0x1611F};

    @Test
    void everyFormAgreesWithPythonOnEveryCodePoint() throws Exception {
        Map<Integer, String[]> expected = new HashMap<>();
        for (String line : PythonOracle.run(PER_CP, List.of())) {
            String[] parts = line.split(";", -1);
            expected.put(Integer.parseInt(parts[0], 16), new String[] {parts[1], parts[2], parts[3], parts[4]});
        }
        int[] agree = new int[4];
        int[] javaDiffers = new int[4];
        Normalizer.Form[] javaForms = {Normalizer.Form.NFC, Normalizer.Form.NFD, Normalizer.Form.NFKC,
            Normalizer.Form.NFKD};
        List<String> failures = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            String[] e = expected.get(cp);
            for (int f = 0; f < 4; f++) {
                String want = e == null ? Integer.toHexString(cp) : e[f];
                String got = PythonOracle.hex(Normalization.normalize(FORMS[f], new int[] {cp}));
                if (got.equals(want)) {
                    agree[f]++;
                } else if (failures.size() < 20) {
                    failures.add(FORMS[f] + " U+" + Integer.toHexString(cp) + ": " + got + " != " + want);
                }
                if (cp < 0xD800 || cp > 0xDFFF) {
                    String j = PythonOracle.hex(Normalizer.normalize(new String(Character.toChars(cp)),
                            javaForms[f]).codePoints().toArray());
                    if (!j.equals(want)) {
                        javaDiffers[f]++;
                    }
                }
            }
        }
        for (int f = 0; f < 4; f++) {
            System.out.printf("normalize %s: %,d/%,d code points agree (java.text.Normalizer differs on %d)%n",
                    FORMS[f], agree[f], 0x110000, javaDiffers[f]);
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void trickyStringsAgreeWithPython() throws Exception {
        List<int[]> strings = PythonOracle.randomStrings(POOL, 1500, 11);
        List<String> in = new ArrayList<>();
        for (int[] s : strings) {
            in.add(PythonOracle.hex(s));
        }
        String script = PythonOracle.PY_HELPERS
                + "import unicodedata as u\n"
                + "res = []\n"
                + "for s in inputs():\n"
                + "    fs = ('NFC', 'NFD', 'NFKC', 'NFKD')\n"
                + "    res.append(';'.join([hexs(u.normalize(f, s)) for f in fs]\n"
                + "               + [str(int(u.is_normalized(f, s))) for f in fs]))\n"
                + "open(sys.argv[2], 'w').write('\\n'.join(res) + '\\n')\n";
        List<String> out = PythonOracle.run(script, in);
        for (int i = 0; i < strings.size(); i++) {
            String[] want = out.get(i).split(";", -1);
            for (int f = 0; f < 4; f++) {
                int[] s = strings.get(i);
                assertEquals(want[f], PythonOracle.hex(Normalization.normalize(FORMS[f], s)),
                        FORMS[f] + " of " + in.get(i));
                assertEquals(want[4 + f], Normalization.isNormalized(FORMS[f], s) ? "1" : "0",
                        "is_normalized " + FORMS[f] + " of " + in.get(i));
            }
        }
        System.out.printf("normalization of %d tricky strings x 4 forms (+ is_normalized) agree%n", strings.size());
    }

    @Test
    void formNamesAndUnchangedInput() {
        assertNull(Normalization.Form.of("nfc"));
        assertEquals(Normalization.Form.NFKD, Normalization.Form.of("NFKD"));
        int[] ascii = "plain".codePoints().toArray();
        assertSame(ascii, Normalization.normalize(Normalization.Form.NFKC, ascii));
    }
}
