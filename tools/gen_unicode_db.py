#!/usr/bin/env python3
"""Writes the runtime's Unicode character database (package org.krait.runtime.unicode).

Run with CPython 3.11 (Unicode 14.0.0), the oracle whose str methods and unicodedata Krait follows:
    python3 tools/gen_unicode_db.py

Everything is taken from the running python's own unicodedata module and str methods, except the
candidate spellings of name aliases and named sequences, which unicodedata cannot list: they are
read from Perl's copy of the Unicode 14.0 database (/usr/share/perl/5.36.0/unicore) and each is
kept only if unicodedata.lookup accepts it with the same result.

Tables are two-level lookups (a block index and deduplicated blocks) stored in String constants,
split into chunks below the class-file limit of 65,535 bytes per constant.
"""
import os
import sys
import unicodedata

assert unicodedata.unidata_version == '14.0.0', unicodedata.unidata_version

OUT_DIR = 'runtime/src/main/java/org/krait/runtime/unicode'
PERL_UNICORE = '/usr/share/perl/5.36.0/unicore'
MAX_CP = 0x110000

CATEGORIES = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No', 'Pc', 'Pd',
              'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Zs', 'Zl', 'Zp', 'Cc', 'Cf',
              'Cs', 'Co']
BIDI = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN', 'CS',
        'NSM', 'BN', 'B', 'S', 'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI']
EAW = ['N', 'A', 'H', 'W', 'F', 'Na']
FLAGS = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'LOWER', 'UPPER', 'TITLE', 'CASED',
         'CASE_IGNORABLE', 'SPACE', 'LINEBREAK', 'PRINTABLE', 'ID_START', 'ID_CONTINUE',
         'EXT_CASE']


# ---------------------------------------------------------------- encoding helpers

def ints_to_chars(values):
    """Values below 0x8000 take one char; larger ones two (high bit marks the first)."""
    out = []
    for v in values:
        assert 0 <= v < 0x80000000
        if v < 0x8000:
            out.append(v)
        else:
            out.append(0x8000 | (v >> 16))
            out.append(v & 0xFFFF)
    return out


def java_literal(chars):
    parts = []
    for c in chars:
        if 0x20 <= c < 0x7F and c not in (0x22, 0x5C):
            parts.append(chr(c))
        elif c < 0x80:
            parts.append('\\%03o' % c)
        else:
            parts.append('\\u%04x' % c)
    return '"' + ''.join(parts) + '"'


def java_string(chars, indent='            '):
    """A Java expression for the char sequence, chunked so each constant stays small."""
    chunks = [chars[i:i + 4000] for i in range(0, len(chars), 4000)] or [[]]
    if len(chunks) == 1:
        return java_literal(chunks[0])
    return 'String.join("",\n' + ',\n'.join(indent + java_literal(c) for c in chunks) + ')'


def two_level(values):
    """Best (shift, index1, index2) for a char-valued table over all code points."""
    best = None
    for shift in range(4, 11):
        size = 1 << shift
        blocks, index1, index2 = {}, [], []
        for start in range(0, MAX_CP, size):
            block = tuple(values[start:start + size])
            n = blocks.get(block)
            if n is None:
                n = blocks[block] = len(blocks)
                index2.extend(block)
            index1.append(n)
        cost = len(index1) + len(index2)
        if best is None or cost < best[0]:
            best = (cost, shift, index1, index2)
    assert max(best[3]) < 0x10000 and max(best[2]) < 0x10000
    return best[1:]


def emit_table(name, doc, values):
    shift, index1, index2 = two_level(values)
    return ('    /** %s: block shift of the two-level table. */\n'
            '    static final int %s_SHIFT = %d;\n\n'
            '    /** %s: block number of each code point >> %s_SHIFT. */\n'
            '    static final String %s_INDEX1 = %s;\n\n'
            '    /** %s: the deduplicated blocks. */\n'
            '    static final String %s_INDEX2 = %s;\n\n'
            % (doc, name, shift, doc, name, name, java_string(index1), doc, name,
               java_string(index2)))


# ---------------------------------------------------------------- properties

