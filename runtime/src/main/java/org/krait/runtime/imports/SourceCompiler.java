package org.krait.runtime.imports;

import org.krait.runtime.bytecode.PyCode;

/**
 * The runtime's only door to the compiler, which lives in the engine module: the engine
 * registers an implementation (through {@link java.util.ServiceLoader} or {@link #install}).
 */
public interface SourceCompiler {

    /** Compiles a module's source bytes; a syntax error is raised as a Python {@code SyntaxError}. */
    PyCode compileModule(byte[] source, String filename);

    /** {@code compile(source, filename, mode)} for a str source; mode is "exec", "eval" or "single". */
    PyCode compile(String source, String filename, String mode);

    /**
     * Where a traceback's {@code ~~~^^^} marks switch inside a failing expression's source
     * ({@code segment}): {left_end, right_start} in characters for a binary operation or a
     * subscript, else null (CPython's {@code _extract_caret_anchors_from_line_segment}).
     */
    default int[] caretAnchors(String segment) {
        return null;
    }

    /** The installed compiler, or null when none is. */
    static SourceCompiler installed() {
        try {
            return Registry.get();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The installed compiler: the one given to {@link #install}, else the first one found by ServiceLoader. */
    static SourceCompiler get() {
        return Registry.get();
    }

    /** Installs {@code compiler} explicitly (the engine does this at start-up). */
    static void install(SourceCompiler compiler) {
        Registry.installed = compiler;
    }

    /** Holds the installed compiler. */
    final class Registry {
        private static volatile SourceCompiler installed;

        private Registry() {
        }

        static SourceCompiler get() {
            SourceCompiler c = installed;
            if (c == null) {
                for (SourceCompiler found : java.util.ServiceLoader.load(SourceCompiler.class)) {
                    installed = c = found;
                    break;
                }
            }
            if (c == null) {
                throw new IllegalStateException("no SourceCompiler is installed (is the engine on the class path?)");
            }
            return c;
        }
    }
}
