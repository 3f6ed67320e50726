# The default and file-system encodings.
import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.stdout.encoding, sys.stderr.errors)
try:
    sys.getdefaultencoding(1)
except TypeError as e:
    print(e)