def case_ignorable(ch, cased):
    # str.lower() turns U+03A3 into final sigma exactly when the characters around it, skipping
    # case-ignorable ones, are a cased one before and no cased one after: probe both sides.
    if not cased:
        return ('A' + ch + '\u03a3').lower()[-1] == '\u03c2'
    return ('A\u03a3' + ch).lower()[1] == '\u03c2'


def records_and_tables():
    record_ids, records = {}, []
    per_cp = []
    numerics, numeric_ids = [], {}
    case_ext = []
    for cp in range(MAX_CP):
        ch = chr(cp)
        cat = unicodedata.category(ch)
        cased = (ch + 'A').title()[-1] == 'a'
        flags = [ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.islower(),
                 ch.isupper(), cat == 'Lt', cased, case_ignorable(ch, cased), ch.isspace(),
                 len(('a' + ch + 'a').splitlines()) == 2, ch.isprintable(), ch.isidentifier(),
                 ('a' + ch).isidentifier(), False]
        num = unicodedata.numeric(ch, None)
        num_id = 0
        if num is not None:
            num_id = numeric_ids.get(num)
            if num_id is None:
                numerics.append(num)
                num_id = numeric_ids[num] = len(numerics)
        word0 = (CATEGORIES.index(cat) | BIDI.index(unicodedata.bidirectional(ch)) << 5
                 | EAW.index(unicodedata.east_asian_width(ch)) << 10
                 | unicodedata.mirrored(ch) << 13)
        word1 = (unicodedata.combining(ch) | (unicodedata.decimal(ch, -1) + 1) << 8
                 | (unicodedata.digit(ch, -1) + 1) << 12)
        maps = [ch.lower(), ch.upper(), ch.title(), ch.casefold()]
        deltas = [ord(m[0]) - cp if len(m) == 1 else None for m in maps]
        if all(d is not None and -0x8000 <= d < 0x8000 for d in deltas):
            case = [d & 0xFFFF for d in deltas]
        else:
            flags[-1] = True
            case = [len(case_ext), 0, 0, 0]
            for m in maps:
                case_ext.append(len(m))
                case_ext.extend(ord(c) for c in m)
        bits = sum(1 << i for i, f in enumerate(flags) if f)
        rec = (word0, word1, bits, num_id) + tuple(case)
        rid = record_ids.get(rec)
        if rid is None:
            rid = record_ids[rec] = len(records)
            records.append(rec)
        per_cp.append(rid)
    return records, per_cp, numerics, case_ext


def decompositions():
    tags, data, per_cp = [''], [0], []
    for cp in range(MAX_CP):
        d = unicodedata.decomposition(chr(cp))
        if not d or 0xAC00 <= cp <= 0xD7A3:
            per_cp.append(0)
            continue
        parts = d.split()
        tag = ''
        if parts[0].startswith('<'):
            tag = parts.pop(0)
        if tag not in tags:
            tags.append(tag)
        per_cp.append(len(data))
        data.append(tags.index(tag) << 8 | len(parts))
        data.extend(int(p, 16) for p in parts)
    return tags, data, per_cp


def compositions():
    triples = []
    for cp in range(MAX_CP):
        d = unicodedata.decomposition(chr(cp))
        if not d or d.startswith('<'):
            continue
        parts = [int(p, 16) for p in d.split()]
        if len(parts) == 2 and unicodedata.normalize('NFC', ''.join(map(chr, parts))) == chr(cp):
            triples.append((parts[0], parts[1], cp))
    triples.sort()
    flat = []
    for t in triples:
        flat.extend(t)
    return flat


# ---------------------------------------------------------------- names

def hangul_name(cp):
    return 0xAC00 <= cp <= 0xD7A3


def names():
    """(ranges of PREFIX-HEX names, explicit names by code point)."""
    ranges, explicit = [], {}
    for cp in range(MAX_CP):
        name = unicodedata.name(chr(cp), None)
        if name is None or hangul_name(cp):
            continue
        suffix = '-%04X' % cp
        if name.endswith(suffix):
            prefix = name[:-len(suffix)]
            if ranges and ranges[-1][2] == prefix and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp, prefix])
            continue
        explicit[cp] = name
    return ranges, explicit


