package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.krait.runtime.objects.DictOwner;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInstance;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.IterOps;

/**
 * A class's {@code __slots__}: which names become member descriptors, where their values live
 * and whether instances keep a {@code __dict__}. CPython: the {@code __slots__} part of
 * {@code type_new} in Objects/typeobject.c.
 *
 * <p>Layout: a {@link PyInstance} holds its slot values in one array, the first
 * {@code base.memberSlots()} entries for the base's names, then this class's names in sorted
 * order (as CPython sorts them); each name's {@link PyMemberDescr} reads its fixed index. A class
 * extends the layout of the base that adds the most slots; two bases that both add slots and
 * neither derives from the other conflict. Instances of subclasses of other builtins (list,
 * dict...) keep their Java layout: their slot values live in their {@code __dict__}.
 */
final class SlotsLayout {

    private SlotsLayout() {
    }

    /** Lays out the new class {@code t}, whose namespace is filled: member descriptors and the layout. */
    static void apply(PyType t) {
        PyType[] bases = t.bases();
        PyType layoutBase = layoutBase(bases);
        PyType base = t.base();
        boolean baseDict = hasDict(base);
        boolean baseWeakref = hasWeakref(base);
        PyObject spec = t.getOwn("__slots__");
        String[] inherited = layoutBase.slotNames();
        if (spec == null) {
            t.setLayout(inherited, true, baseWeakref || !fixedSize(base));
            addDescriptors(t, !baseDict, !baseWeakref && !fixedSize(base));
            return;
        }
        List<String> names = names(t, spec, baseDict, baseWeakref || fixedSize(base));
        boolean addDict = names.remove("__dict__");
        boolean addWeakref = names.remove("__weakref__");
        if (!names.isEmpty() && fixedSize(base)) {
            throw PythonException.typeError("nonempty __slots__ not supported for subtype of '" + base.name() + "'");
        }
        List<String> all = new ArrayList<>(List.of(inherited));
        int index = inherited.length;
        for (String name : new TreeSet<>(names)) {
            if (t.getOwn(name) != null) {
                throw PythonException.valueError("'" + name + "' in __slots__ conflicts with class variable");
            }
            t.defineOwn(name, member(t, name, index++));
            all.add(name);
        }
        t.setLayout(all.toArray(new String[0]), baseDict || addDict, baseWeakref || addWeakref);
        addDescriptors(t, addDict, addWeakref);
    }

    /** Whether instances of {@code base} have a {@code __dict__} (among builtins: exceptions, modules, functions). */
    private static boolean hasDict(PyType base) {
        if (!base.isBuiltin()) {
            return base.hasInstanceDict();
        }
        for (PyType m : base.mro()) {
            String n = m.name();
            if (n.equals("BaseException") || n.equals("module") || n.equals("function") || n.equals("type")
                    || n.equals("classmethod") || n.equals("staticmethod")) {
                return true;
            }
        }
        return false;
    }

    /** Whether instances of {@code base} can be weakly referenced (among builtins: sets, types, modules, functions). */
    private static boolean hasWeakref(PyType base) {
        if (!base.isBuiltin()) {
            return base.hasInstanceWeakref();
        }
        for (PyType m : base.mro()) {
            String n = m.name();
            if (n.equals("set") || n.equals("frozenset") || n.equals("type") || n.equals("module") || n.equals("function")) {
                return true;
            }
        }
        return false;
    }

    /** The {@code __dict__} and {@code __weakref__} descriptors of a class that adds them to its instances. */
    private static void addDescriptors(PyType t, boolean dict, boolean weakref) {
        if (dict) {
            t.defineOwn("__dict__", new PyGetSetDescr(t, "__dict__", InstanceDicts::get, InstanceDicts::set)
                    .withDoc("dictionary for instance variables"));
        }
        if (weakref) {
            t.defineOwn("__weakref__", new PyGetSetDescr(t, "__weakref__", self -> org.krait.runtime.objects.PyNoneType.NONE, null)
                    .withDoc("list of weak references to the object"));
        }
    }

    /** Builtins whose instances vary in size, which CPython's {@code __slots__} cannot extend. */
    private static boolean fixedSize(PyType base) {
        for (PyType m : base.mro()) {
            if (m.isBuiltin()) {
                String n = m.name();
                return n.equals("int") || n.equals("tuple") || n.equals("bytes");
            }
        }
        return false;
    }

