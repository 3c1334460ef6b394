"""Locale support (CPython 3.11's locale module) over the C library.

The native `_locale` reaches setlocale(3), localeconv(3), strcoll(3),
strxfrm(3) and nl_langinfo(3); this module adds the name handling
(normalize, getlocale) and the number formatting on top, as CPython's
does. The alias tables come from CPython 3.11 (`_locale_alias`, generated
by tools/gen_locale_alias.py).
"""

import re as _re
import sys as _sys
from collections.abc import Mapping as _Mapping

import _locale
from _locale import (
    CHAR_MAX, LC_ALL, LC_COLLATE, LC_CTYPE, LC_MESSAGES, LC_MONETARY,
    LC_NUMERIC, LC_TIME, CODESET, D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM, AM_STR,
    PM_STR, DAY_1, DAY_2, DAY_3, DAY_4, DAY_5, DAY_6, DAY_7, ABDAY_1,
    ABDAY_2, ABDAY_3, ABDAY_4, ABDAY_5, ABDAY_6, ABDAY_7, MON_1, MON_2,
    MON_3, MON_4, MON_5, MON_6, MON_7, MON_8, MON_9, MON_10, MON_11, MON_12,
    ABMON_1, ABMON_2, ABMON_3, ABMON_4, ABMON_5, ABMON_6, ABMON_7, ABMON_8,
    ABMON_9, ABMON_10, ABMON_11, ABMON_12, RADIXCHAR, THOUSEP, YESEXPR,
    NOEXPR, CRNCYSTR, ERA, ERA_D_T_FMT, ERA_D_FMT, ERA_T_FMT, ALT_DIGITS,
    localeconv, nl_langinfo, strcoll, strxfrm)
from _locale_alias import (locale_alias, locale_encoding_alias,
                           encoding_aliases as _encoding_aliases)

_builtin_str = str

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]


class Error(Exception):
    pass




def setlocale(category, locale=None):
    """Set the locale of category (to a name, or a (language, encoding)
    pair), or with locale None, return the current setting."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    result = _locale.setlocale(category, locale)
    if result is None:
        raise Error("unsupported locale setting")
    return result


def getencoding():
    """The encoding of the current LC_CTYPE locale."""
    return _locale.getencoding()


def getpreferredencoding(do_setlocale=True):
    """The encoding text data should be read and written in, as the user
    prefers it (from the environment's LC_CTYPE when do_setlocale)."""
    if _sys.flags.utf8_mode:  # interp's text I/O is always UTF-8
        return 'utf-8'
    if not do_setlocale:
        return getencoding()
    old = _locale.setlocale(LC_CTYPE, None)
    try:
        if _locale.setlocale(LC_CTYPE, "") is None:
            return getencoding()
        return getencoding()
    finally:
        _locale.setlocale(LC_CTYPE, old)


# --- locale names ------------------------------------------------------------

def _normalize_codec_name(encoding):
    """Runs of punctuation become one '_' (as encodings does it)."""
    out = []
    gap = False
    for ch in encoding:
        if ch.isalnum() or ch == '.':
            if gap and out:
                out.append('_')
            if ch.isascii():
                out.append(ch)
            gap = False
        else:
            gap = True
    return ''.join(out)


def _replace_encoding(code, encoding):
    lang = code.split('.', 1)[0]
    name = _normalize_codec_name(encoding)
    name = _encoding_aliases.get(name.lower(), name)
    result = name
    low = name.lower()
    if low in locale_encoding_alias:
        result = locale_encoding_alias[low]
    else:
        squeezed = low.replace('_', '').replace('-', '')
        if squeezed in locale_encoding_alias:
            result = locale_encoding_alias[squeezed]
    return lang + '.' + result


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """The locale code setlocale() understands for a locale name, through
    CPython's alias tables; unknown names come back unchanged."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    modifier = ''
    if '@' in code:
        code, modifier = code.split('@', 1)
    encoding = ''
    lang = code
    if '.' in code:
        lang, encoding = code.split('.')[:2]
    lang_enc = lang
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    found = locale_alias.get(lang_enc + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(lang + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            base, mod = found.split('@', 1)
            return _replace_encoding(base, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(lang)
            if found is not None:
                if '@' not in found:
                    return _append_modifier(
                        _replace_encoding(found, encoding), modifier)
                base, default_mod = found.split('@', 1)
                if default_mod.lower() == modifier:
                    return _replace_encoding(base, encoding) + '@' + \
                        default_mod
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None
    if language is None:
        language = 'C'
    if encoding is None:
        return language
    return language + '.' + encoding


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's current setting."""
    localename = _locale.setlocale(category, None)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) the environment asks for."""
    import warnings
    warnings.warn(
        "Use setlocale(), getencoding() and getlocale() instead",
        DeprecationWarning, stacklevel=2)
    import os
    for variable in envvars:
        localename = os.environ.get(variable, None)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def resetlocale(category=LC_ALL):
    """Set the category to the environment's default."""
    import warnings
    warnings.warn(
        'Use locale.setlocale(locale.LC_ALL, "") instead',
        DeprecationWarning, stacklevel=2)
    if _locale.setlocale(category, "") is None:
        raise Error("unsupported locale setting")


