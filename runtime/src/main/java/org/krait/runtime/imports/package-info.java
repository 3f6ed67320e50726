/**
 * The import system: {@link org.krait.runtime.imports.ImportSystem} (CPython's
 * {@code __import__} and importlib's bootstrap, in Java) over {@code sys.modules},
 * {@code sys.meta_path}, {@code sys.path}, {@code sys.path_hooks} and
 * {@code sys.path_importer_cache}; the Python-visible finders, loaders and specs under CPython's
 * names ({@code ModuleSpec}, {@code BuiltinImporter}, {@code PathFinder}, {@code FileFinder},
 * {@code SourceFileLoader}, {@code SourcelessFileLoader}, {@code NamespaceLoader},
 * {@code zipimporter}) and Krait's {@code ClasspathImporter}; {@code .pyc} files
 * ({@link org.krait.runtime.imports.PycFiles}); {@code -m} ({@link org.krait.runtime.imports.ModuleRunner});
 * and {@link org.krait.runtime.imports.SourceCompiler}, the interface through which the runtime
 * reaches the compiler that the engine module provides. Read {@code ImportSystem} first.
 *
 * <p>Boundary: machinery layer; may use the model layer and the interpreter, never the builtins,
 * modules or io packages, nor the engine.
 */
package org.krait.runtime.imports;
