package org.krait.compiler.ast;

/**
 * Any node of the abstract syntax tree. Every node is an immutable record whose components are,
 * in order, the node's ASDL fields and then its position attributes, exactly as in CPython's
 * {@code ast} module; {@code null} stands for an absent optional field.
 */
public interface Node {
    /** The name of the corresponding class in CPython's {@code ast} module ({@code "arg"}, {@code "BinOp"}). */
    String nodeName();
}
