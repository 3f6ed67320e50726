package org.krait.runtime.marshal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.krait.runtime.bytecode.ExceptionTable;
import org.krait.runtime.bytecode.LineTable;
import org.krait.runtime.bytecode.Opcode;
import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;

/** The Java entry points the import system builds {@code .pyc} files on. */
class MarshalTest {

    private static PyCode code(String name, PyObject... consts) {
        byte[] instructions = {(byte) Opcode.RESUME.ordinal(), 0, (byte) Opcode.LOAD_CONST.ordinal(), 0,
            (byte) Opcode.RETURN_VALUE.ordinal(), 0};
        return new PyCode(1, 0, 0, 1, PyCode.CO_OPTIMIZED | PyCode.CO_NEWLOCALS, instructions, consts,
                new String[] {"print"}, new String[] {"x"}, new byte[] {PyCode.KIND_LOCAL}, "m.py", name, "outer." + name,
                7, LineTable.encode(new int[] {7, 8, 8}, 7), ExceptionTable.encode(java.util.List.of()));
    }

    @Test
    void codeObjectsRoundTripWithEveryField() {
        PyCode inner = code("inner", PyNoneType.NONE);
        PyCode outer = code("f", PyInt.of(5), inner, PyStr.of("text"), new PyFloat(2.5));
        PyCode back = (PyCode) Marshal.loads(Marshal.dumps(outer, Marshal.VERSION));
        assertEquals("f", back.name);
        assertEquals("outer.f", back.qualname);
        assertEquals("m.py", back.filename);
        assertEquals(7, back.firstlineno);
        assertEquals(outer.flags, back.flags);
        assertArrayEquals(outer.code, back.code);
        assertArrayEquals(outer.names, back.names);
        assertArrayEquals(outer.localsplusnames, back.localsplusnames);
        assertArrayEquals(outer.localspluskinds, back.localspluskinds);
        assertArrayEquals(outer.linetable, back.linetable);
        assertArrayEquals(outer.exceptiontable, back.exceptiontable);
        assertEquals(4, back.consts.length);
        assertEquals("inner", ((PyCode) back.consts[1]).name);
        assertEquals("outer.inner", ((PyCode) back.consts[1]).qualname);
    }

    @Test
    void basicTypesHaveCPythonBytes() {
        // A fresh tuple (one reference) of small ints (shared, so flagged).
        PyTuple t = PyTuple.of(PyInt.of(1), PyInt.of(2));
        assertArrayEquals(new byte[] {')', 2, (byte) 0xe9, 1, 0, 0, 0, (byte) 0xe9, 2, 0, 0, 0},
                Marshal.dumps(t, Marshal.VERSION));
        assertArrayEquals(new byte[] {'N'}, Marshal.dumps(PyNoneType.NONE, 2));
    }

    @Test
    void streamingReaderReportsWhereEachValueEnds() {
        byte[] a = Marshal.dumps(PyInt.of(1), Marshal.VERSION);
        byte[] b = Marshal.dumps(PyStr.of("two words"), Marshal.VERSION);
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        MarshalReader r = new MarshalReader(both, 0);
        assertEquals(1, ((PyInt) r.readObject()).intValue());
        assertEquals(a.length, r.position());
        assertEquals("two words", r.readObject().toString());
        assertEquals(both.length, r.position());
    }

    @Test
    void damagedCodeIsRejectedNotRun() {
        byte[] data = Marshal.dumps(code("f", PyInt.of(5)), Marshal.VERSION);
        // Every truncation fails with a Python exception, never a Java one.
        for (int n = 0; n < data.length; n++) {
            byte[] part = java.util.Arrays.copyOf(data, n);
            assertThrows(PythonException.class, () -> Marshal.loads(part));
        }
        // LOAD_CONST 0 becomes LOAD_CONST 9: out of range of the constants.
        byte[] bad = data.clone();
        for (int i = 0; i + 3 < bad.length; i++) {
            if (bad[i] == Opcode.LOAD_CONST.ordinal() && bad[i + 1] == 0 && bad[i + 2] == Opcode.RETURN_VALUE.ordinal()) {
                bad[i + 1] = 9;
                break;
            }
        }
        PythonException e = assertThrows(PythonException.class, () -> Marshal.loads(bad));
        assertTrue(e.getMessage().contains("bad marshal data"), e.getMessage());
    }
}
