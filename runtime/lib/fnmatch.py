"""Unix shell-style filename matching (CPython's fnmatch): *, ?, [seq]
and [!seq]. Matching is done directly, without regular expressions;
translate() still returns the regular expression CPython would build."""

import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_cache = {}


def fnmatch(name, pat):
    name = posixpath.normcase(name)
    pat = posixpath.normcase(pat)
    return fnmatchcase(name, pat)


def _compile(pat):
    # A pattern as a list of tokens: ('*',), ('?',), ('c', char),
    # ('set', negate, [(lo, hi), ...]).
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1][0] != '*':
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('c', '['))
                continue
            stuff = pat[i:j]
            i = j + 1
            negate = stuff[:1] == '!'
            if negate:
                stuff = stuff[1:]
            ranges = []
            k = 0
            while k < len(stuff):
                if k + 2 < len(stuff) and stuff[k + 1] == '-':
                    if stuff[k] <= stuff[k + 2]:
                        ranges.append((stuff[k], stuff[k + 2]))
                    k += 3
                else:
                    ranges.append((stuff[k], stuff[k]))
                    k += 1
            tokens.append(('set', negate, ranges))
        else:
            tokens.append(('c', c))
    return tokens


def _one(tok, ch):
    kind = tok[0]
    if kind == 'c':
        return tok[1] == ch
    if kind == '?':
        return True
    inside = False
    for lo, hi in tok[2]:
        if lo <= ch <= hi:
            inside = True
            break
    return inside != tok[1]


def _match(tokens, name):
    # Greedy star with backtracking to the last star (linear in practice).
    ti = ni = 0
    star_ti = -1
    star_ni = 0
    nt = len(tokens)
    nn = len(name)
    while ni < nn:
        if ti < nt and tokens[ti][0] != '*' and _one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif ti < nt and tokens[ti][0] == '*':
            star_ti = ti
            star_ni = ni
            ti += 1
        elif star_ti >= 0:
            ti = star_ti + 1
            star_ni += 1
            ni = star_ni
        else:
            return False
    while ti < nt and tokens[ti][0] == '*':
        ti += 1
    return ti == nt


def fnmatchcase(name, pat):
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) >= 32768:
            _cache.clear()
        tokens = _compile(pat)
        _cache[pat] = tokens
    return _match(tokens, name)


def filter(names, pat):
    pat = posixpath.normcase(pat)
    tokens = _compile(pat)
    return [name for name in names
            if _match(tokens, posixpath.normcase(name))]


_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(s):
    return ''.join('\\' + c if c in _SPECIAL else c for c in s)


def translate(pat):
    STAR = None
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not STAR:
                res.append(STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
                continue
            stuff = pat[i:j]
            if '-' not in stuff:
                stuff = stuff.replace('\\', '\\\\')
            else:
                chunks = []
                k = i + 2 if pat[i] == '!' else i + 1
                while True:
                    k = pat.find('-', k, j)
                    if k < 0:
                        break
                    chunks.append(pat[i:k])
                    i = k + 1
                    k = k + 3
                chunk = pat[i:j]
                if chunk:
                    chunks.append(chunk)
                else:
                    chunks[-1] += '-'
                for k in range(len(chunks) - 1, 0, -1):
                    if chunks[k - 1][-1] > chunks[k][0]:
                        chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                        del chunks[k]
                stuff = '-'.join(s.replace('\\', '\\\\').replace('-', '\\-')
                                 for s in chunks)
            stuff = ''.join('\\' + ch if ch in '&~|' else ch for ch in stuff)
            i = j + 1
            if not stuff:
                res.append('(?!)')
            elif stuff == '!':
                res.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                res.append('[' + stuff + ']')
        else:
            res.append(_escape(c))
    out = []
    i, n = 0, len(res)
    while i < n and res[i] is not STAR:
        out.append(res[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and res[i] is not STAR:
            fixed.append(res[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?' + fixed + ')')
    return '(?s:' + ''.join(out) + ')\\Z'
