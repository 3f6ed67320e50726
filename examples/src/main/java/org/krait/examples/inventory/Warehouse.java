package org.krait.examples.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The Java class the example's Python script drives: stock by product, reserved from many
 * threads at once, telling its listeners when a product runs low.
 */
public final class Warehouse {

    /** Below this many units a product is low. */
    public static final int LOW = 12;

    private final String name;
    private final Map<String, Integer> stock = new TreeMap<>();
    private final List<StockListener> listeners = new CopyOnWriteArrayList<>();

    public Warehouse(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public synchronized void receive(String product, int units) {
        stock.merge(product, units, Integer::sum);
    }

    /** Takes {@code units} of {@code product} out of stock, or throws when there are not enough. */
    public void reserve(String product, int units) {
        int left;
        synchronized (this) {
            Integer have = stock.get(product);
            if (have == null) {
                throw new OutOfStockException("no " + product + " here");
            }
            if (have < units) {
                throw new OutOfStockException("not enough " + product + ": " + have + " left, " + units + " wanted");
            }
            left = have - units;
            stock.put(product, left);
            if (left < LOW) {
                // Under the lock, so listeners hear of each product's levels in order.
                for (StockListener l : listeners) {
                    l.lowStock(product, left);
                }
            }
        }
    }

    public synchronized int stock(String product) {
        return stock.getOrDefault(product, 0);
    }

    /** The products, in name order. */
    public synchronized List<String> items() {
        return new ArrayList<>(stock.keySet());
    }

    public synchronized int getTotalUnits() {
        int total = 0;
        for (int units : stock.values()) {
            total += units;
        }
        return total;
    }

    public void addListener(StockListener listener) {
        listeners.add(listener);
    }

    @Override
    public String toString() {
        return "Warehouse(" + name + ")";
    }
}
