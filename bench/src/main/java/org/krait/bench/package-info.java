/**
 * Benchmarks of Krait against CPython, run from scripts in {@code bench/} (never from the tests).
 *
 * <p>Boundary: a client of the engine's public API only; nothing may depend on this package.
 */
package org.krait.bench;