# --- numbers -----------------------------------------------------------------

def _grouping_intervals(grouping):
    last = None
    for interval in grouping:
        if interval == CHAR_MAX:
            return
        if interval == 0:
            if last is None:
                raise ValueError("invalid grouping")
            while True:
                yield last
        yield interval
        last = interval


def _group(s, monetary=False):
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    right = ''
    if s[-1] == ' ':
        stripped = s.rstrip()
        right = s[len(stripped):]
        s = stripped
    left = ''
    groups = []
    for interval in _grouping_intervals(grouping):
        if not s or s[-1] not in '0123456789':
            left = s
            s = ''
            break
        groups.append(s[-interval:])
        s = s[:-interval]
    if s:
        groups.append(s)
    groups.reverse()
    return left + sep.join(groups) + right, len(sep) * (len(groups) - 1)


def _strip_padding(s, amount):
    """Take back amount padding spaces, from the left first."""
    start = 0
    while amount and s[start] == ' ':
        start += 1
        amount -= 1
    end = len(s) - 1
    while amount and s[end] == ' ':
        end -= 1
        amount -= 1
    return s[start:end + 1]


def _localize(formatted, grouping=False, monetary=False):
    conv = localeconv()
    added = 0
    if '.' in formatted:
        parts = formatted.split('.')
        if grouping:
            parts[0], added = _group(parts[0], monetary=monetary)
        point = conv['mon_decimal_point' if monetary else 'decimal_point']
        formatted = point.join(parts)
    elif grouping:
        formatted, added = _group(formatted, monetary=monetary)
    if added:
        formatted = _strip_padding(formatted, added)
    return formatted


_percent_re = _re.compile(r'%(?:\((?P<key>.*?)\))?'
                          r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize(formatted, grouping, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's decimal point (and, with grouping, its
    thousands separators) in the numbers."""
    specs = list(_percent_re.finditer(f))
    template = _percent_re.sub('%s', f)
    parts = []
    if isinstance(val, _Mapping):
        for m in specs:
            if m.group()[-1] == '%':
                parts.append('%')
            else:
                parts.append(_format(m.group(), val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for m in specs:
            if m.group()[-1] == '%':
                parts.append('%')
                continue
            stars = m.group('modifiers').count('*')
            parts.append(_format(m.group(), val[i], grouping, monetary,
                                 *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return template % tuple(parts)


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format one %-specifier (use format_string)."""
    import warnings
    warnings.warn(
        "This method will be removed in a future version of Python. "
        "Use 'locale.format_string()' instead.",
        DeprecationWarning, stacklevel=2)
    match = _percent_re.match(percent)
    if not match or len(match.group()) != len(percent):
        raise ValueError(("format() must be given exactly one %%char "
                          "format specifier, %s not valid") % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of money in the locale's currency format."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using "
                         "the 'C' locale.")
    s = _localize(f'{abs(val):.{digits}f}', grouping, monetary=True)
    # '<' and '>' mark where the sign may go.
    s = '<' + s + '>'
    negative = val < 0
    if symbol:
        smb = conv['int_curr_symbol' if international else 'currency_symbol']
        precedes = conv['n_cs_precedes' if negative else 'p_cs_precedes']
        separated = conv['n_sep_by_space' if negative else 'p_sep_by_space']
        if precedes:
            s = smb + (' ' if separated else '') + s
        else:
            if international and smb[-1] == ' ':
                smb = smb[:-1]
            s = s + (' ' if separated else '') + smb
    sign_pos = conv['n_sign_posn' if negative else 'p_sign_posn']
    sign = conv['negative_sign' if negative else 'positive_sign']
    if sign_pos == 0:
        s = '(' + s + ')'
    elif sign_pos == 1:
        s = sign + s
    elif sign_pos == 2:
        s = s + sign
    elif sign_pos == 3:
        s = s.replace('<', sign)
    elif sign_pos == 4:
        s = s.replace('>', sign)
    else:
        s = sign + s
    return s.replace('<', '').replace('>', '')


def str(val):
    """val as %.12g in the locale's format."""
    return _format("%.12g", val)


def delocalize(string):
    """A locale-formatted number as Python writes it."""
    conv = localeconv()
    sep = conv['thousands_sep']
    if sep:
        string = string.replace(sep, '')
    point = conv['decimal_point']
    if point:
        string = string.replace(point, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number string in the locale's format."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """func() of a locale-formatted number."""
    return func(delocalize(string))


def atoi(string):
    """int() of a locale-formatted integer."""
    return int(delocalize(string))
