"""Configuring logging from a dictionary (dictConfig, schema version 1) or
from a configparser file (fileConfig), as CPython's logging.config does.

Socket-based configuration (listen/stopListening) is not provided.
"""

import configparser
import re
import sys

import logging
import logging.handlers

__all__ = ['dictConfig', 'fileConfig', 'valid_ident', 'BaseConfigurator',
           'DictConfigurator', 'dictConfigClass']

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name denotes, importing modules on the way."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used = used + '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _clear_existing_handlers():
    """Flushes and closes every handler made so far (a new configuration
    replaces them)."""
    handlers = list(logging._handlers)
    for h in reversed(handlers):
        try:
            h.flush()
            h.close()
        except (OSError, ValueError):
            pass
    del logging._handlers[:]


def _disable_existing(existing, child_loggers, disable_existing):
    """Loggers left over from before the configuration: disabled (unless
    they are children of a configured logger), their handlers removed."""
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            logger.level = logging.NOTSET
            logger.handlers = []
            logger.propagate = True
        else:
            logger.disabled = disable_existing


def _children_of_configured(existing, configured):
    """Existing logger names below a configured one (kept enabled)."""
    existing_sorted = sorted(existing)
    children = []
    for name in configured:
        if name in existing_sorted:
            i = existing_sorted.index(name) + 1
            prefix = name + '.'
            while (i < len(existing_sorted) and
                   existing_sorted[i].startswith(prefix)):
                children.append(existing_sorted[i])
                i += 1
    return children


class ConvertingMixin:
    """Turns 'ext://' and 'cfg://' strings, and nested dicts/lists, into
    what they stand for when a value is read."""

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if value is not result:
            if replace:
                self[key] = result
            if type(result) in (ConvertingDict, ConvertingList,
                                ConvertingTuple):
                result.parent = self
                result.key = key
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if value is not result:
            if type(result) in (ConvertingDict, ConvertingList,
                                ConvertingTuple):
                result.parent = self
        return result


class ConvertingDict(dict, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default),
                                     replace=False)


class ConvertingList(list, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key),
                                     replace=False)


