"""Python's expat interface (pyexpat) over the native _expat tokenizer:
ParserCreate, the xmlparser object with its handler attributes, and
ExpatError.

The parser collects what expat reports while a chunk is parsed and calls
the handlers after it, in order; a run of character data between two
other events reaches CharacterDataHandler in one call (as with
buffer_text=True), where CPython may split it at line ends or entities.
"""

import _expat

EXPAT_VERSION = _expat.EXPAT_VERSION
version_info = _expat.version_info
native_encoding = "UTF-8"


class ExpatError(Exception):
    pass


ExpatError.__module__ = "xml.parsers.expat"
error = ExpatError


def ErrorString(code):
    return _expat.error_string(code)


_HANDLERS = ("StartElementHandler", "EndElementHandler",
             "CharacterDataHandler", "CommentHandler",
             "ProcessingInstructionHandler", "StartNamespaceDeclHandler",
             "EndNamespaceDeclHandler", "StartDoctypeDeclHandler",
             "XmlDeclHandler", "StartCdataSectionHandler",
             "EndCdataSectionHandler")


class XMLParserType:
    def __init__(self, encoding, namespace_separator):
        self._handle = _expat.create(namespace_separator, encoding)
        for name in _HANDLERS:
            setattr(self, name, None)
        self.buffer_text = False
        self.ordered_attributes = False
        self.specified_attributes = False
        self.ErrorCode = 0
        self.ErrorLineNumber = 1
        self.ErrorColumnNumber = 0
        self._finished = False

    @property
    def CurrentLineNumber(self):
        return _expat.position(self._handle)[0]

    @property
    def CurrentColumnNumber(self):
        return _expat.position(self._handle)[1]

    @property
    def CurrentByteIndex(self):
        return _expat.position(self._handle)[2]

    def _dispatch(self, events):
        for event in events:
            kind = event[0]
            if kind == 0:
                handler = self.StartElementHandler
                if handler is not None:
                    attrs = event[2]
                    if not self.ordered_attributes:
                        attrs = {attrs[i]: attrs[i + 1]
                                 for i in range(0, len(attrs), 2)}
                    handler(event[1], attrs)
                continue
            if kind == 1:
                handler = self.EndElementHandler
            elif kind == 2:
                handler = self.CharacterDataHandler
            elif kind == 3:
                handler = self.CommentHandler
            elif kind == 4:
                handler = self.ProcessingInstructionHandler
            elif kind == 5:
                handler = self.StartNamespaceDeclHandler
                if handler is not None:
                    handler(event[1] or None, event[2])
                continue
            elif kind == 6:
                handler = self.EndNamespaceDeclHandler
                if handler is not None:
                    handler(event[1] or None)
                continue
            elif kind == 7:
                handler = self.StartDoctypeDeclHandler
                if handler is not None:
                    handler(event[1], event[2], event[3], event[4])
                continue
            elif kind == 8:
                handler = self.XmlDeclHandler
                if handler is not None:
                    handler(event[1], event[2], event[3])
                continue
            elif kind == 9:
                handler = self.StartCdataSectionHandler
            else:
                handler = self.EndCdataSectionHandler
            if handler is not None:
                handler(*event[1:])

    def Parse(self, data, isfinal=False):
        if self._finished:
            err = ExpatError("parsing finished: line %d, column %d"
                             % (self.CurrentLineNumber,
                                self.CurrentColumnNumber))
            err.code = 33
            err.lineno = self.CurrentLineNumber
            err.offset = self.CurrentColumnNumber
            raise err
        events, failure = _expat.parse(self._handle, data, bool(isfinal))
        self._dispatch(events)
        if failure is not None:
            code, message, line, column = failure
            self.ErrorCode = code
            self.ErrorLineNumber = line
            self.ErrorColumnNumber = column
            err = ExpatError("%s: line %d, column %d"
                             % (message, line, column))
            err.code = code
            err.lineno = line
            err.offset = column
            raise err
        if isfinal:
            self._finished = True
        return 1

    def ParseFile(self, file):
        while True:
            data = file.read(2048)
            if not data:
                break
            self.Parse(data, False)
        return self.Parse(b"", True)


def ParserCreate(encoding=None, namespace_separator=None):
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("ParserCreate() argument 'encoding' must be str or "
                        "None, not " + type(encoding).__name__)
    return XMLParserType(encoding, namespace_separator)
