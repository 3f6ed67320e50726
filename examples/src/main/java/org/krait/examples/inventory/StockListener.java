package org.krait.examples.inventory;

/** Told when a product runs low; the example's script implements it in Python. */
public interface StockListener {

    void lowStock(String product, int left);
}
