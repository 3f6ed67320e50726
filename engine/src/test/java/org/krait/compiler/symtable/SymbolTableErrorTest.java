package org.krait.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SyntaxErrors of the symbol table (and of the future statement check it runs first): for
 * each snippet, CPython 3.11's {@code _symtable.symtable} is run live, must raise, and Krait must
 * raise the same type, message, line, offset, end line and end offset. A second list of valid but
 * tricky snippets must give CPython's whole table.
 */
class SymbolTableErrorTest {

    static final List<String> ERRORS = List.of(
            "def f(x):\n  global x\n",
            "def f(x):\n  nonlocal x\n",
            "def f():\n  x = 1\n  global x\n",
            "def f():\n  print(x)\n  global x\n",
            "def g():\n  x = 1\n  def f():\n    x = 2\n    nonlocal x\n",
            "def g():\n  x = 1\n  def f():\n    print(x)\n    nonlocal x\n",
            "def f():\n  global x\n  nonlocal x\n",
            "nonlocal x\n",
            "x = 1\nif x:\n    nonlocal x\n",
            "def f():\n  nonlocal x\n",
            "def f(a, a): pass\n",
            "lambda a, a: 0\n",
            "def f(a, *, a): pass\n",
            "def f(a, *a): pass\n",
            "def f(a, **a): pass\n",
            "def f(a, /, a): pass\n",
            "def f(*, a, a): pass\n",
            "[(yield) for x in y]\n",
            "{(yield) for x in y}\n",
            "{x: (yield) for x in y}\n",
            "((yield) for x in y)\n",
            "def f():\n  [(yield from x) for x in y]\n",
            "[x for x in [(yield) for z in w]]\n",
            "def f():\n  [(i := 0) for i in range(5)]\n",
            "[i := 0 for i, j in range(5)]\n",
            "def f():\n  [x for x in y if (x := 1)]\n",
            "def f():\n  [0 for a in b if (x := 1) for x in c]\n",
            "def f():\n  [[(i := 0) for j in k] for i in m]\n",
            "class C:\n  [(y := 1) for a in b]\n",
            "[a for a in (b := c)]\n",
            "def f():\n  [a for a in b for c in (d := e)]\n",
            "def f():\n  [a for a in [(b := 1) for c in d]]\n",
            "def f():\n  [a for a in (lambda: (b := 1))()]\n",
            "def f():\n  from os import *\n",
            "class C:\n  from os import (path, *)\n",
            "class C:\n  from os import *\n",
            "def f():\n  global x\n  x: int\n",
            "def g():\n  x = 1\n  def f():\n    nonlocal x\n    x: int = 2\n",
            "def f():\n  x: int\n  global x\n",
            "def f():\n  x: int\n  nonlocal x\n",
            "from __future__ import annotations\ndef f(x: (y := 1)): pass\n",
            "from __future__ import annotations\ndef f() -> (yield): pass\n",
            "from __future__ import annotations\nx: (await y)\n",
            "from __future__ import annotations\nclass C:\n  x: [(yield) for a in b]\n",
            "class C:\n  def f(self, __a, __a): pass\n",
            "class C:\n  def f(__a, _C__a): pass\n",
            "def f():\n  class C:\n    nonlocal x\n",
            "class C:\n  nonlocal x\n",
            "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x\n",
            "from __future__ import braces\n",
            "from __future__ import nope\n",
            "import os; from __future__ import annotations\n",
            "def f():\n  'é'; x=1; global x\n",
            "def f():\n  x += 1\n  global x\n",
            "def f():\n  del x\n  global x\n",
            "def f():\n  try: pass\n  except E as e: pass\n  global e\n",
            "def f():\n  match y:\n    case z: pass\n  global z\n",
            "def f():\n  for x in y: pass\n  global x\n",
            "def f():\n  with a as x: pass\n  nonlocal x\n",
            "def f():\n  global a, b, c\n  def g():\n    nonlocal c\n",
            "async def f():\n  [(yield) async for x in y]\n",
            "def f(**k):\n  global k\n");

