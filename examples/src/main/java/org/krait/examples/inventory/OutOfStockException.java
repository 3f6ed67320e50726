package org.krait.examples.inventory;

/** Thrown by {@link Warehouse#reserve} when there is not enough; the script catches it as a Python exception. */
public final class OutOfStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutOfStockException(String message) {
        super(message);
    }
}
