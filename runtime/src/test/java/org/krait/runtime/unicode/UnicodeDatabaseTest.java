package org.krait.runtime.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnicodeDatabaseTest {
    private static final String[] FIELDS = {"category", "bidirectional", "combining",
        "east_asian_width", "mirrored", "decimal", "digit", "numeric", "decomposition"};

    /** One line "count|fields..." per run of code points with identical properties. */
    private static final String SCRIPT = ""
            + "import unicodedata as u\n"
            + "def props(c):\n"
            + "    ch = chr(c)\n"
            + "    n = u.numeric(ch, None)\n"
            + "    return '|'.join([u.category(ch), u.bidirectional(ch), str(u.combining(ch)),\n"
            + "        u.east_asian_width(ch), str(u.mirrored(ch)), str(u.decimal(ch, -1)),\n"
            + "        str(u.digit(ch, -1)), 'nan' if n is None else repr(n), u.decomposition(ch)])\n"
            + "out = []\n"
            + "prev, count = props(0), 0\n"
            + "for c in range(0x110000):\n"
            + "    p = props(c)\n"
            + "    if p != prev:\n"
            + "        out.append('%d|%s' % (count, prev))\n"
            + "        prev, count = p, 0\n"
            + "    count += 1\n"
            + "out.append('%d|%s' % (count, prev))\n"
            + "out.append(u.unidata_version)\n"
            + "open(sys.argv[2], 'w').write('\\n'.join(out) + '\\n')\n";

    private static String[] java(int cp) {
        double n = UnicodeDatabase.numeric(cp);
        return new String[] {UnicodeDatabase.category(cp), UnicodeDatabase.bidirectional(cp),
            String.valueOf(UnicodeDatabase.combining(cp)), UnicodeDatabase.eastAsianWidth(cp),
            String.valueOf(UnicodeDatabase.mirrored(cp)), String.valueOf(UnicodeDatabase.decimal(cp)),
            String.valueOf(UnicodeDatabase.digit(cp)), Double.isNaN(n) ? "nan" : String.valueOf(n),
            UnicodeDatabase.decomposition(cp)};
    }

    @Test
    void everyPropertyAgreesWithPythonOnEveryCodePoint() throws Exception {
        List<String> lines = PythonOracle.run(SCRIPT, List.of());
        assertEquals(UnicodeDatabase.UNIDATA_VERSION, lines.get(lines.size() - 1));
        int[] agree = new int[FIELDS.length];
        List<String> failures = new ArrayList<>();
        int cp = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            String[] parts = line.split("\\|", -1);
            String[] want = new String[FIELDS.length];
            System.arraycopy(parts, 1, want, 0, FIELDS.length);
            if (!want[7].equals("nan")) {
                want[7] = String.valueOf(Double.parseDouble(want[7]));
            }
            for (int end = cp + Integer.parseInt(parts[0]); cp < end; cp++) {
                String[] got = java(cp);
                for (int f = 0; f < FIELDS.length; f++) {
                    if (got[f].equals(want[f])) {
                        agree[f]++;
                    } else if (failures.size() < 20) {
                        failures.add(FIELDS[f] + " U+" + Integer.toHexString(cp) + ": " + got[f] + " != " + want[f]);
                    }
                }
            }
        }
        assertEquals(0x110000, cp);
        for (int f = 0; f < FIELDS.length; f++) {
            System.out.printf("unicodedata.%s: %,d/%,d code points agree%n", FIELDS[f], agree[f], 0x110000);
        }
        assertEquals(List.of(), failures);
    }
}
