# atexit handlers run after sys.exit, and a SystemExit raised by one of them is reported.
import atexit, sys


def bye(code):
    print("bye", code)


class Exiter:
    def __call__(self):
        sys.exit(9)

    def __repr__(self):
        return "Exiter()"


atexit.register(bye, 1)
atexit.register(Exiter())
atexit.register(bye, 2)
print("exiting")
sys.exit(3)
