#!/usr/bin/env python3
"""Records CPython's verdict on every snippet of the syntax-error corpus.

Reads engine/src/test/resources/org/krait/compiler/parser/syntax-errors/snippets.txt (format in
its header comment), runs ast.parse on each snippet with the running interpreter (meant to be
CPython 3.11) and writes expected.tsv next to it, one line per snippet:

    name, exception type, msg, lineno, offset, end_lineno, end_offset

msg has backslash, tab, CR and LF escaped as \\\\, \\t, \\r, \\n; a missing number is written as -1.
Text snippets are parsed as str (as Krait's Parser.parse), '@file' snippets as bytes (as
Parser.parseFile). A snippet that parses, or fails with anything but SyntaxError and its
subclasses, is reported and makes the script exit with status 1 without writing the file: every
snippet must be rejected by the parser itself.

Usage: tools/record_syntax_errors.py [--check]   (--check compares instead of writing)
"""
import ast
import os
import sys
import warnings

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "engine", "src",
                      "test", "resources", "org", "krait", "compiler", "parser", "syntax-errors")
HEADER = "### "
NO_NEWLINE = "!nonl"


def read_snippets(directory):
    """Yields (name, source) pairs; source is str for inline snippets, bytes for '@file' ones."""
    with open(os.path.join(directory, "snippets.txt"), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    current = None
    for line in lines + [HEADER + "<end>"]:
        if line.startswith(HEADER):
            if current is not None:
                yield finish(directory, *current)
            current = (line[len(HEADER):].split(), [])
        elif current is not None:
            current[1].append(line)


def finish(directory, header, body):
    name, options = header[0], header[1:]
    files = [o[1:] for o in options if o.startswith("@")]
    if files:
        if any(line.strip() for line in body):
            raise ValueError(f"{name}: a '@file' snippet has no inline text")
        with open(os.path.join(directory, files[0]), "rb") as f:
            return name, f.read()
    while body and body[-1] == "":
        body.pop()
    text = "\n".join(body)
    if NO_NEWLINE not in options:
        text += "\n"
    return name, text


def escape(msg):
    return (msg.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\r", "\\r").replace("\n", "\\n"))


def number(value):
    return str(-1 if value is None else value)


def verdict(name, source):
    """The expected.tsv row for one snippet, or raises ValueError if CPython accepts it."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(source)
    except SyntaxError as e:
        return "\t".join([name, type(e).__name__, escape(str(e.msg)), number(e.lineno),
                          number(e.offset), number(e.end_lineno), number(e.end_offset)])
    except Exception as e:  # noqa: BLE001 - any other outcome disqualifies the snippet
        raise ValueError(f"{name}: {type(e).__name__}: {e}") from e
    raise ValueError(f"{name}: parses without error")


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print(f"warning: recording with Python {sys.version.split()[0]}, not 3.11", file=sys.stderr)
    rows, problems, seen = [], [], set()
    for name, source in read_snippets(CORPUS):
        if name in seen:
            problems.append(f"{name}: duplicate name")
        seen.add(name)
        try:
            rows.append(verdict(name, source))
        except ValueError as e:
            problems.append(str(e))
    for p in problems:
        print("rejected snippet: " + p, file=sys.stderr)
    if problems:
        return 1
    content = "".join(row + "\n" for row in rows)
    path = os.path.join(CORPUS, "expected.tsv")
    if "--check" in argv:
        with open(path, encoding="utf-8", newline="") as f:
            same = f.read() == content
        print(f"{len(rows)} snippets; expected.tsv is {'up to date' if same else 'STALE'}")
        return 0 if same else 1
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(content)
    print(f"recorded {len(rows)} snippets into {os.path.relpath(path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
