"""Mock objects for tests (CPython's unittest.mock, the common part): Mock,
MagicMock, NonCallableMock, NonCallableMagicMock, PropertyMock, patch
(with patch.object, patch.dict, patch.stopall), call, ANY, sentinel,
DEFAULT and mock_open.

A mock creates child mocks on attribute access and records every call
(call_args, call_args_list, mock_calls, method_calls) with CPython's
assertion messages. Not provided: autospec/create_autospec, seal,
AsyncMock, patch.multiple; spec limits attribute access but does not
change what isinstance() sees.
"""

import sys

__all__ = ('Mock', 'MagicMock', 'patch', 'sentinel', 'DEFAULT', 'ANY',
           'call', 'NonCallableMock', 'NonCallableMagicMock', 'mock_open',
           'PropertyMock', 'FILTER_DIR')

FILTER_DIR = True


# --- sentinels, ANY, call ---------------------------------------------------

class _SentinelObject:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """sentinel.NAME: a unique object per name."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT
_missing = sentinel.MISSING
_deleted = sentinel.DELETED


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(a) for a in args]
    parts += ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call(tuple):
    """One recorded call: (args, kwargs) for call_args, (name, args,
    kwargs) in mock_calls; `call` builds them for comparison."""

    def __new__(cls, value=(), name='', parent=None, two=False,
                from_kall=True):
        args = ()
        kwargs = {}
        _len = len(value)
        if _len == 3:
            name, args, kwargs = value
        elif _len == 2:
            first, second = value
            if isinstance(first, str):
                name = first
                if isinstance(second, tuple):
                    args = second
                else:
                    kwargs = second
            else:
                args, kwargs = first, second
        elif _len == 1:
            value, = value
            if isinstance(value, str):
                name = value
            elif isinstance(value, tuple):
                args = value
            else:
                kwargs = value
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False,
                 from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def _parts(self):
        if len(self) == 2:
            args, kwargs = self
            return '', args, kwargs
        return tuple(self)

    def __eq__(self, other):
        try:
            len_other = len(other)
        except TypeError:
            return NotImplemented
        self_name, self_args, self_kwargs = self._parts()
        if (getattr(self, '_mock_parent', None) is not None and
                getattr(other, '_mock_parent', None) is not None and
                self._mock_parent != other._mock_parent):
            return False
        other_name = ''
        if len_other == 0:
            other_args, other_kwargs = (), {}
        elif len_other == 3:
            other_name, other_args, other_kwargs = other
        elif len_other == 1:
            value, = other
            if isinstance(value, tuple):
                other_args, other_kwargs = value, {}
            elif isinstance(value, str):
                other_name = value
                other_args, other_kwargs = (), {}
            else:
                other_args, other_kwargs = (), value
        elif len_other == 2:
            first, second = other
            if isinstance(first, str):
                other_name = first
                if isinstance(second, tuple):
                    other_args, other_kwargs = second, {}
                else:
                    other_args, other_kwargs = (), second
            else:
                other_args, other_kwargs = first, second
        else:
            return False
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        name = self._mock_name + '()'
        return _Call((self._mock_name, args, kwargs), name=name, parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        name = '%s.%s' % (self._mock_name, attr)
        return _Call(name=name, parent=self, from_kall=False)

    def __getattribute__(self, attr):
        if attr in ('count', 'index'):
            raise AttributeError
        return tuple.__getattribute__(self, attr)

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        name, args, kwargs = self._parts()
        if len(self) == 2 or not name:
            name = 'call'
        elif not name.startswith('()'):
            name = 'call.%s' % name
        else:
            name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls where `sublist in calls` finds a run of calls."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        len_value = len(value)
        len_self = len(self)
        if len_value > len_self:
            return False
        for i in range(0, len_self - len_value + 1):
            sub_list = self[i:i + len_value]
            if sub_list == value:
                return True
        return False

    def __repr__(self):
        import pprint
        return pprint.pformat(list(self))


# --- the mock classes -------------------------------------------------------

_MAGIC_DEFAULTS = {
    '__lt__': NotImplemented, '__gt__': NotImplemented,
    '__le__': NotImplemented, '__ge__': NotImplemented,
    '__int__': 1, '__contains__': False, '__len__': 0, '__exit__': False,
    '__complex__': 1j, '__float__': 1.0, '__bool__': True, '__index__': 1,
}

_NUMERICS = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod',
             'lshift', 'rshift', 'and', 'xor', 'or', 'pow', 'divmod']
_MAGICS = set(
    ['__%s__' % n for n in _NUMERICS] +
    ['__r%s__' % n for n in _NUMERICS] +
    ['__i%s__' % n for n in _NUMERICS if n != 'divmod'] +
    ['__lt__', '__gt__', '__le__', '__ge__', '__eq__', '__ne__',
     '__int__', '__float__', '__complex__', '__bool__', '__index__',
     '__len__', '__iter__', '__contains__', '__getitem__', '__setitem__',
     '__delitem__', '__enter__', '__exit__', '__neg__', '__pos__',
     '__abs__', '__invert__', '__round__', '__trunc__', '__floor__',
     '__ceil__', '__fspath__', '__hash__', '__str__', '__sizeof__',
     '__next__', '__reversed__', '__missing__', '__format__', '__dir__',
     '__call__'])
# Configured by MagicMock up front (the rest only when assigned).
_MAGIC_PRESET = _MAGICS - {'__hash__', '__str__', '__sizeof__', '__format__',
                           '__dir__', '__call__', '__next__', '__reversed__',
                           '__missing__', '__fspath__'}


def _is_magic(name):
    return name in _MAGICS


def _magic_wrapper(name):
    # Implicit calls (len(m), with m, m + 1) find this function on the
    # mock's class; it calls the child mock that `m.__len__` gives.
    def method(self, *args, **kwargs):
        return _magic_child(self, name)(*args, **kwargs)
    method.__name__ = name
    method._mock_magic_wrapper = True
    return method


def _magic_child(mock, name):
    children = object.__getattribute__(mock, '_mock_children')
    result = children.get(name)
    if result is None:
        if isinstance(mock, MagicMixin):
            return MagicMixin.__getattr__(mock, name)
        raise AttributeError(name)
    if result is _deleted:
        raise AttributeError(name)
    return result


def _is_mock(obj):
    return isinstance(obj, NonCallableMock)


def _check_and_set_parent(parent, value, name, new_name):
    """Makes value (a fresh, unnamed mock) a child of parent, so its calls
    show in parent's mock_calls; never when that would make a cycle."""
    if not _is_mock(value):
        return False
    if (value._mock_name or value._mock_new_name or
            value._mock_parent is not None or
            value._mock_new_parent is not None):
        return False
    p = parent
    while p is not None:
        if p is value:
            return False
        p = p._mock_new_parent
    d = value.__dict__
    if new_name:
        d['_mock_new_parent'] = parent
        d['_mock_new_name'] = new_name
    if name:
        d['_mock_parent'] = parent
        d['_mock_name'] = name
    return True


