"""The ElementTree XML API, as CPython 3.11 has it.

Element trees in Python (Element, SubElement, ElementTree, Comment, PI,
QName), parsing through the native expat tokenizer (_expat: XMLParser,
TreeBuilder, XMLPullParser, fromstring, parse, iterparse), serialization
(tostring, write, dump; the xml, html and text methods), indent, and the
path language of find/findall/findtext/iterfind (ElementPath).
"""

import re
import sys

import _expat
from . import ElementPath

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring",
    "fromstringlist", "indent", "iselement", "iterparse", "parse",
    "ParseError", "PI", "ProcessingInstruction", "QName", "SubElement",
    "tostring", "tostringlist", "TreeBuilder", "VERSION", "XML", "XMLID",
    "XMLParser", "XMLPullParser", "register_namespace",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """A document that is not well-formed: `code` is expat's error code,
    `position` the (line, column) where it was found."""


def iselement(element):
    return hasattr(element, "tag")


def _check_element(element, what=None):
    if not isinstance(element, Element):
        if what is None:
            raise TypeError("expected an Element, not %s"
                            % type(element).__name__)
        raise TypeError("%s must be xml.etree.ElementTree.Element, not %s"
                        % (what, type(element).__name__))


def _is_path(path):
    """Whether a find() argument needs ElementPath: CPython looks up a
    plain tag among the children directly."""
    if not isinstance(path, str):
        return True
    if path[:2] == "{}" or path[:3] == "{*}":
        return True
    in_braces = False
    for ch in path:
        if ch == "{":
            in_braces = True
        elif ch == "}":
            in_braces = False
        elif not in_braces and ch in "/*[@.":
            return True
    return False


class Element:
    """An XML element: `tag`, `attrib` (a dict), `text`, `tail`, and a
    list of subelements."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s"
                            % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag,
                                   id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        for child in self._children:
            elem.append(copy.deepcopy(child, memo))
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn(
            "The behavior of this method will change in future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                _check_element(elt)
        else:
            _check_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement, /):
        _check_element(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements, /):
        for element in elements:
            if not isinstance(element, Element):
                raise TypeError('expected an Element, not "%s"'
                                % type(element).__name__)
            self._children.append(element)

    def insert(self, index, subelement, /):
        _check_element(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def remove(self, subelement, /):
        _check_element(subelement, "remove() argument")
        for i, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        if namespaces is None and not _is_path(path):
            for child in self._children:
                if child.tag == path:
                    return child
            return None
        return ElementPath.find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if namespaces is None and not _is_path(path):
            for child in self._children:
                if child.tag == path:
                    return child.text or ""
            return default
        return ElementPath.findtext(self, path, default, namespaces)

    def findall(self, path, namespaces=None):
        if namespaces is None and not _is_path(path):
            return [child for child in self._children if child.tag == path]
        return ElementPath.findall(self, path, namespaces)

    def iterfind(self, path, namespaces=None):
        return ElementPath.iterfind(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value, /):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    if not isinstance(attrib, dict):
        raise TypeError("attrib must be dict, not %s"
                        % type(attrib).__name__)
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + " " + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name: QName(uri, tag) is "{uri}tag"."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __le__(self, other):
        return self.text <= self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __eq__(self, other):
        return self.text == self._other(other)


class ElementTree:
    """A whole document: its root element, parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, "read"):
            source = open(source, "rb")
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                data = source.read(65536)
                if not data:
                    break
                parser.feed(data)
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            import warnings
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path,
                FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *,
              short_empty_elements=True):
        if not method:
            method = "xml"
        elif method not in _SERIALIZERS:
            raise ValueError("unknown method %r" % method)
        if not encoding:
            encoding = "us-ascii"
        text_out = encoding.lower() == "unicode"
        write_method = getattr(file_or_filename, "write", None)
        declared = encoding
        if text_out:
            declared = (getattr(file_or_filename, "encoding", None)
                        or "utf-8") if write_method is not None else "utf-8"
        parts = []
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and not text_out
                and declared.lower() not in ("utf-8", "us-ascii"))):
            parts.append("<?xml version='1.0' encoding='%s'?>\n"
                         % (declared,))
        if method == "text":
            _serialize_text(parts.append, self._root)
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            _SERIALIZERS[method](parts.append, self._root, qnames,
                                 namespaces, short_empty_elements)
        text = "".join(parts)
        if write_method is not None:
            if text_out:
                write_method(text)
            else:
                write_method(text.encode(encoding, "xmlcharrefreplace"))
            return
        if text_out:
            encoding = "utf-8"
        with open(file_or_filename, "wb") as f:
            f.write(text.encode(encoding, "xmlcharrefreplace"))

    def write_c14n(self, file):
        raise ValueError("unknown method 'c14n'")


