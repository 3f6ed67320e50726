/**
 * The {@code krait} command line: argument handling, running the front end on a file and printing
 * its results or its syntax errors the way the {@code python3} command does.
 *
 * <p>Boundary: uses the front end ({@code compiler.parser}, {@code compiler.ast},
 * {@code compiler.source}); nothing in the engine or runtime may depend on this package.
 */
package org.krait.cli;
