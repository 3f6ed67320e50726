package org.krait.runtime.objects;

import org.krait.runtime.memory.GcObject;
import org.krait.runtime.types.PyType;

/**
 * The references of an instance of a class, for the cycle collector: its {@code __dict__} is
 * part of it (CPython 3.11's managed dict), so the instance reports the dict's values itself,
 * then its class. A dict that something else also refers to ({@code d = obj.__dict__}) is
 * left out: its values then look referred to from outside, which can keep a cycle, never free a
 * live object.
 */
final class InstanceTraversal {

    private InstanceTraversal() {
    }

    static void dictAndType(PyObject self, PyDict dict, PyType type, GcObject.Visitor v) {
        if (dict != null && dict.refcnt() == 1) {
            dict.traverseValues(v);
        }
        if (type != null) {
            v.visit(type);
        }
    }
}
