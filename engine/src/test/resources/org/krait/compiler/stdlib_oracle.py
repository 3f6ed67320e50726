"""CPython's side of StdlibFidelityTest.

Usage: python3 stdlib_oracle.py LIST_FILE

LIST_FILE holds one source path per line. For each path, in order, writes one record to stdout:
  b"D <n>\n" then the n bytes (UTF-8) of ast.dump(ast.parse(source), include_attributes=True), or
  b"E <type> <lineno> <offset> <hex of UTF-8 msg>\n" when parsing raises (SyntaxError and its
  subclasses, or anything else; lineno/offset are -1 when absent).
The source is passed as bytes, as Krait's Parser.parseFile gets it.
"""
import ast
import sys


def error_record(exc):
    lineno = getattr(exc, "lineno", None)
    offset = getattr(exc, "offset", None)
    msg = exc.msg if isinstance(exc, SyntaxError) else str(exc)
    fields = [
        type(exc).__name__,
        str(-1 if lineno is None else lineno),
        str(-1 if offset is None else offset),
        msg.encode("utf-8", "backslashreplace").hex() or "-",
    ]
    return ("E " + " ".join(fields) + "\n").encode("ascii")


def main():
    out = sys.stdout.buffer
    with open(sys.argv[1], encoding="utf-8") as listing:
        paths = listing.read().splitlines()
    for path in paths:
        with open(path, "rb") as f:
            source = f.read()
        try:
            tree = ast.parse(source)
        except Exception as exc:  # every failure is data to compare, not a crash of the oracle
            out.write(error_record(exc))
            continue
        text = ast.dump(tree, include_attributes=True).encode("utf-8")
        out.write(b"D %d\n" % len(text))
        out.write(text)
    out.flush()


if __name__ == "__main__":
    main()
