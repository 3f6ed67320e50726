package org.krait.build;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Rewrites a directory of compiled classes so that every lambda and method reference is an
 * ordinary class written here, instead of a class the JVM spins at run time.
 *
 * <p>Why: the builtin types' method tables are about 1,500 lambdas. Linking each one at run time
 * (the metafactory's bootstrap, a hidden class defined, its call site bound) was about half of a
 * start-up's CPU time, and a JDK 17 class-data-sharing archive keeps the hidden classes but not
 * the linked call sites. An ordinary class is loaded like any other, or mapped from the archive.
 *
 * <p>A site that captures values becomes {@code Host$$Fn$N}, and the {@code invokedynamic} an
 * {@code invokestatic} of its factory; the sites that capture nothing share a class per
 * interface, {@code Host$$Fns$N}, and each {@code invokedynamic} becomes a {@code getstatic} of
 * its site's instance (see {@link LambdaClassGenerator}). The classes are nestmates of the host. Left alone: serializable lambdas, and references to a
 * method a class of the host's package could not call (a protected method of another package).
 * Running it again over its own output changes nothing; classes it wrote for lambdas that are
 * gone (after a recompilation) are deleted.
 *
 * <p>Usage: {@code LambdaDesugarer CLASSES_DIRECTORY}; the classes the implementations belong to
 * must be on the class path (they are loaded, never initialized, to check access).
 */
public final class LambdaDesugarer {

    private final Path root;
    private final ClassLoader loader;
    private final Map<String, List<LambdaSite>> sitesByHost = new HashMap<>();
    private final Map<String, String> nestHostOf = new HashMap<>();
    private final Map<String, List<String>> newMembers = new HashMap<>();
    private final Map<LambdaSite, Replacement> replacements = new IdentityHashMap<>();
    private int leftAlone;

    /**
     * What an {@code invokedynamic} becomes: a {@code getstatic} of {@code field} of the class
     * {@code owner}, or when {@code field} is null an {@code invokestatic} of its factory.
     */
    private record Replacement(String owner, String field) {
    }

    private LambdaDesugarer(Path root, ClassLoader loader) {
        this.root = root;
        this.loader = loader;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LambdaDesugarer CLASSES_DIRECTORY");
        }
        desugar(Path.of(args[0]), Thread.currentThread().getContextClassLoader());
    }

    /**
     * Desugars the classes under a directory; the loader finds the classes of implementations in
     * other packages. Returns the number of sites made classes.
     */
    static int desugar(Path classes, ClassLoader loader) throws IOException {
        LambdaDesugarer d = new LambdaDesugarer(classes, loader);
        int done = d.run();
        System.out.println("[krait] " + done + " lambda sites made classes, " + d.leftAlone + " left to the JVM, in "
                + classes);
        return done;
    }

    private int run() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".class")).toList();
        }
        for (Path f : files) {
            scan(Files.readAllBytes(f));
        }
        int done = 0;
        for (var e : sitesByHost.entrySet()) {
            String host = e.getKey();
            String nestHost = nestHostOf.getOrDefault(host, host);
            List<String> members = newMembers.computeIfAbsent(nestHost, k -> new ArrayList<>());
            Map<String, List<LambdaSite>> shared = new LinkedHashMap<>();
            for (LambdaSite site : e.getValue()) {
                if (site.captures().length == 0) {
                    shared.computeIfAbsent(site.shape(), k -> new ArrayList<>()).add(site);
                } else {
                    Files.write(file(site.className()), LambdaClassGenerator.generate(site, nestHost));
                    members.add(site.className());
                    replacements.put(site, new Replacement(site.className(), null));
                }
                done++;
            }
            int n = 0;
            for (List<LambdaSite> group : shared.values()) {
                String name = host + "$$Fns$" + n++;
                Files.write(file(name), LambdaClassGenerator.generateShared(name, group, nestHost));
                members.add(name);
                for (int i = 0; i < group.size(); i++) {
                    replacements.put(group.get(i), new Replacement(name, LambdaClassGenerator.sharedField(i)));
                }
            }
        }
        Set<String> rewritten = new HashSet<>(sitesByHost.keySet());
        rewritten.addAll(newMembers.keySet());
        for (String c : rewritten) {
            Files.write(file(c), rewrite(Files.readAllBytes(file(c)), c));
        }
        deleteOrphans();
        return done;
    }

    private Path file(String internalName) {
        return root.resolve(internalName + ".class");
    }

    private void scan(byte[] bytes) {
        ClassReader r = new ClassReader(bytes);
        String host = r.getClassName();
        r.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visitNestHost(String nestHost) {
                nestHostOf.put(host, nestHost);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... args) {
                        List<LambdaSite> sites = sitesByHost.computeIfAbsent(host, k -> new ArrayList<>());
                        LambdaSite site = LambdaSite.of(host, sites.size(), n, d, bootstrap, args);
                        if (site != null && callable(host, site.impl())) {
                            sites.add(site);
                        } else if (bootstrap.getOwner().equals(LambdaSite.METAFACTORY)) {
                            leftAlone++;
                        }
                    }
                };
            }
        }, ClassReader.SKIP_FRAMES | ClassReader.SKIP_DEBUG);
        if (sitesByHost.getOrDefault(host, List.of()).isEmpty()) {
            sitesByHost.remove(host);
        }
    }

    /** Whether a class of the host's package and nest may call the implementation directly. */
    private boolean callable(String host, Handle impl) {
        String owner = impl.getOwner();
        if (packageOf(owner).equals(packageOf(host))) {
            return true;
        }
        try {
            Class<?> c = Class.forName(owner.replace('/', '.'), false, loader);
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
            if (impl.getName().equals("<init>")) {
                for (var k : c.getDeclaredConstructors()) {
                    if (Type.getConstructorDescriptor(k).equals(impl.getDesc())) {
                        return Modifier.isPublic(k.getModifiers());
                    }
                }
                return false;
            }
            Executable m = findMethod(c, impl.getName(), impl.getDesc());
            return m != null && Modifier.isPublic(m.getModifiers())
                    && Modifier.isPublic(m.getDeclaringClass().getModifiers());
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Executable findMethod(Class<?> c, String name, String descriptor) {
        if (c == null) {
            return null;
        }
        for (var m : c.getDeclaredMethods()) {
            if (m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor)) {
                return m;
            }
        }
        Executable found = findMethod(c.getSuperclass(), name, descriptor);
        for (Class<?> i : c.getInterfaces()) {
            if (found == null) {
                found = findMethod(i, name, descriptor);
            }
        }
        return found;
    }

    private static String packageOf(String internalName) {
        int i = internalName.lastIndexOf('/');
        return i < 0 ? "" : internalName.substring(0, i);
    }

    /** The host with its sites replaced, and the nest host with its new members listed. */
    private byte[] rewrite(byte[] bytes, String host) {
        ClassReader r = new ClassReader(bytes);
        // A fresh constant pool, so the replaced bootstrap methods do not stay behind unused.
        ClassWriter w = new ClassWriter(0);
        List<LambdaSite> sites = sitesByHost.getOrDefault(host, List.of());
        List<String> members = newMembers.getOrDefault(host, List.of());
        int[] next = {0};
        r.accept(new ClassVisitor(Opcodes.ASM9, w) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, desc, sig, ex)) {
                    @Override
                    public void visitInvokeDynamicInsn(String n, String d, Handle bootstrap, Object... args) {
                        if (next[0] < sites.size() && bootstrap.getOwner().equals(LambdaSite.METAFACTORY)
                                && sites.get(next[0]).readFrom(n, d, args)) {
                            LambdaSite site = sites.get(next[0]++);
                            Replacement r = replacements.get(site);
                            if (r.field() != null) {
                                super.visitFieldInsn(Opcodes.GETSTATIC, r.owner(), r.field(), site.iface().getDescriptor());
                            } else {
                                super.visitMethodInsn(Opcodes.INVOKESTATIC, r.owner(), LambdaClassGenerator.CREATE, d,
                                        false);
                            }
                        } else {
                            super.visitInvokeDynamicInsn(n, d, bootstrap, args);
                        }
                    }
                };
            }

            @Override
            public void visitEnd() {
                for (String m : members) {
                    super.visitNestMember(m);
                }
                super.visitEnd();
            }
        }, 0);
        if (next[0] != sites.size()) {
            throw new IllegalStateException(host + ": replaced " + next[0] + " of " + sites.size() + " lambda sites");
        }
        return w.toByteArray();
    }

    /** Deletes the classes of earlier runs whose nest host no longer lists them. */
    private void deleteOrphans() throws IOException {
        List<Path> written;
        try (Stream<Path> s = Files.walk(root)) {
            written = s.filter(p -> p.getFileName().toString().matches(".*\\$\\$Fns?\\$\\d+\\.class")).toList();
        }
        Map<String, Set<String>> membersOf = new HashMap<>();
        for (Path p : written) {
            ClassReader r = new ClassReader(Files.readAllBytes(p));
            String[] nestHost = {null};
            r.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visitNestHost(String h) {
                    nestHost[0] = h;
                }
            }, ClassReader.SKIP_CODE);
            Set<String> members = membersOf.computeIfAbsent(nestHost[0], this::nestMembers);
            if (!members.contains(r.getClassName())) {
                Files.delete(p);
            }
        }
    }

    private Set<String> nestMembers(String nestHost) {
        Set<String> members = new HashSet<>();
        Path p = file(nestHost);
        if (!Files.exists(p)) {
            return members;
        }
        try {
            new ClassReader(Files.readAllBytes(p)).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visitNestMember(String m) {
                    members.add(m);
                }
            }, ClassReader.SKIP_CODE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return members;
    }
}
