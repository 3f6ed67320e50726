package org.krait.runtime.imports;

import org.krait.runtime.bytecode.PyCode;
import org.krait.runtime.marshal.Marshal;
import org.krait.runtime.marshal.MarshalReader;
import org.krait.runtime.objects.PyObject;

/** The door from .pyc files to {@code marshal}: code objects to bytes and back. */
final class CodeMarshal {

    private CodeMarshal() {
    }

    /** Whether code objects can be serialised (the seam for a runtime without marshal). */
    static boolean available() {
        return true;
    }

    /** A code object's marshal bytes, in the newest format. */
    static byte[] dumps(PyCode code) {
        return Marshal.dumps(code, Marshal.VERSION);
    }

    /** The object marshalled in {@code data} from {@code offset} (new reference); EOFError or ValueError for bad data. */
    static PyObject loads(byte[] data, int offset) {
        return new MarshalReader(data, offset).readObject();
    }
}
