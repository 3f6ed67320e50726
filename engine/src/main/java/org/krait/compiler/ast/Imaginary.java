package org.krait.compiler.ast;

/** The value of an imaginary literal such as {@code 2.5j}: the complex number {@code 0 + imag*j}. */
public record Imaginary(double imag) {
}
