package org.krait.runtime.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * {@code zipimport.zipimporter}: imports from a zip or jar file named on {@code sys.path},
 * optionally with a path inside it ({@code /path/app.jar/lib/python}). CPython: Lib/zipimport.py.
 */
public final class PyZipImporter extends ArchiveImporter {

    public static final PyType TYPE = PyType.builtin("zipimport.zipimporter", PyType.OBJECT);
    /** {@code zipimport.ZipImportError}. */
    public static final PyType ZIP_IMPORT_ERROR = PyType.builtin("zipimport.ZipImportError", ExceptionTypes.IMPORT_ERROR);

    static {
        TYPE.instances(PyZipImporter::new);
        TYPE.slot(Slot.INIT, ArgSpec.positional(1, 1).checked("zipimporter", (self, a, kw) -> {
            ((PyZipImporter) self).open(a[0]);
            return PyNoneType.NONE;
        }));
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> {
            PyZipImporter z = (PyZipImporter) self;
            return PyStr.of("<zipimporter object \"" + z.archivePath + "/" + z.prefix + "\">");
        });
        defineMethods(TYPE);
    }

    private String archivePath = "";
    private String prefix = "";
    private ZipArchive archive;

    private PyZipImporter(PyType type) {
        super(type);
    }

    private void open(PyObject pathArg) {
        if (!(pathArg instanceof PyStr)) {
            throw PythonException.typeError("expected str, not " + org.krait.runtime.ops.ObjectOps.repr(pathArg.type()));
        }
        String path = pathArg.toString();
        if (path.isEmpty()) {
            throw error("archive path is empty", pathArg);
        }
        Deque<String> inner = new ArrayDeque<>();
        String p = path;
        while (true) {
            Path file = Path.of(p);
            if (Files.exists(file)) {
                if (!Files.isRegularFile(file)) {
                    throw error("not a Zip file", PyStr.of(p));
                }
                break;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                throw error("not a Zip file", PyStr.of(p));
            }
            inner.push(p.substring(slash + 1));
            p = p.substring(0, slash);
        }
        archive = ZipArchive.open(p);
        if (archive == null) {
            throw error("not a Zip file", PyStr.of(p));
        }
        archivePath = p;
        prefix = inner.isEmpty() ? "" : String.join("/", inner) + "/";
        PyStr a = PyStr.of(archivePath);
        setField("archive", a);
        a.decref();
        PyStr pre = PyStr.of(prefix);
        setField("prefix", pre);
        pre.decref();
    }

    private static PythonException error(String msg, PyObject path) {
        PythonException e = PythonException.of(ZIP_IMPORT_ERROR, msg);
        PyStr m = PyStr.of(msg);
        e.exception().dict().setItem("msg", m);
        m.decref();
        e.exception().dict().setItem("name", PyNoneType.NONE);
        e.exception().dict().setItem("path", path);
        return e;
    }

    @Override
    String archiveName() {
        return archivePath;
    }

    @Override
    String prefix() {
        return prefix;
    }

    @Override
    Archive archive() {
        return archive;
    }

    @Override
    PythonException notFound(String message, String fullname) {
        PythonException e = PythonException.of(ZIP_IMPORT_ERROR, message);
        PyStr m = PyStr.of(message);
        PyStr n = PyStr.of(fullname);
        e.exception().dict().setItem("msg", m);
        e.exception().dict().setItem("name", n);
        e.exception().dict().setItem("path", PyNoneType.NONE);
        m.decref();
        n.decref();
        return e;
    }
}
