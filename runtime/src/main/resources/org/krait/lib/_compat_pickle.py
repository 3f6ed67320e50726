"""The names Python 2 gave to modules and objects that Python 3 renamed (Krait's own
_compat_pickle): pickle writes the Python 2 names for protocols 0 to 2 and reads them back
(fix_imports), so pickles stay readable by both."""

IMPORT_MAPPING = {
    "__builtin__": "builtins", "copy_reg": "copyreg", "Queue": "queue", "SocketServer": "socketserver",
    "ConfigParser": "configparser", "repr": "reprlib", "markupbase": "_markupbase", "_winreg": "winreg",
    "thread": "_thread", "dummy_thread": "_dummy_thread", "dbhash": "dbm.bsd", "dumbdbm": "dbm.dumb",
    "dbm": "dbm.ndbm", "gdbm": "dbm.gnu", "xmlrpclib": "xmlrpc.client", "SimpleXMLRPCServer": "xmlrpc.server",
    "httplib": "http.client", "htmlentitydefs": "html.entities", "HTMLParser": "html.parser",
    "Cookie": "http.cookies", "cookielib": "http.cookiejar", "BaseHTTPServer": "http.server",
    "test.test_support": "test.support", "commands": "subprocess", "urlparse": "urllib.parse",
    "robotparser": "urllib.robotparser", "urllib2": "urllib.request", "anydbm": "dbm", "_abcoll": "collections.abc",
}

# Only one direction: several Python 2 modules became one Python 3 module.
_ONE_WAY_IMPORTS = {
    "cPickle": "pickle", "_elementtree": "xml.etree.ElementTree", "DocXMLRPCServer": "xmlrpc.server",
    "SimpleHTTPServer": "http.server", "CGIHTTPServer": "http.server", "UserDict": "collections",
    "UserList": "collections", "UserString": "collections", "whichdb": "dbm", "StringIO": "io", "cStringIO": "io",
}

REVERSE_IMPORT_MAPPING = {new: old for old, new in IMPORT_MAPPING.items()}
REVERSE_IMPORT_MAPPING.update({"_bz2": "bz2", "_dbm": "dbm", "_functools": "functools", "_gdbm": "gdbm",
                               "_pickle": "pickle"})
IMPORT_MAPPING.update(_ONE_WAY_IMPORTS)

NAME_MAPPING = {
    ("__builtin__", "xrange"): ("builtins", "range"),
    ("__builtin__", "reduce"): ("functools", "reduce"),
    ("__builtin__", "intern"): ("sys", "intern"),
    ("__builtin__", "unichr"): ("builtins", "chr"),
    ("__builtin__", "unicode"): ("builtins", "str"),
    ("__builtin__", "long"): ("builtins", "int"),
    ("itertools", "izip"): ("builtins", "zip"),
    ("itertools", "imap"): ("builtins", "map"),
    ("itertools", "ifilter"): ("builtins", "filter"),
    ("itertools", "ifilterfalse"): ("itertools", "filterfalse"),
    ("itertools", "izip_longest"): ("itertools", "zip_longest"),
    ("UserDict", "IterableUserDict"): ("collections", "UserDict"),
    ("UserList", "UserList"): ("collections", "UserList"),
    ("UserString", "UserString"): ("collections", "UserString"),
    ("whichdb", "whichdb"): ("dbm", "whichdb"),
    ("_socket", "fromfd"): ("socket", "fromfd"),
    ("_multiprocessing", "Connection"): ("multiprocessing.connection", "Connection"),
    ("multiprocessing.process", "Process"): ("multiprocessing.context", "Process"),
    ("multiprocessing.forking", "Popen"): ("multiprocessing.popen_fork", "Popen"),
    ("urllib", "ContentTooShortError"): ("urllib.error", "ContentTooShortError"),
    ("urllib", "getproxies"): ("urllib.request", "getproxies"),
    ("urllib", "pathname2url"): ("urllib.request", "pathname2url"),
    ("urllib", "quote_plus"): ("urllib.parse", "quote_plus"),
    ("urllib", "quote"): ("urllib.parse", "quote"),
    ("urllib", "unquote_plus"): ("urllib.parse", "unquote_plus"),
    ("urllib", "unquote"): ("urllib.parse", "unquote"),
    ("urllib", "url2pathname"): ("urllib.request", "url2pathname"),
    ("urllib", "urlcleanup"): ("urllib.request", "urlcleanup"),
    ("urllib", "urlencode"): ("urllib.parse", "urlencode"),
    ("urllib", "urlopen"): ("urllib.request", "urlopen"),
    ("urllib", "urlretrieve"): ("urllib.request", "urlretrieve"),
    ("urllib2", "HTTPError"): ("urllib.error", "HTTPError"),
    ("urllib2", "URLError"): ("urllib.error", "URLError"),
}

REVERSE_NAME_MAPPING = {new: old for old, new in NAME_MAPPING.items()}
NAME_MAPPING[("__builtin__", "basestring")] = ("builtins", "str")

PYTHON2_EXCEPTIONS = (
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError", "BytesWarning",
    "DeprecationWarning", "EOFError", "EnvironmentError", "Exception", "FloatingPointError", "FutureWarning",
    "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
    "OverflowError", "PendingDeprecationWarning", "ReferenceError", "RuntimeError", "RuntimeWarning",
    "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError", "SystemExit", "TabError", "TypeError",
    "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
    "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
)

for _name in PYTHON2_EXCEPTIONS:
    NAME_MAPPING[("exceptions", _name)] = ("builtins", _name)
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", _name)

MULTIPROCESSING_EXCEPTIONS = ("AuthenticationError", "BufferTooShort", "ProcessError", "TimeoutError")

for _name in MULTIPROCESSING_EXCEPTIONS:
    NAME_MAPPING[("multiprocessing", _name)] = ("multiprocessing.context", _name)
    REVERSE_NAME_MAPPING[("multiprocessing.context", _name)] = ("multiprocessing", _name)

# Python 3 exceptions that Python 2 did not have: written as their Python 2 base.
PYTHON3_OSERROR_EXCEPTIONS = (
    "BrokenPipeError", "ChildProcessError", "ConnectionAbortedError", "ConnectionError",
    "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
    "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
    "TimeoutError",
)

for _name in PYTHON3_OSERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "OSError")

PYTHON3_IMPORTERROR_EXCEPTIONS = ("ModuleNotFoundError",)

for _name in PYTHON3_IMPORTERROR_EXCEPTIONS:
    REVERSE_NAME_MAPPING[("builtins", _name)] = ("exceptions", "ImportError")
del _name
