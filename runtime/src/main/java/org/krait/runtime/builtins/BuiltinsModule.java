package org.krait.runtime.builtins;

import static org.krait.runtime.objects.PyBuiltinFunctionOrMethod.define;

import org.krait.runtime.interpreter.Interpreter;
import org.krait.runtime.interpreter.PyFrame;
import org.krait.runtime.interpreter.ThreadState;
import org.krait.runtime.objects.PyBool;
import org.krait.runtime.objects.PyCell;
import org.krait.runtime.objects.PyClassmethod;
import org.krait.runtime.objects.PyDict;
import org.krait.runtime.objects.PyEllipsis;
import org.krait.runtime.objects.PyEnumerate;
import org.krait.runtime.objects.PyFilter;
import org.krait.runtime.objects.PyFloat;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyList;
import org.krait.runtime.objects.PyMap;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyNotImplementedType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyProperty;
import org.krait.runtime.objects.PyRange;
import org.krait.runtime.objects.PyReversed;
import org.krait.runtime.objects.PySet;
import org.krait.runtime.objects.PySlice;
import org.krait.runtime.objects.PyStaticmethod;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.PySuper;
import org.krait.runtime.io.PyTextIOWrapper;
import org.krait.runtime.objects.PyTuple;
import org.krait.runtime.objects.PyZip;
import org.krait.runtime.objects.exceptions.ExceptionTypes;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.CallOps;
import org.krait.runtime.ops.ObjectOps;
import org.krait.runtime.types.ArgSpec;
import org.krait.runtime.types.PyType;

/**
 * The {@code builtins} module: fills an interpreter's builtins namespace with the builtin
 * types, functions, constants and exceptions. CPython: Python/bltinmodule.c.
 */
public final class BuiltinsModule {

    private BuiltinsModule() {
    }

