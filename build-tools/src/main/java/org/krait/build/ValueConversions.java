package org.krait.build;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The conversions a lambda's class makes between the interface's types and its implementation's:
 * the ones {@code LambdaMetafactory} allows (a cast, boxing, unboxing, primitive widening).
 */
final class ValueConversions {

    private ValueConversions() {
    }

    /** A primitive type's descriptor, its wrapper class and the wrapper's unboxing method. */
    private record Box(String primitive, String wrapper, String unbox) {
    }

    private static final Box[] BOXES = {
        new Box("Z", "java/lang/Boolean", "booleanValue"), new Box("C", "java/lang/Character", "charValue"),
        new Box("B", "java/lang/Byte", "byteValue"), new Box("S", "java/lang/Short", "shortValue"),
        new Box("I", "java/lang/Integer", "intValue"), new Box("F", "java/lang/Float", "floatValue"),
        new Box("J", "java/lang/Long", "longValue"), new Box("D", "java/lang/Double", "doubleValue"),
    };

    private static final String OBJECT = "java/lang/Object";

    static boolean isPrimitive(Type t) {
        return t.getSort() < Type.ARRAY;
    }

    private static Box boxOf(Type primitive) {
        for (Box b : BOXES) {
            if (b.primitive.equals(primitive.getDescriptor())) {
                return b;
            }
        }
        throw new IllegalArgumentException("no wrapper for " + primitive);
    }

    /** The primitive type a wrapper class holds, or null when the type is no wrapper. */
    private static Type unboxed(Type reference) {
        for (Box b : BOXES) {
            if (b.wrapper.equals(reference.getInternalName())) {
                return Type.getType(b.primitive);
            }
        }
        return null;
    }

    /** Emits what turns the value on the operand stack from one type into the other. */
    static void convert(MethodVisitor m, Type from, Type to) {
        if (from.equals(to) || to.getSort() == Type.VOID) {
            return;
        }
        if (isPrimitive(from) && isPrimitive(to)) {
            widen(m, from, to);
        } else if (isPrimitive(from)) {
            Box b = boxOf(from);
            m.visitMethodInsn(Opcodes.INVOKESTATIC, b.wrapper, "valueOf", "(" + b.primitive + ")L" + b.wrapper + ";",
                    false);
            if (!to.getInternalName().equals(b.wrapper) && !to.getInternalName().equals(OBJECT)) {
                m.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
        } else if (isPrimitive(to)) {
            Type held = unboxed(from);
            if (held == null) {
                held = to;
                m.visitTypeInsn(Opcodes.CHECKCAST, boxOf(to).wrapper);
            }
            Box b = boxOf(held);
            m.visitMethodInsn(Opcodes.INVOKEVIRTUAL, b.wrapper, b.unbox, "()" + b.primitive, false);
            widen(m, held, to);
        } else if (!to.getInternalName().equals(OBJECT)) {
            m.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
        }
    }

    private static void widen(MethodVisitor m, Type from, Type to) {
        int f = from.getSort();
        int t = to.getSort();
        if (f == t) {
            return;
        }
        boolean fromInt = f == Type.INT || f == Type.SHORT || f == Type.BYTE || f == Type.CHAR;
        if (fromInt && (t == Type.INT || t == Type.SHORT)) {
            return;
        }
        int op;
        if (fromInt && t == Type.LONG) {
            op = Opcodes.I2L;
        } else if (fromInt && t == Type.FLOAT) {
            op = Opcodes.I2F;
        } else if (fromInt && t == Type.DOUBLE) {
            op = Opcodes.I2D;
        } else if (f == Type.LONG && t == Type.FLOAT) {
            op = Opcodes.L2F;
        } else if (f == Type.LONG && t == Type.DOUBLE) {
            op = Opcodes.L2D;
        } else if (f == Type.FLOAT && t == Type.DOUBLE) {
            op = Opcodes.F2D;
        } else {
            throw new IllegalArgumentException("no widening of " + from + " to " + to);
        }
        m.visitInsn(op);
    }
}
