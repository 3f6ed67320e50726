package org.krait.runtime.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.World;

/**
 * A Python type: name, bases, MRO, its namespace, the cached special-method slots and a version
 * tag. CPython: Objects/typeobject.c. Builtin types are built once per JVM, immortal, and fill
 * their slots from their Java dunder methods with {@link #slot}; classes made by a program fill
 * them with dispatchers that look the dunder up along the MRO ({@link SlotDispatchers}).
 *
 * <p>References: a class owns counted references to its metaclass, bases, first base, the other
 * classes of its MRO (not itself), its namespace's values, its {@code __dict__} view and a
 * {@code __name__} set from Python; the collector tracks classes and sees all of them
 * ({@link #traverse}), so a cycle through a class (its methods' {@code __globals__}, an instance
 * in its namespace) is freed. Its subclass lists are not counted (CPython's are weak). Builtin
 * types are immortal, never tracked, and count nothing.
 */
public final class PyType extends org.krait.runtime.memory.GcObject {

    /** {@code object}, the root of every MRO. */
    public static final PyType OBJECT = new PyType("object", null, null, true);
    /** {@code type}, the type of every type. */
    public static final PyType TYPE = new PyType("type", OBJECT, null, true);

    static {
        BaseSlots.fill();
    }

    private String name;
    /** What {@code __name__} was last set to, when set from Python; null otherwise. */
    private PyObject nameObject;
    private String qualname;
    private PyType base;
    private PyType[] bases;
    private PyType[] mro;
    private final boolean builtin;
    /** Set once a class has dropped what it owned ({@link #releaseReferences}). */
    private boolean released;
    /** The type of this type: {@code type}, or the metaclass of a class made by one (owned). */
    private PyType metatype;
    /** The live dict behind {@code __dict__}'s mappingproxy, made on first use and kept in step with {@link #dict}. */
    private org.krait.runtime.objects.PyDict dictView;
    /** CPython's {@code Py_TPFLAGS_IS_ABSTRACT}: {@code __abstractmethods__} is non-empty, so object() refuses. */
    private boolean isAbstract;
    /** The namespace ({@code __dict__}); keys are attribute names. */
    private final Map<String, PyObject> dict = new LinkedHashMap<>();
    /** Indexed by {@link Slot#ordinal()}; each entry implements its slot's Signature interface. */
    private final Object[] slots = new Object[Slot.values().length];
    /**
     * The direct subclasses kept on this type: for a class, its subclasses (all of its
     * interpreter); for a builtin type, only the builtin ones, added while types are built, maybe
     * by several threads at once. A builtin type is shared by every interpreter, so the classes
     * programs derive from it are kept by each interpreter's {@link World} instead.
     */
    private final List<PyType> subclasses;
    /**
     * Changes whenever this type's namespace or bases (or a base's) change. Counted per type: the
     * caches that key on it remember the type too, and a shared counter would be written by every
     * interpreter creating classes.
     */
    private int versionTag = 1;
    private static final int LOOKUP_CACHE_SIZE = 32;
    /** Direct-mapped by the name's hash; made on first lookup. */
    private LookupEntry[] lookupCache;
    /** False for types that cannot be subclassed ({@code bool}, {@code NoneType}...). */
    private boolean acceptableBase = true;
    /** Makes a fresh, empty instance of this type for {@code object.__new__}; inherited. */
    private Function<PyType, PyObject> instanceFactory;
    /**
     * The instance layout of a class (see {@link SlotsLayout}): how many {@code __slots__}
     * values its instances hold, its bases' first, and whether they have a {@code __dict__}.
     */
    private int memberSlots;
    private boolean instanceDict;
    private boolean instanceWeakref;
    /** The names of the member slots, by index (base's first); what __class__ assignment compares. */
    private String[] slotNames = new String[0];

    private PyType(String name, PyType base, PyType[] bases, boolean builtin) {
        this.name = name;
        // A builtin type of a module is named "module.Name" (CPython's tp_name); its __qualname__ is "Name".
        this.qualname = builtin ? name.substring(name.lastIndexOf('.') + 1) : name;
        this.base = base;
        this.bases = bases != null ? bases : base == null ? new PyType[0] : new PyType[] {base};
        this.builtin = builtin;
        this.subclasses = builtin ? new java.util.concurrent.CopyOnWriteArrayList<>() : new ArrayList<>();
        if (base != null) {
            System.arraycopy(base.slots, 0, slots, 0, slots.length);
            instanceFactory = base.instanceFactory;
        }
        this.mro = Mro.compute(this, this.bases);
        for (PyType b : this.bases) {
            b.addSubclass(this);
        }
        if (builtin) {
            immortal();
        }
    }

