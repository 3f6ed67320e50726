"""For each line of stdin (a hex-encoded source, bytes), prints what ast.parse raises.

Output per input: one tab-separated line: type, msg, lineno, offset, end_lineno, end_offset, text
(backslash, newline, carriage return, tab and NUL escaped; None as the word None), or OK.
"""
import ast
import sys


def esc(v):
    if v is None:
        return "None"
    s = str(v)
    return (s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
            .replace("\t", "\\t").replace("\0", "\\0"))


def main():
    out = sys.stdout
    for line in sys.stdin.read().split("\n"):
        if not line:
            continue
        kind, hexsrc = line.split(" ", 1) if " " in line else (line, "")
        data = bytes.fromhex(hexsrc)
        src = data if kind == "bytes" else data.decode("utf-8", "surrogatepass")
        try:
            ast.parse(src)
            out.write("OK\n")
        except SyntaxError as e:
            fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
            out.write("\t".join(esc(f) for f in fields) + "\n")
        except Exception as e:
            out.write("\t".join([type(e).__name__, esc(e)]) + "\n")


if __name__ == "__main__":
    main()
