"""Abstract syntax trees: CPython 3.11's `ast` module over interp's parser.

`parse` asks the native `_ast.tree` for the parser's tree (nested tuples,
see runtime/modules/ast_module.cc) and builds node objects of the classes
below, which carry CPython's names, `_fields` and `_attributes`. The
helpers (dump, literal_eval, the visitors, ...) follow CPython's
behaviour; `unparse` lives in _ast_unparse. Not provided: compile() of a
tree (compile() takes source text only in interp).
"""

import _ast

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST(object):
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        if len(args) > len(cls._fields):
            raise TypeError("%s constructor takes at most %d positional "
                            "argument%s" % (cls.__name__, len(cls._fields),
                                            "" if len(cls._fields) == 1
                                            else "s"))
        for name, value in zip(cls._fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# (name, base, fields, attributes (None: the base's), optional fields),
# as CPython 3.11 defines them.
_NODES = (
    ('mod', 'AST', '', None, ''),
    ('Module', 'mod', 'body type_ignores', None, ''),
    ('Interactive', 'mod', 'body', None, ''),
    ('Expression', 'mod', 'body', None, ''),
    ('FunctionType', 'mod', 'argtypes returns', None, ''),
    ('stmt', 'AST', '', 'lineno col_offset end_lineno end_col_offset', ''),
    ('FunctionDef', 'stmt', 'name args body decorator_list returns type_comment', None, 'returns type_comment'),
    ('AsyncFunctionDef', 'stmt', 'name args body decorator_list returns type_comment', None, 'returns type_comment'),
    ('ClassDef', 'stmt', 'name bases keywords body decorator_list', None, ''),
    ('Return', 'stmt', 'value', None, 'value'),
    ('Delete', 'stmt', 'targets', None, ''),
    ('Assign', 'stmt', 'targets value type_comment', None, 'type_comment'),
    ('AugAssign', 'stmt', 'target op value', None, ''),
    ('AnnAssign', 'stmt', 'target annotation value simple', None, 'value'),
    ('For', 'stmt', 'target iter body orelse type_comment', None, 'type_comment'),
    ('AsyncFor', 'stmt', 'target iter body orelse type_comment', None, 'type_comment'),
    ('While', 'stmt', 'test body orelse', None, ''),
    ('If', 'stmt', 'test body orelse', None, ''),
    ('With', 'stmt', 'items body type_comment', None, 'type_comment'),
    ('AsyncWith', 'stmt', 'items body type_comment', None, 'type_comment'),
    ('Match', 'stmt', 'subject cases', None, ''),
    ('Raise', 'stmt', 'exc cause', None, 'exc cause'),
    ('Try', 'stmt', 'body handlers orelse finalbody', None, ''),
    ('TryStar', 'stmt', 'body handlers orelse finalbody', None, ''),
    ('Assert', 'stmt', 'test msg', None, 'msg'),
    ('Import', 'stmt', 'names', None, ''),
    ('ImportFrom', 'stmt', 'module names level', None, 'module level'),
    ('Global', 'stmt', 'names', None, ''),
    ('Nonlocal', 'stmt', 'names', None, ''),
    ('Expr', 'stmt', 'value', None, ''),
    ('Pass', 'stmt', '', None, ''),
    ('Break', 'stmt', '', None, ''),
    ('Continue', 'stmt', '', None, ''),
    ('expr', 'AST', '', 'lineno col_offset end_lineno end_col_offset', ''),
    ('BoolOp', 'expr', 'op values', None, ''),
    ('NamedExpr', 'expr', 'target value', None, ''),
    ('BinOp', 'expr', 'left op right', None, ''),
    ('UnaryOp', 'expr', 'op operand', None, ''),
    ('Lambda', 'expr', 'args body', None, ''),
    ('IfExp', 'expr', 'test body orelse', None, ''),
    ('Dict', 'expr', 'keys values', None, ''),
    ('Set', 'expr', 'elts', None, ''),
    ('ListComp', 'expr', 'elt generators', None, ''),
    ('SetComp', 'expr', 'elt generators', None, ''),
    ('DictComp', 'expr', 'key value generators', None, ''),
    ('GeneratorExp', 'expr', 'elt generators', None, ''),
    ('Await', 'expr', 'value', None, ''),
    ('Yield', 'expr', 'value', None, 'value'),
    ('YieldFrom', 'expr', 'value', None, ''),
    ('Compare', 'expr', 'left ops comparators', None, ''),
    ('Call', 'expr', 'func args keywords', None, ''),
    ('FormattedValue', 'expr', 'value conversion format_spec', None, 'format_spec'),
    ('JoinedStr', 'expr', 'values', None, ''),
    ('Constant', 'expr', 'value kind', None, 'kind'),
    ('Attribute', 'expr', 'value attr ctx', None, ''),
    ('Subscript', 'expr', 'value slice ctx', None, ''),
    ('Starred', 'expr', 'value ctx', None, ''),
    ('Name', 'expr', 'id ctx', None, ''),
    ('List', 'expr', 'elts ctx', None, ''),
    ('Tuple', 'expr', 'elts ctx', None, ''),
    ('Slice', 'expr', 'lower upper step', None, 'lower upper step'),
    ('expr_context', 'AST', '', None, ''),
    ('Load', 'expr_context', '', None, ''),
    ('Store', 'expr_context', '', None, ''),
    ('Del', 'expr_context', '', None, ''),
    ('boolop', 'AST', '', None, ''),
    ('And', 'boolop', '', None, ''),
    ('Or', 'boolop', '', None, ''),
    ('operator', 'AST', '', None, ''),
    ('Add', 'operator', '', None, ''),
    ('Sub', 'operator', '', None, ''),
    ('Mult', 'operator', '', None, ''),
    ('MatMult', 'operator', '', None, ''),
    ('Div', 'operator', '', None, ''),
    ('Mod', 'operator', '', None, ''),
    ('Pow', 'operator', '', None, ''),
    ('LShift', 'operator', '', None, ''),
    ('RShift', 'operator', '', None, ''),
    ('BitOr', 'operator', '', None, ''),
    ('BitXor', 'operator', '', None, ''),
    ('BitAnd', 'operator', '', None, ''),
    ('FloorDiv', 'operator', '', None, ''),
    ('unaryop', 'AST', '', None, ''),
    ('Invert', 'unaryop', '', None, ''),
    ('Not', 'unaryop', '', None, ''),
    ('UAdd', 'unaryop', '', None, ''),
    ('USub', 'unaryop', '', None, ''),
    ('cmpop', 'AST', '', None, ''),
    ('Eq', 'cmpop', '', None, ''),
    ('NotEq', 'cmpop', '', None, ''),
    ('Lt', 'cmpop', '', None, ''),
    ('LtE', 'cmpop', '', None, ''),
    ('Gt', 'cmpop', '', None, ''),
    ('GtE', 'cmpop', '', None, ''),
    ('Is', 'cmpop', '', None, ''),
    ('IsNot', 'cmpop', '', None, ''),
    ('In', 'cmpop', '', None, ''),
    ('NotIn', 'cmpop', '', None, ''),
    ('comprehension', 'AST', 'target iter ifs is_async', None, ''),
    ('excepthandler', 'AST', '', 'lineno col_offset end_lineno end_col_offset', ''),
    ('ExceptHandler', 'excepthandler', 'type name body', None, 'type name'),
    ('arguments', 'AST', 'posonlyargs args vararg kwonlyargs kw_defaults kwarg defaults', None, 'vararg kwarg'),
    ('arg', 'AST', 'arg annotation type_comment', 'lineno col_offset end_lineno end_col_offset', 'annotation type_comment'),
    ('keyword', 'AST', 'arg value', 'lineno col_offset end_lineno end_col_offset', 'arg'),
    ('alias', 'AST', 'name asname', 'lineno col_offset end_lineno end_col_offset', 'asname'),
    ('withitem', 'AST', 'context_expr optional_vars', None, 'optional_vars'),
    ('match_case', 'AST', 'pattern guard body', None, 'guard'),
    ('pattern', 'AST', '', 'lineno col_offset end_lineno end_col_offset', ''),
    ('MatchValue', 'pattern', 'value', None, ''),
    ('MatchSingleton', 'pattern', 'value', None, ''),
    ('MatchSequence', 'pattern', 'patterns', None, ''),
    ('MatchMapping', 'pattern', 'keys patterns rest', None, 'rest'),
    ('MatchClass', 'pattern', 'cls patterns kwd_attrs kwd_patterns', None, ''),
    ('MatchStar', 'pattern', 'name', None, 'name'),
    ('MatchAs', 'pattern', 'pattern name', None, 'pattern name'),
    ('MatchOr', 'pattern', 'patterns', None, ''),
    ('type_ignore', 'AST', '', None, ''),
    ('TypeIgnore', 'type_ignore', 'lineno tag', None, ''),
)


def _make_classes():
    made = {'AST': AST}
    for name, base, fields, attrs, optional in _NODES:
        ns = {'_fields': tuple(fields.split()), '__module__': 'ast'}
        if attrs is not None:
            ns['_attributes'] = tuple(attrs.split())
            for a in ('end_lineno', 'end_col_offset'):
                if a in ns['_attributes']:
                    ns[a] = None
        for f in optional.split():
            ns[f] = None
        made[name] = type(name, (made[base],), ns)
    return made


globals().update(_make_classes())
del _make_classes

# The parser's contexts and operators are shared instances, as CPython's.
_SINGLETONS = {}


def _singleton(name):
    node = _SINGLETONS.get(name)
    if node is None:
        node = _SINGLETONS[name] = globals()[name]()
    return node


def _build(t):
    """A node from the native tuple form (see _ast.tree)."""
    cls = _CLASSES[t[0]]
    node = cls.__new__(cls)
    d = node.__dict__
    for name, value in zip(cls._fields, t[5:]):
        kind = type(value)
        if kind is tuple:
            if cls is Constant:
                value = int(value[0], 0)  # beyond 64 bits: the literal
            else:
                value = _build(value)
        elif kind is list:
            if name == 'ops':
                value = [_singleton(op) for op in value]
            else:
                value = [_build(x) if type(x) is tuple else x
                         for x in value]
        elif name in ('ctx', 'op') and kind is str:
            value = _singleton(value)
        d[name] = value
    if t[1] is not None:
        d['lineno'] = t[1]
        d['col_offset'] = t[2]
        d['end_lineno'] = t[3]
        d['end_col_offset'] = t[4]
    return node


_CLASSES = {name: globals()[name] for name, _, _, _, _ in _NODES}
try:
    _NUMBER_TYPES = (int, float, complex)
except NameError:  # complex numbers are not part of every interp build
    _NUMBER_TYPES = (int, float)


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node."""
    if isinstance(source, (bytes, bytearray)):
        source = source.decode('utf-8')
    if isinstance(source, AST):
        return source
    if not isinstance(source, str):
        raise TypeError("compile() arg 1 must be a string, bytes or AST "
                        "object")
    if mode not in ('exec', 'eval'):
        raise ValueError("ast.parse() mode %r is not supported by interp"
                         % (mode,))
    text = source.lstrip(' \t') if mode == 'eval' else source
    tree = _ast.tree(text, filename)
    if tree is None:
        # compile() raises the SyntaxError, message and position included.
        compile(source, filename, mode)
        raise SyntaxError("invalid syntax")
    module = _build(tree)
    if mode == 'exec':
        return module
    if len(module.body) != 1 or not isinstance(module.body[0], Expr):
        compile(source, filename, mode)
        raise SyntaxError("invalid syntax")
    return Expression(body=module.body[0].value)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string holding only a Python
    literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(" \t"), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def _raise_malformed_node(node):
        msg = "malformed node or string"
        if lno := getattr(node, 'lineno', None):
            msg += f' on line {lno}'
        raise ValueError(msg + f': {node!r}')

    def _convert_num(node):
        if not isinstance(node, Constant) or type(
                node.value) not in _NUMBER_TYPES:
            _raise_malformed_node(node)
        return node.value

    def _convert_signed_num(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = _convert_num(node.operand)
            if isinstance(node.op, UAdd):
                return + operand
            return - operand
        return _convert_num(node)

    def _convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(map(_convert, node.elts))
        if isinstance(node, List):
            return list(map(_convert, node.elts))
        if isinstance(node, Set):
            return set(map(_convert, node.elts))
        if (isinstance(node, Call) and isinstance(node.func, Name) and
                node.func.id == 'set' and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                _raise_malformed_node(node)
            return dict(zip(map(_convert, node.keys),
                            map(_convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = _convert_signed_num(node.left)
            right = _convert_num(node.right)
            if isinstance(left, (int, float)) and not isinstance(
                    right, (int, float)):
                if isinstance(node.op, Add):
                    return left + right
                return left - right
        return _convert_signed_num(node)
    return _convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *,
         indent=None):
    """The tree as a string, in CPython's format."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def fmt(node, level=0):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(node, AST):
            cls = type(node)
            args = []
            allsimple = True
            keywords = annotate_fields
            for name in node._fields:
                try:
                    value = getattr(node, name)
                except AttributeError:
                    keywords = True
                    continue
                if value is None and getattr(cls, name, ...) is None:
                    keywords = True
                    continue
                value, simple = fmt(value, level)
                allsimple = allsimple and simple
                args.append('%s=%s' % (name, value) if keywords else value)
            if include_attributes and node._attributes:
                for name in node._attributes:
                    try:
                        value = getattr(node, name)
                    except AttributeError:
                        continue
                    if value is None and getattr(cls, name, ...) is None:
                        continue
                    value, simple = fmt(value, level)
                    allsimple = allsimple and simple
                    args.append('%s=%s' % (name, value))
            if allsimple and len(args) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(args)), not args
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(args)), False
        if isinstance(node, list):
            if not node:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0]
                                                for x in node)), False
        return repr(node), True

    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node)[0]


