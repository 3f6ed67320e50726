"""Abstract syntax trees of Python source, as Krait's parser builds them.

The node classes are CPython 3.11's (same names, fields and attributes, made here from the
grammar's ASDL description below); ast.parse() and compile() of a tree go through Krait's own
front end (_krait_ast). The helpers (dump, literal_eval, walk, NodeVisitor, NodeTransformer...)
are written for Krait.
"""

import _krait_ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

# The abstract grammar of Python 3.11 (Parser/Python.asdl), one type per line; '@' marks the
# types whose nodes carry source positions.
_ASDL = """
mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
@ stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list) | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment) | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, expr annotation, expr? value, int simple) | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse) | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment) | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause) | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level) | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue
@ expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse) | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators) | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords) | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values) | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx) | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step)
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension(expr target, expr iter, expr* ifs, int is_async)
@ excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
@ arg(identifier arg, expr? annotation, string? type_comment)
@ keyword(identifier? arg, expr value)
@ alias(identifier name, identifier? asname)
withitem(expr context_expr, expr? optional_vars)
match_case(pattern pattern, expr? guard, stmt* body)
@ pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns) | MatchMapping(expr* keys, pattern* patterns, identifier? rest) | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns) | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns)
type_ignore = TypeIgnore(int lineno, string tag)
"""

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    """The base of every node class: fields given by position or by keyword become attributes."""

    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            count = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most {count} positional "
                            f"argument{'' if count == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _make_class(name, base, signature, attributes, doc):
    """A node class: its fields and their optional (None) class defaults from the ASDL signature."""
    namespace = {'__module__': 'ast', '__doc__': doc, '_attributes': attributes}
    fields = []
    for part in signature.split(','):
        part = part.strip()
        if not part:
            continue
        kind, field = part.split()
        fields.append(field)
        if kind.endswith('?'):
            namespace[field] = None
    namespace['_fields'] = tuple(fields)
    namespace['__match_args__'] = tuple(fields)
    if 'end_lineno' in attributes:
        namespace['end_lineno'] = None
        namespace['end_col_offset'] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


def _make_classes():
    for line in _ASDL.strip().splitlines():
        attributes = _POSITIONS if line.startswith('@ ') else ()
        line = line[2:] if attributes else line
        if ' = ' not in line:
            # A product type: one class, itself the node.
            name, rest = line.split('(', 1)
            _make_class(name, AST, rest.rstrip(')'), attributes, line)
            continue
        name, alternatives = line.split(' = ', 1)
        base = type(name, (AST,), {'__module__': 'ast', '__doc__': line, '_attributes': attributes,
                                   '_fields': ()})
        if attributes:
            base.end_lineno = None
            base.end_col_offset = None
        globals()[name] = base
        for alternative in alternatives.split(' | '):
            alternative = alternative.strip()
            if '(' in alternative:
                cname, rest = alternative.split('(', 1)
                _make_class(cname, base, rest.rstrip(')'), attributes, alternative)
            else:
                _make_class(alternative, base, '', attributes, alternative)


_make_classes()

# The one instance of each operator and context class that parse() gives (filled by _krait_ast).
_singletons = {}


def parse(source, filename='<unknown>', mode='exec', *, type_comments=False, feature_version=None):
    """The tree of `source` (str or bytes), parsed in `mode` ('exec', 'eval', 'single' or 'func_type')."""
    return _krait_ast.parse(source, filename, mode, globals())


