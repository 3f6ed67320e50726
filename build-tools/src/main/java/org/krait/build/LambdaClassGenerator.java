package org.krait.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Writes the class that stands for one lambda site: it implements the functional interface, keeps
 * the captured values in final fields, and its interface method calls the implementation. The
 * class is a nestmate of the host, so it may call the host's private {@code lambda$} methods.
 *
 * <p>A site that captures values gets a class of its own with a static {@code create} method of the
 * site's descriptor ({@link #generate}). The sites of a host that capture nothing and implement
 * the same interface share one class ({@link #generateShared}): an instance per site in a static
 * field, as the metafactory gives one instance per site, each with its site's number, which the
 * interface method switches on. One class for the forty-odd methods of {@code str} instead of
 * forty is what a start-up without an archive pays less for (each class loaded from the jar is
 * parsed and verified); the cost is a {@code tableswitch} per call.
 */
final class LambdaClassGenerator {

    /** The name of the factory of a lambda that captures values. */
    static final String CREATE = "create";

    private LambdaClassGenerator() {
    }

    static byte[] generate(LambdaSite site, String nestHost) {
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        String self = site.className();
        List<String> interfaces = new ArrayList<>();
        interfaces.add(site.iface().getInternalName());
        interfaces.addAll(site.markers());
        w.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, self, null,
                "java/lang/Object", interfaces.toArray(String[]::new));
        w.visitNestHost(nestHost);
        Type[] captures = site.captures();
        for (int i = 0; i < captures.length; i++) {
            w.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, field(i), captures[i].getDescriptor(), null, null)
                    .visitEnd();
        }
        String constructor = Type.getMethodDescriptor(Type.VOID_TYPE, captures);
        writeConstructor(w, self, captures, constructor);
        writeFactory(w, site, self, captures, constructor);
        for (Type descriptor : descriptors(site)) {
            MethodVisitor m = w.visitMethod(Opcodes.ACC_PUBLIC, site.samName(), descriptor.getDescriptor(), null, null);
            m.visitCode();
            writeBody(m, site, descriptor, self);
            m.visitMaxs(0, 0);
            m.visitEnd();
        }
        w.visitEnd();
        return w.toByteArray();
    }

    /** The interface method's descriptor, then its bridges'. */
    private static List<Type> descriptors(LambdaSite site) {
        List<Type> all = new ArrayList<>();
        all.add(site.samType());
        all.addAll(site.bridges());
        return all;
    }

    /** The name of the static field holding the shared instance of the {@code i}th site of a shared class. */
    static String sharedField(int i) {
        return "S" + i;
    }

    /**
     * The class shared by sites that capture nothing and have the same interface, markers and
     * descriptors ({@link LambdaSite#shape}): site {@code i}'s instance is in {@link #sharedField}.
     */
    static byte[] generateShared(String self, List<LambdaSite> sites, String nestHost) {
        LambdaSite first = sites.get(0);
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                // Never needed: every branch target of the switch has the method's entry frame.
                return "java/lang/Object";
            }
        };
        List<String> interfaces = new ArrayList<>();
        interfaces.add(first.iface().getInternalName());
        interfaces.addAll(first.markers());
        w.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, self, null,
                "java/lang/Object", interfaces.toArray(String[]::new));
        w.visitNestHost(nestHost);
        w.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "site", "I", null, null).visitEnd();
        String iface = first.iface().getDescriptor();
        for (int i = 0; i < sites.size(); i++) {
            w.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, sharedField(i), iface, null, null).visitEnd();
        }
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PRIVATE, "<init>", "(I)V", null, null);
        m.visitCode();
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitVarInsn(Opcodes.ILOAD, 1);
        m.visitFieldInsn(Opcodes.PUTFIELD, self, "site", "I");
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        m = w.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        m.visitCode();
        for (int i = 0; i < sites.size(); i++) {
            m.visitTypeInsn(Opcodes.NEW, self);
            m.visitInsn(Opcodes.DUP);
            m.visitLdcInsn(i);
            m.visitMethodInsn(Opcodes.INVOKESPECIAL, self, "<init>", "(I)V", false);
            m.visitFieldInsn(Opcodes.PUTSTATIC, self, sharedField(i), iface);
        }
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        for (Type descriptor : descriptors(first)) {
            m = w.visitMethod(Opcodes.ACC_PUBLIC, first.samName(), descriptor.getDescriptor(), null, null);
            m.visitCode();
            if (sites.size() == 1) {
                writeBody(m, first, descriptor, self);
            } else {
                Label[] cases = new Label[sites.size()];
                for (int i = 0; i < cases.length; i++) {
                    cases[i] = new Label();
                }
                m.visitVarInsn(Opcodes.ALOAD, 0);
                m.visitFieldInsn(Opcodes.GETFIELD, self, "site", "I");
                // The last site is also the default, which no instance reaches.
                m.visitTableSwitchInsn(0, cases.length - 1, cases[cases.length - 1], cases);
                for (int i = 0; i < cases.length; i++) {
                    m.visitLabel(cases[i]);
                    writeBody(m, sites.get(i), descriptor, self);
                }
            }
            m.visitMaxs(0, 0);
            m.visitEnd();
        }
        w.visitEnd();
        return w.toByteArray();
    }

    private static String field(int i) {
        return "c" + i;
    }

    private static void writeConstructor(ClassWriter w, String self, Type[] captures, String descriptor) {
        MethodVisitor m = w.visitMethod(Opcodes.ACC_PRIVATE, "<init>", descriptor, null, null);
        m.visitCode();
        m.visitVarInsn(Opcodes.ALOAD, 0);
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captures.length; i++) {
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitVarInsn(captures[i].getOpcode(Opcodes.ILOAD), slot);
            m.visitFieldInsn(Opcodes.PUTFIELD, self, field(i), captures[i].getDescriptor());
            slot += captures[i].getSize();
        }
        m.visitInsn(Opcodes.RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    private static void writeFactory(ClassWriter w, LambdaSite site, String self, Type[] captures, String constructor) {
        MethodVisitor m = w.visitMethod(Opcodes.ACC_STATIC, CREATE, site.factory().getDescriptor(), null, null);
        m.visitCode();
        m.visitTypeInsn(Opcodes.NEW, self);
        m.visitInsn(Opcodes.DUP);
        int slot = 0;
        for (Type c : captures) {
            m.visitVarInsn(c.getOpcode(Opcodes.ILOAD), slot);
            slot += c.getSize();
        }
        m.visitMethodInsn(Opcodes.INVOKESPECIAL, self, "<init>", constructor, false);
        m.visitInsn(Opcodes.ARETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    /**
     * The body of the interface method with the given descriptor for one site: the captured
     * values, then the arguments, each converted to the implementation's parameter type; the
     * call; the result converted back and returned.
     */
    private static void writeBody(MethodVisitor m, LambdaSite site, Type descriptor, String self) {
        Handle impl = site.impl();
        int kind = impl.getTag();
        Type implType = Type.getMethodType(impl.getDesc());
        List<Type> parameters = new ArrayList<>();
        if (kind == Opcodes.H_INVOKEVIRTUAL || kind == Opcodes.H_INVOKEINTERFACE || kind == Opcodes.H_INVOKESPECIAL) {
            parameters.add(Type.getObjectType(impl.getOwner()));
        }
        parameters.addAll(Arrays.asList(implType.getArgumentTypes()));
        if (kind == Opcodes.H_NEWINVOKESPECIAL) {
            m.visitTypeInsn(Opcodes.NEW, impl.getOwner());
            m.visitInsn(Opcodes.DUP);
        }
        Type[] captures = site.captures();
        int p = 0;
        for (int i = 0; i < captures.length; i++, p++) {
            m.visitVarInsn(Opcodes.ALOAD, 0);
            m.visitFieldInsn(Opcodes.GETFIELD, self, field(i), captures[i].getDescriptor());
            ValueConversions.convert(m, captures[i], parameters.get(p));
        }
        Type[] arguments = descriptor.getArgumentTypes();
        Type[] instantiated = site.instantiated().getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < arguments.length; i++, p++) {
            m.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slot);
            slot += arguments[i].getSize();
            Type from = arguments[i];
            if (!ValueConversions.isPrimitive(from) && !instantiated[i].equals(from)) {
                // The generic type the lambda was written for: the metafactory checks it too.
                ValueConversions.convert(m, from, instantiated[i]);
                from = instantiated[i];
            }
            ValueConversions.convert(m, from, parameters.get(p));
        }
        if (p != parameters.size()) {
            throw new IllegalStateException(self + ": " + p + " values for " + parameters.size() + " parameters");
        }
        Type result = implType.getReturnType();
        boolean itf = impl.isInterface();
        switch (kind) {
            case Opcodes.H_INVOKESTATIC ->
                m.visitMethodInsn(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(), itf);
            // A private method of the nest is called virtually from a nestmate (JVMS 11+).
            case Opcodes.H_INVOKEVIRTUAL, Opcodes.H_INVOKESPECIAL ->
                m.visitMethodInsn(itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, impl.getOwner(),
                        impl.getName(), impl.getDesc(), itf);
            case Opcodes.H_INVOKEINTERFACE ->
                m.visitMethodInsn(Opcodes.INVOKEINTERFACE, impl.getOwner(), impl.getName(), impl.getDesc(), true);
            case Opcodes.H_NEWINVOKESPECIAL -> {
                m.visitMethodInsn(Opcodes.INVOKESPECIAL, impl.getOwner(), "<init>", impl.getDesc(), false);
                result = Type.getObjectType(impl.getOwner());
            }
            default -> throw new IllegalStateException(self + ": method handle kind " + kind);
        }
        Type returned = descriptor.getReturnType();
        if (returned.getSort() == Type.VOID) {
            if (result.getSize() == 2) {
                m.visitInsn(Opcodes.POP2);
            } else if (result.getSize() == 1) {
                m.visitInsn(Opcodes.POP);
            }
            m.visitInsn(Opcodes.RETURN);
        } else {
            ValueConversions.convert(m, result, returned);
            m.visitInsn(returned.getOpcode(Opcodes.IRETURN));
        }
    }
}
