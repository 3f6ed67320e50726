/**
 * Steps of Krait's own build, run by Maven on the classes it has just compiled, never part of
 * Krait at run time. {@link org.krait.build.LambdaDesugarer} turns each lambda and method
 * reference into a small class of its own (see docs/architecture.md, "Start-up").
 *
 * <p>Boundary: depends on ASM and the JDK only; nothing of Krait depends on this package at run
 * time (the runtime and the engine name it only as a build plugin's dependency).
 */
package org.krait.build;