def iter_fields(node):
    """Yields (name, value) for each field that `node` has."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yields the nodes directly under `node`: its node fields and the nodes in its list fields."""
    for name, value in iter_fields(node):
        if isinstance(value, AST):
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yields `node` and every node below it, breadth first."""
    pending = [node]
    index = 0
    while index < len(pending):
        current = pending[index]
        index += 1
        pending.extend(iter_child_nodes(current))
        yield current


def _class_default_is_none(cls, name):
    return getattr(cls, name, ...) is None


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A string showing the tree under `node`, as CPython's ast.dump formats it: fields that are
    None by default are left out; `indent` (a count or a string) puts nested nodes on lines."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def show(value, level):
        if indent is not None:
            level += 1
            opening = '\n' + indent * level
            separator = ',\n' + indent * level
        else:
            opening = ''
            separator = ', '
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + opening + separator.join(show(item, level)[0] for item in value) + ']', False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        simple = True
        named = annotate_fields
        for name in value._fields:
            if not hasattr(value, name):
                named = True
                continue
            field = getattr(value, name)
            if field is None and _class_default_is_none(cls, name):
                named = True
                continue
            text, is_simple = show(field, level)
            simple = simple and is_simple
            parts.append(f'{name}={text}' if named else text)
        if include_attributes:
            for name in value._attributes:
                if not hasattr(value, name):
                    continue
                field = getattr(value, name)
                if field is None and _class_default_is_none(cls, name):
                    continue
                text, is_simple = show(field, level)
                simple = simple and is_simple
                parts.append(f'{name}={text}')
        if simple and len(parts) <= 3:
            return f"{cls.__name__}({', '.join(parts)})", not parts
        return f'{cls.__name__}({opening}{separator.join(parts)})', False

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    return show(node, 0)[0]


def copy_location(new_node, old_node):
    """Gives `new_node` the source position of `old_node`, where both have one; returns it."""
    for name in _POSITIONS:
        if name in old_node._attributes and name in new_node._attributes:
            value = getattr(old_node, name, None)
            if value is not None or (hasattr(old_node, name) and name.startswith('end_')):
                setattr(new_node, name, value)
    return new_node


def fix_missing_locations(node):
    """Gives every node without a position the one of the node above it (1, 0 at the top)."""
    def fix(current, lineno, col_offset, end_lineno, end_col_offset):
        attributes = current._attributes
        if 'lineno' in attributes:
            if hasattr(current, 'lineno'):
                lineno = current.lineno
            else:
                current.lineno = lineno
        if 'end_lineno' in attributes:
            if getattr(current, 'end_lineno', None) is None:
                current.end_lineno = end_lineno
            else:
                end_lineno = current.end_lineno
        if 'col_offset' in attributes:
            if hasattr(current, 'col_offset'):
                col_offset = current.col_offset
            else:
                current.col_offset = col_offset
        if 'end_col_offset' in attributes:
            if getattr(current, 'end_col_offset', None) is None:
                current.end_col_offset = end_col_offset
            else:
                end_col_offset = current.end_col_offset
        for child in iter_child_nodes(current):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Moves every node under `node` (included) `n` lines down; returns `node`."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def _cleandoc(text):
    """inspect.cleandoc: tabs expanded, the common indentation of the lines after the first
    removed, blank lines at both ends dropped."""
    lines = text.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None; cleaned as
    inspect.cleandoc does unless `clean` is false."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    if not node.body or not isinstance(node.body[0], Expr):
        return None
    value = node.body[0].value
    if not isinstance(value, Constant) or not isinstance(value.value, str):
        return None
    return _cleandoc(value.value) if clean else value.value


def _splitlines_no_ff(source):
    """The lines of `source` with their ends, split as the tokenizer splits them."""
    lines = []
    start = 0
    index = 0
    while index < len(source):
        char = source[index]
        index += 1
        if char == '\r' and index < len(source) and source[index] == '\n':
            index += 1
        if char in '\r\n':
            lines.append(source[start:index])
            start = index
    if start < len(source):
        lines.append(source[start:])
    return lines


def get_source_segment(source, node, *, padded=False):
    """The text of `source` that `node` was parsed from, or None without full positions."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = ''.join(' ' if c != '\t' else '\t' for c in lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    return ''.join([first] + lines[lineno + 1:end_lineno] + [last])


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node) where defined, else generic_visit(node),
    which visits the children."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the node to put in place of the one visited:
    itself, another node, None to remove it, or (in a list) a sequence of nodes to splice in."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                replaced = []
                for item in value:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                value[:] = replaced
            elif isinstance(value, AST):
                new = self.visit(value)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


