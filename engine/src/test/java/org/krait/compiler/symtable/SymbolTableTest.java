package org.krait.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.krait.compiler.ast.Mod;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.parser.Parser;
import org.krait.compiler.source.SyntaxErrorException;

/** Focused checks of the symbol table's rules, independent of python3. */
class SymbolTableTest {

    private static Scope top(String src) {
        return SymbolTable.build(Parser.parse(src, Parser.Mode.EXEC), "<s>").top();
    }

    private static Scope child(Scope s, int i) {
        return s.children().get(i);
    }

    @Test
    void methodsDoNotSeeClassVariables() {
        Scope module = top("class C:\n  x = 1\n  def f(self): return x\n");
        Scope cls = child(module, 0);
        Scope f = child(cls, 0);
        assertEquals(ScopeKind.CLASS, cls.kind());
        assertEquals(SymbolScope.LOCAL, cls.lookup("x").scope());
        assertEquals(SymbolScope.GLOBAL_IMPLICIT, f.lookup("x").scope());
        assertFalse(f.isNested());
    }

    @Test
    void superMakesTheClassCell() {
        Scope cls = child(top("class C:\n  def f(self): return super().f()\n"), 0);
        Scope f = child(cls, 0);
        assertTrue(cls.needsClassClosure());
        assertNull(cls.lookup("__class__"), "the class block does not list __class__");
        Symbol cell = f.lookup("__class__");
        assertEquals(SymbolScope.FREE, cell.scope());
        assertTrue(cell.has(SymbolFlags.USE));
        assertTrue(f.hasFreeVars());
        assertTrue(cls.hasChildFree());
    }

    @Test
    void freeVariableThroughAClassIsMarkedFreeClass() {
        Scope f = child(top("def f():\n  x = 1\n  class C:\n    x = 2\n    def g(self): return x\n"), 0);
        Scope cls = child(f, 0);
        assertEquals(SymbolScope.CELL, f.lookup("x").scope());
        assertTrue(cls.lookup("x").has(SymbolFlags.DEF_FREE_CLASS));
        assertEquals(SymbolScope.LOCAL, cls.lookup("x").scope());
        assertEquals(SymbolScope.FREE, child(cls, 0).lookup("x").scope());
    }

    @Test
    void comprehensionsEvaluateTheFirstIterableOutside() {
        Scope f = child(top("def f(a):\n  return [[y for y in x] for x in a if x]\n"), 0);
        Scope outer = child(f, 0);
        Scope inner = child(outer, 0);
        assertEquals("listcomp", outer.name());
        assertEquals(ScopeKind.FUNCTION, outer.kind());
        assertEquals(List.of(".0"), outer.varnames());
        assertTrue(f.lookup("a").has(SymbolFlags.USE), "a is read by f, not by the comprehension");
        assertNull(outer.lookup("a"));
        assertEquals(SymbolScope.LOCAL, outer.lookup("x").scope());
        assertTrue(outer.lookup("x").has(SymbolFlags.DEF_COMP_ITER));
        assertTrue(outer.lookup("x").has(SymbolFlags.USE), "the inner comprehension's first iterable is read in the outer one");
        assertNull(inner.lookup("x"));
        assertTrue(outer.isComprehension() && inner.isComprehension());
        assertTrue(inner.isNested());
    }

    @Test
    void walrusInComprehensionBindsInTheEnclosingFunction() {
        Scope f = child(top("def f():\n  [(y := i) for i in range(3)]\n  return y\n"), 0);
        Scope comp = child(f, 0);
        assertEquals(SymbolScope.CELL, f.lookup("y").scope());
        assertEquals(SymbolScope.FREE, comp.lookup("y").scope());
        assertTrue(comp.lookup("y").has(SymbolFlags.DEF_NONLOCAL | SymbolFlags.DEF_LOCAL));
        Scope module = top("[(y := i) for i in range(3)]\n");
        assertTrue(module.lookup("y").has(SymbolFlags.DEF_GLOBAL));
        assertEquals(SymbolScope.GLOBAL_EXPLICIT, child(module, 0).lookup("y").scope());
    }

