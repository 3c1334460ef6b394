"""Inspecting live objects (CPython's inspect, the parts interp can back
with real data): signature() with Signature, Parameter and
BoundArguments, getfullargspec, the is*() predicates, getmembers, getmro,
getdoc, cleandoc, getmodule, getfile, unwrap, get_annotations.

Frames: currentframe, stack, trace, getframeinfo, getouterframes,
getinnerframes, getlineno, isframe, istraceback (frame objects are the
runtime's, see README "Frames and tracebacks").

Left out (AttributeError): source text (getsource, getsourcelines, ...);
iscoroutinefunction and the other coroutine
and async-generator predicates, until interp has coroutines; getattr_static,
getclosurevars, getcallargs, formatargvalues, classify_class_attrs.
"""

import abc
import collections
import functools
import sys
import types

import _inspect

# CPython's code flags, for code that tests them on its own.
CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512


def _code_info(code):
    return _inspect.code_info(code)


# ----------------------------------------------------------- predicates

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def _is_builtin_method(object):
    # interp binds builtin methods ([].append) with the method type;
    # CPython's are builtin_function_or_method.
    return (isinstance(object, types.MethodType) and
            isinstance(getattr(object, '__func__', None),
                       types.BuiltinFunctionType))


def ismethod(object):
    """Return true if the object is an instance method."""
    return (isinstance(object, types.MethodType) and
            not _is_builtin_method(object))


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partial(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def _unwrap_partial(func):
    while isinstance(func, functools.partial):
        func = func.func
    return func


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (async def)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


async def _coroutine_probe():
    pass


async def _async_gen_probe():
    yield


_probe = _coroutine_probe()
_CoroutineType = type(_probe)
_probe.close()
_AsyncGeneratorType = type(_async_gen_probe())
del _probe


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, _CoroutineType)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, _AsyncGeneratorType)


def isawaitable(object):
    """Return true if the object can be used in an await expression."""
    return (isinstance(object, _CoroutineType) or
            hasattr(type(object), '__await__'))


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return (isinstance(object, types.BuiltinFunctionType) or
            _is_builtin_method(object))


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but
    not __set__, and is not a class, method or function)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (defines __set__ or
    __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object)
            or isfunction(object)
            or ismethod(object)
            or ismethoddescriptor(object))


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    if not isinstance(object, type):
        return False
    if getattr(object, '__abstractmethods__', None):
        return True
    if not isinstance(object, abc.ABCMeta):
        return False
    if hasattr(object, '__abstractmethods__'):
        # The class is fully built and has no abstract methods.
        return False
    # Still being built (__init_subclass__): look at the namespace.
    abstract = set()
    for name, value in object.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstract.add(name)
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(object, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstract.add(name)
    return bool(abstract)


# ----------------------------------------------------------- members, docs

def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by
    name. Optionally, only return members that satisfy a given
    predicate."""
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    names = dir(object)
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmro(cls):
    "Return tuple of base classes (including cls) in method resolution order."
    return cls.__mro__


def cleandoc(doc):
    """Clean up indentation from docstrings: the common indentation of
    the lines after the first is removed, leading and trailing blank
    lines dropped, tabs expanded."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    # A docstring inherited from the class hierarchy.
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                try:
                    doc = base.__doc__
                except AttributeError:
                    continue
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None),
                                     '__func__', None) is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, inherited from the
    class hierarchy when the object has none, and cleaned up with
    cleandoc()."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isinstance(object, property):
        # CPython's property takes its getter's docstring.
        doc = getattr(object.fget, '__doc__', None)
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    return None


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if isgenerator(object) and hasattr(object, 'gi_code'):
        object = object.gi_code
    if iscode(object):
        return _code_info(object)[9]
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(
                        type(object).__name__))


def getsourcefile(object):
    """The source file object was defined in, or None when there is no
    readable source (a built-in or frozen module)."""
    import linecache
    import os
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    if os.path.exists(filename):
        return filename
    module = getmodule(object)
    if module is not None and linecache.getlines(filename, module.__dict__):
        return filename
    if filename in linecache.cache:
        return filename
    return None


