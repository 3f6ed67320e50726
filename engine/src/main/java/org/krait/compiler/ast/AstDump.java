package org.krait.compiler.ast;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(tree, include_attributes=True)} does:
 * {@code Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)}.
 *
 * <p>It reads the records generically: the components of a node record are its ASDL fields then
 * its position attributes, in CPython's order, so printing every component in order is the dump.
 * A {@code null} component is an absent optional field and is left out, as {@code ast.dump} leaves
 * out optional fields that are {@code None}; a component of type {@code Object} holds a constant
 * and is printed with {@link ConstantRepr}.
 */
public final class AstDump {

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** The printing plan of each record class, built on first use. */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private AstDump() {
    }

    /** The one-line dump of {@code node} with position attributes. */
    public static String dump(Node node) {
        StringBuilder out = new StringBuilder(4096);
        dump(out, node);
        return out.toString();
    }

    /** Appends the dump of {@code node} to {@code out}. */
    public static void dump(StringBuilder out, Node node) {
        Shape shape = SHAPES.get(node.getClass());
        out.append(node.nodeName()).append('(');
        boolean first = true;
        for (int i = 0; i < shape.names.length; i++) {
            Object value = shape.get(i, node);
            if (value == null && !shape.constant[i]) {
                continue;
            }
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(shape.names[i]).append('=');
            if (shape.constant[i]) {
                ConstantRepr.append(out, value);
            } else {
                appendValue(out, value);
            }
        }
        out.append(')');
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value instanceof Node) {
            dump(out, (Node) value);
        } else if (value instanceof List) {
            List<?> list = (List<?>) value;
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                appendValue(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof String) {
            ConstantRepr.appendStr(out, (String) value);
        } else if (value instanceof Enum) {
            // Enumeration members are node classes without fields in CPython: Load(), Add().
            out.append(((Enum<?>) value).name()).append("()");
        } else if (value == null) {
            // Only inside lists, e.g. the keys of Dict for '**' entries.
            out.append("None");
        } else {
            out.append(value);
        }
    }

    /** A record class's component names, accessors and which components hold constants. */
    private static final class Shape {
        final String[] names;
        final MethodHandle[] getters;
        final boolean[] constant;

        private Shape(String[] names, MethodHandle[] getters, boolean[] constant) {
            this.names = names;
            this.getters = getters;
            this.constant = constant;
        }

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) {
                throw new IllegalArgumentException("not an AST record: " + type.getName());
            }
            String[] names = new String[components.length];
            MethodHandle[] getters = new MethodHandle[components.length];
            boolean[] constant = new boolean[components.length];
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            try {
                for (int i = 0; i < components.length; i++) {
                    names[i] = components[i].getName();
                    getters[i] = lookup.unreflect(components[i].getAccessor()).asType(GETTER);
                    constant[i] = components[i].getType() == Object.class;
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read the record " + type.getName(), e);
            }
            return new Shape(names, getters, constant);
        }

        Object get(int i, Node node) {
            try {
                return getters[i].invokeExact((Object) node);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
