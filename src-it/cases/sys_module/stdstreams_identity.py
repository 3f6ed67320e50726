# The standard streams and their originals.
import sys

print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdin.readable())