class BaseConfigurator:
    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
    WORD_PATTERN = re.compile(r'^\s*(\w+)\s*')
    DOT_PATTERN = re.compile(r'^\.\s*(\w+)\s*')
    INDEX_PATTERN = re.compile(r'^\[\s*(\w+)\s*\]\s*')
    DIGIT_PATTERN = re.compile(r'^\d+$')

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """'cfg://handlers.h1.level' or 'cfg://list[0]': a value elsewhere
        in the configuration."""
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(idx):
                        d = d[idx]
                    else:
                        try:
                            d = d[int(idx)]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, value):
        if not isinstance(value, ConvertingDict) and isinstance(value, dict):
            value = ConvertingDict(value)
            value.configurator = self
        elif not isinstance(value, ConvertingList) and isinstance(value, list):
            value = ConvertingList(value)
            value.configurator = self
        elif (not isinstance(value, ConvertingTuple) and
              isinstance(value, tuple) and not hasattr(value, '_fields')):
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                d = m.groupdict()
                converter = self.value_converters.get(d['prefix'])
                if converter:
                    value = getattr(self, converter)(d['suffix'])
        return value

    def configure_custom(self, config):
        """An object made by the callable under '()', with the other keys as
        keyword arguments and the '.' dict as attributes set afterwards."""
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        if incremental:
            self._configure_incremental(config)
            return
        disable_existing = config.pop('disable_existing_loggers', True)
        _clear_existing_handlers()

        for section, what, make in (
                ('formatters', 'formatter', self.configure_formatter),
                ('filters', 'filter', self.configure_filter)):
            entries = config.get(section, {})
            for name in entries:
                try:
                    entries[name] = make(entries[name])
                except Exception as e:
                    raise ValueError('Unable to configure %s %r' %
                                     (what, name)) from e

        # A handler naming another as its target (MemoryHandler) waits until
        # that one exists.
        handlers = config.get('handlers', {})
        pending = sorted(handlers)
        while pending:
            waiting = []
            for name in pending:
                target = dict.get(handlers[name], 'target')
                if (target is not None and target in handlers and
                        not isinstance(dict.get(handlers, target),
                                       logging.Handler) and
                        target in pending and target != name):
                    waiting.append(name)
                    continue
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' %
                                     name) from e
            if len(waiting) == len(pending):  # a cycle of targets
                raise ValueError('Unable to configure handler %r' %
                                 waiting[0])
            pending = waiting

        root = logging.root
        existing = list(root.manager.loggerDict.keys())
        loggers = config.get('loggers', {})
        configured = sorted(loggers)
        for name in configured:
            if name in existing:
                existing.remove(name)
        child_loggers = _children_of_configured(
            list(root.manager.loggerDict.keys()), configured)
        for name in child_loggers:
            if name in existing:
                existing.remove(name)
        for name in configured:
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _disable_existing(existing, child_loggers, disable_existing)

        root_config = config.get('root', None)
        if root_config:
            try:
                self.configure_root(root_config)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_incremental(self, config):
        handlers = config.get('handlers', {})
        by_name = {h.name: h for h in logging._handlers if h.name}
        for name in handlers:
            if name not in by_name:
                raise ValueError('No handler found with name %r' % name)
            handler = by_name[name]
            level = handlers[name].get('level', None)
            if level:
                handler.setLevel(logging._checkLevel(level))
        loggers = config.get('loggers', {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # A factory taking 'fmt' where the configuration says
                # 'format'.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        c = logging.Formatter if not cname else _resolve(cname)
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'],
                     **({'defaults': defaults} if defaults else {}))
        if defaults:
            return c(fmt, dfmt, style, defaults=defaults)
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            klass = cname if callable(cname) else self.resolve(cname)
            if (issubclass(klass, logging.handlers.MemoryHandler) and
                    'target' in config):
                try:
                    th = self.config['handlers'][config['target']]
                    if not isinstance(th, logging.Handler):
                        raise TypeError('target not configured')
                    config['target'] = th
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' %
                                     config['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # Handlers written before 'stream' was renamed take 'strm'.
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def _strip_spaces(names):
    return [n.strip() for n in names]


def _file_formatters(cp):
    names = cp['formatters']['keys']
    if not len(names):
        return {}
    formatters = {}
    for name in _strip_spaces(names.split(',')):
        section = cp['formatter_%s' % name]
        fs = section.get('format', None, raw=True)
        dfs = section.get('datefmt', None, raw=True)
        style = section.get('style', '%', raw=True)
        cname = section.get('class', None, raw=True)
        defaults = section.get('defaults', None, raw=True)
        c = _resolve(cname) if cname else logging.Formatter
        kwargs = {}
        if defaults is not None:
            kwargs['defaults'] = eval(defaults, vars(logging))
        formatters[name] = c(fs, dfs, style, **kwargs)
    return formatters


def _file_handlers(cp, formatters):
    names = cp['handlers']['keys']
    if not len(names):
        return {}
    handlers = {}
    fixups = []
    for name in _strip_spaces(names.split(',')):
        section = cp['handler_%s' % name]
        klass = section['class']
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(klass)
        args = eval(section.get('args', '()'), vars(logging))
        kwargs = eval(section.get('kwargs', '{}'), vars(logging))
        h = klass(*args, **kwargs)
        h.name = name
        if 'level' in section:
            h.setLevel(section['level'])
        fmt = section.get('formatter', '')
        if len(fmt):
            h.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get('target', '')
            if len(target):
                fixups.append((h, target))
        handlers[name] = h
    for h, target in fixups:
        h.setTarget(handlers[target])
    return handlers


def _file_loggers(cp, handlers, disable_existing):
    names = _strip_spaces(cp['loggers']['keys'].split(','))
    if 'root' in names:
        names.remove('root')
        section = cp['logger_root']
        root = logging.root
        if 'level' in section:
            root.setLevel(section['level'])
        for h in root.handlers[:]:
            root.removeHandler(h)
        hlist = section['handlers']
        if len(hlist):
            for h in _strip_spaces(hlist.split(',')):
                root.addHandler(handlers[h])
    existing = list(logging.root.manager.loggerDict.keys())
    qualnames = [cp['logger_%s' % name]['qualname'] for name in names]
    child_loggers = _children_of_configured(existing, qualnames)
    existing = [name for name in existing if name not in qualnames]
    for name in names:
        section = cp['logger_%s' % name]
        qn = section['qualname']
        propagate = section.getint('propagate', fallback=1)
        logger = logging.getLogger(qn)
        if 'level' in section:
            logger.setLevel(section['level'])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        hlist = section['handlers']
        if len(hlist):
            for h in _strip_spaces(hlist.split(',')):
                logger.addHandler(handlers[h])
    for name in child_loggers:
        if name in existing:
            existing.remove(name)
    _disable_existing(existing, child_loggers, disable_existing)


def fileConfig(fname, defaults=None, disable_existing_loggers=True,
               encoding=None):
    """Read the logging configuration from a configparser-format file (a
    path, a file object or a RawConfigParser)."""
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, 'readline'):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=encoding or 'utf-8')
        except configparser.ParsingError as e:
            raise RuntimeError(f'{fname} is invalid: {e}')
    formatters = _file_formatters(cp)
    _clear_existing_handlers()
    handlers = _file_handlers(cp, formatters)
    _file_loggers(cp, handlers, disable_existing_loggers)
