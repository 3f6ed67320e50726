s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:3] == "")
print(s[1:10:3], s[10:1:-2], len(s))
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = "h"
except TypeError as e:
    print(e)
