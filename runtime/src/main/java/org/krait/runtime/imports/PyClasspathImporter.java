package org.krait.runtime.imports;

import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;
import org.krait.runtime.types.Signature;
import org.krait.runtime.types.Slot;

/**
 * The path hook and finder for {@code sys.path} entries {@code classpath:PREFIX}: Python modules
 * and packages stored as Java resources under {@code PREFIX/} of the interpreter's class loader
 * (see {@link ImportSystem#setClassLoader}), as a host application ships plugins inside its jar.
 */
public final class PyClasspathImporter extends ArchiveImporter {

    /** How a {@code sys.path} entry names the class path. */
    public static final String SCHEME = "classpath:";

    public static final PyType TYPE = PyType.builtin("krait.ClasspathImporter", PyType.OBJECT);

    static {
        TYPE.instances(PyClasspathImporter::new);
        TYPE.slot(Slot.INIT, ArgSpec.positional(1, 1).checked("ClasspathImporter", (self, a, kw) -> {
            ((PyClasspathImporter) self).open(a[0].toString());
            return PyNoneType.NONE;
        }));
        TYPE.slot(Slot.REPR, (Signature.Unary) self -> PyStr.of("<ClasspathImporter object \"" + ((PyClasspathImporter) self).name + "\">"));
        defineMethods(TYPE);
    }

    private String name = SCHEME;
    private String prefix = "";
    private ClassLoaderArchive archive;

    private PyClasspathImporter(PyType type) {
        super(type);
    }

    private void open(String entry) {
        if (!entry.startsWith(SCHEME)) {
            PyStr p = PyStr.of(entry);
            try {
                throw ImportErrors.importError("not a class path entry", null, p);
            } finally {
                p.decref();
            }
        }
        String root = entry.substring(SCHEME.length());
        while (root.startsWith("/")) {
            root = root.substring(1);
        }
        while (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        name = SCHEME + root;
        archive = new ClassLoaderArchive(ThreadState.current().interpreter().imports().classLoader(), root);
        PyStr a = PyStr.of(name);
        setField("archive", a);
        a.decref();
    }

    @Override
    String archiveName() {
        return name;
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
        PyStr n = PyStr.of(fullname);
        try {
            return ImportErrors.importError(message, n, null);
        } finally {
            n.decref();
        }
    }
}
