package org.krait.runtime.objects.exceptions;

import org.krait.runtime.objects.PyObject;
import org.krait.runtime.types.PyType;

/**
 * One entry of a traceback: where an exception passed through a frame. CPython:
 * Python/traceback.c. Unlike CPython's it records the code's file, name and the line instead of
 * the frame itself, since frames belong to the interpreter layer.
 */
public final class PyTraceback extends PyObject {

    public static final PyType TYPE = PyType.builtin("traceback", PyType.OBJECT)
            .slot(org.krait.runtime.types.Slot.GETATTRIBUTE, (org.krait.runtime.types.Signature.Binary) (t, n) -> {
                PyTraceback tb = (PyTraceback) t;
                switch (n.toString()) {
                    case "tb_next":
                        return newRef(tb.next == null ? org.krait.runtime.objects.PyNoneType.NONE : tb.next);
                    case "tb_lineno":
                        return org.krait.runtime.objects.PyInt.of(tb.lineno);
                    case "tb_lasti":
                        return org.krait.runtime.objects.PyInt.of(tb.lasti);
                    case "tb_frame":
                        return newRef(tb.frame == null ? org.krait.runtime.objects.PyNoneType.NONE : tb.frame);
                    default:
                        return org.krait.runtime.ops.ObjectOps.genericGetAttr(t, (org.krait.runtime.objects.PyStr) n, null);
                }
            });

    private final PyTraceback next;
    private final String filename;
    private final String name;
    private final int lineno;
    private final int endLineno;
    private final int colOffset;
    private final int endColOffset;
    /** The frame (an interpreter object, kept opaque here), or null. */
    private PyObject frame;
    /** {@code tb_lasti}: the byte offset of the instruction that raised, or -1 unknown. */
    private int lasti = -1;

    /** An entry for a frame, in front of the entries of the frames it called ({@code next}). */
    public PyTraceback(PyTraceback next, String filename, String name, int lineno) {
        this(next, filename, name, new int[] {lineno, lineno, -1, -1});
    }

    /** An entry whose instruction covers {line, endLine, col, endCol} (UTF-8 byte columns, -1 unknown). */
    public PyTraceback(PyTraceback next, String filename, String name, int[] position) {
        this.next = next == null ? null : newRef(next);
        this.filename = filename;
        this.name = name;
        this.lineno = position[0];
        this.endLineno = position[1];
        this.colOffset = position[2];
        this.endColOffset = position[3];
    }

    /** Records the frame the entry belongs to (the traceback keeps a reference) and the byte offset of its instruction. */
    public void setFrame(PyObject f, int lasti) {
        frame = newRef(f);
        this.lasti = lasti;
    }

    @Override
    public void releaseReferences() {
        xdecref(next);
        xdecref(frame);
    }

    public int endLineno() {
        return endLineno;
    }

    /** The UTF-8 byte column where the failing instruction's source starts, or -1. */
    public int colOffset() {
        return colOffset;
    }

    public int endColOffset() {
        return endColOffset;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The entry of the frame called from this one, or null. */
    public PyTraceback next() {
        return next;
    }

    public String filename() {
        return filename;
    }

    public String name() {
        return name;
    }

    public int lineno() {
        return lineno;
    }
}
