package org.krait.compiler.codegen;

import java.util.List;
import org.krait.compiler.ast.Expr;
import org.krait.compiler.ast.ExprContext;
import org.krait.compiler.ast.MatchCase;
import org.krait.compiler.ast.Pattern;
import org.krait.compiler.ast.Singleton;
import org.krait.compiler.ast.Stmt;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;

/**
 * The {@code match} statement (CPython's {@code compiler_match} and {@code compiler_pattern}).
 * Each pattern is compiled with one contract: the subject is on top of the stack; on success the
 * pattern has consumed it, on failure it jumps to the given label with the subject consumed too.
 * Names are bound as soon as a sub-pattern matches (CPython defers the stores to the end of the
 * whole pattern, which only differs when a later sub-pattern fails).
 */
final class PatternCompiler {

    private final CodeGenerator g;

    PatternCompiler(CodeGenerator g) {
        this.g = g;
    }

    private CodeUnit u() {
        return g.u;
    }

    void compileMatch(Stmt.Match s) {
        g.visitExpr(s.subject());
        Label end = new Label();
        List<MatchCase> cases = s.cases();
        for (MatchCase c : cases) {
            Label next = new Label();
            u().setLocation(c.pattern());
            u().emit(Opcode.COPY, 1);
            pattern(c.pattern(), next);
            if (c.guard() != null) {
                g.expr.jumpIf(c.guard(), next, false);
            }
            u().emit(Opcode.POP_TOP);
            g.visitBody(c.body());
            u().emitJump(Opcode.JUMP, end);
            u().bind(next);
        }
        u().emit(Opcode.POP_TOP);
        u().bind(end);
    }

    /** A label that pops {@code n} items and then goes to {@code fail}, emitted later by {@link #finish}. */
    private static final class FailPop {
        final Label[] labels;
        final Label fail;

        FailPop(int n, Label fail) {
            labels = new Label[n + 1];
            for (int i = 0; i <= n; i++) {
                labels[i] = new Label();
            }
            this.fail = fail;
        }
    }

    private void finish(FailPop fp, Label success) {
        u().emitJump(Opcode.JUMP, success);
        for (int i = fp.labels.length - 1; i >= 1; i--) {
            u().bind(fp.labels[i]);
            u().emit(Opcode.POP_TOP);
        }
        u().bind(fp.labels[0]);
        u().emitJump(Opcode.JUMP, fp.fail);
        u().bind(success);
    }

    private void store(String name) {
        if (name == null) {
            u().emit(Opcode.POP_TOP);
        } else {
            g.nameOp(name, ExprContext.Store);
        }
    }

    void pattern(Pattern p, Label fail) {
        if (p instanceof Pattern.MatchValue) {
            g.visitExpr(((Pattern.MatchValue) p).value());
            u().emit(Opcode.COMPARE_OP, 2);
            u().emitJump(Opcode.POP_JUMP_IF_FALSE, fail);
        } else if (p instanceof Pattern.MatchSingleton) {
            Object v = ((Pattern.MatchSingleton) p).value();
            g.loadConst(Constants.toPy(v == null ? Singleton.None : v));
            u().emit(Opcode.IS_OP, 0);
            u().emitJump(Opcode.POP_JUMP_IF_FALSE, fail);
        } else if (p instanceof Pattern.MatchAs) {
            Pattern.MatchAs a = (Pattern.MatchAs) p;
            if (a.pattern() == null) {
                store(a.name());
                return;
            }
            u().emit(Opcode.COPY, 1);
            FailPop fp = new FailPop(1, fail);
            pattern(a.pattern(), fp.labels[1]);
            Label ok = new Label();
            finish(fp, ok);
            store(a.name());
        } else if (p instanceof Pattern.MatchOr) {
            List<Pattern> alts = ((Pattern.MatchOr) p).patterns();
            Label success = new Label();
            for (int i = 0; i < alts.size(); i++) {
                if (i == alts.size() - 1) {
                    pattern(alts.get(i), fail);
                    break;
                }
                Label next = new Label();
                u().emit(Opcode.COPY, 1);
                pattern(alts.get(i), next);
                u().emit(Opcode.POP_TOP);
                u().emitJump(Opcode.JUMP, success);
                u().bind(next);
            }
            u().bind(success);
        } else if (p instanceof Pattern.MatchSequence) {
            sequence(((Pattern.MatchSequence) p).patterns(), fail);
        } else if (p instanceof Pattern.MatchMapping) {
            mapping((Pattern.MatchMapping) p, fail);
        } else if (p instanceof Pattern.MatchClass) {
            matchClass((Pattern.MatchClass) p, fail);
        } else {
            throw new UnsupportedFeatureException("pattern " + p.getClass().getSimpleName());
        }
    }

