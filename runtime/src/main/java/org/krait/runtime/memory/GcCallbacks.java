package org.krait.runtime.memory;

import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;

/**
 * A collection framed by the calls of {@code gc.callbacks}: each is called with the phase
 * ("start", "stop") and an info dict (generation, collected, uncollectable). CPython:
 * {@code invoke_gc_callback} in Modules/gcmodule.c.
 */
final class GcCallbacks {

    private GcCallbacks() {
    }

    /** Collects generation {@code gen} between the callbacks; returns collected plus uncollectable. */
    static long collectWithCallbacks(GcHeap heap, int gen) {
        invoke(heap, "start", gen, 0, 0);
        long[] r = Collector.collect(heap, gen);
        invoke(heap, "stop", gen, r[0], r[1]);
        return r[0] + r[1];
    }

    private static void invoke(GcHeap heap, String phase, int gen, long collected, long uncollectable) {
        if (!(heap.callbacks instanceof PyList list) || list.size() == 0) {
            return;
        }
        PyDict info = new PyDict();
        put(info, "generation", gen);
        put(info, "collected", collected);
        put(info, "uncollectable", uncollectable);
        PyStr p = PyStr.of(phase);
        PyObject[] cbs = list.toArray();
        for (PyObject cb : cbs) {
            cb.incref();
        }
        try {
            for (PyObject cb : cbs) {
                try {
                    CallOps.call(cb, p, info).decref();
                } catch (PythonException e) {
                    Unraisable.report(e.exception(), null, cb);
                    e.exception().decref();
                }
            }
        } finally {
            for (PyObject cb : cbs) {
                cb.decref();
            }
            p.decref();
            info.decref();
        }
    }

    private static void put(PyDict d, String key, long value) {
        PyInt v = PyInt.of(value);
        d.setItem(key, v);
        v.decref();
    }
}
