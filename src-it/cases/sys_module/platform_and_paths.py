# platform, executable and the prefixes are strings.
import os
import sys

print(sys.platform)
print(isinstance(sys.executable, str), sys.executable == sys._base_executable)
for name in ('prefix', 'exec_prefix', 'base_prefix', 'base_exec_prefix', 'platlibdir', 'abiflags'):
    print(name, type(getattr(sys, name)).__name__)
print(sys.prefix == sys.base_prefix, sys.exec_prefix == sys.base_exec_prefix)
print(sys.pycache_prefix, sys.platlibdir)
print(sys.orig_argv[-1], sys.argv)
