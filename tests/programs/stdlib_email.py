# email: Message/EmailMessage building, MIME classes, parsing, generation.
import email
from email.message import Message, EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email import policy, utils
from email.header import Header, decode_header, make_header

m = Message()
m['From'] = 'Alice <alice@example.com>'
m['To'] = 'bob@example.com'
m['Subject'] = 'Hello there'
m.set_payload('Body line 1\nBody line 2\n')
print(m.as_string())
print(m.keys(), m['subject'], m.get('x-missing', 'dflt'), 'to' in m, len(m))
m.add_header('Content-Disposition', 'attachment', filename='report.txt')
print(m.get_filename(), m.get_content_type(), m.get_content_disposition())
m.replace_header('Subject', 'Changed')
del m['To']
print(m.items())

t = MIMEText('hello world\n')
print(t.as_string())
t2 = MIMEText('héllo wörld\n', 'plain')
print(t2.as_string())
t3 = MIMEText('<b>hi</b>', 'html', 'iso-8859-1')
print(t3.as_string())
print(t2.get_payload(decode=True).decode('utf-8'), t2.get_content_charset())

mp = MIMEMultipart(boundary='BOUNDARY')
mp['Subject'] = 'multi'
mp.preamble = 'This is a multipart message.'
mp.attach(MIMEText('part one'))
mp.attach(MIMEText('<p>two</p>', 'html'))
app = MIMEApplication(b'\x00\x01binary data' * 3, Name='data.bin')
app.add_header('Content-Disposition', 'attachment', filename='data.bin')
mp.attach(app)
s = mp.as_string()
print(s)
back = email.message_from_string(s)
print(back.is_multipart(), back.get_boundary(), len(back.get_payload()), repr(back.preamble), repr(back.epilogue))
for part in back.walk():
    print(part.get_content_type(), part.get_content_charset(), part.get_filename(), repr(part.get_payload(decode=True))[:40])
print(back.as_string() == s)

raw = """From: Someone <someone@example.com>
To: a@b.c,
 d@e.f
Subject: =?utf-8?q?Caf=C3=A9?= news
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Caf=C3=A9 au lait=
 is nice
"""
p = email.message_from_string(raw)
print(repr(p['To']), repr(p['Subject']), p.get_params())
print(p.get_payload(decode=True).decode('utf-8'))
print(decode_header(p['Subject']))
print(str(make_header(decode_header(p['Subject']))))
p2 = email.message_from_string(raw, policy=policy.default)
print(type(p2).__name__, repr(p2['To']), repr(p2['Subject']))
print(p2.get_content())

e = EmailMessage()
e['From'] = 'me@example.com'
e['To'] = 'you@example.com'
e['Subject'] = 'Plain ascii'
e.set_content('Hi there,\nthis is a test.\n')
print(e.as_string())
e2 = EmailMessage()
e2['Subject'] = 'Grüße aus Köln'
e2.set_content('Grüße!\n')
print(e2.as_string())
try:
    e['Subject'] = 'again'
except ValueError as ex:
    print('ValueError', ex)
e.add_attachment(b'PNGDATA', maintype='image', subtype='png', filename='x.png')
print(e.get_content_type(), [p.get_content_type() for p in e.iter_parts()])
print(e.get_body().get_content(), [a.get_filename() for a in e.iter_attachments()])

print(Header('simple').encode(), Header('Grüße', 'utf-8').encode(), str(Header('x')))
long = Message()
long['Subject'] = 'word ' * 30
print(long.as_string(maxheaderlen=78))
from email.generator import Generator
import io
buf = io.StringIO()
Generator(buf, maxheaderlen=60).flatten(long)
print(buf.getvalue())
print(utils.formatdate(0, usegmt=True))
bm = email.message_from_bytes(b'Subject: b\n\nbody\n')
print(bm['subject'], bm.get_payload(), bytes(bm))

# 8-bit data through the bytes APIs.
raw8 = 'Subject: eight\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\nZoë\n'.encode('utf-8')
m8 = email.message_from_bytes(raw8)
print(m8.get_payload(decode=True), m8.get_payload(), m8.as_bytes() == raw8)
e8 = EmailMessage()
e8['Subject'] = 'x'
e8.set_content('naïve text\n')
print(e8['Content-Transfer-Encoding'], e8.as_bytes())
print(e8.get_content())

# Parameters and headers.
h = Message()
h['Content-Type'] = 'text/plain'
h.set_param('charset', 'utf-8')
h.set_param('format', 'flowed')
print(h['Content-Type'], h.get_params(), h.get_param('FORMAT'))
h.del_param('format')
h.set_type('text/html')
print(h['Content-Type'], h['MIME-Version'])
h.set_boundary('xyz')
print(h['Content-Type'], h.get_boundary())
h['X-Multi'] = '1'
h['X-Multi'] = '2'
print(h.get_all('x-multi'), h.get_all('nope', []), list(h))
try:
    h.replace_header('Nope', 'v')
except KeyError as ex:
    print('KeyError', ex)
print(email.message_from_string('Subject: x\n\nbody').get_content_maintype())
nested = email.message_from_string(
    'Content-Type: message/rfc822\n\nSubject: inner\n\ninner body\n')
print(nested.is_multipart(), nested.get_payload(0)['subject'], nested.get_payload(0).get_payload())

# Malformed and edge-case input.
for s in ['', '\n', 'no colon line\n\nbody', 'A: 1\n continued\nB:2\n\nbody',
          'Content-Type: multipart/mixed\n\nno boundary', 
          'Content-Type: multipart/mixed; boundary="b"\n\npre\n--b\nX: 1\n\none\n--b\n\ntwo',
          'From someone Mon\nSubject: s\n\nx', ' leading: ws\n\nbody']:
    m = email.message_from_string(s)
    print(repr(m.keys()), repr(m.get_payload() if not m.is_multipart() else [p.get_payload() for p in m.get_payload()]),
          [type(d).__name__ for d in m.defects], repr(m.as_string()))
for s in ['Content-Type: multipart/mixed; boundary="b"\n\nno parts here\n',
          'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nonly\n--b--',
          'Content-Type: multipart/mixed; boundary="b"\n\n--b\n\nonly\n--b--\nepi\n',
          'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nA\r\n--b\r\nContent-Type: text/html\r\n\r\n<b>A</b>\r\n--b--\r\n',
          'Content-Type: multipart/mixed; boundary="o"\n\n--o\nContent-Type: multipart/alternative; boundary="i"\n\n--i\n\nin1\n--i\n\nin2\n--i--\n--o\n\nouter2\n--o--\n']:
    m = email.message_from_string(s)
    print([type(d).__name__ for d in m.defects], m.is_multipart(), repr(m.preamble), repr(m.epilogue))
    for p in m.walk():
        print('  ', p.get_content_type(), repr(p.get_payload()) if not p.is_multipart() else len(p.get_payload()))
    print(repr(m.as_string()))

from email import iterators
nested_mp = email.message_from_string(
    'Content-Type: multipart/mixed; boundary="o"\n\n--o\nContent-Type: multipart/alternative; boundary="i"\n\n--i\n\nin1\n--i\nContent-Type: text/html\n\nin2\n--i--\n--o\n\nouter2\nline2\n--o--\n')
iterators._structure(nested_mp)
iterators._structure(nested_mp, include_default=True)
print(list(iterators.body_line_iterator(nested_mp)))
print([p.get_payload() for p in iterators.typed_subpart_iterator(nested_mp, 'text', 'html')])
print(len(list(iterators.walk(nested_mp))))
