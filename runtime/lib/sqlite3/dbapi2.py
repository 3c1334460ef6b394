"""CPython's historical name for the sqlite3 module's contents."""
from sqlite3 import *
from sqlite3 import (Connection, Cursor, Row, Error, Warning, connect,
                     register_adapter, register_converter, adapters,
                     converters, PrepareProtocol)