    static final List<String> VALID = List.of(
            "class C:\n  x = 1\n  def f(self): return x, super(), __class__\n",
            "class C:\n  def f(self):\n    def g(): return __class__\n    return g\n",
            "def f():\n  x = 1\n  class C:\n    x = 2\n    def g(self): return x\n",
            "def f():\n  [y := i for i in range(3)]\n  return y\n",
            "[y := i for i in range(3)]\n",
            "def f():\n  global y\n  [y := i for i in z]\n",
            "def f():\n  [[(w := j) for j in range(i)] for i in range(3)]\n",
            "class C:\n  __x = 1\n  def __m(self, __p): import __mod.sub; return self.__x, __y, __z__\n",
            "class __C:\n  __x = 1\nclass ___:\n  __y = 2\n",
            "from __future__ import annotations\ndef f(a: A, *b: B, **c: C) -> R: pass\nx: T = 1\ny: (lambda: U)\n",
            "def f(a: A, *, b: (lambda: 1), **k: K) -> (lambda: 2): pass\n",
            "def f():\n  import x\n  global x\n",
            "lambda: (yield)\n",
            "{(lambda: k)(): (lambda: v)() for k, v in x}\n",
            "@(lambda f: f)\ndef g(a=(lambda: 0), *, b=(lambda: 1)) -> (lambda: 2): pass\n",
            "try:\n  a = lambda: 1\nexcept E:\n  b = lambda: 2\nelse:\n  c = lambda: 3\nfinally:\n  d = lambda: 4\n",
            "match x:\n  case {'k': c, **r}: pass\n  case C(p, q=s) as t: pass\n  case [u, *v] if w: pass\n",
            "async def f():\n  async with a as b:\n    async for c in d:\n      await e\n  return [x async for x in y]\n",
            "class C:\n  [x for x in range(3)]\n  y = [z for z in __w]\n",
            "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n  return g\n",
            "def outer():\n  def f():\n    global x\n  class C:\n    global x\n    x = 1\n    def m(self): return x\n",
            "def f(): super\n",
            "def f():\n  def g():\n    def h(): return a\n  a = 1\n",
            "class A:\n  def f(self):\n    class B:\n      def g(self): return super().g(), a\n    a = 1\n",
            "def f(a, /, b, *c, d, **e):\n  return lambda: (a, b, c, d, e)\n",
            "x: int\ny: int = 1\n(z): int = 2\nw.a: int\nv[0]: int\n",
            "def f():\n  x: int\n  (y): int\n  return x\n",
            "global x\nx: int = 1\n",
            "def f():\n  g = (x for x in range(3))\n  return [(lambda: i) for i in g]\n",
            "class C:\n  def f(self): nonlocal_x = __class__\n  __class__ = 1\n",
            "def f():\n  class C:\n    y = x\n  x = 1\n",
            "f'{x!r:{y}}' + f'{(lambda: z)()}'\n",
            "del a, b[c], d.e\n");

    @Test
    void errorsAreCPythons(@TempDir Path tmp) throws Exception {
        compare(tmp, ERRORS, true);
    }

    @Test
    void trickyValidSnippetsGiveCPythonsTables(@TempDir Path tmp) throws Exception {
        compare(tmp, VALID, false);
    }

    private static void compare(Path tmp, List<String> snippets, boolean errors) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            Path p = tmp.resolve("s" + i + ".py");
            Files.writeString(p, snippets.get(i), StandardCharsets.UTF_8);
            files.add(p);
        }
        List<String> expected = SymtableOracle.run(tmp, files);
        assertEquals(files.size(), expected.size());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String want = expected.get(i);
            String got = SymtableOracle.krait(snippets.get(i).getBytes(StandardCharsets.UTF_8), files.get(i).toString());
            if (want.startsWith("E ") != errors) {
                problems.add("snippet " + i + " " + snippets.get(i).replace("\n", "\\n") + ": CPython gives " + want);
            } else if (!got.equals(want)) {
                problems.add("snippet " + i + " " + snippets.get(i).replace("\n", "\\n") + "\n  cpython: " + want
                        + "\n  krait:   " + got);
            }
        }
        System.err.println("SymbolTableErrorTest: " + (files.size() - problems.size()) + " of " + files.size()
                + (errors ? " error snippets" : " valid snippets") + " match CPython");
        assertTrue(problems.isEmpty(), problems.size() + " of " + files.size() + " differ:\n" + String.join("\n", problems));
    }
}
