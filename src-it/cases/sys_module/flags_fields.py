# sys.flags: the command line's settings, by name and by position.
import sys

f = sys.flags
print(repr(f).split('(')[0])
print(f.optimize, f.verbose, f.no_site, f.dont_write_bytecode, f.utf8_mode, f.int_max_str_digits)
print(f.debug, f.inspect, f.interactive, f.ignore_environment, f.isolated, f.dev_mode, f.safe_path)
print(len(f), f[0] == f.debug, type(f).__name__)
print(sys.dont_write_bytecode, sys.warnoptions, sys._xoptions)