class NonCallableMock:
    """A mock that is not callable; the base of every mock."""

    def __new__(cls, *args, **kw):
        # Each mock gets a class of its own so that magic methods set on
        # one mock do not show on others.
        new = type(cls.__name__, (cls,), {'__doc__': cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name='',
                 _new_parent=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        d['_spec_set'] = spec_set
        d['_spec_class'] = None
        d['_mock_methods'] = None
        if spec is not None:
            self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_side_effect'] = None
        d['_mock_return_value'] = DEFAULT
        d['_mock_unsafe'] = unsafe
        d['method_calls'] = _CallList()
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        if spec is not None and not isinstance(spec, list):
            spec_class = spec if isinstance(spec, type) else type(spec)
            spec = dir(spec)
        self.__dict__['_spec_class'] = spec_class
        self.__dict__['_spec_set'] = spec_set
        self.__dict__['_mock_methods'] = spec

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)

    def attach_mock(self, mock, attribute):
        inner = mock
        inner.__dict__['_mock_parent'] = None
        inner.__dict__['_mock_new_parent'] = None
        inner.__dict__['_mock_name'] = ''
        inner.__dict__['_mock_new_name'] = None
        setattr(self, attribute, mock)

    def configure_mock(self, **kwargs):
        for arg, val in sorted(kwargs.items(),
                               key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    # called, call_count, call_args... live in __dict__ under _mock_*.
    called = property(lambda self: self._mock_called,
                      lambda self, v: self.__dict__.__setitem__(
                          '_mock_called', v))
    call_count = property(lambda self: self._mock_call_count,
                          lambda self, v: self.__dict__.__setitem__(
                              '_mock_call_count', v))
    call_args = property(lambda self: self._mock_call_args,
                         lambda self, v: self.__dict__.__setitem__(
                             '_mock_call_args', v))
    call_args_list = property(lambda self: self._mock_call_args_list,
                              lambda self, v: self.__dict__.__setitem__(
                                  '_mock_call_args_list', v))
    mock_calls = property(lambda self: self._mock_mock_calls,
                          lambda self, v: self.__dict__.__setitem__(
                              '_mock_mock_calls', v))

    def _get_return_value(self):
        ret = self._mock_return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.__dict__['_mock_return_value'] = ret
        return ret

    def _set_return_value(self, value):
        self.__dict__['_mock_return_value'] = value
        _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        return self._mock_side_effect

    def _set_side_effect(self, value):
        if value is not None and not callable(value) and \
                not isinstance(value, BaseException) and \
                not (isinstance(value, type) and
                     issubclass(value, BaseException)):
            value = iter(value)
        self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        d = self.__dict__
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_mock_calls'] = _CallList()
        d['_mock_call_args_list'] = _CallList()
        d['method_calls'] = _CallList()
        if return_value:
            d['_mock_return_value'] = DEFAULT
        if side_effect:
            d['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if _is_mock(child) and child is not _deleted:
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        ret = self._mock_return_value
        if _is_mock(ret) and ret is not self:
            ret.reset_mock(visited)

    def _get_child_mock(self, **kw):
        klass = type(self).__mro__[1]
        if issubclass(klass, NonCallableMagicMock):
            klass = MagicMock
        elif issubclass(klass, NonCallableMock) and \
                not issubclass(klass, CallableMixin):
            klass = Mock
        if issubclass(klass, PropertyMock):
            klass = MagicMock
        return klass(**kw)

    def __getattribute__(self, name):
        if name in _MAGICS:
            attr = type(self).__dict__.get(name)
            if getattr(attr, '_mock_magic_wrapper', False):
                return _magic_child(self, name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        if name in ('_mock_methods', '_mock_unsafe', '_mock_children'):
            raise AttributeError(name)
        methods = self.__dict__.get('_mock_methods')
        if methods is not None:
            if name not in methods:
                raise AttributeError("Mock object has no attribute %r" % name)
        elif name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        if not self._mock_unsafe and (not methods or name not in methods):
            if name.startswith(('assert', 'assret', 'asert', 'aseert',
                                'assrt')):
                raise AttributeError(
                    f"{name!r} is not a valid assertion. Use a spec "
                    f"for the mock if {name!r} is meant to be an attribute.")
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if result is None:
            result = self._get_child_mock(parent=self, name=name,
                                          _new_name=name, _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        methods = self.__dict__.get('_mock_methods')
        if (self._spec_set and methods is not None and
                name not in methods and name not in self.__dict__ and
                name not in type(self).__dict__ and
                not hasattr(type(self), name)):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if _is_magic(name):
            if not _is_mock(value):
                setattr(type(self), name, value)
                return
            self._mock_children[name] = value
            if name not in type(self).__dict__:
                setattr(type(self), name, _magic_wrapper(name))
            _check_and_set_parent(self, value, None, name)
            return
        if name in ('return_value', 'side_effect', 'called', 'call_count',
                    'call_args', 'call_args_list', 'mock_calls'):
            return object.__setattr__(self, name, value)
        if _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
            return
        if name in self._mock_children and not name.startswith('_mock_'):
            self._mock_children[name] = value
            return
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if _is_magic(name) and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, _missing)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not _missing:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child = [n for n, c in self._mock_children.items()
                      if c is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_')]
        return sorted(set(extras + from_type + from_dict + from_child))

    def _extract_mock_name(self):
        _name_list = [self._mock_new_name]
        _parent = self._mock_new_parent
        last = self
        dot = '.'
        if _name_list == ['()']:
            dot = ''
        while _parent is not None:
            last = _parent
            _name_list.append(_parent._mock_new_name + dot)
            dot = '.'
            if _parent._mock_new_name == '()':
                dot = ''
            _parent = _parent._mock_new_parent
        _name_list = list(reversed(_name_list))
        _first = last._mock_name or 'mock'
        if len(_name_list) > 1:
            if _name_list[1] not in ('()', '().'):
                _first += '.'
        _name_list[0] = _first
        return ''.join(_name_list)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec=%r'
            if self._spec_set:
                spec_string = ' spec_set=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string,
                                     spec_string, id(self))

    # --- assertions ---

    def _format_mock_call_signature(self, args, kwargs):
        name = self._mock_name or 'mock'
        return _format_call_signature(name, args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\nActual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def _calls_repr(self, prefix="Calls"):
        if not self.mock_calls:
            return ""
        return f"\n{prefix}: {self.mock_calls!r}."

    def assert_not_called(self):
        if self.call_count != 0:
            msg = ("Expected '%s' to not have been called. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count,
                      self._calls_repr()))
            raise AssertionError(msg)

    def assert_called(self):
        if self.call_count == 0:
            msg = ("Expected '%s' to have been called." %
                   (self._mock_name or 'mock'))
            raise AssertionError(msg)

    def assert_called_once(self):
        if not self.call_count == 1:
            msg = ("Expected '%s' to have been called once. Called %s "
                   "times.%s" % (self._mock_name or 'mock', self.call_count,
                                 self._calls_repr()))
            raise AssertionError(msg)

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            actual = 'not called.'
            error_message = ('expected call not found.\nExpected: %s\n'
                             'Actual: %s' % (expected, actual))
            raise AssertionError(error_message)
        expected = _Call((args, kwargs), two=True)
        if self.call_args != expected:
            raise AssertionError(
                self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, *args, **kwargs):
        if not self.call_count == 1:
            msg = ("Expected '%s' to be called once. Called %s times.%s"
                   % (self._mock_name or 'mock', self.call_count,
                      self._calls_repr()))
            raise AssertionError(msg)
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                problem = 'Calls not found.'
                raise AssertionError(
                    f'{problem}\n'
                    f'Expected: {_CallList(calls)}'
                    f'{self._calls_repr(prefix="Actual").rstrip(".")}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError(
                '%r does not contain all of %r in its call list, '
                'found %r instead' % (self._mock_name or 'mock',
                                      tuple(not_found), all_calls))

    def assert_any_call(self, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in self.call_args_list:
            expected_string = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('%s call not found' % expected_string)


class CallableMixin:
    """Calling records the call, then answers from side_effect, wraps or
    return_value."""

    def __call__(self, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _mock_check_sig(self, *args, **kwargs):
        pass

    def _increment_mock_call(self, *args, **kwargs):
        d = self.__dict__
        d['_mock_called'] = True
        d['_mock_call_count'] += 1
        _call = _Call((args, kwargs), two=True)
        d['_mock_call_args'] = _call
        self._mock_call_args_list.append(_call)
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self._mock_mock_calls.append(_Call(('', args, kwargs)))
        _new_parent = self._mock_new_parent
        while _new_parent is not None:
            if do_method_calls:
                _new_parent.method_calls.append(
                    _Call((method_call_name, args, kwargs)))
                do_method_calls = _new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = (_new_parent._mock_name + '.' +
                                        method_call_name)
            _new_parent._mock_mock_calls.append(
                _Call((mock_call_name, args, kwargs)))
            if _new_parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = _new_parent._mock_new_name == '()'
                mock_call_name = _new_parent._mock_new_name + dot + \
                    mock_call_name
            _new_parent = _new_parent._mock_new_parent

    def _execute_mock_call(self, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or (
                    isinstance(effect, type) and
                    issubclass(effect, BaseException)):
                raise effect
            elif not callable(effect):
                result = next(effect)
                if isinstance(result, BaseException) or (
                        isinstance(result, type) and
                        issubclass(result, BaseException)):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: attributes are mocks, calls are recorded."""


class MagicMixin:
    def _mock_set_magics(self):
        cls = type(self)
        methods = self.__dict__.get('_mock_methods')
        for name in _MAGIC_PRESET:
            if methods is not None and name not in methods:
                continue
            if name not in cls.__dict__:
                setattr(cls, name, _magic_wrapper(name))
        if '__hash__' not in cls.__dict__:
            cls.__hash__ = object.__hash__

    def __getattr__(self, name):
        if name in _MAGIC_PRESET or (name in _MAGICS and
                                     name in type(self).__dict__):
            children = self._mock_children
            result = children.get(name)
            if result is None:
                result = MagicMock(parent=self, name=name, _new_name=name,
                                   _new_parent=self)
                _configure_magic(self, name, result)
                children[name] = result
            elif result is _deleted:
                raise AttributeError(name)
            return result
        return NonCallableMock.__getattr__(self, name)


def _configure_magic(mock, name, child):
    if name in _MAGIC_DEFAULTS:
        child.__dict__['_mock_return_value'] = _MAGIC_DEFAULTS[name]
    elif name == '__eq__':
        def eq(other):
            if child._mock_return_value is not DEFAULT:
                return child._mock_return_value
            return mock is other
        child.__dict__['_mock_side_effect'] = eq
    elif name == '__ne__':
        def ne(other):
            if child._mock_return_value is not DEFAULT:
                return child._mock_return_value
            return mock is not other
        child.__dict__['_mock_side_effect'] = ne
    elif name == '__iter__':
        def it():
            ret = child._mock_return_value
            if ret is DEFAULT:
                return iter([])
            return iter(ret)
        child.__dict__['_mock_side_effect'] = it


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def __init__(self, *args, **kw):
        NonCallableMock.__init__(self, *args, **kw)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """A Mock with the container, context-manager, comparison and numeric
    special methods preconfigured (len() is 0, iter() is empty, `with`
    gives a MagicMock, ...)."""

    def __init__(self, *args, **kw):
        Mock.__init__(self, *args, **kw)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to put on a class as a property: getting it calls it with
    no arguments, setting calls it with the value."""

    def _get_child_mock(self, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)


# --- patch ------------------------------------------------------------------

def _dot_lookup(thing, comp, import_path):
    try:
        return getattr(thing, comp)
    except AttributeError:
        __import__(import_path)
        return getattr(thing, comp)


def _importer(target):
    components = target.split('.')
    import_path = components.pop(0)
    thing = __import__(import_path)
    for comp in components:
        import_path += ".%s" % comp
        thing = _dot_lookup(thing, comp, import_path)
    return thing


def _get_target(target):
    try:
        target, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError(
            f"Need a valid target to patch. You supplied: {target!r}")
    return (lambda: _importer(target)), attribute


_active_patches = []


class _patch:
    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs):
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError(
                    "Cannot use 'new' and 'new_callable' together")
        if autospec is not None:
            raise NotImplementedError("autospec is not supported by interp's "
                                      "unittest.mock")
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.new_callable = new_callable
        self.spec = spec
        self.create = create
        self.has_local = False
        self.spec_set = spec_set
        self.autospec = autospec
        self.kwargs = kwargs
        self.additional_patchers = []

    def copy(self):
        patcher = _patch(self.getter, self.attribute, self.new, self.spec,
                         self.create, self.spec_set, self.autospec,
                         self.new_callable, self.kwargs)
        patcher.attribute_name = self.attribute_name
        patcher.additional_patchers = [p.copy()
                                       for p in self.additional_patchers]
        return patcher

    def __call__(self, func):
        if isinstance(func, type):
            return self.decorate_class(func)
        return self.decorate_callable(func)

    def decorate_class(self, klass):
        for attr in dir(klass):
            if not attr.startswith(patch.TEST_PREFIX):
                continue
            attr_value = getattr(klass, attr)
            if not callable(attr_value):
                continue
            patcher = self.copy()
            setattr(klass, attr, patcher(attr_value))
        return klass

    def decorate_callable(self, func):
        if hasattr(func, 'patchings'):
            func.patchings.append(self)
            return func

        import functools

        @functools.wraps(func)
        def patched(*args, **keywargs):
            entered = []
            extra_args = []
            try:
                for patching in patched.patchings:
                    arg = patching.__enter__()
                    entered.append(patching)
                    if patching.attribute_name is not None:
                        keywargs.update(arg)
                    elif patching.new is DEFAULT:
                        extra_args.append(arg)
                return func(*(args + tuple(extra_args)), **keywargs)
            finally:
                exc = sys.exc_info()
                for patching in reversed(entered):
                    patching.__exit__(*exc)

        patched.patchings = [self]
        return patched

    def get_original(self):
        target = self.getter()
        name = self.attribute
        original = DEFAULT
        local = False
        try:
            original = target.__dict__[name]
        except (AttributeError, KeyError):
            original = getattr(target, name, DEFAULT)
        else:
            local = True
        if name in ('__builtins__',) and isinstance(target, type(sys)):
            self.create = True
        if not self.create and original is DEFAULT:
            raise AttributeError(
                "%s does not have the attribute %r" % (target, name))
        return original, local

    def __enter__(self):
        new, spec, spec_set = self.new, self.spec, self.spec_set
        self.target = self.getter()
        original, local = self.get_original()
        if new is DEFAULT:
            if spec is True:
                spec = original
            if spec_set is True:
                spec_set = original
            klass = self.new_callable
            if klass is None:
                if (spec is not None or spec_set is not None) and \
                        not callable(spec if spec is not None else spec_set):
                    klass = NonCallableMagicMock
                else:
                    klass = MagicMock
            _kwargs = {}
            if spec is not None:
                _kwargs['spec'] = spec
            if spec_set is not None:
                _kwargs['spec_set'] = spec_set
            _kwargs.update(self.kwargs)
            new = klass(**_kwargs)
        elif self.kwargs:
            raise TypeError("Can't pass kwargs to a mock we aren't creating")
        self.temp_original = original
        self.is_local = local
        setattr(self.target, self.attribute, new)
        if self.attribute_name is not None:
            extra_args = {}
            if self.new is DEFAULT:
                extra_args[self.attribute_name] = new
            for patching in self.additional_patchers:
                arg = patching.__enter__()
                if patching.new is DEFAULT:
                    extra_args.update(arg)
            return extra_args
        return new

    def __exit__(self, *exc_info):
        if self.is_local and self.temp_original is not DEFAULT:
            setattr(self.target, self.attribute, self.temp_original)
        else:
            try:
                delattr(self.target, self.attribute)
            except AttributeError:
                pass
            if not self.create and (not hasattr(self.target, self.attribute)
                                    or self.attribute in ('__doc__',
                                                          '__module__',
                                                          '__defaults__',
                                                          '__annotations__',
                                                          '__kwdefaults__')):
                setattr(self.target, self.attribute, self.temp_original)
        del self.temp_original
        del self.is_local
        del self.target
        for patcher in reversed(self.additional_patchers):
            patcher.__exit__(*exc_info)
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, **kwargs):
    if type(target) is str:
        raise TypeError(
            f"{target!r} must be the actual object to be patched, not a str")
    getter = lambda: target
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, **kwargs):
    """Replaces the object named by target ('package.module.name') with a
    MagicMock (or `new`) while a decorated function runs or a `with`
    block lasts."""
    getter, attribute = _get_target(target)
    return _patch(getter, attribute, new, spec, create, spec_set, autospec,
                  new_callable, kwargs)


class _patch_dict:
    """Sets keys of a dictionary for a while, then restores it."""

    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._original = None

    def __call__(self, f):
        if isinstance(f, type):
            for attr in dir(f):
                attr_value = getattr(f, attr)
                if (attr.startswith(patch.TEST_PREFIX) and
                        callable(attr_value)):
                    decorator = _patch_dict(self.in_dict, self.values,
                                            self.clear)
                    setattr(f, attr, decorator(attr_value))
            return f
        import functools

        @functools.wraps(f)
        def _inner(*args, **kw):
            self._patch_dict()
            try:
                return f(*args, **kw)
            finally:
                self._unpatch_dict()
        return _inner

    def __enter__(self):
        self._patch_dict()
        return self.in_dict

    def _patch_dict(self):
        if isinstance(self.in_dict, str):
            self.in_dict = _importer(self.in_dict)
        in_dict = self.in_dict
        try:
            original = in_dict.copy()
        except AttributeError:
            original = {}
            for key in in_dict:
                original[key] = in_dict[key]
        self._original = original
        if self.clear:
            in_dict.clear()
        try:
            in_dict.update(self.values)
        except AttributeError:
            for key in self.values:
                in_dict[key] = self.values[key]

    def _unpatch_dict(self):
        in_dict = self.in_dict
        original = self._original
        in_dict.clear()
        try:
            in_dict.update(original)
        except AttributeError:
            for key in original:
                in_dict[key] = original[key]

    def __exit__(self, *args):
        if self._original is not None:
            self._unpatch_dict()
        return False

    def start(self):
        result = self.__enter__()
        _active_patches.append(self)
        return result

    def stop(self):
        try:
            _active_patches.remove(self)
        except ValueError:
            return None
        return self.__exit__(None, None, None)


def _patch_stopall():
    for patch in reversed(_active_patches):
        patch.stop()


patch.object = _patch_object
patch.dict = _patch_dict
patch.stopall = _patch_stopall
patch.TEST_PREFIX = 'test'


# --- mock_open --------------------------------------------------------------

def mock_open(mock=None, read_data=''):
    """A MagicMock standing in for open(): the handle it returns reads
    read_data (read, readline, readlines, iteration) and records writes."""
    _read_data = _to_stream(read_data)
    _state = [_read_data, None]

    def _readlines_side_effect(*args, **kwargs):
        if handle.readlines.return_value is not None:
            return handle.readlines.return_value
        return _state[0].readlines(*args, **kwargs)

    def _read_side_effect(*args, **kwargs):
        if handle.read.return_value is not None:
            return handle.read.return_value
        return _state[0].read(*args, **kwargs)

    def _readline_side_effect(*args, **kwargs):
        yield from _iter_side_effect()
        while True:
            yield _state[0].readline(*args, **kwargs)

    def _iter_side_effect():
        if handle.readline.return_value is not None:
            while True:
                yield handle.readline.return_value
        for line in _state[0]:
            yield line

    def _next_side_effect():
        if handle.readline.return_value is not None:
            return handle.readline.return_value
        return next(_state[0])

    if mock is None:
        mock = MagicMock(name='open')
    handle = MagicMock()
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.return_value = None
    handle.readline.return_value = None
    handle.readlines.return_value = None
    handle.read.side_effect = _read_side_effect
    _state[1] = _readline_side_effect()
    handle.readline.side_effect = _state[1]
    handle.readlines.side_effect = _readlines_side_effect
    handle.__iter__.side_effect = _iter_side_effect
    handle.__next__ = MagicMock(side_effect=_next_side_effect)

    def reset_data(*args, **kwargs):
        _state[0] = _to_stream(read_data)
        if handle.readline.side_effect == _state[1]:
            _state[1] = _readline_side_effect()
            handle.readline.side_effect = _state[1]
        return DEFAULT

    mock.side_effect = reset_data
    mock.return_value = handle
    return mock


def _to_stream(read_data):
    import io
    if isinstance(read_data, bytes):
        return io.BytesIO(read_data)
    return io.StringIO(read_data)