    /** A builtin type named {@code name} deriving from {@code base}; immortal. */
    public static PyType builtin(String name, PyType base) {
        return new PyType(name, base, null, true);
    }

    /** A builtin type with several bases, the first giving its layout. */
    public static PyType builtin(String name, PyType... bases) {
        return new PyType(name, bases[0], bases, true);
    }

    /** A class created at run time by Java code, of metaclass {@code type}, with the namespace {@code ns}. */
    public static PyType heap(String name, PyType[] bases, Map<String, PyObject> ns) {
        PyType[] b = bases.length == 0 ? new PyType[] {OBJECT} : bases;
        return heap(TYPE, name, b, b[0], ns);
    }

    /**
     * A class of metaclass {@code meta} (bases checked by the caller, {@code best} the one giving
     * its layout): the namespace {@code ns} (whose references the class takes over), then its
     * {@code __slots__} members, the {@code __dict__}/{@code __weakref__} descriptors it adds and
     * {@code __doc__}, in CPython's order.
     */
    static PyType heap(PyType meta, String name, PyType[] bases, PyType best, Map<String, PyObject> ns) {
        PyType t = new PyType(name, best, bases, false);
        t.metatype = newRef(meta);
        t.dict.putAll(ns);
        SlotsLayout.apply(t);
        if (!t.dict.containsKey("__doc__")) {
            t.dict.put("__doc__", org.krait.runtime.objects.PyNoneType.NONE);
        }
        t.invalidateVersion();
        SlotDispatchers.install(t);
        t.holdAll(t.bases);
        t.base.incref();
        t.holdAll(t.mro);
        t.track();
        return t;
    }

    /** Takes a reference to each type of {@code types} but this one. */
    private void holdAll(PyType[] types) {
        for (PyType t : types) {
            if (t != this) {
                t.incref();
            }
        }
    }

    /** Drops the references {@link #holdAll} took. */
    private void releaseAll(PyType[] types) {
        for (PyType t : types) {
            if (t != this) {
                t.decref();
            }
        }
    }

    @Override
    public boolean gcCapable() {
        return !builtin;
    }

    @Override
    public void traverse(Visitor v) {
        if (builtin) {
            return;
        }
        if (metatype != null) {
            v.visit(metatype);
        }
        if (nameObject != null) {
            v.visit(nameObject);
        }
        if (dictView != null) {
            v.visit(dictView);
        }
        for (PyObject value : dict.values()) {
            v.visit(value);
        }
        v.visit(base);
        for (PyType t : bases) {
            v.visit(t);
        }
        for (PyType t : mro) {
            if (t != this) {
                v.visit(t);
            }
        }
    }

    /**
     * Drops what a class owns, when its last reference goes or the collector breaks a cycle
     * through it. It stays a valid Java object: its bases and MRO arrays keep their entries (the
     * objects of a cycle being freed may still ask whether they are instances of it), its
     * namespace is empty and its caches forget it.
     */
    @Override
    public void releaseReferences() {
        if (builtin || released) {
            return;
        }
        released = true;
        for (PyType b : bases) {
            b.removeSubclass(this);
        }
        List<PyObject> values = new ArrayList<>(dict.values());
        dict.clear();
        lookupCache = null;
        invalidateVersion();
        for (PyObject value : values) {
            value.decref();
        }
        PyObject view = dictView;
        dictView = null;
        PyObject.xdecref(view);
        PyObject n = nameObject;
        nameObject = null;
        PyObject.xdecref(n);
        PyType meta = metatype;
        metatype = null;
        PyObject.xdecref(meta);
        releaseAll(bases);
        base.decref();
        releaseAll(mro);
    }

    @Override
    public PyType type() {
        return metatype == null ? TYPE : metatype;
    }

    public String name() {
        return name;
    }

