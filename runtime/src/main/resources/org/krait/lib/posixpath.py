"""Path names of POSIX systems: os.path (Krait's own posixpath module).

Every function takes str, bytes or path-like objects and answers in the same type, as CPython's
posixpath and genericpath do.
"""

import os
import stat

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def _check_arg_types(funcname, *args):
    """Raises the TypeError CPython gives for arguments that are not all str or all bytes."""
    has_str = has_bytes = False
    for s in args:
        if isinstance(s, str):
            has_str = True
        elif isinstance(s, bytes):
            has_bytes = True
        else:
            raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not %r"
                            % (funcname, s.__class__.__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Joins path components; an absolute component discards what comes before it."""
    a = os.fspath(a)
    s = _sep(a)
    result = a
    try:
        if not p:
            result[:0] + s
        for b in map(os.fspath, p):
            if b.startswith(s):
                result = b
            elif not result or result.endswith(s):
                result = result + b
            else:
                result = result + s + b
    except (TypeError, AttributeError):
        _check_arg_types("join", a, *p)
        raise
    return result


def split(p):
    """(head, tail): tail is what follows the last slash, head the rest without trailing slashes."""
    p = os.fspath(p)
    s = _sep(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows, unless the dot only starts the name."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        s, dot = b"/", b"."
    else:
        s, dot = "/", "."
    last_sep = p.rfind(s)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        # Dots that begin the file name (".bashrc", "..x") do not start an extension.
        name_start = last_sep + 1
        if p[name_start:last_dot].strip(dot):
            return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    return split(p)[0]


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def islink(path):
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = realpath(join(path, b".." if isinstance(path, bytes) else ".."))
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def commonprefix(m):
    """The longest common leading part of the strings (or lists) in m, element by element."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def expanduser(path):
    """~ and ~/... become the home directory ($HOME); other forms stay as they are."""
    path = os.fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    s = _sep(path)
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i != 1 or "HOME" not in os.environ:
        return path
    home = os.environ["HOME"]
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(s)
    return (home + path[i:]) or s


def expandvars(path):
    """$name and ${name} become the environment variable's value; unknown ones stay as they are."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        env = {os.fsencode(k): os.fsencode(v) for k, v in os.environ.items()}
        dollar, lbrace, rbrace = b"$", b"{", b"}"
        word = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    else:
        if "$" not in path:
            return path
        env = os.environ
        dollar, lbrace, rbrace = "$", "{", "}"
        word = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
    i = 0
    while True:
        i = path.find(dollar, i)
        if i < 0:
            return path
        j = i + 1
        if path[j:j + 1] == lbrace:
            end = path.find(rbrace, j)
            if end < 0:
                i = j
                continue
            var = path[j + 1:end]
            end += 1
        else:
            end = j
            while end < len(path) and path[end:end + 1] in word:
                end += 1
            if end == j:
                i = j
                continue
            var = path[j:end]
        if var in env:
            value = env[var]
            path = path[:i] + value + path[end:]
            i += len(value)
        else:
            i = end


def normpath(path):
    """The path without redundant slashes, '.' components and 'x/..' pairs (symbolic links ignored)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        s, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        s, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes; one, or three and more, mean one.
    leading = 0
    if path.startswith(s):
        leading = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    parts = []
    for part in path.split(s):
        if part == empty or part == dot:
            continue
        if part == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if leading:
                continue
        parts.append(part)
    return (s * leading + s.join(parts)) or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    filename = os.fspath(filename)
    resolved, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(resolved)


def _resolve(done, todo, strict, links):
    """Appends the components of todo to the resolved path done, following symbolic links.

    links maps each link met to what it resolved to (None while it is being resolved, which
    detects loops). Returns the path and whether it resolved completely.
    """
    if isinstance(done, bytes):
        s, dot, dotdot = b"/", b".", b".."
    else:
        s, dot, dotdot = "/", ".", ".."
    if todo.startswith(s):
        done = s
        todo = todo[1:]
    while todo:
        part, _, todo = todo.partition(s)
        if not part or part == dot:
            continue
        if part == dotdot:
            if not done:
                done = dotdot
            else:
                done, last = split(done)
                if last == dotdot:
                    done = join(done, dotdot, dotdot)
            continue
        candidate = join(done, part)
        try:
            is_link = stat.S_ISLNK(os.lstat(candidate).st_mode)
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            done = candidate
            continue
        if candidate in links:
            target = links[candidate]
            if target is not None:
                done = target
                continue
            # A link met again while being resolved: a loop.
            if strict:
                os.stat(candidate)
            return join(candidate, todo), False
        links[candidate] = None
        done, complete = _resolve(done, os.readlink(candidate), strict, links)
        if not complete:
            return join(done, todo), False
        links[candidate] = done
    return done, True


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        here, s, up = b".", b"/", b".."
    else:
        here, s, up = ".", "/", ".."
    start = here if start is None else os.fspath(start)
    try:
        start_parts = [x for x in abspath(start).split(s) if x]
        path_parts = [x for x in abspath(path).split(s) if x]
        shared = len(commonprefix([start_parts, path_parts]))
        parts = [up] * (len(start_parts) - shared) + path_parts[shared:]
        if not parts:
            return here
        return join(*parts)
    except (TypeError, AttributeError):
        _check_arg_types("relpath", path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the paths."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        s, here = b"/", b"."
    else:
        s, here = "/", "."
    try:
        kinds = set(p[:1] == s for p in paths)
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = kinds.pop()
        split_paths = [[c for c in p.split(s) if c and c != here] for p in paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i in range(len(lo)):
            if lo[i] != hi[i]:
                common = lo[:i]
                break
        return (s if absolute else s[:0]) + s.join(common)
    except (TypeError, AttributeError):
        _check_arg_types("commonpath", *paths)
        raise
