"""Temporary files and directories (Krait's own tempfile module).

gettempdir, mkstemp, mkdtemp, NamedTemporaryFile, TemporaryFile and TemporaryDirectory, with
CPython's names (prefix "tmp", eight random characters), permissions (0o600 files, 0o700
directories) and errors.
"""

import io as _io
import os as _os

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_CLOEXEC


def _random_name():
    return "".join(_CHARACTERS[b % len(_CHARACTERS)] for b in _os.urandom(8))


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _candidate_dirs():
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(var)
        if value:
            yield value
    yield "/tmp"
    yield "/var/tmp"
    yield "/usr/tmp"
    yield _os.getcwd()


def gettempdir():
    """The directory of temporary files: $TMPDIR, $TEMP, $TMP or the first writable usual place."""
    global tempdir
    if tempdir is None:
        for candidate in _candidate_dirs():
            candidate = _os.path.abspath(candidate)
            if _os.path.isdir(candidate) and _os.access(candidate, _os.W_OK | _os.X_OK):
                tempdir = candidate
                break
        else:
            raise FileNotFoundError(2, "No usable temporary directory found in %s" % list(_candidate_dirs()))
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def _arguments(prefix, suffix, dir):
    """The defaults of prefix, suffix and dir, all of one type (str or bytes)."""
    if dir is not None:
        dir = _os.fspath(dir)
    kinds = {type(a) for a in (prefix, suffix, dir) if a is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    as_bytes = bytes in kinds
    if suffix is None:
        suffix = b"" if as_bytes else ""
    if prefix is None:
        prefix = gettempprefixb() if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir, as_bytes


def _names(prefix, suffix, dir, as_bytes):
    for _ in range(TMP_MAX):
        name = _random_name()
        if as_bytes:
            name = _os.fsencode(name)
        yield _os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file only this user can read and write: (descriptor, absolute path)."""
    prefix, suffix, dir, as_bytes = _arguments(prefix, suffix, dir)
    for file in _names(prefix, suffix, dir, as_bytes):
        try:
            fd = _os.open(file, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(file)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only this user can use; its absolute path."""
    prefix, suffix, dir, as_bytes = _arguments(prefix, suffix, dir)
    for file in _names(prefix, suffix, dir, as_bytes):
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (unsafe: another may take it before it is used)."""
    if dir is None:
        dir = gettempdir()
    for file in _names(prefix, suffix, dir, False):
        if not _os.path.lexists(file):
            return file


class _TemporaryFileWrapper:
    """A file object that removes its file when closed (NamedTemporaryFile's result)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._remove()
        return result

    def close(self):
        try:
            self.file.close()
        finally:
            self._remove()

    def _remove(self):
        if self.delete and not self._closed:
            self._closed = True
            try:
                _os.unlink(self.name)
            except FileNotFoundError:
                pass

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    """A temporary file with a name, removed when closed (if delete)."""
    prefix, suffix, dir, as_bytes = _arguments(prefix, suffix, dir)
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    """A temporary file without a name: its directory entry is removed at once."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


def _rmtree(path):
    """Removes the directory path and everything in it."""
    for entry in _os.scandir(path):
        if entry.is_dir(follow_symlinks=False):
            _rmtree(entry.path)
        else:
            _os.unlink(entry.path)
    _os.rmdir(path)


class TemporaryDirectory:
    """A temporary directory, removed with its contents by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._removed or not _os.path.exists(self.name):
            return
        self._removed = True
        try:
            _rmtree(self.name)
        except OSError:
            if not self._ignore_cleanup_errors:
                raise
