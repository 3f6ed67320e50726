# os.path on strings and bytes: join, split, splitext, basename, dirname, normpath, relpath,
# commonpath, commonprefix, isabs, expandvars.
import os

j = os.path.join
print(j("a", "b", "c"), j("a/", "b"), j("/a", "/b", "c"), j("", "x"), j("a", ""), j(b"a", b"b"))
for bad in ((1, "a"), ("a", 1), ("a", b"b")):
    try:
        j(*bad)
    except TypeError as e:
        print(e)
for p in ("a/b/c.txt", "/a/b/", "c", "/", "//x", "///x/y", ".bashrc", "a/.b.c", "a/..", "x.tar.gz", "", b"a/b.c"):
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)),
          os.path.isabs(p))
for p in ("a//b/./c/..", "/../x", "//a//b", "///a", "", ".", "a/../..", "../a/../b", b"/x/./y/"):
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local/x"]), os.path.commonpath(["a/b", "a/c"]))
for bad in ([], ["/a", "b"]):
    try:
        os.path.commonpath(bad)
    except ValueError as e:
        print(e)
print(os.path.relpath("/a/b/c", "/a/x"), os.path.relpath("/a", "/a"), os.path.relpath("a/b", "a"))
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.realpath("/") == "/")
os.environ["KRAIT_CASE_VAR"] = "val"
print(os.path.expandvars("$KRAIT_CASE_VAR/${KRAIT_CASE_VAR}/$NO_SUCH_VAR_XYZ/$/${x"))
print(os.path.expanduser("x~"), os.path.splitdrive("/a/b"), os.path.normcase("A/b"))
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.name, repr(os.linesep))
