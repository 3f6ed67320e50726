package org.krait.runtime.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.krait.runtime.interpreter.Interpreter;

/**
 * Which Java packages and classes exist, as the importer and package modules see them: the
 * packages of the JDK's boot modules, and the packages and classes of the interpreter's class
 * loader (the host's, set with {@code ImportSystem.setClassLoader}), the thread's context class
 * loader and the loader of Krait itself. A name is a package when a package of that name or one
 * below it exists ({@code java} is one because {@code java.util} is).
 */
final class JavaPackages {

    /** The boot layer's packages and all their prefixes ({@code java}, {@code java.util}...). */
    private static final Set<String> BOOT = bootPackages();

    private JavaPackages() {
    }

    private static Set<String> bootPackages() {
        Set<String> out = new HashSet<>();
        for (Module m : ModuleLayer.boot().modules()) {
            for (String p : m.getPackages()) {
                if (!m.isExported(p)) {
                    continue;
                }
                for (int dot = p.indexOf('.'); dot > 0; dot = p.indexOf('.', dot + 1)) {
                    out.add(p.substring(0, dot));
                }
                out.add(p);
            }
        }
        return out;
    }

    /** The class loaders searched, most specific first, without repeats. */
    static List<ClassLoader> loaders(Interpreter interp) {
        List<ClassLoader> out = new ArrayList<>();
        add(out, interp.imports().classLoader());
        add(out, Thread.currentThread().getContextClassLoader());
        add(out, JavaPackages.class.getClassLoader());
        return out;
    }

    private static void add(List<ClassLoader> out, ClassLoader l) {
        if (l != null && !out.contains(l)) {
            out.add(l);
        }
    }

    /** Whether {@code name} (dotted) is a Java package or a prefix of one. */
    static boolean isPackage(Interpreter interp, String name) {
        if (BOOT.contains(name)) {
            return true;
        }
        String path = name.replace('.', '/');
        for (ClassLoader l : loaders(interp)) {
            if (l.getDefinedPackage(name) != null || l.getResource(path + "/") != null || l.getResource(path) != null
                    && l.getResource(path + ".class") == null) {
                return true;
            }
        }
        return false;
    }

    /** The public class {@code name} (dotted), or null. */
    static Class<?> findClass(Interpreter interp, String name) {
        for (ClassLoader l : loaders(interp)) {
            try {
                Class<?> c = Class.forName(name, false, l);
                return JavaMembers.accessible(c) ? c : null;
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this loader (a NoClassDefFoundError may also mean a case-insensitive file system matched another name)
            }
        }
        return null;
    }
}
