package org.krait.compiler.codegen;

import java.util.List;
import org.krait.compiler.ast.Stmt;

/**
 * A statement enclosing the current position that {@code break}, {@code continue} and
 * {@code return} must unwind (CPython's {@code struct fblockinfo}).
 */
final class FrameBlock {

    /** CPython's {@code fblocktype}. */
    enum Type { WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER }

    final Type type;
    /** Where {@code continue} goes, for loops. */
    final Label block;
    /** Where {@code break} goes, for loops. */
    final Label exit;
    /** The finally body (FINALLY_TRY), the bound exception name (HANDLER_CLEANUP), the with statement. */
    final List<Stmt> finalBody;
    final String name;
    final int line;

    FrameBlock(Type type, Label block, Label exit, List<Stmt> finalBody, String name, int line) {
        this.type = type;
        this.block = block;
        this.exit = exit;
        this.finalBody = finalBody;
        this.name = name;
        this.line = line;
    }
}