def literal_eval(node_or_string):
    """The value of an expression made only of literals: str, bytes, numbers, tuples, lists,
    dicts, sets, booleans, None, set() and sums of a real and an imaginary number."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        message = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            message += f' on line {line}'
        raise ValueError(message + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def value_of(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(value_of, node.elts))
        if isinstance(node, List):
            return list(map(value_of, node.elts))
        if isinstance(node, Set):
            return set(map(value_of, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(value_of, node.keys), map(value_of, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return value_of(node_or_string)


# --- unparse -------------------------------------------------------------------------------

# Binding strength of expressions, loosest first (CPython's ast._Precedence).
_NAMED_EXPR, _TUPLE, _YIELD, _TEST, _OR, _AND, _NOT, _CMP, _EXPR = range(9)
_BOR = _EXPR
_BXOR, _BAND, _SHIFT, _ARITH, _TERM, _FACTOR, _POWER, _AWAIT, _ATOM = range(9, 18)

_BINOPS = {'Add': ('+', _ARITH), 'Sub': ('-', _ARITH), 'Mult': ('*', _TERM), 'MatMult': ('@', _TERM),
           'Div': ('/', _TERM), 'Mod': ('%', _TERM), 'LShift': ('<<', _SHIFT), 'RShift': ('>>', _SHIFT),
           'BitOr': ('|', _BOR), 'BitXor': ('^', _BXOR), 'BitAnd': ('&', _BAND),
           'FloorDiv': ('//', _TERM), 'Pow': ('**', _POWER)}
_UNARYOPS = {'Invert': ('~', _FACTOR), 'Not': ('not', _NOT), 'UAdd': ('+', _FACTOR), 'USub': ('-', _FACTOR)}
_CMPOPS = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=', 'Is': 'is',
           'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOLOPS = {'And': ('and', _AND), 'Or': ('or', _OR)}
# An overflowing literal that reads back as infinity (CPython's _INFSTR).
_INFINITY = '1e309'
_ALL_QUOTES = ("'", '"', '"""', "'''")
_MULTI_QUOTES = ('"""', "'''")


def _unicode_escape(char):
    """What the unicode_escape codec makes of one character."""
    named = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}
    if char in named:
        return named[char]
    code = ord(char)
    if code < 0x100:
        return f'\\x{code:02x}'
    if code < 0x10000:
        return f'\\u{code:04x}'
    return f'\\U{code:08x}'


