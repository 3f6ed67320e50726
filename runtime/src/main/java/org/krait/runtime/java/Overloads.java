package org.krait.runtime.java;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * The methods (or constructors) of one name of a Java class, and the choice among them for a
 * call, following Java's phases (JLS 15.12.2): the candidates applicable by
 * {@link Conversion#STRICT} conversions, else by {@link Conversion#LOOSE} ones, else by
 * {@link Conversion#LENIENT} ones, else by variable arity; among those of the first phase that
 * has any, the most specific wins (each parameter type a subtype of the other's); several
 * maximally specific ones make the call ambiguous (a TypeError listing them), none at all a
 * TypeError listing every signature.
 *
 * <p>An instance method that a call reaches through the class ({@code ArrayList.add(lst, 1)}),
 * or that shares its name with static methods, takes its receiver as a first parameter of its
 * declaring class ({@code receiverFirst}).
 */
final class Overloads {

    /** The member chosen for a call with its converted arguments; {@code receiver} null for static members and constructors. */
    record Choice(Executable member, Object receiver, Object[] args) {
    }

    /**
     * The last choice made, keyed by what the choice depends on in each argument
     * ({@link #key}): a loop calling one method with the same kinds of values resolves once.
     * Immutable, so threads sharing the overloads read a whole entry or none.
     */
    private record Cached(Object[] keys, int index, boolean varargs) {
    }

    private static final Object INT_KEY = new Object();
    private static final Object LONG_KEY = new Object();
    private static final Object BIG_KEY = new Object();
    private static final Object CHAR_KEY = new Object();

    private Cached cached;

    private final String owner;
    private final String name;
    private final Executable[] members;
    /** The parameter types a call's Python arguments are matched to, receiver first where {@link #receiverFirst}. */
    private final Class<?>[][] params;
    private final boolean[] receiverFirst;
    /** Per member: whether the call may block and runs without the GIL ({@link JavaCalls#mayBlock}). */
    private final boolean[] release;

    Overloads(Class<?> owner, String name, List<? extends Executable> members, boolean receiverAsArgument) {
        this.owner = JavaTypes.pythonName(owner);
        this.name = name;
        this.members = members.toArray(new Executable[0]);
        int n = this.members.length;
        this.params = new Class<?>[n][];
        this.receiverFirst = new boolean[n];
        this.release = new boolean[n];
        for (int i = 0; i < n; i++) {
            Executable e = this.members[i];
            boolean instance = e instanceof Method && !Modifier.isStatic(e.getModifiers());
            receiverFirst[i] = instance && receiverAsArgument;
            Class<?>[] p = e.getParameterTypes();
            if (receiverFirst[i]) {
                Class<?>[] q = new Class<?>[p.length + 1];
                q[0] = e.getDeclaringClass();
                System.arraycopy(p, 0, q, 1, p.length);
                p = q;
            }
            params[i] = p;
            release[i] = JavaCalls.mayBlock(owner, e);
        }
    }

    String qualifiedName() {
        return owner + "." + name;
    }

    /**
     * Calls the member that fits {@code args}: with {@code receiver} for instance methods reached
     * through an object (null otherwise); returns the Java result.
     */
    Object call(Object receiver, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PythonException.typeError(qualifiedName() + "() takes no keyword arguments");
        }
        Choice c = choose(receiver, args);
        int i = indexOf(c.member());
        return JavaCalls.invoke(c.member(), c.receiver(), c.args(), release[i]);
    }

    private int indexOf(Executable e) {
        for (int i = 0; i < members.length; i++) {
            if (members[i] == e) {
                return i;
            }
        }
        return -1;
    }

    /** The member for {@code args} and its converted arguments (see the class comment for the rules). */
    Choice choose(Object receiver, PyObject[] args) {
        int n = args.length;
        if (members.length == 1 && !members[0].isVarArgs() && params[0].length == n) {
            // The common case: one candidate; it fits in some phase or the call is wrong.
            if (fixedPhase(0, args) != Conversion.NONE) {
                return convert(0, receiver, args, false);
            }
            throw noOverload(args);
        }
        Cached c = cached;
        if (c != null && matches(c.keys(), args)) {
            return convert(c.index(), receiver, args, c.varargs());
        }
        int bestPhase = Integer.MAX_VALUE;
        List<Integer> applicable = new ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            if (params[i].length != n) {
                continue;
            }
            int p = fixedPhase(i, args);
            if (p == Conversion.NONE || p > bestPhase) {
                continue;
            }
            if (p < bestPhase) {
                bestPhase = p;
                applicable.clear();
            }
            applicable.add(i);
        }
        boolean varargs = false;
        if (applicable.isEmpty()) {
            for (int i = 0; i < members.length; i++) {
                if (members[i].isVarArgs() && n >= params[i].length - 1 && varargsFit(i, args)) {
                    applicable.add(i);
                }
            }
            varargs = true;
        }
        if (applicable.isEmpty()) {
            throw noOverload(args);
        }
        int chosen = mostSpecific(applicable, n, varargs, args);
        Object[] keys = new Object[n];
        for (int j = 0; j < n; j++) {
            keys[j] = key(args[j]);
            if (keys[j] == null) {
                keys = null;
                break;
            }
        }
        if (keys != null) {
            cached = new Cached(keys, chosen, varargs);
        }
        return convert(chosen, receiver, args, varargs);
    }

    /**
     * What {@link Conversion#phase} depends on in {@code a}: its type, and for an int its range,
     * for a str whether it is one character; null when it depends on more (a list's items).
     */
    private static Object key(PyObject a) {
        if (a instanceof PyInt && !(a instanceof org.krait.runtime.objects.PyBool)) {
            PyInt i = (PyInt) a;
            return !i.isLong() ? BIG_KEY : i.longValue() == (int) i.longValue() ? INT_KEY : LONG_KEY;
        }
        if (a instanceof PyStr && ((PyStr) a).length() == 1) {
            return CHAR_KEY;
        }
        if (a instanceof PyList || a instanceof PyTuple) {
            return null;
        }
        return a.type();
    }

    private static boolean matches(Object[] keys, PyObject[] args) {
        if (keys.length != args.length) {
            return false;
        }
        for (int j = 0; j < args.length; j++) {
            if (key(args[j]) != keys[j]) {
                return false;
            }
        }
        return true;
    }

    /** The highest phase any argument of a fixed-arity call to member {@code i} needs, or NONE. */
    private int fixedPhase(int i, PyObject[] args) {
        Class<?>[] p = params[i];
        int worst = Conversion.STRICT;
        for (int j = 0; j < args.length; j++) {
            int ph = Conversion.phase(args[j], p[j]);
            if (ph == Conversion.NONE) {
                return Conversion.NONE;
            }
            worst = Math.max(worst, ph);
        }
        return worst;
    }

    private boolean varargsFit(int i, PyObject[] args) {
        Class<?>[] p = params[i];
        int fixed = p.length - 1;
        for (int j = 0; j < fixed; j++) {
            if (Conversion.phase(args[j], p[j]) == Conversion.NONE) {
                return false;
            }
        }
        Class<?> component = p[fixed].getComponentType();
        for (int j = fixed; j < args.length; j++) {
            if (Conversion.phase(args[j], component) == Conversion.NONE) {
                return false;
            }
        }
        return true;
    }

    /** The parameter type of argument {@code j} of member {@code i}, a variable arity one's trailing arguments expanded. */
    private Class<?> paramType(int i, int j, boolean expanded) {
        Class<?>[] p = params[i];
        if (expanded && j >= p.length - 1) {
            return p[p.length - 1].getComponentType();
        }
        return p[j];
    }

    private int mostSpecific(List<Integer> applicable, int n, boolean expanded, PyObject[] args) {
        if (applicable.size() == 1) {
            return applicable.get(0);
        }
        List<Integer> maximal = new ArrayList<>();
        for (int a : applicable) {
            boolean beaten = false;
            for (int b : applicable) {
                if (a != b && moreSpecific(b, a, n, expanded) && !moreSpecific(a, b, n, expanded)) {
                    beaten = true;
                    break;
                }
            }
            if (!beaten) {
                maximal.add(a);
            }
        }
        if (maximal.size() == 1) {
            return maximal.get(0);
        }
        maximal = valueReturning(maximal, n, expanded, args);
        if (maximal.size() == 1) {
            return maximal.get(0);
        }
        // The same signature inherited along two paths (an interface's and a class's) is one method.
        int first = maximal.get(0);
        boolean same = true;
        for (int m : maximal) {
            same &= Arrays.equals(params[m], params[first]);
        }
        if (same) {
            for (int m : maximal) {
                if (!Modifier.isAbstract(members[m].getModifiers())) {
                    return m;
                }
            }
            return first;
        }
        TreeSet<String> names = new TreeSet<>();
        for (int m : maximal) {
            names.add(signature(m));
        }
        throw PythonException.typeError(qualifiedName() + "(): the call with " + argTypes(args) + " is ambiguous between "
                + String.join(", ", names));
    }

    /**
     * Java tells {@code submit(Runnable)} from {@code submit(Callable)} by the lambda's body; a
     * Python callable always returns a value, so among candidates that differ in the functional
     * interfaces a callable argument becomes, those whose methods return something win.
     */
    private List<Integer> valueReturning(List<Integer> maximal, int n, boolean expanded, PyObject[] args) {
        int best = -1;
        List<Integer> out = new ArrayList<>();
        for (int m : maximal) {
            int score = 0;
            for (int j = 0; j < n; j++) {
                Class<?> p = paramType(m, j, expanded);
                if (p.isInterface() && JavaValues.javaObject(args[j]) == null && returnsValue(p)) {
                    score++;
                }
            }
            if (score > best) {
                best = score;
                out.clear();
            }
            if (score == best) {
                out.add(m);
            }
        }
        return out;
    }

    /** Whether the one abstract method of the interface {@code p} (if it has one) returns a value. */
    private static boolean returnsValue(Class<?> p) {
        List<Method> abstracts = org.krait.runtime.host.InterfaceProxies.abstractMethods(p);
        return abstracts.size() == 1 && abstracts.get(0).getReturnType() != void.class;
    }

    private boolean moreSpecific(int a, int b, int n, boolean expanded) {
        int count = expanded ? n : params[a].length;
        for (int j = 0; j < count; j++) {
            if (!subtype(paramType(a, j, expanded), paramType(b, j, expanded))) {
                return false;
            }
        }
        return true;
    }

    private static final List<Class<?>> WIDENING = List.of(byte.class, short.class, int.class, long.class, float.class, double.class);

    /** Java's subtyping for the most specific method: reference assignability, primitive widening. */
    private static boolean subtype(Class<?> a, Class<?> b) {
        if (a == b) {
            return true;
        }
        if (a.isPrimitive() && b.isPrimitive()) {
            if (a == char.class) {
                return WIDENING.indexOf(b) >= WIDENING.indexOf(int.class);
            }
            int ia = WIDENING.indexOf(a);
            int ib = WIDENING.indexOf(b);
            return ia >= 0 && ib >= 0 && ia < ib;
        }
        return !a.isPrimitive() && !b.isPrimitive() && b.isAssignableFrom(a);
    }

    private Choice convert(int i, Object receiver, PyObject[] args, boolean expanded) {
        Class<?>[] p = params[i];
        int start = 0;
        Object recv = receiver;
        if (receiverFirst[i]) {
            recv = JavaValues.javaObject(args[0]);
            start = 1;
        }
        Class<?>[] declared = members[i].getParameterTypes();
        Object[] out = new Object[declared.length];
        if (expanded) {
            int fixed = p.length - 1;
            for (int j = start; j < fixed; j++) {
                out[j - start] = Conversion.convert(args[j], p[j]);
            }
            Class<?> component = p[fixed].getComponentType();
            Object rest = Array.newInstance(component, args.length - fixed);
            for (int j = fixed; j < args.length; j++) {
                Array.set(rest, j - fixed, Conversion.convert(args[j], component));
            }
            out[declared.length - 1] = rest;
        } else {
            for (int j = start; j < args.length; j++) {
                out[j - start] = Conversion.convert(args[j], p[j]);
            }
        }
        return new Choice(members[i], recv, out);
    }

    private PythonException noOverload(PyObject[] args) {
        TreeSet<String> all = new TreeSet<>();
        for (int i = 0; i < members.length; i++) {
            all.add(signature(i));
        }
        if (members.length == 1) {
            return PythonException.typeError(qualifiedName() + "(): " + argTypes(args) + " does not match " + all.first());
        }
        return PythonException.typeError(qualifiedName() + "(): no overload matches " + argTypes(args) + "; the signatures are "
                + String.join(", ", all));
    }

    private static String argTypes(PyObject[] args) {
        StringBuilder b = new StringBuilder("(");
        for (int j = 0; j < args.length; j++) {
            b.append(j > 0 ? ", " : "").append(args[j].type().name());
        }
        return b.append(")").toString();
    }

    /** How a candidate is shown in messages: {@code add(int, java.lang.Object)}, {@code of(java.lang.Object...)}. */
    private String signature(int i) {
        Executable e = members[i];
        Class<?>[] p = e.getParameterTypes();
        StringBuilder b = new StringBuilder(e instanceof Constructor ? e.getDeclaringClass().getSimpleName() : e.getName()).append("(");
        if (receiverFirst[i]) {
            b.append("self");
            if (p.length > 0) {
                b.append(", ");
            }
        }
        for (int j = 0; j < p.length; j++) {
            b.append(j > 0 ? ", " : "");
            if (e.isVarArgs() && j == p.length - 1) {
                b.append(p[j].getComponentType().getTypeName()).append("...");
            } else {
                b.append(p[j].getTypeName());
            }
        }
        return b.append(")").toString();
    }
}
