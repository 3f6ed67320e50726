#!/usr/bin/env python3
"""Generates engine/.../compiler/parser/StringCharacterNameTable.java.

Krait resolves \\N{NAME} escapes with java.lang.Character.codePointOf, whose Unicode version and
name set differ from CPython 3.11's unicodedata (Unicode 14.0). This script lists the differences:
names CPython knows that Java lacks or spells differently, CPython's name aliases (from a
candidate list below, each kept only if CPython's unicodedata.lookup accepts it), and the code
points whose Java name CPython rejects. Run it with the CPython 3.11 that is the oracle.
"""
import os
import subprocess
import sys
import tempfile
import unicodedata

assert unicodedata.unidata_version == '14.0.0', unicodedata.unidata_version

JAVA_DUMP = r'''
public class DumpNames {
    public static void main(String[] args) {
        StringBuilder out = new StringBuilder();
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            String name = Character.getName(cp);
            if (name == null) continue;
            String fallback = Character.UnicodeBlock.of(cp).toString().replace('_', ' ') + " "
                    + Integer.toHexString(cp).toUpperCase();
            if (!name.equals(fallback)) out.append(cp).append(';').append(name).append('\n');
        }
        System.out.print(out);
    }
}
'''

# Candidate alias spellings (control-code names, abbreviations, common format-character names).
# Only those CPython accepts are kept, so a wrong guess here costs nothing.
ABBREVIATIONS = '''NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI DLE DC1 DC2 DC3 DC4 NAK SYN
ETB CAN EOM EM SUB ESC FS GS RS US SP DEL PAD HOP BPH NBH IND NEL SSA ESA HTS HTJ VTS PLD PLU RI SS2
SS3 DCS PU1 PU2 STS CCH MW SPA EPA SOS SGC SGCI SCI CSI ST OSC PM APC NBSP SHY CGJ ALM MVS FVS1 FVS2
FVS3 FVS4 ZWSP ZWNJ ZWJ LRM RLM LRE RLE PDF LRO RLO NNBSP MMSP WJ LRI RLI FSI PDI ZWNBSP BOM
NL EOL'''.split()
LONG_ALIASES = '''NULL;START OF HEADING;START OF TEXT;END OF TEXT;END OF TRANSMISSION;ENQUIRY;ACKNOWLEDGE;
ALERT;BACKSPACE;CHARACTER TABULATION;HORIZONTAL TABULATION;LINE FEED;NEW LINE;END OF LINE;
LINE TABULATION;VERTICAL TABULATION;FORM FEED;CARRIAGE RETURN;SHIFT OUT;LOCKING-SHIFT ONE;SHIFT IN;
LOCKING-SHIFT ZERO;DATA LINK ESCAPE;DEVICE CONTROL ONE;DEVICE CONTROL TWO;DEVICE CONTROL THREE;
DEVICE CONTROL FOUR;NEGATIVE ACKNOWLEDGE;SYNCHRONOUS IDLE;END OF TRANSMISSION BLOCK;CANCEL;
END OF MEDIUM;SUBSTITUTE;ESCAPE;INFORMATION SEPARATOR FOUR;FILE SEPARATOR;INFORMATION SEPARATOR THREE;
GROUP SEPARATOR;INFORMATION SEPARATOR TWO;RECORD SEPARATOR;INFORMATION SEPARATOR ONE;UNIT SEPARATOR;
DELETE;PADDING CHARACTER;HIGH OCTET PRESET;BREAK PERMITTED HERE;NO BREAK HERE;INDEX;NEXT LINE;
START OF SELECTED AREA;END OF SELECTED AREA;CHARACTER TABULATION SET;HORIZONTAL TABULATION SET;
CHARACTER TABULATION WITH JUSTIFICATION;HORIZONTAL TABULATION WITH JUSTIFICATION;LINE TABULATION SET;
VERTICAL TABULATION SET;PARTIAL LINE FORWARD;PARTIAL LINE DOWN;PARTIAL LINE BACKWARD;PARTIAL LINE UP;
REVERSE LINE FEED;REVERSE INDEX;SINGLE SHIFT TWO;SINGLE-SHIFT-2;SINGLE SHIFT THREE;SINGLE-SHIFT-3;
DEVICE CONTROL STRING;PRIVATE USE ONE;PRIVATE USE-1;PRIVATE USE TWO;PRIVATE USE-2;SET TRANSMIT STATE;
CANCEL CHARACTER;MESSAGE WAITING;START OF GUARDED AREA;START OF PROTECTED AREA;END OF GUARDED AREA;
END OF PROTECTED AREA;START OF STRING;SINGLE GRAPHIC CHARACTER INTRODUCER;SINGLE CHARACTER INTRODUCER;
CONTROL SEQUENCE INTRODUCER;STRING TERMINATOR;OPERATING SYSTEM COMMAND;PRIVACY MESSAGE;
APPLICATION PROGRAM COMMAND;BYTE ORDER MARK;ZERO WIDTH NO-BREAK SPACE;NO-BREAK SPACE;
LATIN CAPITAL LETTER GHA;LATIN SMALL LETTER GHA;WEIERSTRASS ELLIPTIC FUNCTION;
HEBREW LIGATURE YIDDISH YOD YOD PATAH;KANNADA LETTER LLLA;LAO LETTER FO FON;LAO LETTER FO FAY;
LAO LETTER RO;LAO LETTER LO;TIBETAN MARK BKA- SHOG GI MGO RGYAN;YI SYLLABLE ITERATION MARK;
PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET;BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS;
MENDE KIKAKUI SYLLABLE M276 NGA;MENDE KIKAKUI SYLLABLE M276 NGAN;SYRIAC SUBLINEAR COLON SKEWED LEFT;
ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE;HANGUL JONGSEONG YESIEUNG-KIYEOK;
CUNEIFORM SIGN NU11 TENU;CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR;
MEDEFAIDRIN CAPITAL LETTER H;MEDEFAIDRIN CAPITAL LETTER NG;MEDEFAIDRIN SMALL LETTER H;
MEDEFAIDRIN SMALL LETTER NG;PHAGS-PA LETTER SMALL A;PHAGS-PA LETTER REVERSED SHAPE SMALL A;
TAMIL SIGN SHRII'''.replace('\n', '').split(';')
VARIATION_SELECTORS = ['VS%d' % i for i in range(1, 257)]