    /** Fills {@code interp}'s builtins and registers the builtin modules. */
    public static void install(Interpreter interp) {
        PyDict b = interp.builtins();
        PySuper.setFrameArguments(BuiltinsModule::superArguments);
        org.krait.runtime.types.ObjectReduce.setImporter(name -> ThreadState.current().interpreter().importModule(name));
        org.krait.runtime.types.TypeNew.setCallerGlobals(() -> {
            ThreadState ts = ThreadState.current();
            PyFrame f = ts == null ? null : ts.frame();
            return f == null ? null : f.globals();
        });
        put(b, "None", PyNoneType.NONE);
        put(b, "True", PyBool.TRUE);
        put(b, "False", PyBool.FALSE);
        put(b, "Ellipsis", PyEllipsis.ELLIPSIS);
        put(b, "__debug__", PyBool.TRUE);
        put(b, "NotImplemented", PyNotImplementedType.NOT_IMPLEMENTED);
        PyType[] types = {PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyStr.TYPE, PyList.TYPE,
            PyTuple.TYPE, org.krait.runtime.objects.PyComplex.TYPE, PyDict.TYPE, PySet.TYPE, PySet.FROZEN_TYPE, PyRange.TYPE, PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE,
            PyReversed.TYPE, PySlice.TYPE, org.krait.runtime.objects.PyBytes.TYPE, org.krait.runtime.objects.PyBytearray.TYPE, org.krait.runtime.objects.PyMemoryView.TYPE, PyProperty.TYPE, PyStaticmethod.TYPE, PyClassmethod.TYPE, PySuper.TYPE};
        for (PyType t : types) {
            put(b, t.name(), t);
        }
        for (PyType t : ExceptionTypes.ALL) {
            put(b, t.name(), t);
        }
        put(b, "IOError", ExceptionTypes.OS_ERROR);
        put(b, "EnvironmentError", ExceptionTypes.OS_ERROR);
        define(b, "len", ArgSpec.ONE, BuiltinFunctions::len);
        define(b, "repr", ArgSpec.ONE, BuiltinFunctions::repr);
        define(b, "abs", ArgSpec.ONE, BuiltinFunctions::abs);
        define(b, "hash", ArgSpec.ONE, BuiltinFunctions::hash);
        define(b, "id", ArgSpec.ONE, BuiltinFunctions::id);
        define(b, "next", ArgSpec.positional(1, 2), BuiltinFunctions::next);
        define(b, "isinstance", ArgSpec.positional(2, 2), BuiltinFunctions::isinstance);
        define(b, "issubclass", ArgSpec.positional(2, 2), BuiltinFunctions::issubclass);
        define(b, "callable", ArgSpec.ONE, BuiltinFunctions::callable);
        define(b, "getattr", ArgSpec.positional(2, 3), BuiltinFunctions::getattr);
        define(b, "setattr", ArgSpec.positional(3, 3), BuiltinFunctions::setattr);
        define(b, "delattr", ArgSpec.positional(2, 2), BuiltinFunctions::delattr);
        define(b, "hasattr", ArgSpec.positional(2, 2), BuiltinFunctions::hasattr);
        define(b, "min", (s, a, kw) -> BuiltinFunctions.minmax("min", ObjectOps.LT, a, kw));
        define(b, "max", (s, a, kw) -> BuiltinFunctions.minmax("max", ObjectOps.GT, a, kw));
        define(b, "sum", ArgSpec.keywords(1, "iterable", "/", "start"), BuiltinFunctions::sum);
        define(b, "sorted", BuiltinFunctions::sorted);
        define(b, "any", ArgSpec.ONE, BuiltinFunctions::any);
        define(b, "all", ArgSpec.ONE, BuiltinFunctions::all);
        define(b, "chr", ArgSpec.ONE, BuiltinFunctions::chr);
        define(b, "ord", ArgSpec.ONE, BuiltinFunctions::ord);
        define(b, "hex", ArgSpec.ONE, (s, a, kw) -> BuiltinFunctions.radix(a, 16));
        define(b, "oct", ArgSpec.ONE, (s, a, kw) -> BuiltinFunctions.radix(a, 8));
        define(b, "bin", ArgSpec.ONE, (s, a, kw) -> BuiltinFunctions.radix(a, 2));
        define(b, "divmod", ArgSpec.positional(2, 2), BuiltinFunctions::divmod);
        define(b, "pow", ArgSpec.keywords(2, "base", "exp", "mod"), BuiltinFunctions::pow);
        define(b, "round", ArgSpec.keywords(1, "number", "ndigits"), BuiltinFunctions::round);
        define(b, "format", ArgSpec.positional(1, 2), BuiltinFunctions::format);
        define(b, "ascii", ArgSpec.ONE, BuiltinFunctions::ascii);
        define(b, "dir", ArgSpec.positional(0, 1), (s, a, kw) -> {
            if (a.length == 0) {
                PyObject locals = currentFrame().localsDict();
                PyList names = new PyList();
                try {
                    if (locals instanceof PyDict d) {
                        for (int i = 0; i < d.entryBound(); i++) {
                            if (d.keyAt(i) != null) {
                                names.append(d.keyAt(i));
                            }
                        }
                    } else {
                        // A class body whose namespace is not a dict: the names its keys() gives.
                        PyObject keysMethod = ObjectOps.getAttr(locals, "keys");
                        PyObject keys;
                        try {
                            keys = CallOps.call(keysMethod);
                        } finally {
                            keysMethod.decref();
                        }
                        try {
                            names.extend(keys);
                        } finally {
                            keys.decref();
                        }
                    }
                } finally {
                    locals.decref();
                }
                CallOps.call(ObjectOps.getAttr(names, "sort")).decref();
                return names;
            }
            return BuiltinFunctions.dir(s, a, kw);
        });
        define(b, "__import__", ArgSpec.keywords(1, "name", "globals", "locals", "fromlist", "level"), (s, a, kw) -> {
            PyObject globals = a.length > 1 && a[1] != null && a[1] != PyNoneType.NONE ? a[1] : null;
            PyObject fromlist = a.length > 3 ? a[3] : null;
            int level = 0;
            if (a.length > 4 && a[4] != null) {
                if (!(a[4] instanceof org.krait.runtime.objects.PyInt)) {
                    throw PythonException.typeError("'" + a[4].type().name() + "' object cannot be interpreted as an integer");
                }
                level = ((org.krait.runtime.objects.PyInt) a[4]).intValue();
            }
            return interp.imports().importModuleLevel(a[0], globals, fromlist, level);
        });
        interp.imports().setBuiltinImport(b.getItem("__import__"));
        define(b, "print", (s, a, kw) -> print(interp, a, kw));
        define(b, "input", (s, a, kw) -> input(interp, a, kw));
        define(b, "open", org.krait.runtime.io.IoModule::open);
        define(b, "__build_class__", (s, a, kw) -> BuildClass.build(interp, a, kw));
        define(b, "globals", ArgSpec.NOARGS, (s, a, kw) -> PyObject.newRef(callerFunctionGlobals()));
        define(b, "locals", ArgSpec.NOARGS, (s, a, kw) -> currentFrame().localsDict());
        define(b, "vars", ArgSpec.positional(0, 1), (s, a, kw) -> {
            if (a.length == 0) {
                return currentFrame().localsDict();
            }
            PyObject d = ObjectOps.lookupAttr(a[0], PyStr.of("__dict__"));
            if (d == null) {
                throw PythonException.typeError("vars() argument must have __dict__ attribute");
            }
            return d;
        });
        define(b, "iter", ArgSpec.positional(1, 2), (s, a, kw) -> {
            if (a.length == 2) {
                if (!a[0].type().has(org.krait.runtime.types.Slot.CALL)) {
                    throw PythonException.typeError("iter(v, w): v must be callable");
                }
                return new org.krait.runtime.objects.PyCallableIterator(a[0], a[1]);
            }
            return BuiltinFunctions.iter(s, a, kw);
        });
        define(b, "aiter", ArgSpec.ONE, BuiltinFunctions::aiter);
        define(b, "anext", ArgSpec.positional(1, 2), BuiltinFunctions::anext);
        define(b, "breakpoint", (s, a, kw) -> BreakpointHook.breakpoint(interp, a, kw));
        define(b, "help", (s, a, kw) -> {
            throw PythonException.of(ExceptionTypes.NOT_IMPLEMENTED_ERROR, "help() is not supported by Krait yet (it needs pydoc)");
        });
        define(b, "compile", ArgSpec.keywords(3, "source", "filename", "mode", "flags", "dont_inherit", "optimize", "*", "_feature_version"), (s, a, kw) -> {
            if (a[0] instanceof org.krait.runtime.bytecode.PyCode) {
                return PyObject.newRef(a[0]);
            }
            PyObject ast = compiledAst(interp, a);
            if (ast != null) {
                return ast;
            }
            String mode = a[2].toString();
            if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
                throw PythonException.valueError("compile() mode must be 'exec', 'eval' or 'single'");
            }
            return org.krait.runtime.imports.SourceCompiler.get().compile(sourceText(a[0], "compile"), a[1].toString(), a[2].toString());
        });
        define(b, "exec", (s, a, kw) -> {
            runSource(interp, a, kw, "exec").decref();
            return PyNoneType.NONE;
        });
        define(b, "eval", ArgSpec.positional(1, 3), (s, a, kw) -> runSource(interp, a, kw, "eval"));
        org.krait.runtime.objects.PyModule module = new org.krait.runtime.objects.PyModule("builtins", b);
        module.adoptFunctions();
        interp.registerBuiltinModule("builtins", i -> module);
        interp.registerBuiltinModule("sys", SysModule::create);
        interp.registerBuiltinModule("math", MathModule::create);
        interp.registerBuiltinModule("marshal", org.krait.runtime.marshal.MarshalModule::create);
        interp.registerBuiltinModule("opcode", org.krait.runtime.introspect.OpcodeModule::create);
        interp.registerBuiltinModule("_dis", org.krait.runtime.introspect.DisModule::create);
        interp.registerBuiltinModule("_krait_ast", org.krait.runtime.introspect.AstModule::create);
        interp.registerBuiltinModule("gc", org.krait.runtime.modules.GcModule::create);
        interp.registerBuiltinModule("_weakref", org.krait.runtime.modules.WeakrefModule::create);
        org.krait.runtime.memory.Unraisable.setReporter(org.krait.runtime.interpreter.Unraisable::reportFromModel);
        interp.registerBuiltinModule("_io", org.krait.runtime.io.IoModule::createPrivate);
        interp.registerBuiltinModule("io", org.krait.runtime.io.IoModule::createPublic);
        interp.registerBuiltinModule("posix", org.krait.runtime.modules.PosixModule::create);
        interp.registerBuiltinModule("errno", org.krait.runtime.modules.ErrnoModule::create);
        interp.registerBuiltinModule("time", org.krait.runtime.modules.TimeModule::create);
        interp.registerBuiltinModule("jarray", org.krait.runtime.java.JarrayModule::create);
        interp.registerBuiltinModule("_thread", org.krait.runtime.modules.ThreadModule::create);
        interp.registerBuiltinModule("atexit", org.krait.runtime.modules.AtexitModule::create);
        interp.registerBuiltinModule("_interpreters", InterpretersModule::create);
        interp.setStreamFlusher(() -> {
            org.krait.runtime.objects.PyModule sys = interp.loadedModule("sys");
            PyObject err = sys == null ? null : sys.dict().getItem("stderr");
            PyObject out = sys == null ? null : sys.dict().getItem("stdout");
            org.krait.runtime.io.StdStreams.flushAtExit(interp, err, out);
        });
        org.krait.runtime.imports.ImportModules.register(interp);
        interp.snapshotBuiltins();
        if (interp.config().flags().noSite() == 0) {
            SiteQuitters.install(b, interp);
        }
        interp.registerBuiltinModule("warnings", WarningsModule::create);
        interp.registerBuiltinModule("_warnings", i -> (org.krait.runtime.objects.PyModule) i.importModule("warnings"));
        WarningsModule.install();
    }

    private static void put(PyDict b, String name, PyObject value) {
        b.setItem(name, value);
    }

    /** {@code print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False)}. */
    private static PyObject print(Interpreter interp, PyObject[] a, String[] kw) {
        String sep = " ";
        String end = "\n";
        PyObject file = null;
        boolean flush = false;
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        for (int i = 0; i < nkw; i++) {
            PyObject v = a[npos + i];
            switch (kw[i]) {
                case "sep":
                    if (v != PyNoneType.NONE) {
                        if (!(v instanceof PyStr)) {
                            throw PythonException.typeError("sep must be None or a string, not " + v.type().name());
                        }
                        sep = v.toString();
                    }
                    break;
                case "end":
                    if (v != PyNoneType.NONE) {
                        if (!(v instanceof PyStr)) {
                            throw PythonException.typeError("end must be None or a string, not " + v.type().name());
                        }
                        end = v.toString();
                    }
                    break;
                case "file":
                    file = v == PyNoneType.NONE ? null : v;
                    break;
                case "flush":
                    flush = ObjectOps.isTrue(v);
                    break;
                default:
                    throw PythonException.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
            }
        }
        if (file == null) {
            file = SysModule.currentStream(interp, "stdout");
            if (file == PyNoneType.NONE) {
                // sys.stdout may be None (no console): print then writes nothing.
                return PyNoneType.NONE;
            }
        }
        if (file.getClass() == PyTextIOWrapper.class && file.type() == PyTextIOWrapper.TYPE) {
            // The common case in one write, as the separate writes CPython makes would give the same bytes.
            PyTextIOWrapper text = (PyTextIOWrapper) file;
            StringBuilder sb = new StringBuilder(64);
            try {
                for (int i = 0; i < npos; i++) {
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(ObjectOps.str(a[i]));
                }
                sb.append(end);
            } finally {
                // What was converted before a failing str() is written, as CPython has written it by then.
                if (sb.length() > 0) {
                    text.write(sb.toString());
                }
            }
            if (flush) {
                text.flush();
            }
            return PyNoneType.NONE;
        }
        PyObject write = ObjectOps.getAttr(file, "write");
        try {
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    writeText(write, sep);
                }
                PyStr s = ObjectOps.str(a[i]);
                try {
                    CallOps.call(write, s).decref();
                } finally {
                    s.decref();
                }
            }
            writeText(write, end);
        } finally {
            write.decref();
        }
        if (flush) {
            CallOps.callMethod(file, "flush").decref();
        }
        return PyNoneType.NONE;
    }

    private static void writeText(PyObject write, String text) {
        PyStr s = PyStr.of(text);
        try {
            CallOps.call(write, s).decref();
        } finally {
            s.decref();
        }
    }

    /** {@code input(prompt)}: the prompt to sys.stdout, flushed, then a line of sys.stdin without its newline. */
    private static PyObject input(Interpreter interp, PyObject[] a, String[] kw) {
        ArgSpec.positional(0, 1).bind("input", null, a, kw);
        PyObject in = SysModule.currentStream(interp, "stdin");
        PyObject out = SysModule.currentStream(interp, "stdout");
        PyObject err = SysModule.currentStream(interp, "stderr");
        String[] names = {"stdin", "stdout", "stderr"};
        PyObject[] streams = {in, out, err};
        for (int i = 0; i < 3; i++) {
            if (streams[i] == PyNoneType.NONE) {
                throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "input(): lost sys." + names[i]);
            }
        }
        flushQuietly(err);
        if (a.length > 0) {
            PyStr prompt = ObjectOps.str(a[0]);
            try {
                CallOps.callMethod(out, "write", prompt).decref();
            } finally {
                prompt.decref();
            }
        }
        flushQuietly(out);
        PyObject line = CallOps.callMethod(in, "readline");
        if (!(line instanceof PyStr) && !(line instanceof org.krait.runtime.objects.PyBytes)) {
            line.decref();
            throw PythonException.typeError("object.readline() returned non-string");
        }
        int n = org.krait.runtime.ops.SequenceOps.length(line);
        if (n == 0) {
            line.decref();
            throw PythonException.of(ExceptionTypes.EOF_ERROR, "EOF when reading a line");
        }
        if (line instanceof PyStr && ((PyStr) line).codePointAt(n - 1) == '\n') {
            PyStr stripped = ((PyStr) line).substring(0, n - 1);
            line.decref();
            return stripped;
        }
        return line;
    }

    private static void flushQuietly(PyObject f) {
        try {
            CallOps.callMethod(f, "flush").decref();
        } catch (PythonException e) {
            // input() goes on when a stream cannot be flushed, as CPython's does.
        }
    }

    /** The text of {@code compile}'s, {@code exec}'s or {@code eval}'s source argument; TypeError names {@code function}. */
    /** {@code ast.PyCF_ONLY_AST}: compile() gives the tree instead of code. */
    private static final int PY_CF_ONLY_AST = 0x400;

    /**
     * compile()'s dealings with the {@code ast} module: a tree given as source is compiled (or,
     * under PyCF_ONLY_AST, given back); source under PyCF_ONLY_AST is parsed into a tree. Null
     * when neither applies.
     */
    private static PyObject compiledAst(Interpreter interp, PyObject[] a) {
        boolean onlyAst = a.length > 3 && a[3] != null && (org.krait.runtime.ops.NumberOps.index(a[3]).asLong() & PY_CF_ONLY_AST) != 0;
        org.krait.runtime.objects.PyModule astModule = interp.loadedModule("ast");
        PyObject astClass = astModule == null ? null : astModule.dict().getItem("AST");
        if (astClass instanceof org.krait.runtime.types.PyType && a[0].type().isSubtypeOf((org.krait.runtime.types.PyType) astClass)) {
            return onlyAst ? PyObject.newRef(a[0])
                    : org.krait.runtime.introspect.AstProvider.get().compile(a[0], a[1].toString(), a[2].toString());
        }
        if (!onlyAst) {
            return null;
        }
        astModule = (org.krait.runtime.objects.PyModule) interp.importModule("ast");
        return org.krait.runtime.introspect.AstProvider.get().parse(sourceText(a[0], "compile"), a[1].toString(),
                a[2].toString(), astModule.dict());
    }

    private static String sourceText(PyObject src, String function) {
        if (src instanceof PyStr) {
            return src.toString();
        }
        if (src instanceof org.krait.runtime.objects.PyBytes) {
            return new String(((org.krait.runtime.objects.PyBytes) src).toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        }
        throw PythonException.typeError(function + "() arg 1 must be a string, bytes or "
                + (function.equals("compile") ? "AST" : "code") + " object");
    }

    /** {@code exec}/{@code eval}: compiles a str (or takes a code object) and runs it in the given or current namespaces. */
    private static PyObject runSource(Interpreter interp, PyObject[] a, String[] kw, String mode) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos == 0) {
            throw PythonException.typeError(mode + " expected at least 1 argument, got 0");
        }
        PyObject globals = npos > 1 ? a[1] : null;
        PyObject locals = npos > 2 ? a[2] : null;
        for (int i = 0; kw != null && i < kw.length; i++) {
            if (kw[i].equals("globals")) {
                globals = a[npos + i];
            } else if (kw[i].equals("locals")) {
                locals = a[npos + i];
            }
        }
        if (globals == PyNoneType.NONE) {
            globals = null;
        }
        if (locals == PyNoneType.NONE) {
            locals = null;
        }
        if (globals != null && !(globals instanceof PyDict)) {
            throw PythonException.typeError(mode + "() globals must be a dict, not " + globals.type().name());
        }
        if (locals != null && !locals.type().has(org.krait.runtime.types.Slot.GETITEM)) {
            throw PythonException.typeError(mode.equals("exec") ? "locals must be a mapping or None, not " + locals.type().name()
                    : "locals must be a mapping");
        }
        PyDict g;
        PyObject l;
        PyObject frameLocals = null;
        if (globals == null) {
            PyFrame f = currentFrame();
            g = f.globals();
            if (locals == null) {
                frameLocals = f.localsDict();
            }
            l = locals != null ? locals : frameLocals;
        } else {
            g = (PyDict) globals;
            l = locals != null ? locals : g;
        }
        try {
            org.krait.runtime.bytecode.PyCode code = a[0] instanceof org.krait.runtime.bytecode.PyCode
                    ? (org.krait.runtime.bytecode.PyCode) a[0]
                    : org.krait.runtime.imports.SourceCompiler.get().compile(
                            mode.equals("eval") ? sourceText(a[0], mode).strip() : sourceText(a[0], mode), "<string>", mode);
            return interp.runCode(code, g, l);
        } finally {
            PyObject.xdecref(frameLocals);
        }
    }

    /** The zero-argument {@code super()}: the caller's {@code __class__} cell and its first argument. */
    private static PyObject[] superArguments() {
        ThreadState ts = ThreadState.current();
        PyFrame f = ts == null ? null : ts.frame();
        if (f == null) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "super(): no current frame");
        }
        PyObject first = f.firstLocal();
        if (f.code().argcount == 0) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        if (first == null) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "super(): arg[0] deleted");
        }
        if (first instanceof PyCell) {
            first = ((PyCell) first).get();
        }
        PyObject cell = f.slotNamed("__class__");
        if (!(cell instanceof PyCell)) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ cell not found");
        }
        if (((PyCell) cell).get() == null) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "super(): empty __class__ cell");
        }
        if (!(((PyCell) cell).get() instanceof org.krait.runtime.types.PyType)) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ is not a type ("
                    + ((PyCell) cell).get().type().name() + ")");
        }
        return new PyObject[] {((PyCell) cell).get(), first};
    }

    private static PyDict callerFunctionGlobals() {
        return currentFrame().globals();
    }

    private static PyFrame currentFrame() {
        ThreadState ts = ThreadState.current();
        PyFrame f = ts == null ? null : ts.frame();
        if (f == null) {
            throw PythonException.of(ExceptionTypes.RUNTIME_ERROR, "no current frame");
        }
        return f;
    }
}
