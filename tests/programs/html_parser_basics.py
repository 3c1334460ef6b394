# html.parser.HTMLParser: tags, attributes, text, comments, declarations,
# references with and without convert_charrefs, CDATA elements, broken
# markup, chunked feeding and positions.
from html.parser import HTMLParser


class Logger(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log = []

    def handle_starttag(self, tag, attrs):
        self.log.append(("start", tag, attrs, self.getpos()))

    def handle_startendtag(self, tag, attrs):
        self.log.append(("startend", tag, attrs))

    def handle_endtag(self, tag):
        self.log.append(("end", tag))

    def handle_data(self, data):
        self.log.append(("data", data))

    def handle_comment(self, data):
        self.log.append(("comment", data))

    def handle_entityref(self, name):
        self.log.append(("entity", name))

    def handle_charref(self, name):
        self.log.append(("charref", name))

    def handle_decl(self, decl):
        self.log.append(("decl", decl))

    def handle_pi(self, data):
        self.log.append(("pi", data))

    def unknown_decl(self, data):
        self.log.append(("unknown", data))


def run(text, chunks=None, **kw):
    p = Logger(**kw)
    if chunks:
        for i in range(0, len(text), chunks):
            p.feed(text[i:i + chunks])
    else:
        p.feed(text)
    p.close()
    for entry in p.log:
        print("  ", entry)
    print("  pos", p.getpos())


page = """<!DOCTYPE html>
<html lang="en">
<head><title>A &amp; B</title>
<meta charset=utf-8>
<script type="text/javascript">if (a < b && c > d) { x = "</p>"; }</script>
<style>p > a { color: red }</style>
</head>
<body class='main page' data-x = "1" hidden>
<!-- a comment -- with dashes -->
<p>Caf&eacute; &copy; 2024 &#169; &#xA9; &notanentity; 5 &lt; 6</p>
<img src="a.png" alt="x &quot;y&quot;"/><br/>
<a href=/path?a=1&b=2 title=bare>link</a>
<?php echo 1 ?>
<![CDATA[cdata text]]>
<P CLASS="Upper">Mixed</P>
</body></html>
"""
print("convert_charrefs=True")
run(page)
print("convert_charrefs=False")
run(page, convert_charrefs=False)
print("chunked by 7")
run(page, chunks=7)
print("broken markup")
for text in ["<a href='x>unterminated", "text < more", "<div<p>", "</>",
             "</ div >", "<!bogus>", "a &amp b &#65 c &# d", "<br/ >",
             "<p a=1 b c='3'/>", "&", "x &copy", "<!-- open", "</p foo>",
             "<a b='1' / >", "<1p>", "<p/ x>"]:
    print(repr(text))
    run(text)
    run(text, convert_charrefs=False)
p = HTMLParser()
p.feed("<a><b>")
print(p.get_starttag_text(), p.lasttag)
p.reset()
print(p.getpos(), p.rawdata == "")
