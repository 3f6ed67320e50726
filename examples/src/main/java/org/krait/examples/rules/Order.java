package org.krait.examples.rules;

/** What the rules look at: an order of a shop. */
public record Order(String id, String customer, String country, double total, int items, boolean express) {
}
