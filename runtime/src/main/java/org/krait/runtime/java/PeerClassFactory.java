package org.krait.runtime.java;

import java.util.List;

/**
 * Makes the Java class of the peers of a Python class that extends a Java class (abstract or
 * not): bytecode generation, which the runtime leaves to the engine (the runtime uses only the
 * JDK; the engine's {@code org.krait.javagen} implements this with ASM and registers it with
 * {@link java.util.ServiceLoader}). Interfaces alone need no generation: a
 * {@link java.lang.reflect.Proxy} does.
 *
 * <p>The contract of the class returned for {@code base} and {@code interfaces}:
 * <ul>
 *   <li>it extends {@code base}, implements {@code interfaces} and {@link PythonPeer};
 *   <li>for each public or protected constructor of {@code base} it has a public one taking a
 *       {@link PeerHandler} first, then the same parameters, which stores the handler before it
 *       calls the base constructor (so methods the base constructor calls reach Python);
 *   <li>each public or protected method of {@code base} and {@code interfaces} that is not final
 *       or static is overridden: an abstract one always calls {@link PeerHandler#call}, any other
 *       one calls it when {@link PeerHandler#overrides} says the Python class defines the name,
 *       and else the inherited implementation;
 *   <li>each such method that has an implementation also has a public {@code super$NAME} with
 *       the same parameters that calls it (Python's {@code super().name()} goes there).
 * </ul>
 * The class must be loadable as long as its base is, and may be cached per ({@code base},
 * {@code interfaces}).
 */
public interface PeerClassFactory {

    Class<?> peerClass(Class<?> base, List<Class<?>> interfaces);

    /** The installed factory: the one set by {@link #install}, else the first the ServiceLoader finds. */
    static PeerClassFactory get() {
        PeerClassFactory f = Registry.installed;
        if (f == null) {
            for (PeerClassFactory found : java.util.ServiceLoader.load(PeerClassFactory.class, PeerClassFactory.class.getClassLoader())) {
                Registry.installed = f = found;
                break;
            }
        }
        if (f == null) {
            throw new IllegalStateException("no PeerClassFactory is installed (is the engine on the class path?)");
        }
        return f;
    }

    static void install(PeerClassFactory factory) {
        Registry.installed = factory;
    }

    /** Holds the installed factory (interfaces cannot have mutable static fields). */
    final class Registry {
        private static volatile PeerClassFactory installed;

        private Registry() {
        }
    }
}
