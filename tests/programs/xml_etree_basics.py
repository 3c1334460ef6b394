# xml.etree.ElementTree: building, parsing, paths, serialization,
# indent, namespaces and ParseError messages; xml.parsers.expat handlers.
import io
import os
import tempfile
import xml.etree.ElementTree as ET
from xml.parsers import expat

root = ET.Element("catalog", {"version": "2"}, lang="en")
for i, (title, price) in enumerate([("Dune", "9.99"), ("Emma", "5.50"),
                                    ("Ulysses & co", "12")]):
    book = ET.SubElement(root, "book", id=str(i))
    ET.SubElement(book, "title").text = title
    p = ET.SubElement(book, "price", currency="EUR" if i else "USD")
    p.text = price
    book.tail = "\n"
root.text = "\n"
print(len(root), root.tag, root.attrib, root.get("lang"), root.get("x", "-"))
print(sorted(root.keys()), sorted(root.items()))
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="unicode", method="text"))
print(ET.tostring(root[0], encoding="unicode"))
print([e.tag for e in root.iter()][:5], len(list(root.iter("price"))))
print([b.get("id") for b in root.findall("book")],
      root.find("book/title").text, root.findtext("book/price"),
      root.findtext("nothing", "dflt"), root.find("nothing"))
print([p.text for p in root.findall(".//price")],
      [t.text for t in root.iterfind("*/title")])
print([b.get("id") for b in root.findall("book[@id='1']")],
      [b.get("id") for b in root.findall("book[title='Emma']")],
      [b.get("id") for b in root.findall("book[price]")],
      [b.get("id") for b in root.findall("book[2]")],
      [b.get("id") for b in root.findall("book[last()]")],
      [b.get("id") for b in root.findall("book[last()-1]")],
      [e.tag for e in root.findall("book/price/..")],
      [e.tag for e in root.findall(".//*[@currency='EUR']")],
      [e.tag for e in root.findall("book[@id!='0']/title")])
for bad in ["/book", "book[@id=]", "book[0]", "book[foo()]",
            "x:book"]:
    try:
        print(root.findall(bad))
    except SyntaxError as e:
        print("SyntaxError", e)
try:
    root.findall("x:book", {"y": "urn:y"})
except SyntaxError as e:
    print("SyntaxError", e)
for call in [lambda: root.insert(0, "x"), lambda: root.remove("x"),
             lambda: root.extend(["x"])]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

# Editing.
b = root[1]
root.remove(b)
root.insert(0, b)
root.append(ET.Element("extra"))
del root[-1]
print([e.get("id") for e in root], len(root[0:2]))
try:
    root.append("text")
except TypeError as e:
    print("TypeError", e)
try:
    root.remove(ET.Element("zzz"))
except ValueError as e:
    print("ValueError", e)
e = ET.Element("e")
e.set("b", "2")
e.set("a", '1 "q" <&>\n\t')
e.text = "x < y & z > w"
e.tail = "tail"
print(ET.tostring(e), ET.tostring(e, method="html"))
e.clear()
print(ET.tostring(e), e.attrib, e.text, e.tail)
print(ET.tostring(ET.Element("empty")),
      ET.tostring(ET.Element("empty"), short_empty_elements=False),
      ET.tostring(ET.Element("br"), method="html"))
print(ET.tostring(ET.Element("e", a="é✓"), encoding="utf-8"),
      ET.tostring(ET.Element("e", a="é✓")),
      ET.tostring(ET.Element("e", a="é"), encoding="iso-8859-1"),
      ET.tostring(ET.Element("e"), encoding="unicode",
                  xml_declaration=True))
c = ET.Comment(" note ")
pi = ET.PI("target", "data")
holder = ET.Element("h")
holder.extend([c, pi])
print(ET.tostring(holder), ET.iselement(c), ET.iselement("x"),
      c.tag is ET.Comment, pi.tag is ET.PI)

# Parsing.
doc = """<?xml version="1.0"?>
<!-- top comment -->
<root a="1">
  <item n="1">one<sub/>after</item>
  <item n="2">&lt;two&gt; &amp; &#65;&#x42;</item>
  <![CDATA[raw <text>]]>
</root>"""
r = ET.fromstring(doc)
print(r.tag, r.attrib, repr(r.text), [i.text for i in r], repr(r[0].tail))
print(repr(r[0][0].tail), repr(r[1].text), repr(r[1].tail))
print(ET.tostring(r, encoding="unicode"))
print(ET.fromstring(b"<a>\xc3\xa9</a>").text,
      ET.fromstring('<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>')
      .text,
      ET.fromstring(b'<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>')
      .text)
