/**
 * Source text and what can go wrong with it before parsing: {@link
 * org.krait.compiler.source.SourceDecoder} (bytes to text per PEP 263, as CPython 3.11) and {@link
 * org.krait.compiler.source.SyntaxErrorException} (a SyntaxError with CPython's fields).
 *
 * <p>Depends on nothing else in Krait; must not depend on {@code org.krait.runtime}.
 */
package org.krait.compiler.source;
