/**
 * Python exceptions: {@link org.krait.runtime.objects.exceptions.PyBaseException} (one class
 * for the table of builtin exception types in {@link org.krait.runtime.objects.exceptions.ExceptionTypes}),
 * tracebacks, and {@link org.krait.runtime.objects.exceptions.PythonException}, the Java
 * throwable that carries them.
 *
 * <p>Boundary: part of the model layer; never imports the interpreter, imports, builtins or modules.
 */
package org.krait.runtime.objects.exceptions;