def java_names():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'DumpNames.java')
        with open(src, 'w') as f:
            f.write(JAVA_DUMP)
        out = subprocess.run(['java', src], check=True, capture_output=True, text=True).stdout
    names = {}
    for line in out.splitlines():
        cp, name = line.split(';', 1)
        names[int(cp)] = name
    return names


def python_lookup(name):
    try:
        c = unicodedata.lookup(name)
    except KeyError:
        return None
    return ord(c) if len(c) == 1 else None


def main(out_path):
    java = java_names()
    entries = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith(('CJK UNIFIED IDEOGRAPH-', 'HANGUL SYLLABLE ')):
            continue
        if java.get(cp) != name:
            entries[name] = cp
    java_by_name = {n: cp for cp, n in java.items()}
    for alias in ABBREVIATIONS + LONG_ALIASES + VARIATION_SELECTORS + sorted(java.values()):
        cp = python_lookup(alias)
        if cp is not None and java_by_name.get(alias) != cp and unicodedata.name(chr(cp), None) != alias:
            entries[alias] = cp
    rejected = sorted(cp for cp, n in java.items() if python_lookup(n) != cp)
    lines = ['%X;%s' % (cp, name) for name, cp in sorted(entries.items(), key=lambda e: (e[1], e[0]))]
    body = '\n'.join('            + "%s\\n"' % l for l in lines)
    rej = '\n'.join('            + "%X\\n"' % cp for cp in rejected)
    java_src = f'''package org.krait.compiler.parser;

/**
 * Generated by {{@code tools/gen_string_names.py}} from CPython 3.11's {{@code unicodedata}}
 * (Unicode 14.0) and this JDK's {{@code Character.getName}}: what {{@link StringCharacterNames}}
 * must add to or remove from Java's character names to resolve {{@code \\N{{NAME}}}} as CPython does.
 * Do not edit by hand.
 */
final class StringCharacterNameTable {{
    private StringCharacterNameTable() {{
    }}

    /** Lines {{@code HEX;NAME}}: names (and aliases) CPython resolves that Java does not resolve to the same code point. */
    static final String EXTRA = ""
{body};

    /** Lines {{@code HEX}}: code points whose Java name CPython does not accept. */
    static final String REJECTED = ""
{rej};
}}
'''
    with open(out_path, 'w') as f:
        f.write(java_src)
    print(len(lines), 'extra names,', len(rejected), 'rejected code points')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else
         'engine/src/main/java/org/krait/compiler/parser/StringCharacterNameTable.java')
