package org.krait.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.ops.SequenceOps;

@DisplayName("list")
class PyListTest {

    private static PyList ints(long... v) {
        PyList l = new PyList();
        for (long x : v) {
            l.append(PyInt.of(x));
        }
        return l;
    }

    @Test
    void sortIsStableAndReverseKeepsEqualItemsInOrder() {
        PyList l = PyList.of(PyTuple.of(PyInt.of(1), PyStr.of("a")), PyTuple.of(PyInt.of(0), PyStr.of("b")),
                PyTuple.of(PyInt.of(1), PyStr.of("c")));
        ListMethods.sortItems(l, null, true);
        assertEquals("[(1, 'c'), (1, 'a'), (0, 'b')]", ObjectOps.repr(l).toString());
        PyList m = ints(3, 1, 2, 1);
        ListMethods.sortItems(m, null, false);
        assertEquals("[1, 1, 2, 3]", ObjectOps.repr(m).toString());
    }

    @Test
    void slicesReadAndAssign() {
        PyList l = ints(0, 1, 2, 3, 4, 5);
        assertEquals("[5, 3, 1]", ObjectOps.repr(SequenceOps.getItem(l, new PySlice(PyNoneType.NONE, PyNoneType.NONE,
                PyInt.of(-2)))).toString());
        SequenceOps.setItem(l, new PySlice(PyInt.of(1), PyInt.of(3), PyNoneType.NONE), ints(9));
        assertEquals("[0, 9, 3, 4, 5]", ObjectOps.repr(l).toString());
    }

    @Test
    void indexErrorsUseCPythonsMessages() {
        PythonException e = assertThrows(PythonException.class, () -> SequenceOps.getItem(ints(1), PyInt.of(5)));
        assertTrue(e.matches(ExceptionTypes.INDEX_ERROR));
        assertEquals("IndexError: list index out of range", e.getMessage());
        PythonException pop = assertThrows(PythonException.class,
                () -> CallOps.call(ObjectOps.getAttr(new PyList(), "pop")));
        assertEquals("IndexError: pop from empty list", pop.getMessage());
    }

    @Test
    void reprOfARecursiveList() {
        PyList l = ints(1);
        l.append(l);
        assertEquals("[1, [...]]", ObjectOps.repr(l).toString());
    }

    @Test
    void ownsItsItems() {
        PyList inner = new PyList();
        PyList outer = new PyList();
        outer.append(inner);
        assertEquals(2, inner.refcnt());
        outer.decref();
        assertEquals(1, inner.refcnt());
    }
}
