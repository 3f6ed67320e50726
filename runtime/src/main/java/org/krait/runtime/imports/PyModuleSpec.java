package org.krait.runtime.imports;

import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code ModuleSpec}: what a finder found and how to load it. Its state lives in its dict under
 * CPython's names ({@code name}, {@code loader}, {@code origin}, {@code loader_state},
 * {@code submodule_search_locations}, {@code _set_fileattr}, {@code _cached}, and
 * {@code _initializing} while the module runs). CPython: ModuleSpec in Lib/importlib/_bootstrap.py.
 */
public final class PyModuleSpec extends ImportObject {

    public static final PyType TYPE = PyType.builtin("_frozen_importlib.ModuleSpec", PyType.OBJECT);

    static {
        TYPE.instances(PyModuleSpec::new);
        TYPE.slot(Slot.INIT, bound(ArgSpec.keywords(2, "name", "loader", "*", "origin", "loader_state", "is_package"), "__init__", (self, a, kw) -> {
                    PyModuleSpec spec = (PyModuleSpec) self;
                    spec.init(a[0], a[1], arg(a, 2), arg(a, 3));
                    boolean pkg = a.length > 4 && a[4] != null && ObjectOps.isTrue(a[4]);
                    if (pkg) {
                        PyList l = new PyList();
                        spec.setField("submodule_search_locations", l);
                        l.decref();
                    }
                    return PyNoneType.NONE;
                }));
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> ((PyModuleSpec) self).repr());
        TYPE.slot(Slot.EQ, (Signature.Binary) (a, b) -> ((PyModuleSpec) a).eq(b));
        TYPE.slot(Slot.HASH, null);
        TYPE.define("cached", new PyGetSetDescr(TYPE, "cached", self -> PyObject.newRef(((PyModuleSpec) self).cached()),
                (self, v) -> ((PyModuleSpec) self).setField("_cached", v == null ? PyNoneType.NONE : v)));
        TYPE.define("parent", new PyGetSetDescr(TYPE, "parent", self -> ((PyModuleSpec) self).parent(), null));
        TYPE.define("has_location", new PyGetSetDescr(TYPE, "has_location",
                self -> PyObject.newRef(PyBool.of(((PyModuleSpec) self).hasLocation())),
                (self, v) -> ((PyModuleSpec) self).setField("_set_fileattr", PyBool.of(v != null && ObjectOps.isTrue(v)))));
    }

    private PyModuleSpec(PyType type) {
        super(type);
    }

    /** {@code ModuleSpec(name, loader, origin=origin)}; {@code loader} and {@code origin} may be None. */
    public static PyModuleSpec of(String name, PyObject loader, String origin) {
        PyModuleSpec spec = new PyModuleSpec(TYPE);
        PyStr n = PyStr.of(name);
        PyStr o = origin == null ? null : PyStr.of(origin);
        spec.init(n, loader, o, null);
        n.decref();
        PyObject.xdecref(o);
        return spec;
    }

    /**
     * {@code spec_from_file_location(name, location, loader=loader, submodule_search_locations=locations)}:
     * a spec whose origin is a file; {@code loader} None picks the loader by the file's suffix (null
     * is returned for an unknown one); {@code locations} null asks the loader whether it is a
     * package. New reference.
     */
    public static PyObject fromFileLocation(String name, String location, PyObject loader, PyObject locations) {
        if (!location.startsWith("/") && !location.startsWith("<") && !location.startsWith(PyClasspathImporter.SCHEME)) {
            location = java.nio.file.Path.of("").toAbsolutePath().resolve(location).toString();
        }
        PyObject made = null;
        if (loader == PyNoneType.NONE) {
            if (location.endsWith(".py")) {
                made = new PySourceFileLoader(PySourceFileLoader.TYPE, name, location);
            } else if (location.endsWith(".pyc")) {
                made = new PySourcelessFileLoader(PySourcelessFileLoader.TYPE, name, location);
            } else {
                return null;
            }
            loader = made;
        }
        PyModuleSpec spec = of(name, loader, location);
        PyObject.xdecref(made);
        spec.setFileAttributes();
        if (locations == null) {
            PyObject isPackage = ObjectOps.lookupAttr(loader, PyStr.of("is_package"));
            if (isPackage != null) {
                try {
                    PyStr n = PyStr.of(name);
                    PyObject r = org.krait.runtime.ops.CallOps.call(isPackage, n);
                    n.decref();
                    if (ObjectOps.isTrue(r)) {
                        PyList l = new PyList();
                        spec.setField("submodule_search_locations", l);
                        l.decref();
                    }
                    r.decref();
                } catch (org.krait.runtime.objects.exceptions.PythonException e) {
                    if (!e.matches(org.krait.runtime.objects.exceptions.ExceptionTypes.IMPORT_ERROR)) {
                        spec.decref();
                        throw e;
                    }
                } finally {
                    isPackage.decref();
                }
            }
        } else {
            spec.setField("submodule_search_locations", locations);
        }
        PyObject l = spec.searchLocations();
        if (l instanceof PyList && ((PyList) l).size() == 0) {
            int slash = location.lastIndexOf('/');
            PyStr dir = PyStr.of(slash < 0 ? "" : location.substring(0, slash));
            ((PyList) l).append(dir);
            dir.decref();
        }
        return spec;
    }

    private static PyObject arg(PyObject[] a, int i) {
        return i < a.length ? a[i] : null;
    }

    private void init(PyObject name, PyObject loader, PyObject origin, PyObject loaderState) {
        setField("name", name);
        setField("loader", loader);
        setField("origin", origin == null ? PyNoneType.NONE : origin);
        setField("loader_state", loaderState == null ? PyNoneType.NONE : loaderState);
        setField("submodule_search_locations", PyNoneType.NONE);
        PyList pending = new PyList();
        setField("_uninitialized_submodules", pending);
        pending.decref();
        setField("_set_fileattr", PyBool.FALSE);
        setField("_cached", PyNoneType.NONE);
    }

    public String name() {
        return stringField("name");
    }

    /** The loader, or None (borrowed). */
    public PyObject loader() {
        return field("loader");
    }

    /** The origin (a file's path, {@code 'built-in'}...), or null. */
    public String origin() {
        return stringField("origin");
    }

    /** {@code submodule_search_locations} (borrowed): a list for a package, else None. */
    public PyObject searchLocations() {
        return field("submodule_search_locations");
    }

    public boolean isPackage() {
        return searchLocations() != PyNoneType.NONE;
    }

    /** Marks the spec as one whose origin is a file: {@code __file__} and {@code __cached__} are set from it. */
    void setFileAttributes() {
        setField("_set_fileattr", PyBool.TRUE);
    }

    boolean hasLocation() {
        return ObjectOps.isTrue(field("_set_fileattr"));
    }

    /** Whether the module is still running its body (an import of it is under way). */
    public boolean initializing() {
        PyObject v = dict().getItem("_initializing");
        return v != null && ObjectOps.isTrue(v);
    }

    void setInitializing(boolean on) {
        setField("_initializing", PyBool.of(on));
    }

    /** {@code spec.cached}: the .pyc path for a source origin, computed on first use (borrowed). */
    PyObject cached() {
        PyObject cached = field("_cached");
        String origin = origin();
        if (cached == PyNoneType.NONE && origin != null && hasLocation()) {
            String c = PycFiles.cachedFor(origin);
            if (c != null) {
                PyStr s = PyStr.of(c);
                setField("_cached", s);
                s.decref();
                return field("_cached");
            }
        }
        return cached;
    }

    /** {@code spec.parent}: the package the module belongs to ({@code ''} at the top level); new reference. */
    private PyObject parent() {
        PyObject name = field("name");
        if (isPackage() || !(name instanceof PyStr)) {
            return PyObject.newRef(name);
        }
        String n = name.toString();
        return PyStr.of(n.substring(0, Math.max(0, n.lastIndexOf('.'))));
    }

    private PyObject repr() {
        StringBuilder sb = new StringBuilder(type().qualname()).append('(');
        sb.append("name=").append(ObjectOps.repr(field("name"))).append(", loader=").append(ObjectOps.repr(loader()));
        if (field("origin") != PyNoneType.NONE) {
            sb.append(", origin=").append(ObjectOps.repr(field("origin")));
        }
        if (isPackage()) {
            sb.append(", submodule_search_locations=").append(ObjectOps.str(searchLocations()));
        }
        return PyStr.of(sb.append(')').toString());
    }

    private PyObject eq(PyObject other) {
        if (!(other instanceof PyModuleSpec)) {
            return PyNotImplementedType.NOT_IMPLEMENTED;
        }
        PyModuleSpec o = (PyModuleSpec) other;
        boolean same = ObjectOps.equal(field("name"), o.field("name")) && ObjectOps.equal(loader(), o.loader())
                && ObjectOps.equal(field("origin"), o.field("origin"))
                && ObjectOps.equal(searchLocations(), o.searchLocations())
                && ObjectOps.equal(cached(), o.cached()) && hasLocation() == o.hasLocation();
        return PyBool.of(same);
    }

    /** The spec of {@code module} if it has a {@link PyModuleSpec} one, else null. */
    public static PyModuleSpec of(PyObject module) {
        if (module instanceof org.krait.runtime.objects.PyModule) {
            PyObject s = ((org.krait.runtime.objects.PyModule) module).dict().getItem("__spec__");
            return s instanceof PyModuleSpec ? (PyModuleSpec) s : null;
        }
        return null;
    }
}