def perl_candidates():
    """(single code point aliases, named sequences) spelled in Perl's UCD copy."""
    aliases, sequences = [], []
    with open(os.path.join(PERL_UNICORE, 'Name.pl'), encoding='ascii') as f:
        text = f.read()
    body = text.split("<<'END';\n", 1)[1].split('\nEND\n', 1)[0]
    for entry in body.split('\n\n'):
        lines = entry.strip().split('\n')
        if len(lines) != 2:
            continue
        cps = [int(x, 16) for x in lines[0].split()]
        if len(cps) == 1:
            aliases.append((lines[1], cps[0]))
        else:
            sequences.append((lines[1], cps))
    with open(os.path.join(PERL_UNICORE, 'NamedSequences.txt'), encoding='utf-8') as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                name, seq = line.split(';')
                sequences.append((name.strip(), [int(x, 16) for x in seq.split()]))
    return aliases, sequences


def lookup(name):
    try:
        return [ord(c) for c in unicodedata.lookup(name)]
    except KeyError:
        return None


RESTART = 32


def name_tables():
    ranges, explicit = names()
    cand_aliases, cand_seqs = perl_candidates()
    aliases = sorted({(n, cp) for n, cp in cand_aliases
                      if unicodedata.name(chr(cp), None) != n and lookup(n) == [cp]},
                     key=lambda a: (a[1], a[0]))
    seqs = sorted({(n, tuple(s)) for n, s in cand_seqs if lookup(n) == list(s)})
    # Front coding: each name is the length of the prefix it shares with the previous name
    # plus 11 (a char that is neither 0 nor the newline ending each name), the rest of the name,
    # and a newline. Every RESTART-th name shares nothing, so a name is decoded from at most
    # RESTART - 1 predecessors.
    runs = []
    chars, prev = [], ''
    for i, cp in enumerate(sorted(explicit)):
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1])
        name = explicit[cp]
        shared = 0
        if i % RESTART:
            while (shared < min(len(prev), len(name), 116) and prev[shared] == name[shared]):
                shared += 1
        chars.append(shared + 11)
        chars.extend(ord(c) for c in name[shared:])
        chars.append(10)
        prev = name
    alias_lines = ''.join('%X;%s\n' % (cp, n) for n, cp in aliases)
    seq_lines = ''.join('%s;%s\n' % (n, ' '.join('%X' % c for c in s)) for n, s in seqs)
    return (ranges, [v for r in runs for v in r], chars, [ord(c) for c in alias_lines], [ord(c) for c in seq_lines],
            len(explicit), len(aliases), len(seqs))


# ---------------------------------------------------------------- output

HEADER = '''package org.krait.runtime.unicode;

/*
 * GENERATED by tools/gen_unicode_db.py from CPython %s (unicodedata %s); do not edit by hand.
 * Regenerate with: python3 tools/gen_unicode_db.py
 */
'''


def write(name, text):
    with open(os.path.join(OUT_DIR, name), 'w') as f:
        f.write(text)