# --- serialization ----------------------------------------------------------

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _serialization_error(value):
    raise TypeError("cannot serialize %r (type %s)"
                    % (value, type(value).__name__))


def _namespaces(root, default_namespace=None):
    """The serialized name of every tag and attribute name in the tree
    (qnames), and the prefix chosen for each namespace URI."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ""

    def add(qname):
        try:
            if qname[:1] == "{":
                uri, local = qname[1:].rsplit("}", 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = "ns%d" % len(namespaces)
                    if prefix != "xml":
                        namespaces[uri] = prefix
                qnames[qname] = "%s:%s" % (prefix, local) if prefix else local
            else:
                if default_namespace:
                    raise ValueError("cannot use non-qualified names with "
                                     "default_namespace option")
                qnames[qname] = qname
        except TypeError:
            _serialization_error(qname)

    for elem in root.iter():
        tag = elem.tag
        if isinstance(tag, QName):
            if tag.text not in qnames:
                add(tag.text)
        elif isinstance(tag, str):
            if tag not in qnames:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _serialization_error(tag)
        for key, value in elem.items():
            if isinstance(key, QName):
                key = key.text
            if key not in qnames:
                add(key)
            if isinstance(value, QName) and value.text not in qnames:
                add(value.text)
        text = elem.text
        if isinstance(text, QName) and text.text not in qnames:
            add(text.text)
    return qnames, namespaces


def _escape_cdata(text):
    if not isinstance(text, str):
        _serialization_error(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _escape_attrib(text):
    text = _escape_cdata(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#09;")
    return text


def _escape_attrib_html(text):
    if not isinstance(text, str):
        _serialization_error(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


def _start_tag(write, tag, elem, qnames, namespaces, escape_value):
    write("<" + tag)
    if namespaces:
        for uri, prefix in sorted(namespaces.items(), key=lambda x: x[1]):
            write(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                     _escape_attrib(uri)))
    for key, value in list(elem.items()):
        if isinstance(key, QName):
            key = key.text
        if isinstance(value, QName):
            value = qnames[value.text]
        else:
            value = escape_value(value)
        write(' %s="%s"' % (qnames[key], value))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        write("<?%s?>" % text)
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_xml(write, child, qnames, None,
                               short_empty_elements)
        else:
            _start_tag(write, tag, elem, qnames, namespaces, _escape_attrib)
            if text or len(elem) or not short_empty_elements:
                write(">")
                if text:
                    write(_escape_cdata(text))
                for child in elem:
                    _serialize_xml(write, child, qnames, None,
                                   short_empty_elements)
                write("</" + tag + ">")
            else:
                write(" />")
    if elem.tail:
        write(_escape_cdata(elem.tail))


HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr",
              "img", "input", "isindex", "link", "meta", "param", "source",
              "track", "wbr"}


def _serialize_html(write, elem, qnames, namespaces, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write("<!--%s-->" % _escape_cdata(text))
    elif tag is ProcessingInstruction:
        write("<?%s?>" % _escape_cdata(text))
    else:
        tag = qnames[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None, False)
        else:
            _start_tag(write, tag, elem, qnames, namespaces,
                       _escape_attrib_html)
            write(">")
            lowered = tag.lower()
            if text:
                # Script and style content is not markup in HTML.
                if lowered in ("script", "style"):
                    write(text)
                else:
                    write(_escape_cdata(text))
            for child in elem:
                _serialize_html(write, child, qnames, None, False)
            if lowered not in HTML_EMPTY:
                write("</" + tag + ">")
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_text(write, elem):
    for part in elem.itertext():
        write(part)
    if elem.tail:
        write(elem.tail)


_SERIALIZERS = {"xml": _serialize_xml, "html": _serialize_html,
                "text": _serialize_text}


class _ListWriter:
    """A file-like sink for tostringlist()."""

    def __init__(self, parts):
        self.write = parts.append

    def writable(self):
        return True

    def seekable(self):
        return False


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    parts = []
    ElementTree(element).write(
        _ListWriter(parts), encoding, xml_declaration=xml_declaration,
        default_namespace=default_namespace, method=method,
        short_empty_elements=short_empty_elements)
    if encoding is not None and encoding.lower() == "unicode":
        return "".join(parts)
    return b"".join(parts)


def tostringlist(element, encoding=None, method=None, *,
                 xml_declaration=None, default_namespace=None,
                 short_empty_elements=True):
    return [tostring(element, encoding, method,
                     xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Adds newlines and `space` per level to the text and tails that are
    only white space, so that the tree prints one element per line."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(
            f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return
    prefixes = ["\n" + level * space]

    def walk(elem, depth):
        if depth + 1 < len(prefixes):
            inner = prefixes[depth + 1]
        else:
            inner = prefixes[depth] + space
            prefixes.append(inner)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
        if not child.tail.strip():
            child.tail = prefixes[depth]

    walk(tree, 0)


# --- parsing -------------------------------------------------------------------

def _fixname(key):
    # expat reports "uri}local" for a namespaced name.
    if "}" in key:
        return "{" + key
    return key


class TreeBuilder:
    """Builds an element tree from start/data/end calls."""

    def __init__(self, element_factory=None, *, comment_factory=None,
                 pi_factory=None, insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        if comment_factory is None:
            comment_factory = Comment
        self._comment_factory = comment_factory
        self.insert_comments = insert_comments
        if pi_factory is None:
            pi_factory = ProcessingInstruction
        self._pi_factory = pi_factory
        self.insert_pis = insert_pis
        if element_factory is None:
            element_factory = Element
        self._factory = element_factory

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    assert self._last.tail is None, "internal error (tail)"
                    self._last.tail = text
                else:
                    assert self._last.text is None, "internal error (text)"
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        assert self._last.tag == tag, \
            "end tag mismatch (expected %s, got %s)" % (self._last.tag, tag)
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._handle_single(self._comment_factory,
                                   self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis,
                                   target, text)

    def _handle_single(self, factory, insert, *args):
        elem = factory(*args)
        if insert:
            self._flush()
            self._last = elem
            if self._elem:
                self._elem[-1].append(elem)
            self._tail = 1
        return elem


class XMLParser:
    """Feeds a document to expat and hands what it finds to a target (a
    TreeBuilder unless another is given)."""

    def __init__(self, *, target=None, encoding=None):
        self._handle = _expat.create("}", encoding)
        if target is None:
            target = TreeBuilder()
        self.target = target
        self.entity = {}
        self.version = "Expat %d.%d.%d" % _expat.version_info
        self._start = getattr(target, "start", None)
        self._end = getattr(target, "end", None)
        self._data = getattr(target, "data", None)
        self._comment = getattr(target, "comment", None)
        self._pi = getattr(target, "pi", None)
        self._start_ns = getattr(target, "start_ns", None)
        self._end_ns = getattr(target, "end_ns", None)
        self._doctype = getattr(target, "doctype", None)
        self._closed = False

    def _dispatch(self, events):
        for event in events:
            kind = event[0]
            if kind == 0:
                if self._start is not None:
                    attrs = event[2]
                    attrib = {}
                    for i in range(0, len(attrs), 2):
                        attrib[_fixname(attrs[i])] = attrs[i + 1]
                    self._start(_fixname(event[1]), attrib)
            elif kind == 1:
                if self._end is not None:
                    self._end(_fixname(event[1]))
            elif kind == 2:
                if self._data is not None:
                    self._data(event[1])
            elif kind == 3:
                if self._comment is not None:
                    self._comment(event[1])
            elif kind == 4:
                if self._pi is not None:
                    self._pi(event[1], event[2])
            elif kind == 5:
                if self._start_ns is not None:
                    self._start_ns(event[1] or "", event[2] or "")
            elif kind == 6:
                if self._end_ns is not None:
                    self._end_ns(event[1] or "")
            elif kind == 7:
                if self._doctype is not None:
                    self._doctype(event[1], event[3], event[2])

    def _parse(self, data, final):
        events, error = _expat.parse(self._handle, data, final)
        self._dispatch(events)
        if error is not None:
            code, message, line, column = error
            err = ParseError("%s: line %d, column %d"
                             % (message, line, column))
            err.code = code
            err.position = line, column
            raise err

    def feed(self, data):
        self._parse(data, False)

    def close(self):
        self._parse(b"", True)
        close = getattr(self.target, "close", None)
        if close is not None:
            return close()
        return None

    def flush(self):
        pass


class XMLPullParser:
    """Incremental parsing: feed() data, then read_events() yields
    (event, value) pairs for the requested events."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = []
        if events is None:
            events = ("end",)
        self._wanted = set(events)
        for event in self._wanted:
            if event not in ("start", "end", "comment", "pi", "start-ns",
                             "end-ns"):
                raise ValueError("unknown event %r" % event)
        builder = _EventBuilder(self._events_queue, self._wanted)
        self._parser = _parser or XMLParser(target=builder)

    def feed(self, data):
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        events = self._events_queue
        while events:
            event = events.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event


