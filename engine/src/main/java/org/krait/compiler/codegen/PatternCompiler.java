package org.krait.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.Singleton;
import org.krait.compiler.ast.Stmt;
import org.krait.compiler.source.SyntaxErrorException;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.ops.ObjectOps;

/**
 * The {@code match} statement, laid out as CPython 3.11's {@code compiler_match} and
 * {@code compiler_pattern_*}, so that evaluation order, the moment names are bound and the
 * compile-time errors are CPython's. A pattern consumes the subject on top of the stack. The
 * values it captures are not stored at once: each is rotated below the items still in use
 * ({@link Context#onTop}) and the captures before it, and the names are stored only once the whole
 * pattern has matched, so a failed case binds nothing. A failing check jumps to a label that pops
 * whatever the pattern has left on the stack ({@link Context#failPop}).
 */
final class PatternCompiler {

    /** CPython's {@code pattern_context}. */
    private static final class Context {
        /** The names captured so far, in the order their values lie on the stack (first on top). */
        List<String> stores = new ArrayList<>();
        /** Whether an irrefutable pattern is allowed here (last case, guarded case, sub-pattern). */
        boolean allowIrrefutable;
        /** failPop.get(n) pops n items, then falls into failPop.get(n - 1); failPop.get(0) is the failure. */
        List<Label> failPop = new ArrayList<>();
        /** Items above the captured values that belong to the pattern being compiled. */
        int onTop;
    }

    private final CodeGenerator g;

    PatternCompiler(CodeGenerator g) {
        this.g = g;
    }

    private CodeUnit u() {
        return g.u;
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs && ((Pattern.MatchAs) p).name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar && ((Pattern.MatchStar) p).name() == null;
    }

