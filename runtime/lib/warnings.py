"""Warning control (CPython's warnings): warn, filters (filterwarnings,
simplefilter, resetwarnings), showwarning/formatwarning, catch_warnings.

A filter's `message` and `module` match as literal prefixes (CPython
compiles them as regular expressions)."""

import sys
import linecache
import _traceback

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1
_module_registries = {}


def _add_default_filters():
    filters.extend([
        ('default', None, DeprecationWarning, '__main__', 0),
        ('ignore', None, DeprecationWarning, None, 0),
        ('ignore', None, PendingDeprecationWarning, None, 0),
        ('ignore', None, ImportWarning, None, 0),
        ('ignore', None, ResourceWarning, None, 0),
    ])


_add_default_filters()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


class _Prefix:
    """A filter pattern: matches text starting with it, ignoring case for
    messages (CPython: re.compile(message, re.I).match)."""

    def __init__(self, text, ignore_case):
        self.pattern = text
        self._text = text.lower() if ignore_case else text
        self._ignore_case = ignore_case

    def match(self, s):
        if self._ignore_case:
            s = s.lower()
        return s.startswith(self._text)

    def __repr__(self):
        return 're.compile(%r%s)' % (self.pattern,
                                     ', re.IGNORECASE' if self._ignore_case
                                     else '')

    def __eq__(self, other):
        return isinstance(other, _Prefix) and self.pattern == other.pattern


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    msg = _Prefix(message, True) if message else None
    mod = _Prefix(module, False) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_mutated()


def resetwarnings():
    filters[:] = []
    _filters_mutated()


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _formatwarnmsg(msg):
    category = msg.category.__name__
    s = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    if msg.line is None:
        line = linecache.getline(msg.filename, msg.lineno)
    else:
        line = msg.line
    if line:
        line = line.strip()
        s += "  %s\n" % line
    if msg.source is not None:
        # CPython points at tracemalloc for the object's allocation
        # traceback when it is not tracing; interp has no tracemalloc, so
        # it never is.
        s += ("%s: Enable tracemalloc to get the object allocation "
              "traceback\n" % category)
    return s


def formatwarning(message, category, filename, lineno, line=None):
    return _formatwarnmsg(WarningMessage(message, category, filename, lineno,
                                         None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    sw = showwarning
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
           msg.line)
        return
    _showwarnmsg_impl(msg)


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    frames = _traceback.extract_stack()
    # frames[-1] is this function.
    idx = len(frames) - 1 - stacklevel
    if idx < 0:
        filename = "sys"
        lineno = 1
        module = "sys"
        globals_name = "sys"
    else:
        filename, lineno, _ = frames[idx]
        module = None
        globals_name = None
    if module is None:
        if idx == 0 or (idx >= 0 and filename == _main_file()):
            module = "__main__"
        else:
            module = _module_name_of(filename)
    registry = _module_registries.setdefault(filename, {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  None, source)


def _warn_unawaited_coroutine(qualname):
    # The collector calls this for a coroutine it found unreachable without
    # it having run (CPython passes the coroutine; the collector kept only
    # its qualified name). stacklevel=2 names the script line running at
    # the time, or sys:1 at exit.
    warn("coroutine '%s' was never awaited" % qualname,
         category=RuntimeWarning, stacklevel=2, source=qualname)


def _main_file():
    main = sys.modules.get('__main__')
    return getattr(main, '__file__', None)


def _module_name_of(filename):
    for name, mod in list(sys.modules.items()):
        if getattr(mod, '__file__', None) == filename:
            return name
    if filename.startswith('<frozen ') and filename.endswith('>'):
        return filename[8:-1]
    base = filename.rsplit('/', 1)[-1]
    if base.endswith('.py'):
        base = base[:-3]
    return base or "<unknown>"


def _matches(pattern, s):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == s
    return pattern.match(s)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n"
                           " %s" % (action, item))
    msg = WarningMessage(message, category, filename, lineno, source=source)
    _showwarnmsg(msg)


class catch_warnings:
    """Saves the filters and showwarning on entry and restores them on
    exit; with record=True, yields the list of WarningMessage caught."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None
        if action is not None:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global filters, showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = filters
        filters = filters[:]
        _filters_mutated()
        self._showwarning = showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None,
                       line=None):
                log.append(WarningMessage(message, category, filename,
                                          lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global filters, showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters = self._saved_filters
        _filters_mutated()
        showwarning = self._showwarning
