package org.krait.javagen;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.krait.runtime.java.PeerClassFactory;
import org.krait.runtime.java.PeerHandler;
import org.krait.runtime.java.PythonPeer;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates the peer class of a Python class extending a Java class, as {@link PeerClassFactory}
 * specifies: a subclass of the base implementing the interfaces and {@link PythonPeer}, with the
 * base's constructors taking a {@link PeerHandler} first, each overridable method sending the
 * call to Python (always when abstract, when the Python class defines the name otherwise) and a
 * {@code super$NAME} for each inherited implementation.
 *
 * <p>Each class is defined by a class loader of its own, whose parent is the base's loader and
 * which also sees the runtime and the interfaces, so it can be unloaded with its base. Classes are
 * cached per base (in a {@code ClassValue}) and interfaces.
 */
public final class PeerClassGenerator implements PeerClassFactory, Opcodes {

    private static final String HANDLER = Type.getInternalName(PeerHandler.class);
    private static final String HANDLER_DESC = Type.getDescriptor(PeerHandler.class);
    private static final String FIELD = "krait$handler";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** Per base class, its peer classes by interfaces; kept with the base, so they unload with its loader. */
    private final ClassValue<Map<List<Class<?>>, Class<?>>> cache = new ClassValue<>() {
        @Override
        protected Map<List<Class<?>>, Class<?>> computeValue(Class<?> base) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Class<?> peerClass(Class<?> base, List<Class<?>> interfaces) {
        return cache.get(base).computeIfAbsent(List.copyOf(interfaces), k -> generate(base, k));
    }

    private static Class<?> generate(Class<?> base, List<Class<?>> interfaces) {
        if (!Modifier.isPublic(base.getModifiers())) {
            throw new IllegalArgumentException("cannot extend the non-public Java class " + base.getName());
        }
        String name = "org/krait/javagen/peers/" + base.getSimpleName() + "$Peer" + COUNTER.incrementAndGet();
        String superName = Type.getInternalName(base);
        List<String> ifaces = new ArrayList<>();
        for (Class<?> i : interfaces) {
            ifaces.add(Type.getInternalName(i));
        }
        ifaces.add(Type.getInternalName(PythonPeer.class));
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        cw.visit(V17, ACC_PUBLIC | ACC_SUPER | ACC_SYNTHETIC, name, null, superName, ifaces.toArray(new String[0]));
        cw.visitField(ACC_PRIVATE | ACC_FINAL, FIELD, HANDLER_DESC, null, null).visitEnd();
        for (Constructor<?> c : base.getDeclaredConstructors()) {
            if (Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())) {
                constructor(cw, name, superName, c);
            }
        }
        handlerGetter(cw, name);
        for (Overridable m : overridable(base, interfaces)) {
            override(cw, name, m);
            if (m.superOwner != null) {
                superCall(cw, m);
            }
        }
        cw.visitEnd();
        byte[] bytes = cw.toByteArray();
        return new PeerLoader(base, interfaces).define(name.replace('/', '.'), bytes);
    }

    /** A method to override: the method, and the class whose implementation {@code super$NAME} calls (null when abstract). */
    private record Overridable(Method method, Class<?> superOwner) {
    }

