import sys
print(sys.argv, len(sys.argv), sys.argv[0].endswith("sys_argv.py"))