class _EventBuilder(TreeBuilder):
    def __init__(self, queue, wanted):
        super().__init__(insert_comments="comment" in wanted,
                         insert_pis="pi" in wanted)
        self._queue = queue
        self._wanted = wanted

    def start(self, tag, attrs):
        elem = super().start(tag, attrs)
        if "start" in self._wanted:
            self._queue.append(("start", elem))
        return elem

    def end(self, tag):
        elem = super().end(tag)
        if "end" in self._wanted:
            self._queue.append(("end", elem))
        return elem

    def comment(self, text):
        elem = super().comment(text)
        if "comment" in self._wanted:
            self._queue.append(("comment", elem))
        return elem

    def pi(self, target, text=None):
        elem = super().pi(target, text)
        if "pi" in self._wanted:
            self._queue.append(("pi", elem))
        return elem

    def start_ns(self, prefix, uri):
        if "start-ns" in self._wanted:
            self._queue.append(("start-ns", (prefix or "", uri or "")))

    def end_ns(self, prefix):
        if "end-ns" in self._wanted:
            self._queue.append(("end-ns", None))


def iterparse(source, events=None, parser=None):
    """Parses a file incrementally, yielding (event, element) pairs; the
    iterator's `root` is the root element once parsing is done."""
    pull = XMLPullParser(events=events, _parser=parser)
    close_source = False
    if not hasattr(source, "read"):
        source = open(source, "rb")
        close_source = True

    class IterParseIterator:
        root = None

        def __init__(self):
            self._gen = self._run()

        def _run(self):
            try:
                while True:
                    yield from pull.read_events()
                    data = source.read(16 * 1024)
                    if not data:
                        break
                    pull.feed(data)
                root = pull._close_and_return_root()
                yield from pull.read_events()
                self.root = root
            finally:
                if close_source:
                    source.close()

        def __iter__(self):
            return self

        def __next__(self):
            return next(self._gen)

    return IterParseIterator()


def XML(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def XMLID(text, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    tree = parser.close()
    ids = {}
    for elem in tree.iter():
        id = elem.get("id")
        if id:
            ids[id] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree
