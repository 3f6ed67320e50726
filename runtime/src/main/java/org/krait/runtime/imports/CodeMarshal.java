package org.krait.runtime.imports;

import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.objects.PyObject;

/** The door from .pyc files to {@code marshal}: code objects to bytes and back. */
final class CodeMarshal {

    private CodeMarshal() {
    }

    /** Whether code objects can be serialised: false until the marshal module is there. */
    static boolean available() {
        return false;
    }

    static byte[] dumps(PyCode code) {
        throw new UnsupportedOperationException("marshal is not available");
    }

    /** The object marshalled in {@code data} from {@code offset} (new reference); EOFError or ValueError for bad data. */
    static PyObject loads(byte[] data, int offset) {
        throw new UnsupportedOperationException("marshal is not available");
    }
}
