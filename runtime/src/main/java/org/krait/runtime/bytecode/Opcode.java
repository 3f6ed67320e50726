package org.krait.runtime.bytecode;

/**
 * The instruction set: CPython 3.11's names and meanings with Krait's own numbers (the
 * ordinal). The single source of truth for the compiler's stack depth, the interpreter, the
 * disassembler and (later) the JIT. Each constant's javadoc gives its stack picture, bottom to
 * top. Pseudo-instructions exist only inside the compiler and never reach {@code co_code}.
 * See docs/bytecode.md.
 */
public enum Opcode {
    /** ( -- ). */
    NOP(0, 0, Operand.NONE),
    /** (value -- ). */
    POP_TOP(1, 0, Operand.NONE),
    /** ( -- NULL): the marker under a callable that is not a method. */
    PUSH_NULL(0, 1, Operand.NONE),
    /** (item_n ... item_1 -- item_n ... item_1 item_n): copies the n-th item from the top. */
    COPY(0, 1, Operand.COUNT),
    /** (item_n ... item_1 -- item_1 ... item_n): swaps the top with the n-th item. */
    SWAP(0, 0, Operand.COUNT),
    /** (value -- +value). */
    UNARY_POSITIVE(1, 1, Operand.NONE),
    /** (value -- -value). */
    UNARY_NEGATIVE(1, 1, Operand.NONE),
    /** (value -- not value). */
    UNARY_NOT(1, 1, Operand.NONE),
    /** (value -- ~value). */
    UNARY_INVERT(1, 1, Operand.NONE),
    /** (left, right -- result): result = left <op> right; the argument selects the operator. */
    BINARY_OP(2, 1, Operand.BINARY_OPERATOR),
    /** (container, key -- container[key]). */
    BINARY_SUBSCR(2, 1, Operand.NONE),
    /** (value, container, key -- ): container[key] = value. */
    STORE_SUBSCR(3, 0, Operand.NONE),
    /** (container, key -- ): del container[key]. */
    DELETE_SUBSCR(2, 0, Operand.NONE),
    /** (start, stop[, step] -- slice): the argument is 2 or 3. */
    BUILD_SLICE(-1, 1, Operand.COUNT),
    /** (iterable -- iterator). */
    GET_ITER(1, 1, Operand.NONE),
    /** (iterator -- iterator, next): at the end, pops the iterator and jumps forward. */
    FOR_ITER(1, 2, Operand.JUMP_FORWARD),
    /** (value -- ): returns value to the caller. */
    RETURN_VALUE(1, 0, Operand.NONE),
    /** ( -- co_consts[i]). */
    LOAD_CONST(0, 1, Operand.CONST),
    /** ( -- value): the name in locals, globals, then builtins. */
    LOAD_NAME(0, 1, Operand.NAME),
    /** (value -- ): stores into the locals mapping. */
    STORE_NAME(1, 0, Operand.NAME),
    /** ( -- ): deletes from the locals mapping. */
    DELETE_NAME(0, 0, Operand.NAME),
    /** ( -- [NULL], value): global or builtin co_names[i >> 1]; a NULL first when i is odd. */
    LOAD_GLOBAL(0, -1, Operand.GLOBAL),
    /** (value -- ). */
    STORE_GLOBAL(1, 0, Operand.NAME),
    /** ( -- ). */
    DELETE_GLOBAL(0, 0, Operand.NAME),
    /** ( -- value): local variable i; UnboundLocalError if unbound. */
    LOAD_FAST(0, 1, Operand.LOCAL),
    /** (value -- ). */
    STORE_FAST(1, 0, Operand.LOCAL),
    /** ( -- ). */
    DELETE_FAST(0, 0, Operand.LOCAL),
    /** ( -- value): the contents of the cell in slot i of localsplus. */
    LOAD_DEREF(0, 1, Operand.CELL),
    /** (value -- ). */
    STORE_DEREF(1, 0, Operand.CELL),
    /** ( -- ). */
    DELETE_DEREF(0, 0, Operand.CELL),
    /** ( -- cell): the cell itself, to build a closure. */
    LOAD_CLOSURE(0, 1, Operand.CELL),
    /** ( -- value): a class body's free variable: the class namespace first, then the cell. */
    LOAD_CLASSDEREF(0, 1, Operand.CELL),
    /** ( -- ): wraps local slot i in a new cell. */
    MAKE_CELL(0, 0, Operand.CELL),
    /** ( -- ): copies the function's n closure cells into the last n slots. */
    COPY_FREE_VARS(0, 0, Operand.COUNT),
    /** (owner -- owner.name). */
    LOAD_ATTR(1, 1, Operand.NAME),
    /** (value, owner -- ): owner.name = value. */
    STORE_ATTR(2, 0, Operand.NAME),
    /** (owner -- ): del owner.name. */
    DELETE_ATTR(1, 0, Operand.NAME),
    /** (owner -- method, owner) or (owner -- NULL, attribute). */
    LOAD_METHOD(1, 2, Operand.NAME),
    /** ( -- ): marks the start of a call sequence (specialisation hook). */
    PRECALL(0, 0, Operand.COUNT),
    /** (NULL|method, callable|self, args... -- result): the last KW_NAMES names the keyword arguments. */
    CALL(-1, 1, Operand.COUNT),
    /** ( -- ): the next CALL's keyword names are the tuple co_consts[i]. */
    KW_NAMES(0, 0, Operand.CONST),
    /** (NULL, callable, args[, kwargs] -- result): bit 0 says kwargs is present. */
    CALL_FUNCTION_EX(-1, 1, Operand.FLAGS),
    /** ([defaults, kwdefaults, annotations, closure,] code -- function): flags select the extras. */
    MAKE_FUNCTION(-1, 1, Operand.FLAGS),
    /** (items... -- tuple). */
    BUILD_TUPLE(-1, 1, Operand.COUNT),
    /** (items... -- list). */
    BUILD_LIST(-1, 1, Operand.COUNT),
    /** (items... -- set). */
    BUILD_SET(-1, 1, Operand.COUNT),
    /** (k1, v1, ... kn, vn -- dict). */
    BUILD_MAP(-1, 1, Operand.COUNT),
    /** (v1, ... vn, keys -- dict): keys is a tuple of n keys. */
    BUILD_CONST_KEY_MAP(-1, 1, Operand.COUNT),
    /** (pieces... -- str): concatenates n strings. */
    BUILD_STRING(-1, 1, Operand.COUNT),
    /** (list, ...i-1 items..., value -- list, ...): appends to the list i deep. */
    LIST_APPEND(1, 0, Operand.COUNT),
    /** (set, ..., value -- set, ...). */
    SET_ADD(1, 0, Operand.COUNT),
    /** (dict, ..., key, value -- dict, ...). */
    MAP_ADD(2, 0, Operand.COUNT),
    /** (list, ..., iterable -- list, ...). */
    LIST_EXTEND(1, 0, Operand.COUNT),
    /** (set, ..., iterable -- set, ...). */
    SET_UPDATE(1, 0, Operand.COUNT),
    /** (dict, ..., mapping -- dict, ...). */
    DICT_UPDATE(1, 0, Operand.COUNT),
    /** (callable, dict, ..., mapping -- callable, dict, ...): like DICT_UPDATE, rejecting repeated keywords. */
    DICT_MERGE(1, 0, Operand.COUNT),
    /** (list -- tuple). */
    LIST_TO_TUPLE(1, 1, Operand.NONE),
    /** (sequence -- item_n ... item_1): exactly n items, last on the bottom. */
    UNPACK_SEQUENCE(1, -1, Operand.COUNT),
    /** (sequence -- after..., list, before...): the argument is before | after << 8. */
    UNPACK_EX(1, -1, Operand.COUNT),
    /** (left, right -- result): the argument selects &lt;, &lt;=, ==, !=, &gt;, &gt;= (0..5). */
    COMPARE_OP(2, 1, Operand.COMPARE_OPERATOR),
    /** (left, right -- bool): is, or is not when the argument is 1. */
    IS_OP(2, 1, Operand.FLAGS),
    /** (left, right -- bool): in, or not in when the argument is 1. */
    CONTAINS_OP(2, 1, Operand.FLAGS),
    /** ( -- ). */
    JUMP_FORWARD(0, 0, Operand.JUMP_FORWARD),
    /** ( -- ): checks the eval breaker. */
    JUMP_BACKWARD(0, 0, Operand.JUMP_BACKWARD),
    /** ( -- ). */
    JUMP_BACKWARD_NO_INTERRUPT(0, 0, Operand.JUMP_BACKWARD),
    /** (cond -- ). */
    POP_JUMP_FORWARD_IF_FALSE(1, 0, Operand.JUMP_FORWARD),
    /** (cond -- ). */
    POP_JUMP_FORWARD_IF_TRUE(1, 0, Operand.JUMP_FORWARD),
    /** (cond -- ). */
    POP_JUMP_BACKWARD_IF_FALSE(1, 0, Operand.JUMP_BACKWARD),
    /** (cond -- ). */
    POP_JUMP_BACKWARD_IF_TRUE(1, 0, Operand.JUMP_BACKWARD),
    /** (value -- ). */
    POP_JUMP_FORWARD_IF_NONE(1, 0, Operand.JUMP_FORWARD),
    /** (value -- ). */
    POP_JUMP_FORWARD_IF_NOT_NONE(1, 0, Operand.JUMP_FORWARD),
    /** (value -- ). */
    POP_JUMP_BACKWARD_IF_NONE(1, 0, Operand.JUMP_BACKWARD),
    /** (value -- ). */
    POP_JUMP_BACKWARD_IF_NOT_NONE(1, 0, Operand.JUMP_BACKWARD),
    /** (cond -- cond) jumping when false, else (cond -- ). */
    JUMP_IF_FALSE_OR_POP(1, 0, Operand.JUMP_FORWARD),
    /** (cond -- cond) jumping when true, else (cond -- ). */
    JUMP_IF_TRUE_OR_POP(1, 0, Operand.JUMP_FORWARD),
    /** (value[, spec] -- str): bits 0-1 conversion (none, str, repr, ascii), bit 2 a spec is present. */
    FORMAT_VALUE(-1, 1, Operand.FLAGS),
    /** ([exc[, cause]] -- ): the argument counts the operands (0 re-raises). */
    RAISE_VARARGS(-1, 0, Operand.COUNT),
    /** (exc -- ): re-raises; a nonzero argument says a lasti is n deep below exc. */
    RERAISE(1, 0, Operand.COUNT),
    /** (exc -- previous, exc): makes exc the one being handled. */
    PUSH_EXC_INFO(1, 2, Operand.NONE),
    /** (previous -- ): restores the exception being handled. */
    POP_EXCEPT(1, 0, Operand.NONE),
    /** (exc, type -- exc, bool). */
    CHECK_EXC_MATCH(2, 2, Operand.NONE),
    /** (manager -- exit, enter_result). */
    BEFORE_WITH(1, 2, Operand.NONE),
    /** (exit, lasti, previous, exc -- exit, lasti, previous, exc, result): result = exit(type, exc, tb). */
    WITH_EXCEPT_START(4, 5, Operand.NONE),
    /** ( -- AssertionError). */
    LOAD_ASSERTION_ERROR(0, 1, Operand.NONE),
    /** ( -- __build_class__). */
    LOAD_BUILD_CLASS(0, 1, Operand.NONE),
    /** (level, fromlist -- module). */
    IMPORT_NAME(2, 1, Operand.NAME),
    /** (module -- module, attribute). */
    IMPORT_FROM(1, 2, Operand.NAME),
    /** ( -- ): the frame's first instruction. */
    RESUME(0, 0, Operand.COUNT),
    /** (value -- value): suspends a generator, giving value to the caller. */
    YIELD_VALUE(1, 1, Operand.NONE),
    /** ( -- sent): creates the generator for this frame and returns it; resuming pushes the sent value. */
    RETURN_GENERATOR(0, 1, Operand.NONE),
    /** (iterable -- iterator). */
    GET_YIELD_FROM_ITER(1, 1, Operand.NONE),
    /** (receiver, value -- receiver, result): sends into a sub-iterator; jumps forward when it returns. */
    SEND(2, 2, Operand.JUMP_FORWARD),
    /** ( -- ): the high byte of the next instruction's argument. */
    EXTENDED_ARG(0, 0, Operand.COUNT),
    /** (exc, type -- rest, match) or (exc, type -- exc, None): splits an exception group for except*. */
    CHECK_EG_MATCH(2, 2, Operand.NONE),
    /** (orig, list -- exc or None): what an except* statement re-raises from its handlers' outcomes. */
    PREP_RERAISE_STAR(2, 1, Operand.NONE),
    /** (value -- ): shows an interactive statement's value (sys.displayhook). */
    PRINT_EXPR(1, 0, Operand.NONE),
    /** ( -- ): makes {@code __annotations__} in the locals mapping if it is missing. */
    SETUP_ANNOTATIONS(0, 0, Operand.NONE),
    /** (subject -- subject, len(subject)). */
    GET_LEN(1, 2, Operand.NONE),
    /** (subject -- subject, bool): whether subject is a mapping for pattern matching. */
    MATCH_MAPPING(1, 2, Operand.NONE),
    /** (subject -- subject, bool): whether subject is a sequence (not str, bytes, bytearray) for pattern matching. */
    MATCH_SEQUENCE(1, 2, Operand.NONE),
    /** (subject, keys -- subject, keys, values): the values for keys, or None if one is missing. */
    MATCH_KEYS(2, 3, Operand.NONE),
    /** (subject, cls, names -- attributes): the positional then named attributes, or None if no match. */
    MATCH_CLASS(3, 1, Operand.COUNT),
    /** (subject, keys -- subject, rest): a dict of subject without keys. */
    COPY_DICT_WITHOUT_KEYS(2, 2, Operand.NONE),
    /** (value -- awaitable): what an await drives; the argument (0 await, 1 __aenter__, 2 __aexit__) is for errors. */
    GET_AWAITABLE(1, 1, Operand.COUNT),
    /** (iterable -- aiterator): {@code iterable.__aiter__()} for {@code async for}. */
    GET_AITER(1, 1, Operand.NONE),
    /** (aiterator -- aiterator, awaitable): the awaitable of {@code aiterator.__anext__()}. */
    GET_ANEXT(1, 2, Operand.NONE),
    /** (aiterator, exc -- ): the end of an {@code async for} on StopAsyncIteration; any other exc is re-raised. */
    END_ASYNC_FOR(2, 0, Operand.NONE),
    /** (value -- wrapped): marks what an async generator yields, apart from what its awaits pass up. */
    ASYNC_GEN_WRAP(1, 1, Operand.NONE),
    /** (manager -- bound __aexit__, awaitable): starts {@code async with}, calling {@code __aenter__()}. */
    BEFORE_ASYNC_WITH(1, 2, Operand.NONE),
    /** (module -- ): binds the module's public names ({@code __all__}, else those without a leading _) in the locals. */
    IMPORT_STAR(1, 0, Operand.NONE),