def _unwrap_for_source(object):
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def findsource(object):
    """(all lines of object's file, 0-based line where object starts);
    OSError when the source cannot be found."""
    import linecache
    import re
    file = getsourcefile(object)
    if file is None:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file) if ismodule(object) is False else object
    if module is not None:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__qualname__.split('.')[-1]
        pat = re.compile(r'^(\s*)class\s*' + re.escape(name) + r'\b')
        candidates = [i for i, line in enumerate(lines) if pat.match(line)]
        if not candidates:
            raise OSError('could not find class definition')
        # The outermost (least indented) definition, first in the file.
        candidates.sort(key=lambda i: (len(pat.match(lines[i]).group(1)), i))
        return lines, candidates[0]
    object = _unwrap_for_source(object)
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getblock(lines):
    """The lines of the first block (a def, class or lambda statement with
    its decorators and body) at the start of lines."""
    import tokenize
    it = iter(lines)
    keyword_seen = False   # the def/class/lambda of the header
    header_done = False    # the header's logical line has ended
    is_lambda = False
    depth = 0              # indentation levels inside the body
    last = 0
    try:
        for tok in tokenize.generate_tokens(lambda: next(it, '')):
            type_, text, (srow, _), _, _ = tok
            if not keyword_seen:
                if type_ == tokenize.NAME and text in ('def', 'class',
                                                       'lambda'):
                    keyword_seen = True
                    is_lambda = text == 'lambda'
                continue
            if not header_done:
                if type_ == tokenize.NEWLINE:
                    header_done = True
                    last = srow
                    if is_lambda:
                        break
                continue
            if type_ in (tokenize.COMMENT, tokenize.NL):
                continue
            if type_ == tokenize.INDENT:
                depth += 1
            elif type_ == tokenize.DEDENT:
                depth -= 1
                if depth <= 0:
                    break
            elif type_ == tokenize.NEWLINE:
                last = srow
            elif depth == 0:
                # No indented body: the header line was the whole block.
                break
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    if last == 0:
        last = len(lines)
    return lines[:last]


def getsourcelines(object):
    """(lines of object's source, 1-based first line number); the whole
    file with 0 for a module."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and
                            object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The text of the source code of a module, class, method, function,
    traceback, frame or code object."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def unwrap(func, *, stop=None):
    """Follow the chain of __wrapped__ attributes to the innermost
    callable (stopping early where stop(f) is true)."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if (id_func in memo) or (len(memo) >= recursion_limit):
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable (a new dict),
    with string annotations evaluated when eval_str is true."""
    if isinstance(obj, type):
        obj_dict = getattr(obj, '__dict__', None)
        if obj_dict and hasattr(obj_dict, 'get'):
            ann = obj_dict.get('__annotations__', None)
        else:
            ann = None
        obj_globals = None
        module_name = getattr(obj, '__module__', None)
        if module_name:
            module = sys.modules.get(module_name, None)
            if module:
                obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap_obj = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap_obj = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap_obj = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")

    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)

    if unwrap_obj is not None:
        while True:
            if hasattr(unwrap_obj, '__wrapped__'):
                unwrap_obj = unwrap_obj.__wrapped__
                continue
            if isinstance(unwrap_obj, functools.partial):
                unwrap_obj = unwrap_obj.func
                continue
            break
        if hasattr(unwrap_obj, "__globals__"):
            obj_globals = unwrap_obj.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str)
            else eval(value, globals, locals)
            for key, value in ann.items()}


# ----------------------------------------------------------- signatures

from _inspect_signature import (  # noqa: E402
    Parameter, Signature, BoundArguments, signature, _empty, _void,
    _ParameterKind, formatannotation, _signature_from_callable)

FullArgSpec = collections.namedtuple(
    'FullArgSpec',
    'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The names and default values of a callable's parameters, as the
    named tuple FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations); a bound method keeps its first
    parameter."""
    try:
        sig = _signature_from_callable(func,
                                       follow_wrapper_chains=False,
                                       skip_bound_arg=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex

    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}

    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation

    for param in sig.parameters.values():
        kind = param.kind
        name = param.name

        if kind is Parameter.POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is Parameter.POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is Parameter.VAR_POSITIONAL:
            varargs = name
        elif kind is Parameter.KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is Parameter.VAR_KEYWORD:
            varkw = name

        if param.annotation is not param.empty:
            annotations[name] = param.annotation

    if not kwdefaults:
        kwdefaults = None

    if not defaults:
        defaults = None

    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


# ---------------------------------------------------------------- frames

def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, types.FrameType)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, types.TracebackType)


def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    return sys._getframe(1)


class Traceback(collections.namedtuple(
        '_Traceback', 'filename lineno function code_context index')):
    def __new__(cls, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, filename, lineno, function,
                                   code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


class FrameInfo(collections.namedtuple(
        '_FrameInfo', 'frame filename lineno function code_context index')):
    def __new__(cls, frame, filename, lineno, function, code_context, index,
                *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function,
                                   code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, '
                'function={!r}, code_context={!r}, index={!r}, '
                'positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def getlineno(frame):
    """Get the line number from a frame object."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object: a Traceback
    (filename, lineno, function, code_context, index). Positions are not
    recorded (None)."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(
            frame))
    filename = frame.f_code.co_filename
    if context > 0:
        import linecache
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all higher (calling) frames."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frame and all lower frames."""
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the stack above the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records for the stack between the current frame and the
    frame in which the exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)