def copy_location(new_node, old_node):
    """Copy the source location of old_node to new_node."""
    for attr in 'lineno', 'col_offset', 'end_lineno', 'end_col_offset':
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (
                    hasattr(old_node, attr) and attr.startswith("end_")):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a location its parent's."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'end_lineno' in node._attributes:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        if 'end_col_offset' in node._attributes:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Move node and its descendants n lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if ('end_lineno' in child._attributes and
                (end_lineno := getattr(child, 'end_lineno', 0)) is not None):
            child.end_lineno = end_lineno + n
    return node


def iter_fields(node):
    """(name, value) for each field of node that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """The direct child nodes of node."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef,
                             Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def walk(node):
    """Every node of the tree under node (node included), breadth first."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Calls visit_<ClassName> for each node, generic_visit otherwise."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit results replace the nodes visited (None
    removes one)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


def unparse(ast_obj):
    """Source code for ast_obj, as CPython 3.11 lays it out."""
    from _ast_unparse import unparse as _unparse
    return _unparse(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec',
                        choices=('exec', 'eval'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and '
                             'column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    if args.infile == '-':
        import sys
        name = '<stdin>'
        source = sys.stdin.read()
    else:
        name = args.infile
        with open(args.infile) as f:
            source = f.read()
    tree = parse(source, name, args.mode)
    print(dump(tree, include_attributes=args.include_attributes,
               indent=args.indent))


if __name__ == '__main__':
    main()
