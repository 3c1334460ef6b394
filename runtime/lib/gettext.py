"""Message catalogs (CPython's gettext): the GNU gettext API (gettext,
ngettext, pgettext, npgettext and their d* forms, textdomain,
bindtextdomain) and the class API (translation, install,
NullTranslations, GNUTranslations reading .mo files, with C plural-form
expressions)."""

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# --- plural forms -----------------------------------------------------------

def _tokenize_plural(expr):
    tokens = []
    i = 0
    n = len(expr)
    while i < n:
        c = expr[i]
        if c in ' \t':
            i += 1
        elif c.isalnum() or c == '_':
            j = i
            while j < n and (expr[j].isalnum() or expr[j] == '_'):
                j += 1
            word = expr[i:j]
            if word.isdigit() and word.isascii():
                tokens.append(('num', int(word)))
            elif word == 'n':
                tokens.append(('n', None))
            else:
                raise ValueError('invalid token in plural form: %s' % word)
            i = j
        elif expr[i:i + 2] in ('&&', '||', '==', '!=', '<=', '>='):
            tokens.append(('op', expr[i:i + 2]))
            i += 2
        elif c in '<>!?:()+-*/%':
            tokens.append(('op', c))
            i += 1
        else:
            raise ValueError('invalid token in plural form: %s' % c)
    tokens.append(('end', None))
    return tokens


def _unexpected(tok):
    if tok[0] == 'end':
        return ValueError('unexpected end of plural form')
    return ValueError('unexpected token in plural form: %s' %
                      (tok[1] if tok[0] != 'n' else 'n'))


class _PluralParser:
    """Turns a C plural expression ("n != 1", "n%10==1 && n%100!=11 ? 0 :
    ...") into a function of n, by recursive descent over C's grammar."""

    _BINARY_LEVELS = [
        ('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='),
        ('+', '-'), ('*', '/', '%'),
    ]

    def __init__(self, expr):
        self.tokens = _tokenize_plural(expr)
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, op):
        tok = self.take()
        if tok != ('op', op):
            if op == ')':
                raise ValueError('unbalanced parenthesis in plural form')
            raise _unexpected(tok)

    def parse(self):
        f = self.ternary()
        if self.peek()[0] != 'end':
            raise _unexpected(self.peek())
        return f

    def ternary(self):
        cond = self.binary(0)
        if self.peek() == ('op', '?'):
            self.take()
            yes = self.ternary()
            self.expect(':')
            no = self.ternary()
            return lambda n: yes(n) if cond(n) else no(n)
        return cond

    def binary(self, level):
        if level == len(self._BINARY_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while True:
            tok = self.peek()
            if tok[0] != 'op' or tok[1] not in self._BINARY_LEVELS[level]:
                return left
            self.take()
            right = self.binary(level + 1)
            left = _binary_op(tok[1], left, right)

    def unary(self):
        tok = self.take()
        if tok == ('op', '!'):
            inner = self.unary()
            return lambda n: int(not inner(n))
        if tok == ('op', '('):
            inner = self.ternary()
            self.expect(')')
            return inner
        if tok[0] == 'num':
            value = tok[1]
            return lambda n: value
        if tok[0] == 'n':
            return lambda n: n
        raise _unexpected(tok)


def _binary_op(op, left, right):
    if op == '||':
        return lambda n: int(bool(left(n) or right(n)))
    if op == '&&':
        return lambda n: int(bool(left(n) and right(n)))
    if op == '==':
        return lambda n: int(left(n) == right(n))
    if op == '!=':
        return lambda n: int(left(n) != right(n))
    if op == '<':
        return lambda n: int(left(n) < right(n))
    if op == '>':
        return lambda n: int(left(n) > right(n))
    if op == '<=':
        return lambda n: int(left(n) <= right(n))
    if op == '>=':
        return lambda n: int(left(n) >= right(n))
    if op == '+':
        return lambda n: left(n) + right(n)
    if op == '-':
        return lambda n: left(n) - right(n)
    if op == '*':
        return lambda n: left(n) * right(n)
    if op == '/':
        return lambda n: left(n) // right(n)
    if op == '%':
        return lambda n: left(n) % right(n)
    raise ValueError(op)


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' %
                  (n.__class__.__name__,), DeprecationWarning, 4)
    return n


def c2py(plural):
    """A function of n computing the C plural expression `plural`."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        f = _PluralParser(plural).parse()
    except RecursionError:
        raise ValueError('plural form expression is too complex')

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(f(n))
    return func


# --- locales ----------------------------------------------------------------

def _expand_lang(loc):
    """The names to try for locale loc, most specific first."""
    import locale
    loc = locale.normalize(loc)
    COMPONENT_CODESET = 1 << 0
    COMPONENT_TERRITORY = 1 << 1
    COMPONENT_MODIFIER = 1 << 2
    mask = 0
    pos = loc.find('@')
    if pos >= 0:
        modifier = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_MODIFIER
    else:
        modifier = ''
    pos = loc.find('.')
    if pos >= 0:
        codeset = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_CODESET
    else:
        codeset = ''
    pos = loc.find('_')
    if pos >= 0:
        territory = loc[pos:]
        loc = loc[:pos]
        mask |= COMPONENT_TERRITORY
    else:
        territory = ''
    language = loc
    ret = []
    for i in range(mask + 1):
        if not (i & ~mask):
            val = language
            if i & COMPONENT_TERRITORY:
                val += territory
            if i & COMPONENT_CODESET:
                val += codeset
            if i & COMPONENT_MODIFIER:
                val += modifier
            ret.append(val)
    ret.reverse()
    return ret


# --- translation classes ----------------------------------------------------

class NullTranslations:
    """Translates nothing (every message is itself), but passes what it
    does not know to a fallback."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('<4I', buf[4:20])
            ii = '<II'
        elif magic == self.BE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('>4I', buf[4:20])
            ii = '>II'
        else:
            raise OSError(0, 'Bad magic number', filename)
        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major_version),
                          filename)
        for i in range(0, msgcount):
            mlen, moff = unpack(ii, buf[masteridx:masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(ii, buf[transidx:transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                # The header entry: "Key: value" lines of metadata.
                lastk = None
                for b_item in tmsg.split(b'\n'):
                    item = b_item.decode().strip()
                    if not item:
                        continue
                    if item.startswith('#-#-#-#-#') and \
                            item.endswith('#-#-#-#-#'):
                        continue
                    k = v = None
                    if ':' in item:
                        k, v = item.split(':', 1)
                        k = k.strip().lower()
                        v = v.strip()
                        self._info[k] = v
                        lastk = k
                    elif lastk:
                        self._info[lastk] += '\n' + item
                    if k == 'content-type':
                        self._charset = v.split('charset=')[1]
                    elif k == 'plural-forms':
                        v = v.split(';')
                        plural = v[1].split('plural=')[1]
                        self.plural = c2py(plural)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                msgid1, msgid2 = msg.split(b'\x00')
                tmsg = tmsg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, x in enumerate(tmsg):
                    catalog[(msgid1, i)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file (or, with all=True, every one) for domain in the
    first of languages (from $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG by
    default) that has one."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES',
                              '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False):
    """The translations for domain: the catalogs of its .mo files chained
    by preference; NullTranslations when there is none and fallback is
    true, FileNotFoundError otherwise."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT,
                                'No translation file found for domain',
                                domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        import copy
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    """Puts _() (and the names asked for) into builtins."""
    t = translation(domain, localedir, fallback=True)
    t.install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        return msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        return msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
