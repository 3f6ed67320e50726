"""Prints, for each file path read from stdin, the tokens CPython 3.11's parser sees.

Uses the pure-Python tokenize module and converts its output to what the C tokenizer gives the
parser: NL and COMMENT are dropped; columns become UTF-8 byte offsets; a NEWLINE starts at the
comment before it (if any) and ends where it starts; non-ASCII ERRORTOKENs glued to a NAME are
part of it. INDENT/DEDENT/ENDMARKER carry no columns in
the C tokenizer, so only INDENT/DEDENT lines are printed, and DEDENTs at end of file (where the
two tokenizers disagree on the line) are printed as EOF. Files CPython rejects are marked SKIP.
Output: a line "FILE <path> OK|SKIP", then one tab-separated line per token.
"""
import ast
import io
import sys
import token
import tokenize


def esc(s):
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def dump(path, out):
    with open(path, "rb") as f:
        data = f.read()
    try:
        ast.parse(data)
    except (SyntaxError, ValueError):
        out.write("FILE\t%s\tSKIP\n" % path)
        return
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    raw_lines = io.BytesIO(data).readlines()
    lines = [l.decode(enc if i else ("utf-8-sig" if enc == "utf-8" else enc)) for i, l in enumerate(raw_lines)]

    def bcol(row, col):
        if row - 1 >= len(lines):
            return col
        return len(lines[row - 1][:col].encode("utf-8", "surrogatepass"))

    out.write("FILE\t%s\tOK\n" % path)
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    prev = None
    rows = []
    for t in toks:
        kind = t.type
        if kind in (tokenize.ENCODING, tokenize.NL):
            prev = t
            continue
        if kind == tokenize.COMMENT:
            prev = t
            continue
        (sr, sc), (er, ec) = t.start, t.end
        if (kind == tokenize.ERRORTOKEN and rows and rows[-1][0] == "NAME" and prev.end == t.start
                and not t.string.isascii()):
            # tokenize's \w misses some XID_Continue code points (e.g. variation selectors) that
            # the C tokenizer keeps inside the name.
            rows[-1][4] = bcol(er, ec)
            rows[-1][5] += esc(t.string)
            prev = t
            continue
        if kind == tokenize.NEWLINE:
            col = bcol(sr, sc)
            start = col
            if prev is not None and prev.type == tokenize.COMMENT and prev.start[0] == sr:
                start = bcol(sr, prev.start[1])
            rows.append(["NEWLINE", sr, start, sr, col, ""])
        elif kind == tokenize.INDENT:
            rows.append(["INDENT", sr])
        elif kind == tokenize.DEDENT:
            rows.append(["DEDENT", sr if sr <= len(lines) else "EOF"])
        elif kind == tokenize.ENDMARKER:
            rows.append(["ENDMARKER"])
        else:
            name = token.tok_name[t.exact_type] if kind == tokenize.OP else token.tok_name[kind]
            rows.append([name, sr, bcol(sr, sc), er, bcol(er, ec), esc(t.string)])
        prev = t
    for r in rows:
        out.write("\t".join(str(x) for x in r) + "\n")


def main():
    out = sys.stdout
    for path in sys.stdin.read().split("\n"):
        if path:
            dump(path, out)


if __name__ == "__main__":
    main()
