"""Extracting, formatting and printing stack traces (CPython's
traceback). Exceptions are formatted by the runtime's own report (the
text an uncaught exception prints); stacks come from the frame records."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_stack', 'print_tb', 'FrameSummary', 'StackSummary',
           'print_list', 'walk_stack', 'walk_tb', 'TracebackException',
           'clear_frames']

_sentinel = object()


class FrameSummary:
    """One frame of a stack or traceback: filename, lineno, name, line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = ({k: repr(v) for k, v in locals.items()}
                       if locals else None)
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name,
                    self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


class StackSummary:
    """A list of FrameSummary objects, outermost first."""

    def __init__(self, frames=()):
        self._frames = list(frames)

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary from (frame, lineno) pairs (walk_stack,
        walk_tb), outermost first as given."""
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        pairs = list(frame_gen)
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        result = klass()
        for f, lineno in pairs:
            co = f.f_code
            result.append(FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                locals=f.f_locals if capture_locals else None))
        return result

    @classmethod
    def from_list(cls, a_list):
        result = cls()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result._frames.append(frame)
            else:
                filename, lineno, name, line = frame
                result._frames.append(FrameSummary(filename, lineno, name,
                                                   line=line))
        return result

    def __iter__(self):
        return iter(self._frames)

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return StackSummary(self._frames[i])
        return self._frames[i]

    def __eq__(self, other):
        if isinstance(other, StackSummary):
            return self._frames == other._frames
        return self._frames == other

    def __repr__(self):
        return repr(self._frames)

    def append(self, frame):
        self._frames.append(frame)

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno,
            frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for frame in self._frames:
            key = (frame.filename, frame.lineno, frame.name)
            if last is None or last != key:
                if count > 3:
                    more = count - 3
                    result.append('  [Previous line repeated %d more time%s]\n'
                                  % (more, 's' if more > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame))
        if count > 3:
            more = count - 3
            result.append('  [Previous line repeated %d more time%s]\n'
                          % (more, 's' if more > 1 else ''))
        return result


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[limit:]


def _summary(entries, limit, from_end=False):
    if limit is not None and from_end:
        entries = entries[-limit:] if limit > 0 else []
    else:
        entries = _limited(entries, limit)
    return StackSummary([FrameSummary(f, n, name) for f, n, name in entries])


def _exc_of(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if exc is _sentinel:
        return None
    if isinstance(exc, type):
        return None if value is _sentinel else value
    return exc


def walk_stack(f):
    """(frame, lineno) for f and each caller; f defaults to the caller's
    frame."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def clear_frames(tb):
    """Clears the locals of the finished frames a traceback refers to."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


def extract_tb(tb, limit=None):
    """The entries of a traceback (an exception is taken for its
    __traceback__), outermost first."""
    if isinstance(tb, BaseException):
        tb = tb.__traceback__
    return StackSummary.extract(walk_tb(tb), limit=limit)


def _frame_chunks(e):
    # The frame entries (with source lines and position markers) of the
    # runtime's report of `e` itself.
    return _chunks(_traceback.format_tb(e))


def format_tb(tb, limit=None):
    if isinstance(tb, BaseException):
        tb = tb.__traceback__
    if tb is None:
        return []
    return _limited(_chunks(_traceback.format_tb(tb)), limit)


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for item in format_tb(tb, limit):
        print(item, file=file, end="")


def extract_stack(f=None, limit=None):
    if f is not None:
        stack = StackSummary.extract(walk_stack(f))
        stack._frames.reverse()
        return _summary([(x.filename, x.lineno, x.name) for x in stack],
                        limit, from_end=True)
    entries = _traceback.extract_stack()
    # Leave out this function's own frame.
    entries = entries[:-1]
    return _summary(entries, limit, from_end=True)


def format_stack(f=None, limit=None):
    if f is not None:
        return extract_stack(f, limit).format()
    entries = _traceback.extract_stack()[:-1]
    return _summary(entries, limit, from_end=True).format()


def print_stack(f=None, limit=None, file=None):
    if f is not None:
        print_list(extract_stack(f, limit), file=file)
        return
    entries = _traceback.extract_stack()[:-1]
    print_list(_summary(entries, limit, from_end=True), file=file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def _chunks(text):
    # The report as CPython's format_exception lists it: one item per
    # header line, one per frame (File line, source, markers), one per
    # exception line.
    out = []
    for line in text.splitlines(True):
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    e = _exc_of(exc, value)
    if e is None:
        return ['NoneType: None\n']
    if limit is not None or not chain:
        return _format_limited(e, limit, chain)
    return _chunks(_traceback.format_exception(e))


def _format_limited(e, limit, chain):
    out = []
    if chain:
        cause = e.__cause__
        context = e.__context__
        if cause is not None:
            out += _format_limited(cause, limit, chain)
            out.append('\nThe above exception was the direct cause of the '
                       'following exception:\n\n')
        elif context is not None and not e.__suppress_context__:
            out += _format_limited(context, limit, chain)
            out.append('\nDuring handling of the above exception, another '
                       'exception occurred:\n\n')
    entries = _limited(_frame_chunks(e), limit)
    if entries:
        out.append('Traceback (most recent call last):\n')
        out += entries
    out += format_exception_only(e)
    return out


def format_exception_only(exc, /, value=_sentinel):
    e = _exc_of(exc, value)
    if e is None:
        if isinstance(exc, type):
            return [_type_name(exc) + '\n']
        return ['NoneType: None\n']
    if isinstance(e, SyntaxError):
        text = _traceback.format_exception(e)
        lines = _chunks(text)
        idx = 0
        for i, line in enumerate(lines):
            if line.startswith('  File '):
                idx = i
        return lines[idx:] if idx else lines[-1:]
    stype = _type_name(type(e))
    try:
        msg = str(e)
    except Exception:
        msg = '<exception str() failed>'
    line = stype + '\n' if not msg else '%s: %s\n' % (stype, msg)
    out = [line]
    notes = getattr(e, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            out.append(str(note) + '\n')
    return out


def _type_name(t):
    name = getattr(t, '__qualname__', t.__name__)
    mod = getattr(t, '__module__', None)
    if mod not in ('__main__', 'builtins', None):
        name = mod + '.' + name
    return name


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)



class TracebackException:
    """An exception ready for rendering: its type, the StackSummary of
    its traceback and its cause/context, captured when it is made.
    format() renders the exception as the runtime's report does."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._exc_value = exc_value
        self._limit = limit
        self.stack = StackSummary.extract(
            walk_tb(exc_traceback), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines,
                    capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen and
                    not (compact and (self.__cause__ is not None or
                                      self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__,
                    limit=limit, lookup_lines=lookup_lines,
                    capture_locals=capture_locals, _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._exc_value)

    def format(self, *, chain=True):
        if self._exc_value is None:
            yield from self.format_exception_only()
            return
        if self._limit is None and chain and any(
                f.locals for f in self.stack):
            yield from self._format_with_locals()
            return
        yield from format_exception(self._exc_value, limit=self._limit,
                                    chain=chain)

    def _format_with_locals(self):
        if self.__cause__ is not None:
            yield from self.__cause__.format()
            yield ('\nThe above exception was the direct cause of the '
                   'following exception:\n\n')
        elif self.__context__ is not None and not self.__suppress_context__:
            yield from self.__context__.format()
            yield ('\nDuring handling of the above exception, another '
                   'exception occurred:\n\n')
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            for f in self.stack:
                row = self.stack.format_frame_summary(f)
                if f.locals:
                    for name, value in sorted(f.locals.items()):
                        row += '    {name} = {value}\n'.format(
                            name=name, value=value)
                yield row
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'
