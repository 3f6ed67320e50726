# input() at the end of standard input (the corpus runs with stdin from /dev/null).
import sys

try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("a", "b")
except TypeError as e:
    print(e)