    /** Every public or protected, non-final, non-static method of the base and the interfaces, once per descriptor. */
    private static List<Overridable> overridable(Class<?> base, List<Class<?>> interfaces) {
        Map<String, Overridable> found = new LinkedHashMap<>();
        java.util.Set<String> closed = new java.util.HashSet<>();
        for (Class<?> c = base; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                int mod = m.getModifiers();
                String key = m.getName() + Type.getMethodDescriptor(m);
                if (Modifier.isStatic(mod) || m.isSynthetic() || m.isBridge() || closed.contains(key) || found.containsKey(key)) {
                    continue;
                }
                if (Modifier.isFinal(mod) || Modifier.isPrivate(mod) || !Modifier.isPublic(mod) && !Modifier.isProtected(mod)
                        || c == Object.class && !List.of("toString", "hashCode", "equals").contains(m.getName())) {
                    closed.add(key);
                    continue;
                }
                found.put(key, new Overridable(m, Modifier.isAbstract(mod) ? null : base));
            }
        }
        List<Class<?>> all = new ArrayList<>(interfaces);
        for (Class<?> c = base; c != null; c = c.getSuperclass()) {
            all.addAll(List.of(c.getInterfaces()));
        }
        for (Class<?> i : all) {
            for (Method m : i.getMethods()) {
                String key = m.getName() + Type.getMethodDescriptor(m);
                if (Modifier.isStatic(m.getModifiers()) || found.containsKey(key) || closed.contains(key)) {
                    continue;
                }
                if (m.isDefault()) {
                    // Its implementation is reachable by invokespecial only through a direct superinterface.
                    if (interfaces.contains(m.getDeclaringClass())) {
                        found.put(key, new Overridable(m, m.getDeclaringClass()));
                    }
                } else {
                    found.put(key, new Overridable(m, null));
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static void constructor(ClassWriter cw, String name, String superName, Constructor<?> c) {
        Type[] params = Type.getArgumentTypes(Type.getConstructorDescriptor(c));
        Type[] withHandler = new Type[params.length + 1];
        withHandler[0] = Type.getType(PeerHandler.class);
        System.arraycopy(params, 0, withHandler, 1, params.length);
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, withHandler), null, null);
        mv.visitCode();
        // The handler is stored before the base constructor runs, which may call overridden methods.
        mv.visitVarInsn(ALOAD, 0);
        mv.visitVarInsn(ALOAD, 1);
        mv.visitFieldInsn(PUTFIELD, name, FIELD, HANDLER_DESC);
        mv.visitVarInsn(ALOAD, 0);
        int slot = 2;
        for (Type p : params) {
            mv.visitVarInsn(p.getOpcode(ILOAD), slot);
            slot += p.getSize();
        }
        mv.visitMethodInsn(INVOKESPECIAL, superName, "<init>", Type.getConstructorDescriptor(c), false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void handlerGetter(ClassWriter cw, String name) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "kraitPeerHandler", "()" + HANDLER_DESC, null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, name, FIELD, HANDLER_DESC);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void override(ClassWriter cw, String name, Overridable o) {
        Method m = o.method();
        String desc = Type.getMethodDescriptor(m);
        int access = Modifier.isProtected(m.getModifiers()) ? ACC_PROTECTED : ACC_PUBLIC;
        MethodVisitor mv = cw.visitMethod(access, m.getName(), desc, null, exceptions(m));
        mv.visitCode();
        Label toSuper = new Label();
        if (o.superOwner() != null) {
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, name, FIELD, HANDLER_DESC);
            mv.visitLdcInsn(m.getName());
            mv.visitMethodInsn(INVOKEVIRTUAL, HANDLER, "overrides", "(Ljava/lang/String;)Z", false);
            mv.visitJumpInsn(IFEQ, toSuper);
        }
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, name, FIELD, HANDLER_DESC);
        mv.visitLdcInsn(m.getName());
        Type[] params = Type.getArgumentTypes(desc);
        pushInt(mv, params.length);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        int slot = 1;
        for (int i = 0; i < params.length; i++) {
            mv.visitInsn(DUP);
            pushInt(mv, i);
            mv.visitVarInsn(params[i].getOpcode(ILOAD), slot);
            box(mv, params[i]);
            mv.visitInsn(AASTORE);
            slot += params[i].getSize();
        }
        pushClass(mv, Type.getReturnType(desc));
        mv.visitMethodInsn(INVOKEVIRTUAL, HANDLER, "call", "(Ljava/lang/String;[Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/Object;",
                false);
        returnValue(mv, Type.getReturnType(desc));
        if (o.superOwner() != null) {
            mv.visitLabel(toSuper);
            invokeSuper(mv, o);
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static void superCall(ClassWriter cw, Overridable o) {
        Method m = o.method();
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "super$" + m.getName(), Type.getMethodDescriptor(m), null, exceptions(m));
        mv.visitCode();
        invokeSuper(mv, o);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Loads the arguments, calls the inherited implementation and returns its result. */
    private static void invokeSuper(MethodVisitor mv, Overridable o) {
        Method m = o.method();
        String desc = Type.getMethodDescriptor(m);
        mv.visitVarInsn(ALOAD, 0);
        int slot = 1;
        for (Type p : Type.getArgumentTypes(desc)) {
            mv.visitVarInsn(p.getOpcode(ILOAD), slot);
            slot += p.getSize();
        }
        boolean itf = o.superOwner().isInterface();
        mv.visitMethodInsn(INVOKESPECIAL, Type.getInternalName(o.superOwner()), m.getName(), desc, itf);
        mv.visitInsn(Type.getReturnType(desc).getOpcode(IRETURN));
    }

    private static String[] exceptions(Method m) {
        Class<?>[] ex = m.getExceptionTypes();
        String[] out = new String[ex.length];
        for (int i = 0; i < ex.length; i++) {
            out[i] = Type.getInternalName(ex[i]);
        }
        return out;
    }

    private static void pushInt(MethodVisitor mv, int v) {
        if (v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else {
            mv.visitIntInsn(BIPUSH, v);
        }
    }

    /** Pushes the {@code Class} of {@code t}: {@code int.class} is {@code Integer.TYPE}. */
    private static void pushClass(MethodVisitor mv, Type t) {
        String box = boxName(t);
        if (box != null) {
            mv.visitFieldInsn(GETSTATIC, box, "TYPE", "Ljava/lang/Class;");
        } else if (t.getSort() == Type.VOID) {
            mv.visitFieldInsn(GETSTATIC, "java/lang/Void", "TYPE", "Ljava/lang/Class;");
        } else {
            mv.visitLdcInsn(t);
        }
    }

    private static String boxName(Type t) {
        switch (t.getSort()) {
            case Type.BOOLEAN: return "java/lang/Boolean";
            case Type.BYTE: return "java/lang/Byte";
            case Type.CHAR: return "java/lang/Character";
            case Type.SHORT: return "java/lang/Short";
            case Type.INT: return "java/lang/Integer";
            case Type.LONG: return "java/lang/Long";
            case Type.FLOAT: return "java/lang/Float";
            case Type.DOUBLE: return "java/lang/Double";
            default: return null;
        }
    }

    private static void box(MethodVisitor mv, Type t) {
        String box = boxName(t);
        if (box != null) {
            mv.visitMethodInsn(INVOKESTATIC, box, "valueOf", "(" + t.getDescriptor() + ")L" + box + ";", false);
        }
    }

    /** Returns the Object on the stack as {@code t}: unboxed for a primitive, cast otherwise, dropped for void. */
    private static void returnValue(MethodVisitor mv, Type t) {
        if (t.getSort() == Type.VOID) {
            mv.visitInsn(POP);
            mv.visitInsn(RETURN);
            return;
        }
        String box = boxName(t);
        if (box != null) {
            mv.visitTypeInsn(CHECKCAST, box);
            mv.visitMethodInsn(INVOKEVIRTUAL, box, t.getClassName() + "Value", "()" + t.getDescriptor(), false);
        } else {
            mv.visitTypeInsn(CHECKCAST, t.getInternalName());
        }
        mv.visitInsn(t.getOpcode(IRETURN));
    }

    /** Defines one peer class; sees the base's loader first, then the runtime's and the interfaces'. */
    private static final class PeerLoader extends ClassLoader {
        private final List<ClassLoader> others = new ArrayList<>();

        PeerLoader(Class<?> base, List<Class<?>> interfaces) {
            super(base.getClassLoader() != null ? base.getClassLoader() : PeerHandler.class.getClassLoader());
            others.add(PeerHandler.class.getClassLoader());
            for (Class<?> i : interfaces) {
                if (i.getClassLoader() != null) {
                    others.add(i.getClassLoader());
                }
            }
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            for (ClassLoader l : others) {
                try {
                    return l.loadClass(name);
                } catch (ClassNotFoundException e) {
                    // try the next loader
                }
            }
            throw new ClassNotFoundException(name);
        }
    }
}
