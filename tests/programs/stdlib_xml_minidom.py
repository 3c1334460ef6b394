# xml.dom.minidom: parsing, navigation, building, toxml/toprettyxml.
import xml.dom
from xml.dom import minidom

src = '''<?xml version="1.0"?>
<library name="city" open="yes">
  <!-- the catalogue -->
  <book id="1" lang="en"><title>Dune</title><author>Herbert</author></book>
  <book id="2"><title>Solaris &amp; more</title><author>Lem</author></book>
  <note><![CDATA[<raw> & text]]></note>
  <?render fast?>
  <empty/>
</library>'''
doc = minidom.parseString(src)
root = doc.documentElement
print(root.tagName, root.getAttribute('name'), repr(root.getAttribute('missing')))
print(root.hasAttribute('open'), root.attributes.length, sorted(root.attributes.keys()))
books = doc.getElementsByTagName('book')
print(len(books), books.length, [b.getAttribute('id') for b in books])
for b in books:
    title = b.getElementsByTagName('title')[0]
    print(title.firstChild.data, title.firstChild.nodeType == xml.dom.Node.TEXT_NODE,
          b.getElementsByTagName('author')[0].childNodes[0].nodeValue)
print([n.nodeType for n in root.childNodes])
print([n.nodeName for n in root.childNodes if n.nodeType != n.TEXT_NODE])
note = doc.getElementsByTagName('note')[0]
print(note.firstChild.nodeType, repr(note.firstChild.data))
print(len(doc.getElementsByTagName('*')))
print(root.toxml())
print(doc.toxml())
print(books[0].toxml())
first = books[0]
print(first.parentNode.tagName, first.nextSibling.nodeType, first.previousSibling.nodeType)
print(doc.version, doc.encoding, doc.standalone)

# Building a document by hand.
impl = minidom.getDOMImplementation()
d = impl.createDocument(None, 'config', None)
top = d.documentElement
top.setAttribute('version', '2')
for name, value in [('host', 'localhost'), ('port', '8080'), ('quote', 'a "b" <c> & d')]:
    e = d.createElement('option')
    e.setAttribute('name', name)
    e.appendChild(d.createTextNode(value))
    top.appendChild(e)
top.appendChild(d.createComment(' end '))
sub = d.createElement('nested')
inner = d.createElement('leaf')
sub.appendChild(inner)
top.appendChild(sub)
print(d.toxml())
print(d.toprettyxml())
print(d.toprettyxml(indent='  '))
print(top.toprettyxml(indent='  ', newl='\n'))
print(d.toxml(encoding='utf-8'))
print(d.toprettyxml(indent=' ', encoding='latin-1')[:60])

# Tree editing.
opts = top.getElementsByTagName('option')
top.removeChild(opts[0])
top.insertBefore(d.createElement('first'), top.firstChild)
top.replaceChild(d.createElement('replaced'), opts[1])
inner.setAttribute('k', 'v')
inner.removeAttribute('k')
print(top.toxml())
clone = top.cloneNode(True)
print(clone.toxml() == top.toxml(), clone.parentNode, top.cloneNode(False).toxml())
t = d.createElement('t')
t.appendChild(d.createTextNode('a'))
t.appendChild(d.createTextNode(''))
t.appendChild(d.createTextNode('b'))
print(len(t.childNodes), t.firstChild.wholeText)
t.normalize()
print(len(t.childNodes), t.toxml())
try:
    d.appendChild(d.createElement('second'))
except xml.dom.HierarchyRequestErr as e:
    print('HierarchyRequestErr', e)
try:
    top.removeChild(d.createElement('stranger'))
except xml.dom.NotFoundErr:
    print('NotFoundErr')
try:
    d.createComment('a -- b').toxml()
except ValueError as e:
    print('ValueError', e)
try:
    minidom.parseString('<a><b></a>')
except Exception as e:
    print(type(e).__name__)
frag = d.createDocumentFragment()
frag.appendChild(d.createElement('x'))
frag.appendChild(d.createElement('y'))
sub.appendChild(frag)
print(sub.toxml(), len(frag.childNodes))
print(minidom.parseString(b'<r a="1">t\xc3\xa9</r>').documentElement.firstChild.data)
print(minidom.parseString('<r>\n  <c/>\n</r>').toprettyxml())
