package org.krait.runtime.introspect;

import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyObject;

/**
 * The runtime's door to the engine's syntax trees, for the {@code ast} module: the engine
 * registers an implementation (ServiceLoader or {@link #install}), as it does its
 * {@code SourceCompiler}. Trees cross as objects of the node classes of the {@code ast} module,
 * found by name in its namespace.
 */
public interface AstProvider {

    /**
     * {@code ast.parse(source, filename, mode)}: the tree of {@code source} as instances of the
     * classes in {@code nodes} (the {@code ast} module's namespace); SyntaxError as compile() gives.
     */
    PyObject parse(String source, String filename, String mode, PyDict nodes);

    /**
     * {@code compile(tree, filename, mode)} of a tree of {@code ast} node objects; TypeError or
     * ValueError with CPython's messages for a malformed tree.
     */
    PyCode compile(PyObject tree, String filename, String mode);

    /** The installed provider: the one given to {@link #install}, else the first ServiceLoader finds. */
    static AstProvider get() {
        AstProvider p = Registry.installed;
        if (p == null) {
            for (AstProvider found : java.util.ServiceLoader.load(AstProvider.class)) {
                Registry.installed = p = found;
                break;
            }
        }
        if (p == null) {
            throw new IllegalStateException("no AstProvider is installed (is the engine on the class path?)");
        }
        return p;
    }

    /** Installs {@code provider} explicitly. */
    static void install(AstProvider provider) {
        Registry.installed = provider;
    }

    /** Holds the installed provider. */
    final class Registry {
        private static volatile AstProvider installed;

        private Registry() {
        }
    }
}