    private void sequence(List<Pattern> pats, Label fail) {
        int n = pats.size();
        int star = -1;
        for (int i = 0; i < n; i++) {
            if (pats.get(i) instanceof Pattern.MatchStar) {
                star = i;
            }
        }
        FailPop head = new FailPop(1, fail);
        u().emit(Opcode.MATCH_SEQUENCE);
        u().emitJump(Opcode.POP_JUMP_IF_FALSE, head.labels[1]);
        u().emit(Opcode.GET_LEN);
        g.loadConst(PyInt.of(star < 0 ? n : n - 1));
        u().emit(Opcode.COMPARE_OP, star < 0 ? 2 : 5);
        u().emitJump(Opcode.POP_JUMP_IF_FALSE, head.labels[1]);
        if (star < 0) {
            u().emit(Opcode.UNPACK_SEQUENCE, n);
        } else {
            u().emit(Opcode.UNPACK_EX, star | ((n - star - 1) << 8));
        }
        FailPop items = new FailPop(n, fail);
        for (int i = 0; i < n; i++) {
            Pattern sub = pats.get(i);
            if (sub instanceof Pattern.MatchStar) {
                store(((Pattern.MatchStar) sub).name());
            } else {
                pattern(sub, items.labels[n - 1 - i]);
            }
        }
        Label ok = new Label();
        u().emitJump(Opcode.JUMP, ok);
        // On a failed length or type check the subject is still there: pop it.
        u().bind(head.labels[1]);
        u().emit(Opcode.POP_TOP);
        u().emitJump(Opcode.JUMP, fail);
        for (int i = n; i >= 1; i--) {
            u().bind(items.labels[i]);
            u().emit(Opcode.POP_TOP);
        }
        u().bind(items.labels[0]);
        u().emitJump(Opcode.JUMP, fail);
        u().bind(ok);
    }

    private void mapping(Pattern.MatchMapping m, Label fail) {
        int n = m.keys().size();
        Label popSubject = new Label();
        u().emit(Opcode.MATCH_MAPPING);
        u().emitJump(Opcode.POP_JUMP_IF_FALSE, popSubject);
        if (n > 0) {
            u().emit(Opcode.GET_LEN);
            g.loadConst(PyInt.of(n));
            u().emit(Opcode.COMPARE_OP, 5);
            u().emitJump(Opcode.POP_JUMP_IF_FALSE, popSubject);
        }
        for (Expr k : m.keys()) {
            g.visitExpr(k);
        }
        u().emit(Opcode.BUILD_TUPLE, n);
        u().emit(Opcode.MATCH_KEYS);
        Label popThree = new Label();
        u().emit(Opcode.COPY, 1);
        u().emitJump(Opcode.POP_JUMP_IF_NONE, popThree);
        u().emit(Opcode.UNPACK_SEQUENCE, n);
        FailPop items = new FailPop(n + 2, fail);
        for (int i = 0; i < n; i++) {
            pattern(m.patterns().get(i), items.labels[n - 1 - i + 2]);
        }
        if (m.rest() != null) {
            u().emit(Opcode.COPY_DICT_WITHOUT_KEYS);
            g.nameOp(m.rest(), ExprContext.Store);
            u().emit(Opcode.POP_TOP);
        } else {
            u().emit(Opcode.POP_TOP);
            u().emit(Opcode.POP_TOP);
        }
        Label ok = new Label();
        u().emitJump(Opcode.JUMP, ok);
        u().bind(popThree);
        u().emit(Opcode.POP_TOP);
        u().emit(Opcode.POP_TOP);
        u().bind(popSubject);
        u().emit(Opcode.POP_TOP);
        u().emitJump(Opcode.JUMP, fail);
        for (int i = n + 2; i >= 1; i--) {
            u().bind(items.labels[i]);
            u().emit(Opcode.POP_TOP);
        }
        u().bind(items.labels[0]);
        u().emitJump(Opcode.JUMP, fail);
        u().bind(ok);
    }

    private void matchClass(Pattern.MatchClass c, Label fail) {
        int npos = c.patterns().size();
        int nkw = c.kwd_attrs().size();
        g.visitExpr(c.cls());
        PyObject[] names = new PyObject[nkw];
        for (int i = 0; i < nkw; i++) {
            names[i] = PyStr.of(c.kwd_attrs().get(i));
        }
        g.loadConst(PyTuple.fromArray(names));
        u().emit(Opcode.MATCH_CLASS, npos);
        Label popOne = new Label();
        u().emit(Opcode.COPY, 1);
        u().emitJump(Opcode.POP_JUMP_IF_NONE, popOne);
        int total = npos + nkw;
        u().emit(Opcode.UNPACK_SEQUENCE, total);
        FailPop items = new FailPop(total, fail);
        for (int i = 0; i < total; i++) {
            Pattern sub = i < npos ? c.patterns().get(i) : c.kwd_patterns().get(i - npos);
            pattern(sub, items.labels[total - 1 - i]);
        }
        Label ok = new Label();
        u().emitJump(Opcode.JUMP, ok);
        u().bind(popOne);
        u().emit(Opcode.POP_TOP);
        u().emitJump(Opcode.JUMP, fail);
        for (int i = total; i >= 1; i--) {
            u().bind(items.labels[i]);
            u().emit(Opcode.POP_TOP);
        }
        u().bind(items.labels[0]);
        u().emitJump(Opcode.JUMP, fail);
        u().bind(ok);
    }
}
