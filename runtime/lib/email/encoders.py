"""Encodings and related functions for message payloads."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

import base64
import quopri


def encode_base64(msg):
    orig = msg.get_payload(decode=True)
    msg.set_payload(base64.encodebytes(orig).decode('ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    orig = msg.get_payload(decode=True)
    encdata = quopri.encodestring(orig, quotetabs=True).replace(b' ', b'=20')
    msg.set_payload(encdata.decode('ascii'))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    orig = msg.get_payload(decode=True)
    if orig is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        orig.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Leave the payload as it is."""