    /** Pseudo: installs an exception handler at the target (the exception pushed). */
    SETUP_FINALLY(0, 0, Operand.JUMP_FORWARD),
    /** Pseudo: installs a cleanup handler (lasti and the exception pushed). */
    SETUP_CLEANUP(0, 0, Operand.JUMP_FORWARD),
    /** Pseudo: installs a with-statement handler (the enter result replaced by lasti and the exception). */
    SETUP_WITH(0, 0, Operand.JUMP_FORWARD),
    /** Pseudo: removes the innermost handler. */
    POP_BLOCK(0, 0, Operand.NONE),
    /** Pseudo: a jump in either direction. */
    JUMP(0, 0, Operand.JUMP_FORWARD),
    /** Pseudo: a conditional jump in either direction. */
    POP_JUMP_IF_FALSE(1, 0, Operand.JUMP_FORWARD),
    /** Pseudo. */
    POP_JUMP_IF_TRUE(1, 0, Operand.JUMP_FORWARD),
    /** Pseudo. */
    POP_JUMP_IF_NONE(1, 0, Operand.JUMP_FORWARD),
    /** Pseudo. */
    POP_JUMP_IF_NOT_NONE(1, 0, Operand.JUMP_FORWARD);

    /** What an instruction's argument means, for the disassembler and the assembler. */
    public enum Operand {
        NONE, COUNT, FLAGS, CONST, NAME, GLOBAL, LOCAL, CELL, JUMP_FORWARD, JUMP_BACKWARD, BINARY_OPERATOR,
        COMPARE_OPERATOR
    }

