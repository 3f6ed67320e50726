"""Compile all the Python source files of directory trees to .pyc files."""
import os
import sys
import importlib.util
import py_compile

__all__ = ["compile_dir", "compile_file", "compile_path"]


def _walk_dir(dir, maxlevels, quiet=0):
    if quiet < 2 and isinstance(dir, os.PathLike):
        dir = os.fspath(dir)
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = os.listdir(dir)
    except OSError:
        if quiet < 2:
            print("Can't list {!r}".format(dir))
        names = []
    names.sort()
    for name in names:
        if name == '__pycache__':
            continue
        fullname = os.path.join(dir, name)
        if not os.path.isdir(fullname):
            yield fullname
        elif (maxlevels > 0 and name != os.curdir and name != os.pardir
              and os.path.isdir(fullname) and not os.path.islink(fullname)):
            yield from _walk_dir(fullname, maxlevels=maxlevels - 1, quiet=quiet)


def compile_dir(dir, maxlevels=None, ddir=None, force=False, rx=None, quiet=0,
                legacy=False, optimize=-1, workers=1, invalidation_mode=None):
    """Compile every .py file under dir; True when all of them compiled."""
    if maxlevels is None:
        maxlevels = sys.getrecursionlimit()
    success = True
    for file in _walk_dir(dir, quiet=quiet, maxlevels=maxlevels):
        if not compile_file(file, ddir, force, rx, quiet, legacy, optimize, invalidation_mode):
            success = False
    return success


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=0, legacy=False,
                 optimize=-1, invalidation_mode=None):
    """Compile one file if it is a .py file whose .pyc is missing or out of date."""
    success = True
    fullname = os.fspath(fullname)
    name = os.path.basename(fullname)
    dfile = os.path.join(ddir, name) if ddir is not None else None
    if rx is not None and rx.search(fullname):
        return success
    if os.path.isfile(fullname):
        if legacy:
            cfile = fullname + 'c'
        elif optimize >= 1:
            cfile = importlib.util.cache_from_source(fullname, optimization=optimize)
        else:
            cfile = importlib.util.cache_from_source(fullname)
        if name[-3:] == '.py':
            if not force:
                try:
                    mtime = int(os.stat(fullname).st_mtime)
                    expect = (importlib.util.MAGIC_NUMBER + (0).to_bytes(4, 'little')
                              + (mtime & 0xFFFFFFFF).to_bytes(4, 'little'))
                    with open(cfile, 'rb') as chandle:
                        actual = chandle.read(12)
                    if expect == actual:
                        return success
                except OSError:
                    pass
            if not quiet:
                print('Compiling {!r}...'.format(fullname))
            try:
                ok = py_compile.compile(fullname, cfile, dfile, True, optimize=optimize,
                                        invalidation_mode=invalidation_mode)
            except py_compile.PyCompileError as err:
                success = False
                if quiet >= 2:
                    return success
                elif quiet:
                    print('*** Error compiling {!r}...'.format(fullname))
                else:
                    print('*** ', end='')
                print(err.msg)
            except (SyntaxError, UnicodeError, OSError) as e:
                success = False
                if quiet >= 2:
                    return success
                elif quiet:
                    print('*** Error compiling {!r}...'.format(fullname))
                else:
                    print('*** ', end='')
                print(e.__class__.__name__ + ':', e)
            else:
                if ok == 0:
                    success = False
    return success


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=0, legacy=False,
                 optimize=-1, invalidation_mode=None):
    """Compile the directories of sys.path."""
    success = True
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            if quiet < 2:
                print('Skipping current directory')
        else:
            success = success and compile_dir(dir, maxlevels, None, force, quiet=quiet,
                                              legacy=legacy, optimize=optimize,
                                              invalidation_mode=invalidation_mode)
    return success
