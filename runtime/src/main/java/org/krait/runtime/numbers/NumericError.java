package org.krait.runtime.numbers;

/**
 * A Python exception raised by a numeric algorithm: the builtin exception type's name
 * ({@code "ValueError"}, {@code "OverflowError"}, {@code "ZeroDivisionError"}, {@code "TypeError"})
 * and CPython's exact message. Created without a stack trace: it is a value, not a bug report.
 */
public final class NumericError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;

    /** An error of Python type {@code pythonType} with {@code message}. */
    public NumericError(String pythonType, String message) {
        super(message, null, false, false);
        this.pythonType = pythonType;
    }

    /** The Python exception type's name, e.g. {@code "ValueError"}. */
    public String pythonType() {
        return pythonType;
    }

    static NumericError valueError(String message) {
        return new NumericError("ValueError", message);
    }

    static NumericError overflow(String message) {
        return new NumericError("OverflowError", message);
    }

    static NumericError zeroDivision(String message) {
        return new NumericError("ZeroDivisionError", message);
    }

    static NumericError typeError(String message) {
        return new NumericError("TypeError", message);
    }
}