    /** Items popped, or -1 when it depends on the argument. */
    private final int pops;
    /** Items pushed, or -1 when it depends on the argument. */
    private final int pushes;
    public final Operand operand;

    private static final Opcode[] VALUES = values();

    Opcode(int pops, int pushes, Operand operand) {
        this.pops = pops;
        this.pushes = pushes;
        this.operand = operand;
    }

    /** The opcode numbered {@code code}. */
    public static Opcode of(int code) {
        return VALUES[code];
    }

    /** Whether this exists only in the compiler. */
    public boolean isPseudo() {
        return ordinal() >= SETUP_FINALLY.ordinal();
    }

    public boolean isJump() {
        return operand == Operand.JUMP_FORWARD || operand == Operand.JUMP_BACKWARD;
    }

    /** Whether control never falls through to the next instruction. */
    public boolean isTerminal() {
        switch (this) {
            case RETURN_VALUE: case RAISE_VARARGS: case RERAISE: case JUMP_FORWARD: case JUMP_BACKWARD:
            case JUMP_BACKWARD_NO_INTERRUPT: case JUMP:
                return true;
            default:
                return false;
        }
    }

    /** The change in stack depth, on the jump ({@code jump}) or fall-through path (CPython's {@code stack_effect}). */
    public int stackEffect(int oparg, boolean jump) {
        switch (this) {
            case LOAD_GLOBAL: return 1 + (oparg & 1);
            case BUILD_SLICE: return 1 - oparg;
            case FOR_ITER: return jump ? -1 : 1;
            case CALL: return -oparg - 1;
            case CALL_FUNCTION_EX: return -2 - (oparg & 1);
            case MAKE_FUNCTION: return -Integer.bitCount(oparg & 0xF);
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_STRING: return 1 - oparg;
            case BUILD_MAP: return 1 - 2 * oparg;
            case BUILD_CONST_KEY_MAP: return -oparg;
            case UNPACK_SEQUENCE: return oparg - 1;
            case UNPACK_EX: return (oparg & 0xFF) + (oparg >> 8);
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
            case FORMAT_VALUE: return (oparg & 4) != 0 ? -1 : 0;
            case RAISE_VARARGS: return -oparg;
            case SEND: return jump ? -1 : 0;
            case SETUP_FINALLY: case SETUP_WITH: return jump ? 1 : 0;
            case SETUP_CLEANUP: return jump ? 2 : 0;
            default: return pushes - pops;
        }
    }
}
