package org.krait.compiler.tokenizer;

/**
 * The kinds of token, named as in CPython's {@code Grammar/Tokens}, plus one kind per hard
 * keyword (CPython's parser turns a NAME into a keyword token the same way). Soft keywords
 * ({@code match}, {@code case}, {@code _}) stay {@link #NAME}.
 */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), COLON(":"), COMMA(","), SEMI(";"), PLUS("+"),
    MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"),
    EQUAL("="), DOT("."), PERCENT("%"), LBRACE("{"), RBRACE("}"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"),
    RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="),
    SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"),
    ELLIPSIS("..."), COLONEQUAL(":="),
    /**
     * A printable ASCII character that is no operator: {@code !} alone, {@code $}, {@code ?},
     * a backtick (CPython's generic OP; the parser reports it as invalid syntax). Note that
     * {@code <>} is a NOTEQUAL token with text {@code "<>"}, as in CPython.
     */
    OP,
    /**
     * CPython's error token. {@link Tokenizer} never returns it (it throws the error instead);
     * other token sources may.
     */
    ERRORTOKEN,

    FALSE("False"), NONE("None"), TRUE("True"), AND("and"), AS("as"), ASSERT("assert"),
    ASYNC("async"), AWAIT("await"), BREAK("break"), CLASS("class"), CONTINUE("continue"),
    DEF("def"), DEL("del"), ELIF("elif"), ELSE("else"), EXCEPT("except"), FINALLY("finally"),
    FOR("for"), FROM("from"), GLOBAL("global"), IF("if"), IMPORT("import"), IN("in"), IS("is"),
    LAMBDA("lambda"), NONLOCAL("nonlocal"), NOT("not"), OR("or"), PASS("pass"), RAISE("raise"),
    RETURN("return"), TRY("try"), WHILE("while"), WITH("with"), YIELD("yield");

    /** The fixed spelling of an operator or keyword token, or {@code null} for the others. */
    public final String spelling;

    TokenKind() {
        this(null);
    }

    TokenKind(String spelling) {
        this.spelling = spelling;
    }

    /** True for the hard keywords ({@code if}, {@code None}, ...). */
    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal();
    }
}
