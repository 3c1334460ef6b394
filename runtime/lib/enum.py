"""Enumerations (CPython 3.11's enum module, a smaller implementation).

EnumType (alias EnumMeta) is the metaclass: its __prepare__ namespace
records member names in definition order and resolves auto(); __new__
turns the members into instances of the new class (aliases share their
canonical member), and lookups by value (Color(1)), by name
(Color['RED']), iteration, len() and `in` go through the metaclass.
Enum, IntEnum, StrEnum, Flag and IntFlag print as in 3.11: IntEnum,
StrEnum and IntFlag members str() and format() as their value.

Not here: pickling support, the `member`/`nonmember`/`property` helpers,
_ignore_, verify() and the FlagBoundary variants other than the defaults
(Flag conforms invalid bits away, IntFlag keeps them).
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag',
           'IntFlag', 'ReprEnum', 'auto', 'unique']



_auto_null = object()


class auto:
    """Instances are replaced with an appropriate value in Enum classes."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1:2] != '_' and name[-2:-1] != '_')


def _is_descriptor(obj):
    return (isinstance(obj, _DESCRIPTOR_TYPES) or hasattr(obj, '__get__') or
            hasattr(obj, '__set__') or hasattr(obj, '__delete__'))


# Functions and the builtin descriptors, whatever attributes they show.
_DESCRIPTOR_TYPES = (type(_is_dunder), type(len), staticmethod, classmethod,
                     property)


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bits(num):
    """The single-bit values in num, lowest first."""
    out = []
    while num:
        b = num & (~num + 1)
        out.append(b)
        num ^= b
    return out


class _EnumDict(dict):
    """The class body's namespace: member names in order, auto() values."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._generate_next_value = None
        self._auto_called = False

    def __setitem__(self, key, value):
        if _is_sunder(key):
            if key not in ('_order_', '_generate_next_value_', '_missing_',
                           '_ignore_', '_numeric_repr_', '_iter_member_',
                           '_value_repr_', '_int_like_',
                           '_iter_member_by_value_', '_iter_member_by_def_'):
                raise ValueError('_sunder_ names, such as %r, are reserved '
                                 'for future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined "
                                    "before members")
                self._generate_next_value = (
                    value.__func__ if isinstance(value, staticmethod)
                    else value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names),
                        self._last_values[:])
                    self._auto_called = True
                value = value.value
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


def _find_data_type(bases):
    """The first non-enum builtin-derived base in the bases' MROs, or
    object (the member type: int for IntEnum, str for StrEnum)."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            return base
    return object


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        first_enum = bases[-1] if bases else None
        gnv = getattr(first_enum, '_generate_next_value_', None)
        if gnv is None:
            gnv = Enum.__dict__['_generate_next_value_'] if _enum_ready else None
        enum_dict._generate_next_value = gnv
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None,
                _simple=False, **kwds):
        if not _enum_ready:
            # Enum itself (and its helpers) before the machinery exists.
            return super().__new__(metacls, cls, bases, dict(classdict),
                                   **kwds)
        for b in bases:
            if isinstance(b, EnumType) and b._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, b))
        member_names = list(classdict._member_names)
        ns = {k: v for k, v in classdict.items() if k not in member_names}
        member_type = _find_data_type(bases)
        first_enum = None
        for b in bases:
            if isinstance(b, EnumType):
                first_enum = b
        # The __new__ that makes members: the class's own, an enum base's
        # saved one, or the data type's.
        new = ns.get('__new__')
        if new is not None:
            ns['_new_member_'] = new
        ns['__new__'] = Enum.__dict__['__new__']
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        if new is None:
            new = getattr(first_enum, '_new_member_', None)
        if new is None:
            new = member_type.__new__ if member_type is not object else None
        if isinstance(new, staticmethod):
            new = new.__func__
        enum_class._new_member_ = new
        enum_class._member_type_ = member_type
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        if boundary is None:
            boundary = getattr(first_enum, '_boundary_', None)
        enum_class._boundary_ = boundary
        # repr/str/format come from the enum, not the mixed-in data type
        # (class F(str, Enum) prints F.A).
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in classdict or first_enum is None:
                continue
            enum_method = getattr(first_enum, name, None)
            found_method = getattr(enum_class, name, None)
            if found_method is getattr(member_type, name, None) or \
                    found_method is getattr(object, name, None):
                type.__setattr__(enum_class, name, enum_method)
        is_flag = issubclass(enum_class, Flag) if _flag_ready else False
        if is_flag:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in classdict:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        flag_mask = 0
        for name in member_names:
            value = classdict[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is tuple:
                args = (args,)
            if new is None:
                member = object.__new__(enum_class)
                if not hasattr(member, '_value_'):
                    member._value_ = value
            else:
                member = new(enum_class, *args)
                if not hasattr(member, '_value_'):
                    if member_type is object:
                        member._value_ = value
                    else:
                        member._value_ = member_type(*args)
            value = member._value_
            member._name_ = name
            member.__objclass__ = enum_class
            member.__init__(*args)
            member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            try:
                canonical = enum_class._value2member_map_.get(value)
            except TypeError:
                for m in enum_class._member_map_.values():
                    if m._value_ == value:
                        canonical = m
                        break
            if canonical is not None:
                member = canonical
            elif not is_flag or _is_single_bit(value):
                enum_class._member_names_.append(name)
            if is_flag and canonical is None and isinstance(value, int):
                flag_mask |= value
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(value, member)
            except TypeError:
                enum_class._unhashable_values_.append(value)
            type.__setattr__(enum_class, name, member)
        if is_flag:
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = 2 ** flag_mask.bit_length() - 1
        order = classdict.get('_order_')
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n'
                                '  %r' % (enum_class._member_names_, order))
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(member).__qualname__, cls.__class__.__qualname__))
        return False

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r."
                                 % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name]
                for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if _flag_ready and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """The functional API: Enum('Color', 'RED GREEN')."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(
                names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count,
                                                  last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)


EnumMeta = EnumType

_enum_ready = False
_flag_ready = False


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value,
                                                        cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None '
                        'or a valid member' % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        # A member pickles by name, as in CPython 3.11.
        return getattr, (self.__class__, self._name_)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    _value_repr_ = None
    _int_like_ = False


for _name, _value in (('_member_names_', []), ('_member_map_', {}),
                      ('_value2member_map_', {}), ('_unhashable_values_', []),
                      ('_member_type_', object), ('_new_member_', None),
                      ('_boundary_', None)):
    type.__setattr__(Enum, _name, _value)
del _name, _value
_enum_ready = True


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""
    _int_like_ = True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def _value_repr_(value):
        return repr(value)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return format(str.__str__(self), format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags: members combine with |, & , ^ and ~."""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value,
                                                        cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        keep = cls._boundary_ == 'keep'
        if value < 0:
            value = all_bits + 1 + value if keep else value & all_bits
            if value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if not keep:
            value &= flag_mask
        known = value & flag_mask
        unknown = value & ~flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_bits(known)]
        if not names:
            pseudo._name_ = None
        else:
            if unknown:
                names.append(str(unknown))
            pseudo._name_ = '|'.join(names)
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_bits(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            if member._value_ & value == member._value_ and member._value_:
                yield member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_bits(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._int_like_ and isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._int_like_ and isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._int_like_ and isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._boundary_ == 'keep':
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


_flag_ready = True


class IntFlag(int, ReprEnum, Flag, boundary='keep'):
    """Support for integer-based Flags."""
    _int_like_ = True

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return format(int(self), format_spec)

    def _value_repr_(value):
        return repr(value)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration
