import sys
n = sys.stdout.write("written to stdout\n")
print(n)
m = sys.stderr.write("written to stderr\n")
print(m)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(sys.stdout.writable(), sys.stderr.writable())
