"""Run modules and files as scripts, as python3 -m and python3 FILE do."""
import sys
import importlib.machinery
import importlib.util

__all__ = ["run_module", "run_path"]


class _Error(Exception):
    """Why a module cannot be run."""


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot " +
                         "be directly executed") % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run a module found on sys.path in a fresh namespace; return that namespace."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        saved_argv0 = sys.argv[0]
        saved_module = sys.modules.get(run_name)
        temp_module = type(sys)(run_name)
        sys.argv[0] = mod_spec.origin
        sys.modules[run_name] = temp_module
        try:
            _run_code(code, temp_module.__dict__, init_globals, run_name, mod_spec)
            return temp_module.__dict__.copy()
        finally:
            sys.argv[0] = saved_argv0
            if saved_module is None:
                sys.modules.pop(run_name, None)
            else:
                sys.modules[run_name] = saved_module
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def run_path(path_name, init_globals=None, run_name=None):
    """Run the Python file path_name in a fresh namespace; return that namespace."""
    if run_name is None:
        run_name = "<run_path>"
    import os
    path_name = os.fspath(path_name)
    with open(path_name, 'rb') as f:
        source = f.read()
    code = compile(source, path_name, 'exec')
    return _run_code(code, {}, init_globals, run_name, pkg_name='', script_name=path_name)
