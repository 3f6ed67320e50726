package org.krait.runtime.modules;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.memory.GcHeap;
import org.krait.runtime.memory.GcObject;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyModule;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.NumberOps;
import org.krait.runtime.types.ArgSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code gc} module: the interface to the cycle collector. CPython: Modules/gcmodule.c. */
public final class GcModule {

    /** The krait.gc logger, made on first use: SLF4J warns on stderr when it has no provider. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger("krait.gc");
    }

    private static final String DOC = "This module provides access to the garbage collector for reference cycles.\n\n"
            + "enable() -- Enable automatic garbage collection.\n"
            + "disable() -- Disable automatic garbage collection.\n"
            + "isenabled() -- Returns true if automatic collection is enabled.\n"
            + "collect() -- Do a full collection right now.\n"
            + "get_count() -- Return the current collection counts.\n"
            + "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
            + "set_debug() -- Set debugging flags.\n"
            + "get_debug() -- Get debugging flags.\n"
            + "set_threshold() -- Set the collection thresholds.\n"
            + "get_threshold() -- Return the current the collection thresholds.\n"
            + "get_objects() -- Return a list of all objects tracked by the collector.\n"
            + "is_tracked() -- Returns true if a given object is tracked.\n"
            + "is_finalized() -- Returns true if a given object has been already finalized.\n"
            + "get_referrers() -- Return the list of objects that refer to an object.\n"
            + "get_referents() -- Return the list of objects that an object refers to.\n"
            + "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
            + "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
            + "get_freeze_count() -- Return the number of objects in the permanent generation.\n";

    private GcModule() {
    }

    public static PyModule create(Interpreter interp) {
        GcHeap heap = interp.heap();
        PyDict d = new PyDict();
        PyModule m = new PyModule("gc", d);
        put(d, "__doc__", PyStr.of(DOC));
        put(d, "DEBUG_STATS", PyInt.of(GcHeap.DEBUG_STATS));
        put(d, "DEBUG_COLLECTABLE", PyInt.of(GcHeap.DEBUG_COLLECTABLE));
        put(d, "DEBUG_UNCOLLECTABLE", PyInt.of(GcHeap.DEBUG_UNCOLLECTABLE));
        put(d, "DEBUG_SAVEALL", PyInt.of(GcHeap.DEBUG_SAVEALL));
        put(d, "DEBUG_LEAK", PyInt.of(GcHeap.DEBUG_COLLECTABLE | GcHeap.DEBUG_UNCOLLECTABLE | GcHeap.DEBUG_SAVEALL));
        if (heap.garbage == null) {
            heap.garbage = new PyList();
            heap.callbacks = new PyList();
        }
        d.setItem("garbage", heap.garbage);
        d.setItem("callbacks", heap.callbacks);
        heap.debugOut = line -> debugLine(interp, line);
        define(d, "enable", ArgSpec.NOARGS, (s, a, kw) -> {
            heap.enabled = true;
            return PyNoneType.NONE;
        });
        define(d, "disable", ArgSpec.NOARGS, (s, a, kw) -> {
            heap.enabled = false;
            return PyNoneType.NONE;
        });
        define(d, "isenabled", ArgSpec.NOARGS, (s, a, kw) -> PyBool.of(heap.enabled));
        define(d, "collect", ArgSpec.keywords(0, "generation"), (s, a, kw) -> {
            int gen = a.length > 0 && a[0] != null ? cInt(a[0]) : 2;
            if (gen < 0 || gen >= GcHeap.GENERATIONS) {
                throw PythonException.valueError("invalid generation");
            }
            return PyInt.of(heap.collect(gen));
        });
        define(d, "get_count", ArgSpec.NOARGS, (s, a, kw) -> ints(heap.counts[0], heap.counts[1], heap.counts[2]));
        define(d, "get_threshold", ArgSpec.NOARGS,
                (s, a, kw) -> ints(heap.thresholds[0], heap.thresholds[1], heap.thresholds[2]));
        define(d, "set_threshold", ArgSpec.tuple(1, 3), (s, a, kw) -> {
            for (int i = 0; i < a.length; i++) {
                heap.thresholds[i] = cInt(a[i]);
            }
            return PyNoneType.NONE;
        });
        define(d, "set_debug", ArgSpec.ONE, (s, a, kw) -> {
            heap.debug = cInt(a[0]);
            return PyNoneType.NONE;
        });
        define(d, "get_debug", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(heap.debug));
        define(d, "get_stats", ArgSpec.NOARGS, (s, a, kw) -> stats(heap));
        define(d, "get_objects", ArgSpec.keywords(0, "generation"), (s, a, kw) -> {
            int gen = -1;
            if (a.length > 0 && a[0] != null && a[0] != PyNoneType.NONE) {
                gen = cInt(a[0]);
                if (gen >= GcHeap.GENERATIONS) {
                    throw PythonException.valueError("generation parameter must be less than the number of available generations ("
                            + GcHeap.GENERATIONS + ")");
                }
                if (gen < 0) {
                    throw PythonException.valueError("generation parameter cannot be negative");
                }
            }
            return listOf(heap.objects(gen), null);
        });
        define(d, "is_tracked", ArgSpec.ONE, (s, a, kw) -> PyBool.of(a[0] instanceof GcObject g && g.isTracked()));
        define(d, "is_finalized", ArgSpec.ONE, (s, a, kw) -> PyBool.of(a[0] instanceof GcObject g && g.isFinalized()));
        define(d, "get_referents", ArgSpec.VARARGS, (s, a, kw) -> {
            PyList out = new PyList();
            for (PyObject o : a) {
                if (o instanceof GcObject g) {
                    g.traverse(out::append);
                }
            }
            return out;
        });
        define(d, "get_referrers", ArgSpec.VARARGS, (s, a, kw) -> referrers(heap, a));
        define(d, "freeze", ArgSpec.NOARGS, (s, a, kw) -> {
            heap.freeze();
            return PyNoneType.NONE;
        });
        define(d, "unfreeze", ArgSpec.NOARGS, (s, a, kw) -> {
            heap.unfreeze();
            return PyNoneType.NONE;
        });
        define(d, "get_freeze_count", ArgSpec.NOARGS, (s, a, kw) -> PyInt.of(heap.freezeCount()));
        m.adoptFunctions();
        d.decref();
        return m;
    }

    private static PyObject referrers(GcHeap heap, PyObject[] targets) {
        Map<PyObject, Boolean> wanted = new IdentityHashMap<>();
        for (PyObject t : targets) {
            wanted.put(t, Boolean.TRUE);
        }
        List<GcObject> found = new ArrayList<>();
        for (GcObject o : heap.objects(-1)) {
            boolean[] hit = {false};
            o.traverse(r -> {
                if (wanted.containsKey(r)) {
                    hit[0] = true;
                }
            });
            if (hit[0]) {
                found.add(o);
            }
        }
        return listOf(found, null);
    }

    private static PyList listOf(List<GcObject> objects, PyObject skip) {
        PyList out = new PyList();
        for (GcObject o : objects) {
            if (o != skip) {
                out.append(o);
            }
        }
        return out;
    }

    private static PyObject stats(GcHeap heap) {
        PyList out = new PyList();
        for (int g = 0; g < GcHeap.GENERATIONS; g++) {
            PyDict s = new PyDict();
            put(s, "collections", PyInt.of(heap.stats[g][0]));
            put(s, "collected", PyInt.of(heap.stats[g][1]));
            put(s, "uncollectable", PyInt.of(heap.stats[g][2]));
            out.append(s);
            s.decref();
        }
        return out;
    }

    /** DEBUG_STATS and DEBUG_COLLECTABLE output: sys.stderr, as CPython writes it, and the krait.gc log. */
    private static void debugLine(Interpreter interp, String line) {
        Log.LOG.debug(line.strip());
        PyModule sys = interp.loadedModule("sys");
        PyObject err = sys == null ? null : sys.dict().getItem("stderr");
        if (err == null || err == PyNoneType.NONE) {
            interp.err().print(line);
            return;
        }
        PyStr s = PyStr.of(line);
        try {
            CallOps.callMethod(err, "write", s).decref();
        } catch (PythonException e) {
            // Nowhere to report a failure to write a debugging line; CPython ignores it too.
            e.exception().decref();
        } finally {
            s.decref();
        }
    }

    private static PyTuple ints(long a, long b, long c) {
        PyInt x = PyInt.of(a);
        PyInt y = PyInt.of(b);
        PyInt z = PyInt.of(c);
        PyTuple t = PyTuple.of(x, y, z);
        x.decref();
        y.decref();
        z.decref();
        return t;
    }

    private static void put(PyDict d, String key, PyObject value) {
        d.setItem(key, value);
        value.decref();
    }

    private static int cInt(PyObject o) {
        if (o instanceof PyFloat) {
            throw PythonException.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt i = NumberOps.index(o);
        long v = i.asLong();
        i.decref();
        if (v != (int) v) {
            throw PythonException.overflow("Python int too large to convert to C int");
        }
        return (int) v;
    }
}