    @Test
    void walrusErrors() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> top("class C:\n  [(y := 1) for a in b]\n"));
        assertEquals("assignment expression within a comprehension cannot be used in a class body", e.msg);
        assertEquals(2, e.lineno);
        assertEquals(5, e.offset);
        e = assertThrows(SyntaxErrorException.class, () -> top("[i := 0 for i in x]\n"));
        assertEquals("assignment expression cannot rebind comprehension iteration variable 'i'", e.msg);
    }

    @Test
    void privateNamesAreMangledInsideClasses() {
        Scope cls = child(top("class _Spam:\n  __x = 1\n  def __m(self, __p): return __p, __x__\n"), 0);
        assertTrue(cls.lookup("_Spam__x").has(SymbolFlags.DEF_LOCAL));
        assertTrue(cls.lookup("_Spam__m").has(SymbolFlags.DEF_LOCAL));
        Scope m = child(cls, 0);
        assertEquals("__m", m.name(), "the block keeps the written name");
        assertEquals(List.of("self", "_Spam__p"), m.varnames());
        assertTrue(m.lookup("__x__") != null);
        assertEquals("__x", NameMangler.mangle("___", "__x"));
        assertEquals("__a.b", NameMangler.mangle("C", "__a.b"));
        assertEquals("_C__a", NameMangler.mangle("__C", "__a"));
    }

    @Test
    void parametersComeFirstInVarnames() {
        Scope f = child(top("def f(a, /, b, *c, d, **e):\n  z = 1\n"), 0);
        assertEquals(List.of("a", "b", "d", "c", "e"), f.varnames());
        assertTrue(f.hasVarargs() && f.hasVarkeywords());
    }

    @Test
    void generatorAndCoroutineFlags() {
        Scope module = top("def g():\n  yield 1\nasync def h():\n  await x\nx = (i for i in y)\n");
        assertTrue(child(module, 0).isGenerator());
        assertTrue(child(module, 1).isCoroutine());
        assertTrue(child(module, 2).isGenerator());
        assertEquals("genexpr", child(module, 2).name());
    }

    @Test
    void futureAnnotationsKeepAnnotationNamesOut() {
        Scope module = top("from __future__ import annotations\ndef f(a: A) -> R: pass\nx: T\n");
        assertNull(module.lookup("A"));
        assertNull(module.lookup("R"));
        assertNull(module.lookup("T"));
        assertEquals(1, module.children().size());
        Scope plain = top("def f(a: A) -> R: pass\n");
        assertTrue(plain.lookup("A").has(SymbolFlags.USE));
    }

    @Test
    void scopeOfFindsTheBlockOfADefiningNode() {
        Mod mod = Parser.parse("def f(): pass\n", Parser.Mode.EXEC);
        SymbolTable table = SymbolTable.build(mod, "<s>");
        Stmt def = ((Mod.Module) mod).body().get(0);
        assertSame(child(table.top(), 0), table.scopeOf(def));
        assertSame(table.top(), table.scopeOf(mod));
    }

    @Test
    void errorsCarryTheSourceLineWhenGivenTheSource() {
        String src = "def f():\n  x = 1\n  global x\n";
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class,
                () -> SymbolTable.build(Parser.parse(src, Parser.Mode.EXEC), "f.py", src));
        assertEquals("name 'x' is assigned to before global declaration", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(3, e.offset);
        assertEquals(3, e.end_lineno);
        assertEquals(11, e.end_offset);
        assertEquals("  global x\n", e.text);
        e = assertThrows(SyntaxErrorException.class, () -> top(src));
        assertNull(e.text);
    }

    @Test
    void deepButValidNestingIsHandledAsCPythonDoes() {
        Scope module = top("-".repeat(2900) + "x\n");
        assertTrue(module.lookup("x").has(SymbolFlags.USE));
        StringBuilder src = new StringBuilder();
        for (int i = 0; i < 99; i++) {
            src.append("  ".repeat(i)).append("def f").append(i).append("():\n");
        }
        src.append("  ".repeat(99)).append("return x\n");
        assertEquals("f98", descend(top(src.toString()), 99).name());
    }

    private static Scope descend(Scope s, int depth) {
        return depth == 0 ? s : descend(child(s, 0), depth - 1);
    }
}
