/**
 * Example (b), a rules engine: Python expressions compiled once ({@code Compilable}) and evaluated
 * over many Java records, each evaluation with bindings of its own holding the record's fields.
 *
 * <p>Boundary: {@code javax.script} only, as a user's host would be; nothing of Krait's.
 */
package org.krait.examples.rules;