    /**
     * The base whose layout the class extends, its {@code __base__} (CPython's {@code best_base}):
     * the first base whose solid base derives from every other base's.
     */
    static PyType layoutBase(PyType[] bases) {
        PyType best = null;
        PyType bestSolid = null;
        for (PyType b : bases) {
            PyType solid = solid(b);
            if (best == null) {
                best = b;
                bestSolid = solid;
            } else if (bestSolid.isSubtypeOf(solid)) {
                continue;
            } else if (solid.isSubtypeOf(bestSolid)) {
                best = b;
                bestSolid = solid;
            } else {
                throw PythonException.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best == null ? PyType.OBJECT : best;
    }

    /**
     * The builtins whose instances have a layout of their own (CPython's "solid" bases): two of
     * them can only meet in a class when one derives from the other. All exceptions share
     * BaseException's here (CPython also gives a few, such as OSError, a larger one).
     */
    private static final java.util.Set<String> SOLID_BUILTINS = java.util.Set.of("int", "float", "complex", "str", "bytes",
            "bytearray", "tuple", "list", "dict", "set", "frozenset", "BaseException");

    /** The nearest class in {@code t}'s base chain that adds slots or is a solid builtin, or object. */
    private static PyType solid(PyType t) {
        PyType s = t;
        while (s.base() != null && s.memberSlots() == s.base().memberSlots()
                && !(s.isBuiltin() && SOLID_BUILTINS.contains(s.name()))) {
            s = s.base();
        }
        return s.base() == null ? PyType.OBJECT : s;
    }

    /** The names {@code __slots__} lists, mangled, checked as CPython checks them. */
    private static List<String> names(PyType t, PyObject spec, boolean baseDict, boolean baseWeakref) {
        PyObject[] items = spec instanceof PyStr ? new PyObject[] {PyObject.newRef(spec)} : IterOps.toArray(spec);
        List<String> out = new ArrayList<>();
        boolean dict = false;
        boolean weakref = false;
        try {
            for (PyObject item : items) {
                if (!(item instanceof PyStr)) {
                    throw PythonException.typeError("__slots__ items must be strings, not '" + item.type().name() + "'");
                }
                String n = item.toString();
                if (!isIdentifier((PyStr) item)) {
                    throw PythonException.typeError("__slots__ must be identifiers");
                }
                if (n.equals("__dict__")) {
                    if (baseDict || dict) {
                        throw PythonException.typeError("__dict__ slot disallowed: we already got one");
                    }
                    dict = true;
                } else if (n.equals("__weakref__")) {
                    if (baseWeakref || weakref) {
                        throw PythonException.typeError("__weakref__ slot disallowed: either we already got one, "
                                + "or __itemsize__ != 0");
                    }
                    weakref = true;
                }
                out.add(mangle(t.name(), n));
            }
        } finally {
            for (PyObject item : items) {
                item.decref();
            }
        }
        return out;
    }

    private static boolean isIdentifier(PyStr s) {
        return org.krait.runtime.unicode.CharTypes.isIdentifier(s.codePoints());
    }

    /** Private name mangling: {@code __x} in class {@code _C} is {@code _C__x}. */
    private static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** The member descriptor of slot {@code index} named {@code name}. */
    private static PyMemberDescr member(PyType owner, String name, int index) {
        PyStr key = PyStr.of(name).immortal();
        return new PyMemberDescr(owner, name, self -> {
            PyObject v = self instanceof PyInstance ? ((PyInstance) self).slot(index) : inDict(self, key);
            return v == null ? null : PyObject.newRef(v);
        }, (self, value) -> {
            boolean present;
            if (self instanceof PyInstance) {
                present = ((PyInstance) self).setSlot(index, value);
            } else {
                PyDict d = ((DictOwner) self).dict();
                present = d.getItem(key) != null;
                if (value != null) {
                    d.setItem(key, value);
                } else {
                    d.delItemIfPresent(key);
                }
            }
            if (value == null && !present) {
                throw PythonException.attributeError(name);
            }
        });
    }

    private static PyObject inDict(PyObject self, PyStr key) {
        return self instanceof DictOwner ? ((DictOwner) self).dict().getItem(key) : null;
    }
}