def main():
    version = sys.version.split()[0]
    header = HEADER % (version, unicodedata.unidata_version)
    records, per_cp, numerics, case_ext = records_and_tables()
    flat_records = [v for r in records for v in r]
    tags, decomp, decomp_cp = decompositions()
    comp = compositions()
    flag_consts = ''.join('    /** Record flag: see {@link CharTypes}. */\n'
                          '    static final int %s = 1 << %d;\n\n' % (f, i)
                          for i, f in enumerate(FLAGS))
    db = header + '''
/**
 * Per-code-point property records, numeric values, full case mappings, decompositions and
 * canonical compositions of Unicode %s as CPython 3.11 sees them.
 */
final class UcdTables {
    private UcdTables() {
    }

    /** Unicode version of these tables, as {@code unicodedata.unidata_version}. */
    static final String UNIDATA_VERSION = "%s";

    /** General categories by index (record word 0, bits 0-4). */
    static final String[] CATEGORIES = {%s};

    /** Bidirectional classes by index (record word 0, bits 5-9). */
    static final String[] BIDI = {%s};

    /** East Asian widths by index (record word 0, bits 10-12; bit 13 is "mirrored"). */
    static final String[] EAST_ASIAN_WIDTH = {%s};

%s    /** Chars per record: props, combining|decimal+1<<8|digit+1<<12, flags, numeric index, 4 case fields. */
    static final int RECORD_SIZE = 8;

    /** The distinct property records (%d of them). */
    static final String RECORDS = %s;

%s    /** Numeric values, indexed by the record's numeric index - 1. */
    static final double[] NUMERIC_VALUES = {%s};

    /**
     * Full case mappings of records with EXT_CASE, at the record's first case field: lower,
     * upper, title, fold, each as a length then that many code points (ints, see UcdData).
     */
    static final String CASE_EXT = %s;

    /** Decomposition tags by index ("" = canonical). */
    static final String[] DECOMP_TAGS = {%s};

    /** Decompositions (ints): tag index << 8 | length, then the code points. */
    static final String DECOMP = %s;

%s    /** Canonical compositions (ints): sorted triples first, second, composite (primary composites only). */
    static final String COMPOSE = %s;
}
''' % (unicodedata.unidata_version, unicodedata.unidata_version,
       ', '.join('"%s"' % c for c in CATEGORIES), ', '.join('"%s"' % c for c in BIDI),
       ', '.join('"%s"' % c for c in EAW), flag_consts, len(records),
       java_string(flat_records),
       emit_table('PROPS', 'Record index per code point', per_cp),
       ', '.join(repr(float(n)) for n in numerics),
       java_string(ints_to_chars(case_ext)),
       ', '.join('"%s"' % t for t in tags), java_string(ints_to_chars(decomp)),
       emit_table('DECOMP', 'Offset into DECOMP per code point (0 = none)',
                  [min(x, 0xFFFF) for x in decomp_cp]),
       java_string(ints_to_chars(comp)))
    assert max(decomp_cp) < 0xFFFF
    write('UcdTables.java', db)

    ranges, name_runs, name_chars, alias_chars, seq_chars, n_names, n_alias, n_seq = name_tables()
    prefixes = []
    for r in ranges:
        if r[2] not in prefixes:
            prefixes.append(r[2])
    nm = header + '''
/**
 * Character names, name aliases and named sequences of Unicode %s as CPython 3.11's
 * unicodedata knows them (%d explicit names, %d aliases, %d named sequences). Hangul syllable
 * names are computed, and names that end in the code point in hex are stored as ranges.
 */
final class UcdNameTables {
    private UcdNameTables() {
    }

    /** Every RESTART-th name of NAMES is stored whole. */
    static final int RESTART = %d;

    /**
     * Explicit names in code point order, front coded: 11 + the length of the prefix shared with
     * the previous name, the rest of the name, a newline.
     */
    static final String NAMES = %s;

    /**
     * The code points with an explicit name, as runs (ints): first code point, length. Their
     * names are the entries of NAMES in order.
     */
    static final String NAME_RUNS = %s;

    /** Names that are a prefix, '-', and the code point in hex: start, end, prefix index. */
    static final int[][] HEX_RANGES = {%s};

    /** Prefixes of HEX_RANGES by index; index 0 is the algorithmic CJK UNIFIED IDEOGRAPH. */
    static final String[] HEX_PREFIXES = {%s};

    /** Name aliases, lines "HEX;NAME". */
    static final String ALIASES = %s;

    /** Named sequences, lines "NAME;HEX HEX...". */
    static final String SEQUENCES = %s;
}
''' % (unicodedata.unidata_version, n_names, n_alias, n_seq, RESTART, java_string(name_chars),
       java_string(ints_to_chars(name_runs)),
       ', '.join('{0x%X, 0x%X, %d}' % (r[0], r[1], prefixes.index(r[2])) for r in ranges),
       ', '.join('"%s"' % p for p in prefixes), java_string(alias_chars), java_string(seq_chars))
    assert prefixes[0] == 'CJK UNIFIED IDEOGRAPH'
    write('UcdNameTables.java', nm)
    print(len(records), 'records,', len(numerics), 'numeric values,', len(case_ext),
          'case ints,', len(decomp), 'decomp ints,', len(comp) // 3, 'compositions,',
          n_names, 'names,', n_alias, 'aliases,', n_seq, 'sequences,',
          len(ranges), 'hex ranges', file=sys.stderr)


if __name__ == '__main__':
    main()
