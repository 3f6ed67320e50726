/**
 * CPython 3.11's numeric semantics as plain Java algorithms: int arithmetic over {@code long} and
 * {@link java.math.BigInteger}, float arithmetic over {@code double}, int and float text
 * conversions, hashing, the format-spec mini-language and printf-style formatting.
 *
 * <p>Ints are passed as {@code Object}s that are either {@link java.lang.Long} or
 * {@link java.math.BigInteger}, and every int result is canonical: a value that fits in a
 * {@code long} is a {@code Long}. The {@code long} and {@code double} overloads are the
 * allocation-free fast paths the object layer calls first.
 *
 * <p>Python errors are thrown as {@link org.krait.runtime.numbers.NumericError} (the Python
 * exception type's name and CPython's exact message), which the types layer converts.
 *
 * <p>Boundary: layer 0. Depends on the JDK only; imports nothing else from
 * {@code org.krait.runtime}.
 */
package org.krait.runtime.numbers;