    /** {@code __name__}: a class's name, or a builtin's without its module ({@code stat_result}). */
    public String simpleName() {
        return builtin ? qualname : name;
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    /** {@code C.__name__ = value}: the str as given (a str subclass stays one), and its text. */
    void setName(PyObject value) {
        PyObject.xdecref(nameObject);
        this.nameObject = PyObject.newRef(value);
        this.name = value.toString();
    }

    /** The object {@code __name__} gives: the one last assigned, or a new str. */
    PyObject nameObject() {
        return nameObject != null ? PyObject.newRef(nameObject) : org.krait.runtime.objects.PyStr.of(simpleName());
    }

    /** Replaces the MRO by what a metaclass's {@code mro()} gave (checked by the caller). */
    void setMro(PyType[] newMro) {
        replaceMro(newMro);
        invalidateVersion();
    }

    private void replaceMro(PyType[] newMro) {
        PyType[] old = mro;
        if (!builtin) {
            holdAll(newMro);
        }
        mro = newMro;
        if (!builtin) {
            releaseAll(old);
        }
    }

    /** The first base ({@code __base__}), or null for {@code object}. */
    public PyType base() {
        return base;
    }

    public PyType[] bases() {
        return bases.clone();
    }

    /** The method resolution order, this type first. */
    public PyType[] mro() {
        return mro.clone();
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** Changes whenever this type's namespace or bases change; caches key on it. */
    public int versionTag() {
        return versionTag;
    }

    /**
     * Whether attribute lookup on this type's instances is {@code object}'s generic one, with no
     * {@code __getattr__}: then a missing name can be reported without raising AttributeError.
     */
    public boolean hasGenericGetAttr() {
        return slots[Slot.GETATTRIBUTE.ordinal()] == BaseSlots.OBJECT_GETATTRIBUTE && slots[Slot.GETATTR.ordinal()] == null;
    }

    /** Whether this type is {@code other} or a subtype of it. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Looks {@code attr} up in the namespaces along the MRO ({@code _PyType_Lookup}); borrowed, or null. */
    public PyObject lookup(String attr) {
        LookupEntry[] cache = lookupCache;
        if (cache == null) {
            cache = new LookupEntry[LOOKUP_CACHE_SIZE];
            lookupCache = cache;
        }
        int i = attr.hashCode() & (LOOKUP_CACHE_SIZE - 1);
        LookupEntry e = cache[i];
        int version = versionTag;
        if (e != null && e.version == version && (e.name == attr || e.name.equals(attr))) {
            return e.value;
        }
        PyObject v = null;
        for (PyType t : mro) {
            v = t.dict.get(attr);
            if (v != null) {
                break;
            }
        }
        // A builtin type is shared by every interpreter: its entries are written once, so that
        // threads of different interpreters looking up colliding names do not keep rewriting
        // (and bouncing between their caches) the same slot; the loser walks the short MRO.
        if (!builtin || e == null || e.version != version) {
            cache[i] = new LookupEntry(attr, version, v);
        }
        return v;
    }

    /**
     * One remembered MRO lookup (CPython's type attribute cache): valid while the type keeps
     * the version tag it had, since any change along its MRO gives it a new tag. Immutable, so
     * threads sharing a builtin type read whole entries.
     */
    private static final class LookupEntry {
        final String name;
        final int version;
        /** Borrowed from a namespace along the MRO; null when the name is not there. */
        final PyObject value;

        LookupEntry(String name, int version, PyObject value) {
            this.name = name;
            this.version = version;
            this.value = value;
        }
    }

    /** This type's own namespace entry; borrowed, or null. */
    public PyObject getOwn(String attr) {
        return dict.get(attr);
    }

    /** The names in this type's own namespace, in definition order. */
    public List<String> ownNames() {
        return new ArrayList<>(dict.keySet());
    }

    /** Sets {@code attr} in the namespace (the type keeps a reference), updating slots and the version. */
    public void setAttribute(String attr, PyObject value) {
        value.incref();
        PyObject old = dict.put(attr, value);
        if (dictView != null) {
            dictView.setItem(attr, value);
        }
        PyObject.xdecref(old);
        changed(attr);
    }

    /** Removes {@code attr}; false if absent. */
    public boolean deleteAttribute(String attr) {
        PyObject old = dict.remove(attr);
        if (old == null) {
            return false;
        }
        if (dictView != null) {
            dictView.delItemIfPresent(org.krait.runtime.objects.PyStr.of(attr));
        }
        old.decref();
        changed(attr);
        return true;
    }

    /** The dict a {@code __dict__} mappingproxy shows (borrowed): live, since every change to the namespace reaches it. */
    org.krait.runtime.objects.PyDict dictView() {
        if (builtin) {
            return builtinDictView();
        }
        if (dictView == null) {
            org.krait.runtime.objects.PyDict d = new org.krait.runtime.objects.PyDict();
            for (Map.Entry<String, PyObject> e : dict.entrySet()) {
                d.setItem(e.getKey(), e.getValue());
            }
            dictView = d;
        }
        return dictView;
    }

    /**
     * A builtin type's dict view, made once for every interpreter: immortal, with interned keys,
     * so interpreters reading it on several threads never write to it or its keys.
     */
    private synchronized org.krait.runtime.objects.PyDict builtinDictView() {
        if (dictView == null) {
            org.krait.runtime.objects.PyDict d = new org.krait.runtime.objects.PyDict();
            for (Map.Entry<String, PyObject> e : dict.entrySet()) {
                d.setItem(org.krait.runtime.objects.PyStr.intern(e.getKey()), e.getValue());
            }
            dictView = d.immortal();
        }
        return dictView;
    }

    private void changed(String attr) {
        invalidateVersion();
        Slot s = attr.equals("__delete__") ? Slot.SET : Slot.ofDunder(attr);
        if (s != null && !builtin) {
            SlotDispatchers.refresh(this, s);
        }
    }

    /**
     * Gives this type and, recursively, its subclasses new version tags: a lookup through any of
     * their MROs may now find something else, so every cache keyed on an old tag must miss.
     */
    private void invalidateVersion() {
        versionTag++;
        for (PyType sub : subclasses()) {
            sub.invalidateVersion();
        }
    }

    private void addSubclass(PyType sub) {
        if (builtin && !sub.builtin) {
            World.current().addSubclass(this, sub);
        } else {
            subclasses.add(sub);
        }
    }

    private void removeSubclass(PyType sub) {
        if (builtin && !sub.builtin) {
            World.current().removeSubclass(this, sub);
        } else {
            subclasses.remove(sub);
        }
    }

    /** Defines a builtin attribute while the type is being built (a method descriptor, a constant). */
    public PyType define(String attr, PyObject value) {
        dict.put(attr, value.immortal());
        if (dictView != null) {
            dictView.setItem(attr, value);
        }
        invalidateVersion();
        return this;
    }

    /** Defines the builtin method {@code attr} implemented by {@code impl} (self, args, kwnames). */
    public PyType method(String attr, Signature.Call impl) {
        return define(attr, new PyMethodDescr(this, attr, impl));
    }

    /** Defines the builtin method {@code attr} whose arguments (after self) {@code spec} checks first. */
    public PyType method(String attr, ArgSpec spec, Signature.Call impl) {
        return define(attr, new PyMethodDescr(this, attr, spec, impl));
    }

    /** Fills {@code slot} with {@code function}, which must implement the slot's Signature interface. */
    public PyType slot(Slot slot, Object function) {
        slots[slot.ordinal()] = function;
        if (builtin) {
            // As CPython's type slots, a builtin's slot is also a method in its namespace.
            if (function != null) {
                dict.put(slot.dunder, new PyWrapperDescr(this, slot, function).immortal());
                if (slot == Slot.SET) {
                    // tp_descr_set also deletes: descr.__delete__(obj)
                    Signature.Setter set = (Signature.Setter) function;
                    dict.put("__delete__", new PyMethodDescr(this, "__delete__", ArgSpec.ONE, (self, a, kw) -> {
                        set.set(self, a[0], null);
                        return org.krait.runtime.objects.PyNoneType.NONE;
                    }).immortal());
                }
            } else if (slot == Slot.HASH) {
                dict.put(slot.dunder, org.krait.runtime.objects.PyNoneType.NONE);
            } else {
                dict.remove(slot.dunder);
            }
            invalidateVersion();
        }
        for (PyType sub : subclasses) {
            sub.inheritSlot(slot, function);
        }
        return this;
    }

    /** Passes a base's new slot down to builtin subclasses that do not define it themselves. */
    private void inheritSlot(Slot slot, Object function) {
        if (builtin && getOwn(slot.dunder) == null) {
            slots[slot.ordinal()] = function;
            for (PyType sub : subclasses) {
                sub.inheritSlot(slot, function);
            }
        }
    }

    /** Sets how {@code object.__new__} makes an instance of this type and its subclasses. */
    public PyType instances(Function<PyType, PyObject> factory) {
        this.instanceFactory = factory;
        return this;
    }

    /** A fresh instance for {@code object.__new__(cls)}, or null if this type cannot make one so. */
    public PyObject newInstance() {
        return instanceFactory == null ? null : instanceFactory.apply(this);
    }

    /** How many {@code __slots__} values an instance of this class holds (its bases' included). */
    public int memberSlots() {
        return memberSlots;
    }

    /** Whether instances of this class have a {@code __dict__} (false for {@code __slots__} without one). */
    public boolean hasInstanceDict() {
        return instanceDict;
    }

    /** The names of the {@code __slots__} members of instances, by index. */
    String[] slotNames() {
        return slotNames;
    }

    /** Whether instances of this class can be weakly referenced ({@code __weakref__}). */
    public boolean hasInstanceWeakref() {
        return instanceWeakref;
    }

    void setLayout(String[] slotNames, boolean instanceDict, boolean instanceWeakref) {
        this.memberSlots = slotNames.length;
        this.slotNames = slotNames;
        this.instanceDict = instanceDict;
        this.instanceWeakref = instanceWeakref;
    }

    /** Whether instances of this class and of {@code other} have the same layout, so {@code __class__} may change between them. */
    boolean sameLayout(PyType other) {
        return instanceDict == other.instanceDict && instanceWeakref == other.instanceWeakref
                && java.util.Arrays.equals(slotNames, other.slotNames) && instanceFactory == other.instanceFactory;
    }

    /** Defines an entry of a class's own namespace while it is being built (a {@code __slots__} member). */
    void defineOwn(String attr, PyObject value) {
        PyObject.xdecref(dict.put(attr, value));
        invalidateVersion();
    }

    /** Takes {@code attr} out of the namespace of a class being built, returning it (owned) or null. */
    PyObject removeOwn(String attr) {
        return dict.remove(attr);
    }

    public boolean isAbstract() {
        return isAbstract;
    }

    void setAbstract(boolean isAbstract) {
        this.isAbstract = isAbstract;
    }

    /**
     * Replaces the bases ({@code C.__bases__ = ...}, checked by the caller): a new MRO for this
     * class and its subclasses, which also get their slots again.
     */
    void setBases(PyType[] newBases, PyType newBase) {
        PyType[] newMro = Mro.compute(this, newBases);
        for (PyType b : bases) {
            b.removeSubclass(this);
        }
        PyType[] oldBases = bases;
        PyType oldBase = base;
        holdAll(newBases);
        newBase.incref();
        bases = newBases;
        base = newBase;
        releaseAll(oldBases);
        oldBase.decref();
        replaceMro(newMro);
        for (PyType b : bases) {
            b.addSubclass(this);
        }
        recomputeSubclassMros();
        invalidateVersion();
        refreshAllSlots();
    }

    private void recomputeSubclassMros() {
        for (PyType sub : subclasses()) {
            sub.replaceMro(Mro.compute(sub, sub.bases));
            sub.recomputeSubclassMros();
        }
    }

    private void refreshAllSlots() {
        SlotDispatchers.install(this);
        for (PyType sub : subclasses()) {
            sub.refreshAllSlots();
        }
    }

    /** Marks this type as one that classes cannot derive from. */
    public PyType finalType() {
        acceptableBase = false;
        return this;
    }

    public boolean isAcceptableBase() {
        return acceptableBase;
    }

    /** Whether {@code slot} is filled. */
    public boolean has(Slot slot) {
        return slots[slot.ordinal()] != null;
    }

    /** The slot's function, or null when empty: callers check with {@link #has} or raise their own TypeError. */
    public Object raw(Slot slot) {
        return slots[slot.ordinal()];
    }

    public Signature.Unary unary(Slot slot) {
        return (Signature.Unary) slots[slot.ordinal()];
    }

    public Signature.Binary binary(Slot slot) {
        return (Signature.Binary) slots[slot.ordinal()];
    }

    public Signature.Ternary ternary(Slot slot) {
        return (Signature.Ternary) slots[slot.ordinal()];
    }

    public Signature.Call call(Slot slot) {
        return (Signature.Call) slots[slot.ordinal()];
    }

    public Signature.Setter setter(Slot slot) {
        return (Signature.Setter) slots[slot.ordinal()];
    }

    public Signature.Deleter deleter(Slot slot) {
        return (Signature.Deleter) slots[slot.ordinal()];
    }

    public Signature.Predicate predicate(Slot slot) {
        return (Signature.Predicate) slots[slot.ordinal()];
    }

    public Signature.Contains contains() {
        return (Signature.Contains) slots[Slot.CONTAINS.ordinal()];
    }

    public Signature.Length length() {
        return (Signature.Length) slots[Slot.LEN.ordinal()];
    }

    public Signature.Hash hash() {
        return (Signature.Hash) slots[Slot.HASH.ordinal()];
    }

    /**
     * The direct subclasses ({@code __subclasses__()}): for a builtin type, the builtin ones, then
     * the classes of the running interpreter.
     */
    List<PyType> subclasses() {
        if (!builtin) {
            return subclasses;
        }
        List<PyType> own = World.current().subclassesOf(this);
        if (own.isEmpty()) {
            return subclasses;
        }
        List<PyType> all = new ArrayList<>(subclasses);
        all.addAll(own);
        return all;
    }

    void resetSlot(Slot slot, Object function) {
        slots[slot.ordinal()] = function;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
