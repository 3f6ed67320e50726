package org.krait.runtime.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CharacterNamesTest {
    /** "cp;name" for every code point that has a name. */
    private static final String NAMES = ""
            + "import unicodedata as u\n"
            + "out = []\n"
            + "for c in range(0x110000):\n"
            + "    n = u.name(chr(c), None)\n"
            + "    if n is not None:\n"
            + "        out.append('%x;%s' % (c, n))\n"
            + "open(sys.argv[2], 'w').write('\\n'.join(out) + '\\n')\n";

    /** Per input name: lookup's code points (or "KeyError") ; \N{} code point (or "error"). */
    private static final String LOOKUP = PythonOracle.PY_HELPERS
            + "import unicodedata as u\n"
            + "res = []\n"
            + "with open(sys.argv[1]) as f:\n"
            + "    for line in f:\n"
            + "        name = line.rstrip('\\n')\n"
            + "        try:\n"
            + "            a = hexs(u.lookup(name))\n"
            + "        except KeyError:\n"
            + "            a = 'KeyError'\n"
            + "        try:\n"
            + "            b = hexs(eval('\"\\\\N{' + name + '}\"'))\n"
            + "        except SyntaxError:\n"
            + "            b = 'error'\n"
            + "        res.append(a + ';' + b)\n"
            + "open(sys.argv[2], 'w').write('\\n'.join(res) + '\\n')\n";

    @Test
    void everyNameAgreesWithPythonOnEveryCodePoint() throws Exception {
        Map<Integer, String> expected = new HashMap<>();
        for (String line : PythonOracle.run(NAMES, List.of())) {
            int semi = line.indexOf(';');
            expected.put(Integer.parseInt(line.substring(0, semi), 16), line.substring(semi + 1));
        }
        int agree = 0;
        int lookups = 0;
        List<String> failures = new ArrayList<>();
        for (int cp = 0; cp < 0x110000; cp++) {
            String want = expected.get(cp);
            String got = CharacterNames.name(cp);
            if (java.util.Objects.equals(want, got)) {
                agree++;
            } else if (failures.size() < 20) {
                failures.add("name U+" + Integer.toHexString(cp) + ": " + got + " != " + want);
            }
            if (want != null) {
                int[] back = CharacterNames.lookup(want);
                if (back != null && back.length == 1 && back[0] == cp && CharacterNames.codePointOf(want) == cp) {
                    lookups++;
                } else if (failures.size() < 20) {
                    failures.add("lookup " + want + " does not give U+" + Integer.toHexString(cp));
                }
            }
        }
        System.out.printf("unicodedata.name: %,d/%,d code points agree; lookup(name(c)) == c for %,d/%,d named%n",
                agree, 0x110000, lookups, expected.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void lookupAgreesWithPythonOnAliasesSequencesAndMisspellings() throws Exception {
        Set<String> names = new LinkedHashSet<>(List.of("LATIN CAPITAL LETTER GHA",
            "latin capital letter gha", "BYTE ORDER MARK", "NUL", "nul", "LF", "VS1", "VS256",
            "KATAKANA LETTER AINU P", "katakana letter ainu p", "LATIN SMALL LETTER A",
            "Latin Small Letter A", "LATIN SMALL LETTER  A", "LATIN SMALL LETTER A ", "",
            "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-4e00", "cjk unified ideograph-4E00",
            "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-004E00", "CJK UNIFIED IDEOGRAPH-4DC0",
            "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0", "CJK UNIFIED IDEOGRAPH-",
            "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
            "CJK COMPATIBILITY IDEOGRAPH-0F900", "CJK COMPATIBILITY IDEOGRAPH-FA6E",
            "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170", "NUSHU CHARACTER-1B2FC",
            "TANGUT IDEOGRAPH-17000", "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "hangul syllable ga",
            "HANGUL SYLLABLE A", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE GX",
            "HANGUL SYLLABLE HIH", "HANGUL SYLLABLE SSYAELS", "LATIN SMALL LETTER É",
            "X".repeat(300), "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
            "TAMIL CONSONANT K", "KEYCAP NUMBER SIGN", "SPACE", "NO-BREAK SPACE", "NBSP",
            "MEDEFAIDRIN CAPITAL LETTER H", "PRIVATE USE-1"));
        Path perl = Path.of("/usr/share/perl/5.36.0/unicore/Name.pl");
        if (Files.isReadable(perl)) {
            addPerlNames(perl, names);
        }
        List<String> in = new ArrayList<>(names);
        List<String> out = PythonOracle.run(LOOKUP, in);
        for (int i = 0; i < in.size(); i++) {
            String name = in.get(i);
            String[] want = out.get(i).split(";", -1);
            int[] got = CharacterNames.lookup(name);
            assertEquals(want[0], got == null ? "KeyError" : PythonOracle.hex(got), "lookup " + name);
            int cp = CharacterNames.codePointOf(name);
            assertEquals(want[1], cp < 0 ? "error" : Integer.toHexString(cp), "\\N{" + name + "}");
        }
        System.out.printf("lookup and \\N{} agree with python on %d names (aliases, sequences, misspellings)%n", in.size());
    }

    /** Perl's copy of the UCD lists aliases and named sequences, the names unicodedata cannot list. */
    private static void addPerlNames(Path perl, Set<String> names) throws IOException {
        String[] entries = Files.readString(perl).split("\n\n");
        for (String e : entries) {
            String[] lines = e.strip().split("\n");
            if (lines.length == 2 && lines[0].matches("[0-9A-F ]+")) {
                names.add(lines[1]);
                names.add(lines[1].toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    @Test
    void unnamedCodePoints() {
        assertNull(CharacterNames.name(0xE000));
        assertNull(CharacterNames.name(0x110000));
        assertEquals("HANGUL SYLLABLE HIH", CharacterNames.name(0xD7A3));
    }
}
