package org.krait.compiler.codegen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.krait.compiler.symtable.Scope;
import org.krait.compiler.symtable.ScopeKind;
import org.krait.compiler.symtable.Symbol;
import org.krait.compiler.symtable.SymbolFlags;
import org.krait.compiler.symtable.SymbolScope;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyObject;

/**
 * The state of one code object being compiled (CPython's {@code struct compiler_unit}): its
 * instructions, constants, names, local/cell/free variable tables, the frame blocks of the
 * statements enclosing the current position, and the exception handler in effect.
 */
final class CodeUnit {

    /** What kind of block a unit compiles, which decides how names are accessed. */
    enum Kind { MODULE, CLASS, FUNCTION, LAMBDA, COMPREHENSION }

    final Scope scope;
    final Kind kind;
    final String name;
    final String qualname;
    final int firstlineno;
    /** The class name used to mangle private names, or null. */
    final String privateName;

    final List<Instr> instrs = new ArrayList<>();
    final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    int flags;
    /** Whether the unit is an {@code async def} body, where await, async for and async with belong. */
    boolean async;

    final Deque<FrameBlock> fblocks = new ArrayDeque<>();
    Handler handler;
    /** The source range the next instruction gets (CPython's u_lineno, u_end_lineno, u_col_offset...). */
    int line;
    int endLine = -1;
    int col = -1;
    int endCol = -1;

    CodeUnit(Scope scope, Kind kind, String name, String qualname, int firstlineno, String privateName) {
        this.scope = scope;
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.privateName = privateName;
        this.line = firstlineno;
        for (String v : scope.varnames()) {
            varnames.putIfAbsent(v, varnames.size());
        }
        // All fast locals get their slots now (CPython numbers them on first use), so that the
        // localsplus indexes of cells, which follow the locals, never move during code generation.
        if (scope.kind() == ScopeKind.FUNCTION) {
            for (Symbol s : scope.symbols()) {
                if (s.scope() == SymbolScope.LOCAL) {
                    varnames.putIfAbsent(s.name(), varnames.size());
                }
            }
        }
        TreeSet<String> cells = new TreeSet<>();
        TreeSet<String> frees = new TreeSet<>();
        for (Symbol s : scope.symbols()) {
            if (s.scope() == SymbolScope.CELL) {
                cells.add(s.name());
            }
            if (s.scope() == SymbolScope.FREE || s.has(SymbolFlags.DEF_FREE_CLASS)) {
                frees.add(s.name());
            }
        }
        if (scope.kind() == ScopeKind.CLASS && scope.needsClassClosure()) {
            cellvars.add("__class__");
        }
        cellvars.addAll(cells);
        freevars.addAll(frees);
    }

    /** Whether names are fast locals here (a function, lambda or comprehension). */
    boolean isFunctionScope() {
        return scope.kind() == ScopeKind.FUNCTION;
    }

    /** Gives the next instructions the source range of {@code n}. */
    void setLocation(org.krait.compiler.ast.Located n) {
        line = n.lineno();
        endLine = n.end_lineno();
        col = n.col_offset();
        endCol = n.end_col_offset();
    }

    /** Gives the next instructions only a line (an artificial instruction). */
    void setLine(int l) {
        line = l;
        endLine = l;
        col = -1;
        endCol = -1;
    }

    Instr emit(Opcode op, int arg) {
        Instr i = new Instr(op, arg, null, line, endLine, col, endCol, handler);
        instrs.add(i);
        return i;
    }

    Instr emit(Opcode op) {
        return emit(op, 0);
    }

    Instr emitJump(Opcode op, Label target) {
        Instr i = new Instr(op, 0, target, line, endLine, col, endCol, handler);
        instrs.add(i);
        return i;
    }

    void bind(Label l) {
        l.position = instrs.size();
    }

    /** Emits a SETUP_* pseudo-instruction and makes its handler current. */
    void setup(Opcode kind, Label target) {
        emitJump(kind, target);
        handler = new Handler(handler, target, kind, instrs.size() - 1);
    }

    /** Emits POP_BLOCK and returns to the enclosing handler. */
    void popBlock() {
        emit(Opcode.POP_BLOCK);
        handler = handler.parent;
    }

    /** The index of a constant, adding it when new; {@code key} identifies equal constants. */
    int addConst(Object key, PyObject value) {
        Integer i = constIndex.get(key);
        if (i != null) {
            value.decref();
            return i;
        }
        consts.add(value);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    int addName(String n) {
        return names.computeIfAbsent(n, k -> names.size());
    }

    int addVarname(String n) {
        return varnames.computeIfAbsent(n, k -> varnames.size());
    }

    /** The localsplus index of a cell or free variable (CPython 3.11 numbering). */
    int derefIndex(String n) {
        Integer local = varnames.get(n);
        if (cellvars.contains(n)) {
            if (local != null) {
                return local;
            }
            int offset = varnames.size();
            for (String c : cellvars) {
                if (c.equals(n)) {
                    return offset;
                }
                if (!varnames.containsKey(c)) {
                    offset++;
                }
            }
        }
        int idx = freevars.indexOf(n);
        if (idx < 0) {
            throw new IllegalStateException("no cell or free variable " + n + " in " + qualname);
        }
        int cellsNotArgs = 0;
        for (String c : cellvars) {
            if (!varnames.containsKey(c)) {
                cellsNotArgs++;
            }
        }
        return varnames.size() + cellsNotArgs + idx;
    }

    /** The scope of {@code mangled} here, or null when the symbol table does not know it. */
    SymbolScope scopeOf(String mangled) {
        if (kind == Kind.CLASS && mangled.equals("__class__") && cellvars.contains("__class__")) {
            return SymbolScope.CELL;
        }
        Symbol s = scope.lookup(mangled);
        return s == null ? null : s.scope();
    }
}