    void compileMatch(Stmt.Match s) {
        g.visitExpr(s.subject());
        Label end = new Label();
        List<MatchCase> cases = s.cases();
        int n = cases.size();
        boolean hasDefault = n > 1 && isWildcard(cases.get(n - 1).pattern());
        for (int i = 0; i < n - (hasDefault ? 1 : 0); i++) {
            MatchCase m = cases.get(i);
            boolean lastTested = i == n - (hasDefault ? 1 : 0) - 1;
            u().setLocation(m.pattern());
            if (!lastTested) {
                u().emit(Opcode.COPY, 1);
            }
            Context pc = new Context();
            pc.allowIrrefutable = m.guard() != null || i == n - 1;
            pattern(m.pattern(), pc);
            u().setLocation(m.pattern());
            for (String name : pc.stores) {
                g.nameOp(name, ExprContext.Store);
            }
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                g.expr.jumpIf(m.guard(), pc.failPop.get(0), false);
            }
            if (!lastTested) {
                u().setLocation(m.pattern());
                u().emit(Opcode.POP_TOP);
            }
            g.visitBody(m.body());
            u().emitJump(Opcode.JUMP, end);
            u().setLocation(m.pattern());
            emitFailPop(pc);
        }
        if (hasDefault) {
            MatchCase m = cases.get(n - 1);
            u().setLocation(m.pattern());
            if (m.guard() != null) {
                g.expr.jumpIf(m.guard(), end, false);
            }
            g.visitBody(m.body());
        }
        u().bind(end);
    }

    private static void ensureFailPop(Context pc, int n) {
        while (pc.failPop.size() <= n) {
            pc.failPop.add(new Label());
        }
    }

    /** Jumps (with {@code op}) to the label that pops everything this pattern has on the stack. */
    private void jumpToFailPop(Context pc, Opcode op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        u().emitJump(op, pc.failPop.get(pops));
    }

    /** Emits the chain of fail-pop labels, the last falling through to what follows. */
    private void emitFailPop(Context pc) {
        if (pc.failPop.isEmpty()) {
            return;
        }
        for (int i = pc.failPop.size() - 1; i >= 1; i--) {
            u().bind(pc.failPop.get(i));
            u().emit(Opcode.POP_TOP);
        }
        u().bind(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    /** Moves the top of the stack down to depth {@code count} (CPython's {@code pattern_helper_rotate}). */
    private void rotate(int count) {
        while (count > 1) {
            u().emit(Opcode.SWAP, count--);
        }
    }

    /**
     * A SyntaxError at the current location: as in CPython 3.11, a pattern sets the location
     * when it starts and a sub-pattern's stays in effect after it.
     */
    private SyntaxErrorException errorHere(String msg) {
        CodeUnit u = u();
        return new SyntaxErrorException(SyntaxErrorException.Kind.SyntaxError, msg, u.line, u.col + 1, u.endLine,
                u.endCol + 1, null);
    }

    /** Keeps the captured value on top for the store at the end, below what is still in use. */
    private void storeName(String name, Context pc) {
        if (name == null) {
            u().emit(Opcode.POP_TOP);
            return;
        }
        if (name.equals("__debug__")) {
            throw errorHere("cannot assign to __debug__");
        }
        if (pc.stores.contains(name)) {
            throw errorHere("multiple assignments to name '" + name + "' in pattern");
        }
        rotate(pc.onTop + pc.stores.size() + 1);
        pc.stores.add(name);
    }

    private void pattern(Pattern p, Context pc) {
        u().setLocation(p);
        if (p instanceof Pattern.MatchValue) {
            g.visitExpr(((Pattern.MatchValue) p).value());
            u().emit(Opcode.COMPARE_OP, 2);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchSingleton) {
            Object v = ((Pattern.MatchSingleton) p).value();
            g.loadConst(Constants.toPy(v == null ? Singleton.None : v));
            u().emit(Opcode.IS_OP, 0);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (p instanceof Pattern.MatchAs) {
            as((Pattern.MatchAs) p, pc);
        } else if (p instanceof Pattern.MatchStar) {
            storeName(((Pattern.MatchStar) p).name(), pc);
        } else if (p instanceof Pattern.MatchOr) {
            or((Pattern.MatchOr) p, pc);
        } else if (p instanceof Pattern.MatchSequence) {
            sequence((Pattern.MatchSequence) p, pc);
        } else if (p instanceof Pattern.MatchMapping) {
            mapping((Pattern.MatchMapping) p, pc);
        } else {
            matchClass((Pattern.MatchClass) p, pc);
        }
    }

    /** A sub-pattern may always be irrefutable. */
    private void subpattern(Pattern p, Context pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void as(Pattern.MatchAs p, Context pc) {
        if (p.pattern() == null) {
            if (!pc.allowIrrefutable) {
                throw CodeGenerator.error(p, p.name() != null
                        ? "name capture '" + p.name() + "' makes remaining patterns unreachable"
                        : "wildcard makes remaining patterns unreachable");
            }
            storeName(p.name(), pc);
            return;
        }
        pc.onTop++;
        u().emit(Opcode.COPY, 1);
        pattern(p.pattern(), pc);
        pc.onTop--;
        storeName(p.name(), pc);
    }

    /**
     * Each alternative matches a copy of the subject with its own captures; they must capture
     * the same names, and are rotated into the first alternative's order so that one sequence
     * of stores after the pattern serves them all.
     */
    private void or(Pattern.MatchOr p, Context pc) {
        Label end = new Label();
        List<Pattern> alts = p.patterns();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Label> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < alts.size(); i++) {
            Pattern alt = alts.get(i);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == alts.size() - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            u().setLocation(alt);
            u().emit(Opcode.COPY, 1);
            pattern(alt, pc);
            if (control == null) {
                control = pc.stores;
            } else if (pc.stores.size() != control.size()) {
                throw errorHere("alternative patterns bind different names");
            } else {
                for (int icontrol = control.size() - 1; icontrol >= 0; icontrol--) {
                    int istores = pc.stores.indexOf(control.get(icontrol));
                    if (istores < 0) {
                        throw errorHere("alternative patterns bind different names");
                    }
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        u().setLocation(alt);
                        for (int r = 0; r < rotations; r++) {
                            rotate(icontrol + 1);
                        }
                    }
                }
            }
            u().setLocation(alt);
            u().emitJump(Opcode.JUMP, end);
            emitFailPop(pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        u().setLocation(p);
        u().emit(Opcode.POP_TOP);
        jumpToFailPop(pc, Opcode.JUMP);
        u().bind(end);
        // Between the new captures and their place: the other new captures, the copy of the
        // subject, the items in use and the earlier captures.
        int nrots = control.size() + 1 + pc.onTop + pc.stores.size();
        for (String name : control) {
            rotate(nrots);
            if (pc.stores.contains(name)) {
                throw errorHere("multiple assignments to name '" + name + "' in pattern");
            }
            pc.stores.add(name);
        }
        u().emit(Opcode.POP_TOP);
    }

    private void sequence(Pattern.MatchSequence p, Context pc) {
        List<Pattern> pats = p.patterns();
        int size = pats.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern sub = pats.get(i);
            if (sub instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw CodeGenerator.error(p, "multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(sub);
                onlyWildcard &= starWildcard;
                star = i;
            } else {
                onlyWildcard &= isWildcard(sub);
            }
        }
        pc.onTop++;
        u().emit(Opcode.MATCH_SEQUENCE);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            u().emit(Opcode.GET_LEN);
            g.loadConst(PyInt.of(size));
            u().emit(Opcode.COMPARE_OP, 2);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            u().emit(Opcode.GET_LEN);
            g.loadConst(PyInt.of(size - 1));
            u().emit(Opcode.COMPARE_OP, 5);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            u().emit(Opcode.POP_TOP);
        } else if (starWildcard) {
            sequenceSubscr(pats, star, pc);
        } else {
            if (star < 0) {
                u().emit(Opcode.UNPACK_SEQUENCE, size);
            } else {
                u().emit(Opcode.UNPACK_EX, star | ((size - star - 1) << 8));
            }
            pc.onTop += size;
            for (Pattern sub : pats) {
                pc.onTop--;
                subpattern(sub, pc);
            }
        }
    }

    /** Items around a {@code *_} are read by index (from the end by {@code len - k}), not unpacked. */
    private void sequenceSubscr(List<Pattern> pats, int star, Context pc) {
        pc.onTop++;
        int size = pats.size();
        for (int i = 0; i < size; i++) {
            Pattern sub = pats.get(i);
            if (isWildcard(sub) || i == star) {
                continue;
            }
            u().emit(Opcode.COPY, 1);
            if (i < star) {
                g.loadConst(PyInt.of(i));
            } else {
                u().emit(Opcode.GET_LEN);
                g.loadConst(PyInt.of(size - i));
                u().emit(Opcode.BINARY_OP, 10);
            }
            u().emit(Opcode.BINARY_SUBSCR);
            subpattern(sub, pc);
        }
        pc.onTop--;
        u().emit(Opcode.POP_TOP);
    }

    private void mapping(Pattern.MatchMapping p, Context pc) {
        List<Expr> keys = p.keys();
        int size = keys.size();
        pc.onTop++;
        u().emit(Opcode.MATCH_MAPPING);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && p.rest() == null) {
            pc.onTop--;
            u().emit(Opcode.POP_TOP);
            return;
        }
        if (size > 0) {
            u().emit(Opcode.GET_LEN);
            g.loadConst(PyInt.of(size));
            u().emit(Opcode.COMPARE_OP, 5);
            jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        }
        List<PyObject> seen = new ArrayList<>();
        PyObject[] constKeys = new PyObject[size];
        boolean allConst = true;
        for (int i = 0; i < size; i++) {
            Expr key = ConstantFolder.fold(keys.get(i));
            if (key instanceof Expr.Constant) {
                PyObject v = Constants.toPy(((Expr.Constant) key).value());
                for (PyObject s : seen) {
                    if (ObjectOps.equal(s, v)) {
                        throw CodeGenerator.error(p, "mapping pattern checks duplicate key (" + ObjectOps.repr(v) + ")");
                    }
                }
                seen.add(v);
                constKeys[i] = v;
            } else if (!(key instanceof Expr.Attribute)) {
                throw CodeGenerator.error(p, "mapping pattern keys may only match literals and attribute lookups");
            } else {
                allConst = false;
            }
        }
        u().setLocation(p);
        if (allConst) {
            g.loadConst(PyTuple.fromArray(constKeys));
        } else {
            for (Expr key : keys) {
                g.visitExpr(key);
            }
            u().setLocation(p);
            u().emit(Opcode.BUILD_TUPLE, size);
        }
        u().emit(Opcode.MATCH_KEYS);
        pc.onTop += 2;
        u().emit(Opcode.COPY, 1);
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_NONE);
        u().emit(Opcode.UNPACK_SEQUENCE, size);
        pc.onTop += size - 1;
        for (Pattern sub : p.patterns()) {
            pc.onTop--;
            subpattern(sub, pc);
        }
        pc.onTop -= 2;
        if (p.rest() != null) {
            // rest = dict(subject), then each key deleted from it
            u().emit(Opcode.BUILD_MAP, 0);
            u().emit(Opcode.SWAP, 3);
            u().emit(Opcode.DICT_UPDATE, 2);
            u().emit(Opcode.UNPACK_SEQUENCE, size);
            for (int left = size; left > 0; left--) {
                u().emit(Opcode.COPY, 1 + left);
                u().emit(Opcode.SWAP, 2);
                u().emit(Opcode.DELETE_SUBSCR);
            }
            storeName(p.rest(), pc);
        } else {
            u().emit(Opcode.POP_TOP);
            u().emit(Opcode.POP_TOP);
        }
    }

    private void matchClass(Pattern.MatchClass p, Context pc) {
        int nargs = p.patterns().size();
        List<String> attrs = p.kwd_attrs();
        int nattrs = attrs.size();
        for (int i = 0; i < nattrs; i++) {
            if (attrs.get(i).equals("__debug__")) {
                throw CodeGenerator.error(p.kwd_patterns().get(i), "cannot assign to __debug__");
            }
            for (int j = i + 1; j < nattrs; j++) {
                if (attrs.get(i).equals(attrs.get(j))) {
                    throw CodeGenerator.error(p.kwd_patterns().get(j), "attribute name repeated in class pattern: "
                            + attrs.get(i));
                }
            }
        }
        g.visitExpr(p.cls());
        u().setLocation(p);
        PyObject[] names = new PyObject[nattrs];
        for (int i = 0; i < nattrs; i++) {
            names[i] = PyStr.of(attrs.get(i));
        }
        g.loadConst(PyTuple.fromArray(names));
        u().emit(Opcode.MATCH_CLASS, nargs);
        u().emit(Opcode.COPY, 1);
        pc.onTop++;
        jumpToFailPop(pc, Opcode.POP_JUMP_IF_NONE);
        u().emit(Opcode.UNPACK_SEQUENCE, nargs + nattrs);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern sub = i < nargs ? p.patterns().get(i) : p.kwd_patterns().get(i - nargs);
            if (isWildcard(sub)) {
                u().emit(Opcode.POP_TOP);
                continue;
            }
            subpattern(sub, pc);
        }
    }
}
