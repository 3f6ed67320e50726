package org.krait.runtime.io;

import java.util.Arrays;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.SequenceOps;
import org.krait.runtime.types.PyGetSetDescr;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code _io.StringIO}: an in-memory text stream of code points, with StringIO's newline modes
 * (translation happens when text is written). CPython: Modules/_io/stringio.c.
 */
public final class PyStringIO extends PyTextIOBase {

    public static final PyType TYPE = PyType.builtin("_io.StringIO", PyTextIOBase.TYPE);

    static {
        TYPE.instances(PyStringIO::new);
        TYPE.slot(Slot.INIT, (Signature.Call) (self, a, kw) -> {
            PyObject[] p = IoArgs.bind("StringIO", a, kw, 0, "initial_value", "newline");
            ((PyStringIO) self).init(p[0], p[1]);
            return PyNoneType.NONE;
        });
        TYPE.slot(Slot.NEXT, (Signature.Unary) self -> {
            PyStringIO s = (PyStringIO) self;
            PyObject line = s.isExactly(TYPE) ? s.readline(-1) : CallOps.callMethod(self, "readline");
            if (SequenceOps.length(line) == 0) {
                line.decref();
                return null;
            }
            return line;
        });
        TYPE.method("getvalue", (self, a, kw) -> {
            PyStringIO s = ((PyStringIO) self).checkOpen();
            return PyStr.ofCodePoints(Arrays.copyOf(s.buf, s.size));
        });
        TYPE.method("read", (self, a, kw) -> {
            IoArgs.positional("read", a, kw, 0, 1);
            PyStringIO s = ((PyStringIO) self).checkOpen();
            long n = IoArgs.size(a.length > 0 ? a[0] : null);
            int avail = Math.max(0, s.size - s.pos);
            int k = n < 0 || n > avail ? avail : (int) n;
            PyStr r = k == 0 ? PyStr.EMPTY : PyStr.ofCodePoints(Arrays.copyOfRange(s.buf, s.pos, s.pos + k));
            s.pos += k;
            return r;
        });
        TYPE.method("readline", (self, a, kw) -> {
            IoArgs.positional("readline", a, kw, 0, 1);
            return ((PyStringIO) self).checkOpen().readline(IoArgs.size(a.length > 0 ? a[0] : null));
        });
        TYPE.method("write", (self, a, kw) -> {
            PyObject o = IoArgs.positional("write", a, kw, 1, 1)[0];
            PyStringIO s = ((PyStringIO) self).checkOpen();
            if (!(o instanceof PyStr)) {
                throw PythonException.typeError("string argument expected, got '" + o.type().name() + "'");
            }
            s.write(((PyStr) o).codePoints());
            return PyInt.of(((PyStr) o).length());
        });
        TYPE.method("tell", (self, a, kw) -> PyInt.of(((PyStringIO) self).checkOpen().pos));
        TYPE.method("seek", (self, a, kw) -> {
            IoArgs.positional("seek", a, kw, 1, 2);
            PyStringIO s = ((PyStringIO) self).checkOpen();
            long pos = IoArgs.integer(a[0]);
            long whence = a.length > 1 ? IoArgs.integer(a[1]) : 0;
            if (whence < 0 || whence > 2) {
                throw PythonException.valueError("Invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            if (pos < 0 && whence == 0) {
                throw PythonException.valueError("Negative seek position " + pos);
            }
            if (whence != 0 && pos != 0) {
                throw PythonException.of(org.krait.runtime.objects.exceptions.ExceptionTypes.OS_ERROR,
                        "Can't do nonzero cur-relative seeks");
            }
            s.pos = whence == 1 ? s.pos : whence == 2 ? s.size : (int) Math.min(pos, Integer.MAX_VALUE - 8);
            return PyInt.of(s.pos);
        });
        TYPE.method("truncate", (self, a, kw) -> {
            IoArgs.positional("truncate", a, kw, 0, 1);
            PyStringIO s = ((PyStringIO) self).checkOpen();
            long size = a.length > 0 && a[0] != PyNoneType.NONE ? IoArgs.integer(a[0]) : s.pos;
            if (size < 0) {
                throw PythonException.valueError("Negative size value " + size);
            }
            if (size < s.size) {
                s.size = (int) size;
            }
            return PyInt.of(size);
        });
        TYPE.method("readable", (self, a, kw) -> PyBool.of(((PyStringIO) self).checkOpen() != null));
        TYPE.method("writable", (self, a, kw) -> PyBool.of(((PyStringIO) self).checkOpen() != null));
        TYPE.method("seekable", (self, a, kw) -> PyBool.of(((PyStringIO) self).checkOpen() != null));
        TYPE.method("close", (self, a, kw) -> {
            ((PyStringIO) self).closed = true;
            return PyNoneType.NONE;
        });
        TYPE.define("closed", new PyGetSetDescr(TYPE, "closed", self -> PyBool.of(((PyStringIO) self).closed), null));
        TYPE.define("line_buffering", new PyGetSetDescr(TYPE, "line_buffering", self -> {
            ((PyStringIO) self).checkOpen();
            return PyBool.FALSE;
        }, null));
        TYPE.define("newlines", new PyGetSetDescr(TYPE, "newlines", self -> ((PyStringIO) self).checkOpen().newlines(), null));
    }

    private int[] buf = new int[0];
    private int size;
    private int pos;
    private boolean closed;
    /** Universal-newline reading ({@code newline} None or ""), translating when None. */
    private boolean readUniversal;
    private boolean readTranslate;
    /** The line end of a non-universal reader. */
    private String readNl = "\n";
    /** What "\n" becomes when written ("\r" or "\r\n"), or null. */
    private String writeNl;
    private int seen;

    private PyStringIO(PyType type) {
        super(type);
    }

    private void init(PyObject initial, PyObject newlineArg) {
        String nl = "\n";
        if (newlineArg != null) {
            nl = IoArgs.strOrNone(newlineArg, "StringIO", "newline");
        }
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PythonException.valueError("illegal newline value: " + nl);
        }
        if (initial != null && initial != PyNoneType.NONE && !(initial instanceof PyStr)) {
            throw PythonException.typeError("initial_value must be str or None, not " + initial.type().name());
        }
        readUniversal = nl == null || nl.isEmpty();
        readTranslate = nl == null;
        readNl = nl == null || nl.isEmpty() ? null : nl;
        writeNl = nl != null && nl.startsWith("\r") ? nl : null;
        buf = new int[0];
        size = pos = 0;
        seen = 0;
        closed = false;
        if (initial instanceof PyStr) {
            write(((PyStr) initial).codePoints());
            pos = 0;
        }
    }

