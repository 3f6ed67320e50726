/**
 * Java classes that the tests of {@code org.krait.runtime.java} use from Python: overloads,
 * a bean, an abstract class and an interface to extend, code that throws and calls back, an
 * {@code AutoCloseable}. Test code only; nothing in the product imports it.
 */
package org.krait.javatest;
