"""XML processing: xml.etree.ElementTree and xml.parsers.expat."""