for bad in ["<a><b></a>", "<a>", "", "<a>&foo;</a>", "<a x=1/>",
            "<a></a><b/>", "junk", "<a>\n <b>\n</a>",
            '<a b="1" b="2"/>', b"<a>\xff</a>", "<a>&#0;</a>"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(e), e.code, e.position, isinstance(e, SyntaxError))

# Namespaces.
ns_doc = ('<r xmlns="urn:d" xmlns:x="urn:x"><x:a x:k="v">t</x:a>'
          '<b/></r>')
n = ET.fromstring(ns_doc)
print(n.tag, [c.tag for c in n], n[0].attrib)
print(ET.tostring(n))
print(n.find("{urn:x}a").text, n.find("x:a", {"x": "urn:x"}).text,
      [c.tag for c in n.findall("{*}b")], [c.tag for c in n.findall("{urn:d}*")],
      [c.tag for c in n.findall("b", {"": "urn:d"})])
ET.register_namespace("dd", "urn:d")
print(ET.tostring(n))
print(ET.tostring(n, default_namespace="urn:x") if False else "")
try:
    ET.register_namespace("ns3", "urn:q")
except ValueError as e:
    print("ValueError", e)
q = ET.QName("urn:q", "tag")
print(q, repr(q), q == "{urn:q}tag", ET.tostring(ET.Element(q)))

# indent, ElementTree, files, iterparse.
tree = ET.ElementTree(ET.fromstring("<a><b><c>x</c><c/></b><d/></a>"))
ET.indent(tree)
print(ET.tostring(tree.getroot(), encoding="unicode"))
ET.indent(tree.getroot(), space="\t", level=1)
print(repr(ET.tostring(tree.getroot(), encoding="unicode")))
try:
    ET.indent(tree, level=-1)
except ValueError as e:
    print("ValueError", e)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.xml")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "rb") as f:
        print(f.read())
    t2 = ET.parse(path)
    print(t2.getroot().tag, [e.tag for e in t2.iter()], t2.findtext("b/c"))
    tree.write(path)
    with open(path, "rb") as f:
        print(f.read()[:20])
    events = [(ev, el.tag) for ev, el in ET.iterparse(path,
                                                      ("start", "end"))]
    print(events)
buf = io.BytesIO()
ET.ElementTree(ET.Element("z", q="1")).write(buf, encoding="us-ascii")
print(buf.getvalue())
sbuf = io.StringIO()
ET.ElementTree(ET.Element("z")).write(sbuf, encoding="unicode")
print(sbuf.getvalue())
ET.dump(ET.Element("dumped", k="v"))
pp = ET.XMLPullParser(["start", "end"])
pp.feed("<a><b>te")
print([(ev, el.tag) for ev, el in pp.read_events()])
pp.feed("xt</b></a>")
print([(ev, el.tag, el.text) for ev, el in pp.read_events()])


class Target:
    def start(self, tag, attrib):
        print("start", tag, attrib)

    def end(self, tag):
        print("end", tag)

    def data(self, data):
        print("data", repr(data))

    def close(self):
        return "closed"


parser = ET.XMLParser(target=Target())
parser.feed("<a x='1'>hi<b/>")
parser.feed("</a>")
print(parser.close())
tb = ET.TreeBuilder()
tb.start("root", {})
tb.data("text")
tb.end("root")
print(ET.tostring(tb.close()))

# xml.parsers.expat directly.
p = expat.ParserCreate()
p.StartElementHandler = lambda name, attrs: print("S", name, attrs)
p.EndElementHandler = lambda name: print("E", name)
p.CharacterDataHandler = lambda data: print("D", repr(data))
p.CommentHandler = lambda data: print("C", repr(data))
p.ProcessingInstructionHandler = lambda t, d: print("PI", t, d)
p.Parse("<?pi data?><r a='1'><!--c-->t<e/></r>", True)
p2 = expat.ParserCreate(namespace_separator=" ")
p2.StartElementHandler = lambda name, attrs: print("NS", name)
p2.Parse(b"<r xmlns='urn:a'><e/></r>", True)
p3 = expat.ParserCreate()
try:
    p3.Parse("<r><e></r>", True)
except expat.ExpatError as e:
    print("ExpatError", e, e.code, e.lineno, e.offset,
          expat.ErrorString(e.code), p3.ErrorCode)
print(expat.error is expat.ExpatError, expat.ErrorString(2))
