# csv reader and writer on fields made of long plain runs between the
# characters a dialect gives meaning to: quotes, doubled quotes, escape
# characters, delimiters and line breaks inside quoted fields, a
# non-ASCII delimiter and quote, and QUOTE_NONE / QUOTE_ALL writing.
import csv
import io

rows = [
    ["plain" * 20, "with space", 'has "quotes" inside', "a,b", "line\nbreak"],
    ["", "x", "tail\r", "éèê" * 5, "'single'"],
    ["1", "2.5", "-3", "naïve, text", '"'],
]
for kwargs in [{}, {"quoting": csv.QUOTE_ALL}, {"quoting": csv.QUOTE_MINIMAL,
               "escapechar": "\\", "doublequote": False},
               {"delimiter": ";", "quotechar": "'"},
               {"delimiter": "§", "quotechar": "«"}]:
    buf = io.StringIO()
    w = csv.writer(buf, **kwargs)
    w.writerows(rows)
    text = buf.getvalue()
    print(repr(text[:160]))
    back = list(csv.reader(io.StringIO(text, newline=""), **kwargs))
    print(back == rows, len(back))

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'q"q', "plain", "back\\slash"])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), escapechar="\\",
                      quoting=csv.QUOTE_NONE)))

text = 'a,"b ""quoted"" and, comma",c\\,d,"multi\nline"\r\nx,y\n'
print(list(csv.reader(io.StringIO(text, newline=""), escapechar="\\")))
print(list(csv.reader(['one two,  three', ' four'], skipinitialspace=True)))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("Error", e)
print(list(csv.reader(['a,"b"c'])))

# Which characters make the writer quote a field, and which it escapes.
cases = [
    ({"lineterminator": "\n"}, ["a\rb", "c"]),
    ({"lineterminator": "X"}, ["a\nb", "cXd", "e\\f"]),
    ({"escapechar": "\\"}, ["e\\f", 'q"']),
    ({"escapechar": "\\", "doublequote": False}, ["e\\f", 'q"', 'a,"']),
    ({"quoting": csv.QUOTE_ALL, "doublequote": False, "escapechar": "\\"},
     ['q"', 1]),
    ({"quoting": csv.QUOTE_NONNUMERIC}, ['q"', 1, 2.5, None]),
    ({"lineterminator": "X", "quoting": csv.QUOTE_NONE, "escapechar": "\\"},
     ["a\nb\rc", "dXe"]),
    ({"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, ["a\nb\rc", "dXe", 'q"']),
    ({"doublequote": False}, ['q"']),
    ({}, [""]),
]
for kwargs, row in cases:
    buf = io.StringIO()
    try:
        csv.writer(buf, **kwargs).writerow(row)
    except csv.Error as e:
        print("Error", e)
    print(repr(buf.getvalue()))
