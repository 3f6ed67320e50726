package org.krait.build;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;

/**
 * One {@code invokedynamic} instruction bootstrapped by {@code LambdaMetafactory}: what javac
 * writes for a lambda or a method reference, and what the desugarer replaces by a class.
 *
 * @param host the class holding the instruction (internal name)
 * @param index the site's number among the host's desugared sites, which names its class
 * @param samName the functional interface's method
 * @param factory the instruction's descriptor: the captured values to the interface
 * @param samType the interface method's erased descriptor
 * @param impl the method the lambda's body is, or the method referenced
 * @param instantiated the interface method's descriptor with the lambda's generic types filled in
 * @param markers further interfaces the object implements (intersection casts)
 * @param bridges further descriptors of the interface method the object answers to
 */
record LambdaSite(String host, int index, String samName, Type factory, Type samType, Handle impl,
        Type instantiated, List<String> markers, List<Type> bridges) {

    static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory";

    /** The flags of {@code LambdaMetafactory.altMetafactory}. */
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    /**
     * The site an {@code invokedynamic} instruction is, or null when it is not a lambda or is one
     * this desugarer leaves alone (a serializable lambda needs the metafactory's own support).
     */
    static LambdaSite of(String host, int index, String name, String descriptor, Handle bootstrap, Object[] args) {
        if (!bootstrap.getOwner().equals(METAFACTORY)) {
            return null;
        }
        List<String> markers = new ArrayList<>();
        List<Type> bridges = new ArrayList<>();
        if (bootstrap.getName().equals("altMetafactory")) {
            int flags = (Integer) args[3];
            if ((flags & FLAG_SERIALIZABLE) != 0) {
                return null;
            }
            int at = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int n = (Integer) args[at++];
                for (int i = 0; i < n; i++) {
                    markers.add(((Type) args[at++]).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int n = (Integer) args[at++];
                for (int i = 0; i < n; i++) {
                    bridges.add((Type) args[at++]);
                }
            }
        } else if (!bootstrap.getName().equals("metafactory")) {
            return null;
        }
        return new LambdaSite(host, index, name, Type.getMethodType(descriptor), (Type) args[0], (Handle) args[1],
                (Type) args[2], List.copyOf(markers), List.copyOf(bridges));
    }

    /** The internal name of the class that stands for this site. */
    String className() {
        return host + "$$Fn$" + index;
    }

    /**
     * What a class standing for several sites must have in common with them: the interfaces and
     * the method with its descriptors.
     */
    String shape() {
        return iface().getDescriptor() + markers + samName + samType.getDescriptor() + bridges;
    }

    /** The functional interface. */
    Type iface() {
        return factory.getReturnType();
    }

    /** The types of the values the lambda captures, in order. */
    Type[] captures() {
        return factory.getArgumentTypes();
    }

    /** Whether an {@code invokedynamic} instruction is the one this site was read from. */
    boolean readFrom(String name, String descriptor, Object[] args) {
        return samName.equals(name) && factory.getDescriptor().equals(descriptor) && samType.equals(args[0])
                && impl.equals(args[1]) && instantiated.equals(args[2]);
    }
}
