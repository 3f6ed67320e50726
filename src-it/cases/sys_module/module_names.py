# builtin_module_names is a sorted tuple; stdlib_module_names a frozenset of CPython 3.11's modules.
import sys

names = sys.builtin_module_names
print(type(names).__name__, list(names) == sorted(names))
print('sys' in names, 'builtins' in names, 'marshal' in names)
std = sys.stdlib_module_names
print(type(std).__name__, len(std))
print(sorted(n for n in std if n.startswith('json') or n.startswith('os') or n in ('sys', 'dis', 'ast')))
print('numpy' in std, '__future__' in std)