    private PyStringIO checkOpen() {
        if (closed) {
            throw PythonException.valueError("I/O operation on closed file");
        }
        return this;
    }

    @Override
    boolean closedState() {
        return closed;
    }

    /** Writes at the position, translating newlines as the mode says. */
    private void write(int[] text) {
        if (readUniversal) {
            text = universal(text);
        }
        if (writeNl != null) {
            text = replaceNewlines(text, writeNl);
        }
        int end = pos + text.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, 0);
        }
        System.arraycopy(text, 0, buf, pos, text.length);
        pos = end;
        size = Math.max(size, end);
    }

    /** Notes the newline kinds and, when translating, makes "\r\n" and "\r" into "\n". */
    private int[] universal(int[] text) {
        int[] out = new int[text.length];
        int n = 0;
        for (int i = 0; i < text.length; i++) {
            int c = text[i];
            if (c == '\r') {
                boolean crlf = i + 1 < text.length && text[i + 1] == '\n';
                seen |= crlf ? TextDecoder.SEEN_CRLF : TextDecoder.SEEN_CR;
                if (readTranslate) {
                    out[n++] = '\n';
                } else {
                    out[n++] = '\r';
                    if (crlf) {
                        out[n++] = '\n';
                    }
                }
                if (crlf) {
                    i++;
                }
                continue;
            }
            if (c == '\n') {
                seen |= TextDecoder.SEEN_LF;
            }
            out[n++] = c;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int[] replaceNewlines(int[] text, String nl) {
        int count = 0;
        for (int c : text) {
            if (c == '\n') {
                count++;
            }
        }
        if (count == 0) {
            return text;
        }
        int[] out = new int[text.length + count * (nl.length() - 1)];
        int n = 0;
        for (int c : text) {
            if (c == '\n') {
                for (int k = 0; k < nl.length(); k++) {
                    out[n++] = nl.charAt(k);
                }
            } else {
                out[n++] = c;
            }
        }
        return out;
    }

    private PyObject readline(long limit) {
        int start = Math.min(pos, size);
        int end = size;
        if (limit >= 0 && start + limit < end) {
            end = (int) (start + limit);
        }
        int i = start;
        int stop = end;
        while (i < end) {
            int c = buf[i];
            if (readTranslate || !readUniversal) {
                String nl = readTranslate ? "\n" : readNl;
                if (c == nl.charAt(0) && (nl.length() == 1 || i + 1 < size && buf[i + 1] == nl.charAt(1))) {
                    stop = Math.min(end, i + nl.length());
                    break;
                }
            } else if (c == '\n') {
                stop = i + 1;
                break;
            } else if (c == '\r') {
                stop = i + 1 < end && buf[i + 1] == '\n' ? i + 2 : i + 1;
                break;
            }
            i++;
        }
        pos = Math.max(pos, stop);
        return stop <= start ? PyStr.EMPTY : PyStr.ofCodePoints(Arrays.copyOfRange(buf, start, stop));
    }

    private PyObject newlines() {
        if (!readUniversal || seen == 0) {
            return PyNoneType.NONE;
        }
        String[] kinds = {"\r", "\n", "\r\n"};
        int[] bits = {TextDecoder.SEEN_CR, TextDecoder.SEEN_LF, TextDecoder.SEEN_CRLF};
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if ((seen & bits[i]) != 0) {
                out.add(PyStr.of(kinds[i]));
            }
        }
        if (out.size() == 1) {
            return out.get(0);
        }
        PyTuple t = PyTuple.of(out.toArray(new PyObject[0]));
        for (PyObject o : out) {
            o.decref();
        }
        return t;
    }
}