class _Unparser(NodeVisitor):
    """Source text for a tree: statements one per line, four spaces per level, expressions
    parenthesised only where their precedence needs it."""

    def __init__(self, avoid_backslashes=False):
        self._parts = []
        self._indent = 0
        self._precedence = {}
        self._avoid_backslashes = avoid_backslashes

    def visit(self, node):
        self._parts = []
        self.traverse(node)
        return ''.join(self._parts)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def write(self, *texts):
        self._parts.extend(texts)

    def fill(self, text=''):
        """A new line at the current indentation, then `text`."""
        if self._parts:
            self._parts.append('\n')
        self._parts.append('    ' * self._indent + text)

    def blank_line(self):
        if self._parts:
            self._parts.append('\n')

    def precedence(self, node):
        return self._precedence.get(id(node), _TEST)

    def set_precedence(self, level, *nodes):
        for node in nodes:
            self._precedence[id(node)] = level

    def parenthesised(self, condition, write):
        if condition:
            self.write('(')
        write()
        if condition:
            self.write(')')

    def block(self, body):
        self.write(':')
        self._indent += 1
        self.traverse(body)
        self._indent -= 1

    def comma_separated(self, nodes, write=None):
        for index, node in enumerate(nodes):
            if index:
                self.write(', ')
            (write or self.traverse)(node)

    def items(self, nodes, write=None):
        """Tuple items: a single one keeps its comma."""
        if len(nodes) == 1:
            (write or self.traverse)(nodes[0])
            self.write(',')
        else:
            self.comma_separated(nodes, write)

    # Statements

    def visit_Module(self, node):
        self.body_with_docstring(node)

    def visit_Interactive(self, node):
        self.traverse(node.body)

    def visit_Expression(self, node):
        self.traverse(node.body)

    def visit_FunctionType(self, node):
        self.write('(')
        self.comma_separated(node.argtypes)
        self.write(') -> ')
        self.traverse(node.returns)

    def body_with_docstring(self, node):
        body = node.body
        if (body and isinstance(body[0], Expr) and isinstance(body[0].value, Constant)
                and isinstance(body[0].value.value, str)):
            self.docstring(body[0].value)
            body = body[1:]
        self.traverse(body)

    def docstring(self, node):
        self.fill()
        if node.kind == 'u':
            self.write('u')
        text, quotes = self.string_literal(node.value, quote_types=_MULTI_QUOTES)
        self.write(quotes[0], text, quotes[0])

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        self.parenthesised(self.precedence(node) > _NAMED_EXPR, lambda: self.named(node))

    def named(self, node):
        self.set_precedence(_ATOM, node.target, node.value)
        self.traverse(node.target)
        self.write(' := ')
        self.traverse(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.comma_separated(node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.comma_separated(node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINOPS[type(node.op).__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        self.parenthesised(not node.simple and isinstance(node.target, Name), lambda: self.traverse(node.target))
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.comma_separated(node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ' + ', '.join(node.names))

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ' + ', '.join(node.names))

    def visit_Await(self, node):
        def write():
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)
        self.parenthesised(self.precedence(node) > _AWAIT, write)

    def visit_Yield(self, node):
        def write():
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_precedence(_ATOM, node.value)
                self.traverse(node.value)
        self.parenthesised(self.precedence(node) > _YIELD, write)

    def visit_YieldFrom(self, node):
        def write():
            self.write('yield from ')
            self.set_precedence(_ATOM, node.value)
            self.traverse(node.value)
        self.parenthesised(self.precedence(node) > _YIELD, write)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def visit_Try(self, node, star=False):
        self.fill('try')
        self.block(node.body)
        for handler in node.handlers:
            self.handler(handler, star)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)
        if node.finalbody:
            self.fill('finally')
            self.block(node.finalbody)

    def visit_TryStar(self, node):
        self.visit_Try(node, star=True)

    def handler(self, node, star):
        self.fill('except*' if star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ' + node.name)
        self.block(node.body)

    def visit_ExceptHandler(self, node):
        self.handler(node, False)

    def visit_ClassDef(self, node):
        self.blank_line()
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)
        self.fill('class ' + node.name)
        if node.bases or node.keywords:
            self.write('(')
            self.comma_separated(node.bases + node.keywords)
            self.write(')')
        self.write(':')
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def visit_FunctionDef(self, node, keyword='def'):
        self.blank_line()
        for decorator in node.decorator_list:
            self.fill('@')
            self.traverse(decorator)
        self.fill(keyword + ' ' + node.name + '(')
        self.traverse(node.args)
        self.write(')')
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        self.write(':')
        self._indent += 1
        self.body_with_docstring(node)
        self._indent -= 1

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, 'async def')

    def visit_For(self, node, keyword='for '):
        self.fill(keyword)
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_AsyncFor(self, node):
        self.visit_For(node, 'async for ')

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        self.block(node.body)
        # An else holding only an if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        self.block(node.body)
        if node.orelse:
            self.fill('else')
            self.block(node.orelse)

    def visit_With(self, node, keyword='with '):
        self.fill(keyword)
        self.comma_separated(node.items)
        self.block(node.body)

    def visit_AsyncWith(self, node):
        self.visit_With(node, 'async with ')

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    # Expressions

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            parts = []
            self.fstring_parts(node, parts.append)
            text, quotes = self.string_literal(''.join(parts))
            self.write(quotes[0], text, quotes[0])
            return
        pieces = []
        for value in node.values:
            parts = []
            self.fstring_part(value, parts.append)
            pieces.append((''.join(parts), isinstance(value, Constant)))
        quote_types = _ALL_QUOTES
        written = []
        for text, is_constant in pieces:
            text, quote_types = self.string_literal(text, quote_types=quote_types,
                                                    escape_special_whitespace=is_constant)
            written.append(text)
        self.write(quote_types[0], ''.join(written), quote_types[0])

    def visit_FormattedValue(self, node):
        parts = []
        self.fstring_part(node, parts.append)
        self.write('f')
        text, quotes = self.string_literal(''.join(parts))
        self.write(quotes[0], text, quotes[0])

    def fstring_parts(self, node, write):
        for value in node.values:
            self.fstring_part(value, write)

    def fstring_part(self, node, write):
        if isinstance(node, Constant):
            write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, JoinedStr):
            self.fstring_parts(node, write)
        else:
            write('{')
            inner = _Unparser(avoid_backslashes=True)
            inner.set_precedence(_TEST + 1, node.value)
            text = inner.visit(node.value)
            if text.startswith('{'):
                write(' ')
            if '\\' in text:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            write(text)
            if node.conversion != -1:
                conversion = chr(node.conversion)
                if conversion not in 'sra':
                    raise ValueError('Unknown f-string conversion.')
                write('!' + conversion)
            if node.format_spec:
                write(':')
                self.fstring_part(node.format_spec, write)
            write('}')

    def string_literal(self, string, *, quote_types=_ALL_QUOTES, escape_special_whitespace=False):
        """The body of a literal for `string` and the quotes that can surround it, preferring
        ones that need no backslash."""
        def escape(char):
            if not escape_special_whitespace and char in '\n\t':
                return char
            if char == '\\' or not char.isprintable():
                return _unicode_escape(char)
            return char
        escaped = ''.join(map(escape, string))
        candidates = list(quote_types)
        if '\n' in escaped:
            candidates = [q for q in candidates if q in _MULTI_QUOTES]
        candidates = [q for q in candidates if q not in escaped]
        if not candidates:
            text = repr(string)
            quote = next((q for q in quote_types if text[0] in q), text[0])
            return text[1:-1], [quote]
        if escaped:
            candidates.sort(key=lambda q: q[0] == escaped[-1])
            if candidates[0][0] == escaped[-1]:
                escaped = escaped[:-1] + '\\' + escaped[-1]
        return escaped, candidates

    def constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INFINITY).replace('nan', f'({_INFINITY}-{_INFINITY})'))
        elif self._avoid_backslashes and isinstance(value, str):
            text, quotes = self.string_literal(value)
            self.write(quotes[0], text, quotes[0])
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            self.write('(')
            self.items(value, self.constant)
            self.write(')')
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self.constant(value)

    def visit_List(self, node):
        self.write('[')
        self.comma_separated(node.elts)
        self.write(']')

    def comprehension_of(self, node, opening, closing, head):
        self.write(opening)
        head()
        for generator in node.generators:
            self.traverse(generator)
        self.write(closing)

    def visit_ListComp(self, node):
        self.comprehension_of(node, '[', ']', lambda: self.traverse(node.elt))

    def visit_GeneratorExp(self, node):
        self.comprehension_of(node, '(', ')', lambda: self.traverse(node.elt))

    def visit_SetComp(self, node):
        self.comprehension_of(node, '{', '}', lambda: self.traverse(node.elt))

    def visit_DictComp(self, node):
        def head():
            self.traverse(node.key)
            self.write(': ')
            self.traverse(node.value)
        self.comprehension_of(node, '{', '}', head)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_TEST + 1, node.iter, *node.ifs)
        self.traverse(node.iter)
        for condition in node.ifs:
            self.write(' if ')
            self.traverse(condition)

    def visit_IfExp(self, node):
        def write():
            self.set_precedence(_TEST + 1, node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_precedence(_TEST, node.orelse)
            self.traverse(node.orelse)
        self.parenthesised(self.precedence(node) > _TEST, write)

    def visit_Set(self, node):
        if node.elts:
            self.write('{')
            self.comma_separated(node.elts)
            self.write('}')
        else:
            # {} is a dict; an empty set has to be spelt with a starred empty tuple.
            self.write('{*()}')

    def visit_Dict(self, node):
        def pair(index):
            key = node.keys[index]
            value = node.values[index]
            if key is None:
                self.write('**')
                self.set_precedence(_EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)
        self.write('{')
        self.comma_separated(range(len(node.values)), pair)
        self.write('}')

    def visit_Tuple(self, node):
        self.parenthesised(len(node.elts) == 0 or self.precedence(node) > _TUPLE,
                           lambda: self.items(node.elts))

    def visit_UnaryOp(self, node):
        operator, level = _UNARYOPS[type(node.op).__name__]

        def write():
            self.write(operator)
            if level != _FACTOR:
                self.write(' ')
            self.set_precedence(level, node.operand)
            self.traverse(node.operand)
        self.parenthesised(self.precedence(node) > level, write)

    def visit_BinOp(self, node):
        operator, level = _BINOPS[type(node.op).__name__]

        def write():
            # ** groups to the right, the others to the left.
            if level == _POWER:
                left, right = level + 1, level
            else:
                left, right = level, level + 1
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(' ' + operator + ' ')
            self.set_precedence(right, node.right)
            self.traverse(node.right)
        self.parenthesised(self.precedence(node) > level, write)

    def visit_Compare(self, node):
        def write():
            self.set_precedence(_CMP + 1, node.left, *node.comparators)
            self.traverse(node.left)
            for op, comparator in zip(node.ops, node.comparators):
                self.write(' ' + _CMPOPS[type(op).__name__] + ' ')
                self.traverse(comparator)
        self.parenthesised(self.precedence(node) > _CMP, write)

    def visit_BoolOp(self, node):
        operator, level = _BOOLOPS[type(node.op).__name__]

        def write():
            # Each operand is held one level tighter than the one before, as CPython writes them.
            for index, value in enumerate(node.values):
                if index:
                    self.write(' ' + operator + ' ')
                self.set_precedence(level + 1 + index, value)
                self.traverse(value)
        self.parenthesised(self.precedence(node) > level, write)

    def visit_Attribute(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        # 1.real would read as a float; write 1 .real.
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.' + node.attr)

    def visit_Call(self, node):
        self.set_precedence(_ATOM, node.func)
        self.traverse(node.func)
        self.write('(')
        self.comma_separated(node.args + node.keywords)
        self.write(')')

    def visit_Subscript(self, node):
        self.set_precedence(_ATOM, node.value)
        self.traverse(node.value)
        self.write('[')
        if isinstance(node.slice, Tuple) and node.slice.elts:
            self.items(node.slice.elts)
        else:
            self.traverse(node.slice)
        self.write(']')

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(_EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write('...')

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_Name(self, node):
        self.write(node.id)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True
        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (argument, default) in enumerate(zip(positional, defaults), 1):
            if not first:
                self.write(', ')
            first = False
            self.traverse(argument)
            if default:
                self.write('=')
                self.traverse(default)
            if index == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            if not first:
                self.write(', ')
            first = False
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for argument, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.traverse(argument)
            if default:
                self.write('=')
                self.traverse(default)
        if node.kwarg:
            if not first:
                self.write(', ')
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg + '=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        def write():
            self.write('lambda')
            inner = _Unparser()
            inner.traverse(node.args)
            text = ''.join(inner._parts)
            if text:
                self.write(' ', text)
            self.write(': ')
            self.set_precedence(_TEST, node.body)
            self.traverse(node.body)
        self.parenthesised(self.precedence(node) > _TEST, write)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    # Patterns

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        self.write(':')
        self._indent += 1
        for case in node.cases:
            self.traverse(case)
        self._indent -= 1

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        self.block(node.body)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self.constant(node.value)

    def visit_MatchSequence(self, node):
        self.write('[')
        self.comma_separated(node.patterns)
        self.write(']')

    def visit_MatchStar(self, node):
        self.write('*' + (node.name if node.name is not None else '_'))

    def visit_MatchMapping(self, node):
        def pair(index):
            self.traverse(node.keys[index])
            self.write(': ')
            self.traverse(node.patterns[index])
        self.write('{')
        self.comma_separated(range(len(node.keys)), pair)
        if node.rest is not None:
            if node.keys:
                self.write(', ')
            self.write('**' + node.rest)
        self.write('}')

    def visit_MatchClass(self, node):
        self.set_precedence(_ATOM, node.cls)
        self.traverse(node.cls)
        self.write('(')
        self.comma_separated(node.patterns)
        for index, (name, pattern) in enumerate(zip(node.kwd_attrs, node.kwd_patterns)):
            if index or node.patterns:
                self.write(', ')
            self.write(name + '=')
            self.traverse(pattern)
        self.write(')')

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            def write():
                self.set_precedence(_BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(' as ' + node.name)
            self.parenthesised(self.precedence(node) > _TEST, write)

    def visit_MatchOr(self, node):
        def write():
            self.set_precedence(_BOR + 1, *node.patterns)
            for index, pattern in enumerate(node.patterns):
                if index:
                    self.write(' | ')
                self.traverse(pattern)
        self.parenthesised(self.precedence(node) > _BOR, write)


def unparse(ast_obj):
    """Python source for a tree; parsing it gives back an equivalent tree."""
    return _Unparser().visit(ast_obj)
