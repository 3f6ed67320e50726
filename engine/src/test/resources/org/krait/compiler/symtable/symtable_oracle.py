"""CPython's side of SymbolTableDifferentialTest.

Usage: python3 symtable_oracle.py LIST_FILE

LIST_FILE holds one source path per line. For each path, in order, writes b"<n>\n" and then n
bytes (UTF-8) of one record: the canonical text of symtable.symtable(source, path, 'exec') (every
block: type, name, lineno, nested flag, varnames, each symbol sorted by name with its raw flags
word, then the children in order, indented), or "E <type>|<msg>|<lineno>|<offset>|<end_lineno>|
<end_offset>" when building the table raises. The source is passed as bytes.
"""
import _symtable
import sys

TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}


def dump(ste, depth, out):
    pad = "  " * depth
    out.append("%s%s %s %d nested=%d" % (pad, TYPES.get(ste.type, ste.type), ste.name, ste.lineno, ste.nested))
    out.append("%s varnames=%s" % (pad, ",".join(ste.varnames)))
    for name in sorted(ste.symbols):
        out.append("%s %s %d" % (pad, name, ste.symbols[name]))
    for child in ste.children:
        dump(child, depth + 1, out)


def main():
    out = sys.stdout.buffer
    with open(sys.argv[1], encoding="utf-8") as listing:
        paths = listing.read().splitlines()
    for path in paths:
        with open(path, "rb") as f:
            source = f.read()
        try:
            lines = []
            dump(_symtable.symtable(source, path, "exec"), 0, lines)
            text = "\n".join(lines)
        except Exception as e:  # every failure is data to compare
            if isinstance(e, SyntaxError):
                text = "E %s|%s|%s|%s|%s|%s" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
            else:
                text = "E " + type(e).__name__
        data = text.encode("utf-8", "surrogatepass")
        out.write(b"%d\n" % len(data))
        out.write(data)
    out.flush()


if __name__ == "__main__":
    main()
