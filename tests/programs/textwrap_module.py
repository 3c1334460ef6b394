# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper options.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Hyphenated-words and "
        "well-known co-operation -- em-dashes too -- wrap at breakable "
        "points. Supercalifragilisticexpialidocious is long. End.")
for width in (10, 20, 35, 70):
    print(textwrap.wrap(text, width))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(text, 25, break_on_hyphens=False))
print(textwrap.fill(text, 12, break_long_words=False))
print(textwrap.fill("Hello.  World. Foo bar.\nbaz", 40, fix_sentence_endings=True))
print(textwrap.wrap("\ttabbed\ttext  with   spaces", 12))
print(textwrap.wrap("keep   spaces  ", 8, drop_whitespace=False))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(repr(textwrap.dedent("""
    def f():
        return 1
      \t
    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.indent("one\n\ntwo\n  \nthree", "> ")))
print(repr(textwrap.indent("a\nb", "+ ", lambda line: True)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder=" ~")
print(w.wrap(text))
