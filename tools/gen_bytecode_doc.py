#!/usr/bin/env python3
"""Regenerates the instruction table of docs/bytecode.md from the javadoc of Opcode.java.

Opcode.java is the single source of truth: run this after changing it.
"""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
src = (root / "runtime/src/main/java/org/krait/runtime/bytecode/Opcode.java").read_text()
doc_path = root / "docs/bytecode.md"
doc = doc_path.read_text()
rows = re.findall(r"/\*\*\s*(.*?)\s*\*/\s*\n\s*([A-Z_]+)\((-?\d+), (-?\d+), Operand\.([A-Z_]+)\)", src, re.S)
lines = ["| Opcode | Argument | Stack picture and meaning |", "| --- | --- | --- |"]
for text, name, _pops, _pushes, operand in rows:
    text = " ".join(text.split()).replace("&lt;", "<").replace("&gt;", ">").replace("|", "\\|")
    lines.append(f"| `{name}` | {operand.lower().replace('_', ' ')} | {text} |")
start = doc.index("| Opcode | Argument |")
end = doc.index("Opcodes from `SETUP_FINALLY` on")
doc_path.write_text(doc[:start] + "\n".join(lines) + "\n\n" + doc[end:])
print(f"{len(rows)} opcodes")
