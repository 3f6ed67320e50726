"""Compile Python source files to .pyc files (Krait's, in __pycache__)."""
import os
import sys
import importlib.machinery
import importlib.util
import _frozen_importlib_external as _external

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """What compile() raises with doraise=True when the source does not compile."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            errmsg = _syntax_error_text(exc_value, file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value, file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


def _syntax_error_text(err, file):
    # What traceback.format_exception_only gives for a SyntaxError.
    lines = [f'  File "{file}", line {err.lineno}\n']
    if err.text is not None:
        text = err.text.rstrip('\n')
        stripped = text.lstrip()
        lines.append(f'    {stripped}\n')
        if err.offset is not None:
            offset = err.offset - (len(text) - len(stripped))
            end_offset = getattr(err, 'end_offset', None)
            end = end_offset - (len(text) - len(stripped)) if end_offset else offset + 1
            if end <= offset:
                end = offset + 1
            lines.append('    ' + ' ' * (offset - 1) + '^' * (end - offset) + '\n')
    lines.append(f'SyntaxError: {err.msg}\n')
    return ''.join(lines)


class PycInvalidationMode:
    """How an import decides that a .pyc is out of date: by timestamp, or by the source's hash."""

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<PycInvalidationMode.{self.name}: {self.value}>'


PycInvalidationMode.TIMESTAMP = PycInvalidationMode('TIMESTAMP', 1)
PycInvalidationMode.CHECKED_HASH = PycInvalidationMode('CHECKED_HASH', 2)
PycInvalidationMode.UNCHECKED_HASH = PycInvalidationMode('UNCHECKED_HASH', 3)


def _get_default_invalidation_mode():
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Compile file to bytecode and write it to cfile (its __pycache__ .pyc by default)."""
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize >= 0:
            optimization = optimize if optimize >= 1 else ''
            cfile = importlib.util.cache_from_source(file, optimization=optimization)
        else:
            cfile = importlib.util.cache_from_source(file)
    if os.path.islink(cfile):
        raise FileExistsError(f'{cfile} is a symlink and will be changed into a regular file '
                              'if import writes a byte-compiled file to it')
    elif os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError(f'{cfile} is a non-regular file and will be changed into a '
                              'regular one if import writes a byte-compiled file to it')
    loader = importlib.machinery.SourceFileLoader('<py_compile>', file)
    source_bytes = loader.get_data(file)
    try:
        code = loader.source_to_code(source_bytes, dfile or file, _optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if quiet < 2:
            if doraise:
                raise py_exc
            sys.stderr.write(py_exc.msg + '\n')
        return
    dirname = os.path.dirname(cfile)
    if dirname:
        os.makedirs(dirname, exist_ok=True)
    if invalidation_mode is PycInvalidationMode.TIMESTAMP:
        source_stats = loader.path_stats(file)
        bytecode = _external._code_to_timestamp_pyc(code, int(source_stats['mtime']),
                                                    source_stats['size'])
    else:
        source_hash = importlib.util.source_hash(source_bytes)
        bytecode = _external._code_to_hash_pyc(
            code, source_hash, invalidation_mode is PycInvalidationMode.CHECKED_HASH)
    loader.set_data(cfile, bytecode)
    return cfile
