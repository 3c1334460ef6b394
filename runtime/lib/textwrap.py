"""Wrapping and filling text (CPython's textwrap module).

Text is cut into chunks -- runs of whitespace, words, and the pieces of
hyphenated words and em-dashes where a line may break -- with the same
rules as CPython (its chunking pattern is used as is), then packed
greedily into lines of at most `width` columns.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _chunk_patterns():
    ws = '[%s]' % re.escape(_whitespace)
    nws = '[^' + ws[1:]
    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    # A chunk is whitespace, an em-dash between words, or a word that ends
    # at whitespace, at the end, before an em-dash, or after a hyphen that
    # joins two letters of a hyphenated word.
    hyphenated = (r'%(nws)s+? (?: -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))'
                  r'(?= %(lt)s -? %(lt)s) | (?=%(ws)s|\Z)'
                  r' | (?<=%(wp)s) (?=-{2,}\w))')
    pattern = (r'( %(ws)s+ | (?<=%(wp)s) -{2,} (?=\w) | ' + hyphenated + ')')
    names = {'ws': ws, 'nws': nws, 'wp': word_punct, 'lt': letter}
    return (re.compile(pattern % names, re.VERBOSE),
            re.compile(r'(%s+)' % ws))


class TextWrapper:
    """Wraps single paragraphs of text; attributes are the options of
    wrap() and fill()."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re, wordsep_simple_re = _chunk_patterns()
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        pattern = (self.wordsep_re if self.break_on_hyphens is True
                   else self.wordsep_simple_re)
        return [c for c in pattern.split(text) if c]

    def _fix_sentence_endings(self, chunks):
        # "end.  Next" keeps two spaces where a sentence ends.
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self.sentence_end_re.search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, pending, cur_line, cur_len, width):
        """A chunk longer than any line: put what fits of it on this line
        (breaking after a hyphen when there is one), or the whole of it
        when long words may not be broken and the line is empty."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = pending[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            pending[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(pending.pop())

    def _finish_truncated(self, lines, cur_line, cur_len, indent, width):
        """max_lines reached: end the text with the placeholder."""
        while cur_line:
            if cur_line[-1].strip() and \
                    cur_len + len(self.placeholder) <= width:
                cur_line.append(self.placeholder)
                lines.append(indent + ''.join(cur_line))
                return
            cur_len -= len(cur_line[-1])
            del cur_line[-1]
        if lines:
            prev_line = lines[-1].rstrip()
            if len(prev_line) + len(self.placeholder) <= self.width:
                lines[-1] = prev_line + self.placeholder
                return
        lines.append(indent + self.placeholder.lstrip())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        # A stack: the next chunk is at the end.
        pending = chunks[::-1]
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and pending[-1].strip() == '' and lines:
                del pending[-1]
            cur_line = []
            cur_len = 0
            while pending and cur_len + len(pending[-1]) <= width:
                chunk = pending.pop()
                cur_line.append(chunk)
                cur_len += len(chunk)
            if pending and len(pending[-1]) > width:
                self._handle_long_word(pending, cur_line, cur_len, width)
                cur_len = sum([len(c) for c in cur_line])
            if self.drop_whitespace and cur_line and \
                    cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            only_space_left = (not pending or
                               (self.drop_whitespace and len(pending) == 1 and
                                not pending[0].strip()))
            if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                    (only_space_left and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
            else:
                self._finish_truncated(lines, cur_line, cur_len, indent,
                                       width)
                break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blank(line):
    """The run of spaces and tabs at the start of line."""
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Removes the whitespace common to the start of every line; lines of
    only spaces and tabs become empty."""
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _leading_blank(line)
        if lead == line:
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for i, (x, y) in enumerate(zip(margin, lead)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate is true (by
    default: the lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)
