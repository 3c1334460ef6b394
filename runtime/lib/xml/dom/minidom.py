"""A small DOM (xml.dom.minidom): a tree of Node objects built by hand or
from XML text (via xml.parsers.expat), written back with toxml() and
toprettyxml() in CPython's layout."""

import io

import xml.dom
from xml.dom import Node, EMPTY_NAMESPACE


def _write_data(writer, data):
    if data:
        data = (data.replace("&", "&amp;").replace("<", "&lt;")
                .replace("\"", "&quot;").replace(">", "&gt;"))
        writer.write(data)


class NodeList(list):
    __slots__ = ()

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None

    @property
    def length(self):
        return len(self)


class _Node(Node):
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    prefix = EMPTY_NAMESPACE
    attributes = None
    nodeValue = None

    def __bool__(self):
        return True

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml("", "", encoding, standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None,
                    standalone=None):
        writer = io.StringIO()
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, "", indent, newl, encoding, standalone)
        else:
            self.writexml(writer, "", indent, newl)
        if encoding is None:
            return writer.getvalue()
        return writer.getvalue().encode(encoding, "xmlcharrefreplace")

    def hasChildNodes(self):
        return bool(self.childNodes)

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _check_child(self, node):
        if node.nodeType not in self._child_node_types:
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))

    def insertBefore(self, newChild, refChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(newChild.childNodes):
                self.insertBefore(c, refChild)
            return newChild
        self._check_child(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        if refChild is None:
            self.appendChild(newChild)
        else:
            try:
                index = self.childNodes.index(refChild)
            except ValueError:
                raise xml.dom.NotFoundErr()
            self.childNodes.insert(index, newChild)
            newChild.nextSibling = refChild
            refChild.previousSibling = newChild
            if index:
                node = self.childNodes[index - 1]
                node.nextSibling = newChild
                newChild.previousSibling = node
            else:
                newChild.previousSibling = None
            newChild.parentNode = self
        return newChild

    def appendChild(self, node):
        if node.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            for c in tuple(node.childNodes):
                self.appendChild(c)
            return node
        self._check_child(node)
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        _append_child(self, node)
        node.nextSibling = None
        return node

    def replaceChild(self, newChild, oldChild):
        if newChild.nodeType == self.DOCUMENT_FRAGMENT_NODE:
            refChild = oldChild.nextSibling
            self.removeChild(oldChild)
            return self.insertBefore(newChild, refChild)
        self._check_child(newChild)
        if newChild is oldChild:
            return
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise xml.dom.NotFoundErr()
        self.childNodes[index] = newChild
        newChild.parentNode = self
        oldChild.parentNode = None
        newChild.nextSibling = oldChild.nextSibling
        newChild.previousSibling = oldChild.previousSibling
        oldChild.nextSibling = None
        oldChild.previousSibling = None
        if newChild.previousSibling:
            newChild.previousSibling.nextSibling = newChild
        if newChild.nextSibling:
            newChild.nextSibling.previousSibling = newChild
        return oldChild

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise xml.dom.NotFoundErr()
        if oldChild.nextSibling is not None:
            oldChild.nextSibling.previousSibling = oldChild.previousSibling
        if oldChild.previousSibling is not None:
            oldChild.previousSibling.nextSibling = oldChild.nextSibling
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def normalize(self):
        """Join adjacent text nodes and drop empty ones, recursively."""
        L = []
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    if L:
                        L[-1].nextSibling = child.nextSibling
                    if child.nextSibling:
                        child.nextSibling.previousSibling = child.previousSibling
                    child.unlink()
                elif L and L[-1].nodeType == child.nodeType:
                    node = L[-1]
                    node.data = node.data + child.data
                    node.nextSibling = child.nextSibling
                    if child.nextSibling:
                        child.nextSibling.previousSibling = node
                    child.unlink()
                else:
                    L.append(child)
            else:
                L.append(child)
                if child.nodeType == Node.ELEMENT_NODE:
                    child.normalize()
        self.childNodes[:] = L

    def cloneNode(self, deep):
        return _clone_node(self, deep, self.ownerDocument or self)

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        if self.childNodes:
            for child in self.childNodes:
                child.unlink()
            self.childNodes = NodeList()
        self.previousSibling = None
        self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


def _append_child(self, node):
    childNodes = self.childNodes
    if childNodes:
        last = childNodes[-1]
        node.previousSibling = last
        last.nextSibling = node
    childNodes.append(node)
    node.parentNode = self


def _get_elements_by_tag_name(parent, name, rc):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE and (
                name == "*" or node.tagName == name):
            rc.append(node)
        _get_elements_by_tag_name(node, name, rc)
    return rc


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_node_types = (Node.ELEMENT_NODE, Node.TEXT_NODE,
                         Node.CDATA_SECTION_NODE, Node.COMMENT_NODE,
                         Node.PROCESSING_INSTRUCTION_NODE)

    def __init__(self):
        self.childNodes = NodeList()


class Attr(_Node):
    nodeType = Node.ATTRIBUTE_NODE
    specified = False
    ownerElement = None
    _child_node_types = (Node.TEXT_NODE,)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.value = self.nodeValue = ""
        self.childNodes = NodeList()

    @property
    def localName(self):
        return self.name.split(":", 1)[-1]

    def __setattr__(self, name, value):
        if name in ("value", "nodeValue"):
            object.__setattr__(self, "value", value)
            object.__setattr__(self, "nodeValue", value)
        else:
            object.__setattr__(self, name, value)


class NamedNodeMap:
    """The attributes of an element, by name, in insertion order."""

    def __init__(self, attrs):
        self._attrs = attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        try:
            return self[list(self._attrs.keys())[index]]
        except IndexError:
            return None

    def items(self):
        return [(node.nodeName, node.value) for node in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return self._attrs.values()

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __contains__(self, key):
        return key in self._attrs

    def __getitem__(self, attname):
        return self._attrs[attname]

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def __iter__(self):
        return iter(self._attrs)


class Element(_Node):
    nodeType = Node.ELEMENT_NODE
    nextSibling = None
    previousSibling = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.TEXT_NODE,
                         Node.CDATA_SECTION_NODE,
                         Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.parentNode = None
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def localName(self):
        return self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs)

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return "" if attr is None else attr.value

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.value = value
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        elif value != attr.value:
            attr.value = value

    def getAttributeNode(self, attrname):
        return self._attrs.get(attrname)

    def setAttributeNode(self, attr):
        old = self._attrs.get(attr.name)
        self._attrs[attr.name] = attr
        attr.ownerElement = self
        return old

    def removeAttribute(self, name):
        try:
            attr = self._attrs.pop(name)
        except KeyError:
            raise xml.dom.NotFoundErr()
        attr.ownerElement = None

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for a_name, attr in self._attrs.items():
            writer.write(" %s=\"" % a_name)
            _write_data(writer, attr.value)
            writer.write("\"")
        if self.childNodes:
            writer.write(">")
            # A lone text child stays on the element's line.
            if (len(self.childNodes) == 1 and
                    self.childNodes[0].nodeType in (Node.TEXT_NODE,
                                                    Node.CDATA_SECTION_NODE)):
                self.childNodes[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write("</%s>%s" % (self.tagName, newl))
        else:
            writer.write("/>%s" % (newl))

    def unlink(self):
        for attr in self._attrs.values():
            attr.unlink()
        self._attrs = {}
        _Node.unlink(self)


class _Childless:
    attributes = None
    childNodes = NodeList()
    firstChild = None
    lastChild = None

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + " nodes cannot have children")

    def hasChildNodes(self):
        return False

    def insertBefore(self, newChild, refChild):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + " nodes do not have children")

    def removeChild(self, oldChild):
        raise xml.dom.NotFoundErr(
            self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def replaceChild(self, newChild, oldChild):
        raise xml.dom.HierarchyRequestErr(
            self.nodeName + " nodes do not have children")


class ProcessingInstruction(_Childless, _Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class CharacterData(_Childless, _Node):

    def __init__(self):
        self.ownerDocument = self.parentNode = None
        self.previousSibling = self.nextSibling = None
        self.data = ''

    @property
    def nodeValue(self):
        return self.data

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        if len(data) > 10:
            dotdotdot = "..."
        else:
            dotdotdot = ""
        return '<DOM %s node "%r%s">' % (
            self.__class__.__name__, data[0:10], dotdotdot)

    def substringData(self, offset, count):
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if offset >= len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")
        return self.data[offset:offset + count]

    def appendData(self, arg):
        self.data = self.data + arg


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        _write_data(writer, "%s%s%s" % (indent, self.data, newl))

    @property
    def wholeText(self):
        L = [self.data]
        n = self.previousSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE,
                                               Node.CDATA_SECTION_NODE):
            L.insert(0, n.data)
            n = n.previousSibling
        n = self.nextSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE,
                                               Node.CDATA_SECTION_NODE):
            L.append(n.data)
            n = n.nextSibling
        return ''.join(L)


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def __init__(self, data):
        CharacterData.__init__(self)
        self.data = data

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if self.data.find("]]>") >= 0:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Document(_Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None
    parentNode = None
    previousSibling = nextSibling = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    _child_node_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                         Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType not in self._child_node_types:
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if (node.nodeType == Node.ELEMENT_NODE and
                self.documentElement is not None):
            raise xml.dom.HierarchyRequestErr(
                "two document elements disallowed")
        return _Node.appendChild(self, node)

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise xml.dom.NotFoundErr()
        oldChild.nextSibling = oldChild.previousSibling = None
        oldChild.parentNode = None
        return oldChild

    def createDocumentFragment(self):
        d = DocumentFragment()
        d.ownerDocument = self
        return d

    def createElement(self, tagName):
        e = Element(tagName)
        e.ownerDocument = self
        return e

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        t = Text()
        t.data = data
        t.ownerDocument = self
        return t

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError("node contents must be a string")
        c = CDATASection()
        c.data = data
        c.ownerDocument = self
        return c

    def createComment(self, data):
        c = Comment(data)
        c.ownerDocument = self
        return c

    def createProcessingInstruction(self, target, data):
        p = ProcessingInstruction(target, data)
        p.ownerDocument = self
        return p

    def createAttribute(self, qName):
        a = Attr(qName)
        a.ownerDocument = self
        a.value = ""
        return a

    def getElementsByTagName(self, name):
        return _get_elements_by_tag_name(self, name, NodeList())

    def writexml(self, writer, indent="", addindent="", newl="",
                 encoding=None, standalone=None):
        declarations = []
        if encoding:
            declarations.append(f'encoding="{encoding}"')
        if standalone is not None:
            declarations.append(
                f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(declarations)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def unlink(self):
        _Node.unlink(self)


def _clone_node(node, deep, newOwnerDocument):
    if node.nodeType == Node.ELEMENT_NODE:
        clone = newOwnerDocument.createElement(node.nodeName) \
            if isinstance(newOwnerDocument, Document) else Element(node.nodeName)
        for name, attr in node._attrs.items():
            clone.setAttribute(name, attr.value)
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, newOwnerDocument))
    elif node.nodeType == Node.TEXT_NODE:
        clone = Text()
        clone.data = node.data
    elif node.nodeType == Node.CDATA_SECTION_NODE:
        clone = CDATASection()
        clone.data = node.data
    elif node.nodeType == Node.COMMENT_NODE:
        clone = Comment(node.data)
    elif node.nodeType == Node.PROCESSING_INSTRUCTION_NODE:
        clone = ProcessingInstruction(node.target, node.data)
    elif node.nodeType == Node.DOCUMENT_NODE:
        clone = Document()
        if deep:
            for child in node.childNodes:
                clone.appendChild(_clone_node(child, deep, clone))
        return clone
    else:
        raise xml.dom.NotSupportedErr("Cannot clone node %s" % repr(node))
    if isinstance(newOwnerDocument, Document):
        clone.ownerDocument = newOwnerDocument
    return clone


class DOMImplementation:

    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (
            None, "", "1.0", "2.0")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if qualifiedName:
            element = doc.createElement(qualifiedName)
            if namespaceURI:
                element.namespaceURI = namespaceURI
            doc.appendChild(element)
        return doc


def getDOMImplementation(features=None):
    return DOMImplementation()


class _Builder:
    """Builds a Document from expat's events."""

    def __init__(self):
        self.document = Document()
        self.current = self.document
        self.in_cdata = False

    def start_element(self, name, attrs):
        node = self.document.createElement(name)
        for key, value in attrs.items():
            node.setAttribute(key, value)
        _append_child(self.current, node)
        self.current = node

    def end_element(self, name):
        self.current = self.current.parentNode

    def character_data(self, data):
        children = self.current.childNodes
        if self.in_cdata:
            if children and children[-1].nodeType == Node.CDATA_SECTION_NODE \
                    and self.cdata_continue:
                children[-1].appendData(data)
                return
            node = self.document.createCDATASection(data)
            self.cdata_continue = True
        elif children and children[-1].nodeType == Node.TEXT_NODE:
            children[-1].data = children[-1].data + data
            return
        else:
            node = self.document.createTextNode(data)
        _append_child(self.current, node)

    def comment(self, data):
        _append_child(self.current, self.document.createComment(data))

    def pi(self, target, data):
        _append_child(self.current,
                      self.document.createProcessingInstruction(target, data))

    def start_cdata(self):
        self.in_cdata = True
        self.cdata_continue = False

    def end_cdata(self):
        self.in_cdata = False
        self.cdata_continue = False

    def xml_decl(self, version, encoding, standalone):
        self.document.version = version
        self.document.encoding = encoding
        # expat says -1 when the declaration has no standalone part.
        if standalone >= 0:
            self.document.standalone = bool(standalone)

    def parse(self, data):
        from xml.parsers import expat
        parser = expat.ParserCreate()
        parser.StartElementHandler = self.start_element
        parser.EndElementHandler = self.end_element
        parser.CharacterDataHandler = self.character_data
        parser.CommentHandler = self.comment
        parser.ProcessingInstructionHandler = self.pi
        parser.StartCdataSectionHandler = self.start_cdata
        parser.EndCdataSectionHandler = self.end_cdata
        parser.XmlDeclHandler = self.xml_decl
        parser.Parse(data, True)
        return self.document


def parseString(string, parser=None):
    """A Document for the XML text (str or bytes)."""
    if parser is not None:
        raise NotImplementedError("custom parsers are not supported")
    return _Builder().parse(string)


def parse(file, parser=None, bufsize=None):
    """A Document for the XML in a file (a path or a binary file object)."""
    if parser is not None:
        raise NotImplementedError("custom parsers are not supported")
    if isinstance(file, str) or hasattr(file, '__fspath__'):
        with open(file, 'rb') as fp:
            data = fp.read()
    else:
        data = file.read()
    return _Builder().parse(data)
