# email.utils: dates, address parsing/formatting, RFC 2231 helpers.
from email import utils
print(utils.formatdate(1700000000), utils.formatdate(1700000000, usegmt=True))
for a in ['John Doe <john@example.com>', '"Doe, John" <john@example.com>', 'john@example.com (John Doe)',
          'john@example.com', '', 'Mary <mary @ example.com>', '<a@b.c>', 'no at sign', '"q\\"x" <q@x.y>']:
    print(repr(a), utils.parseaddr(a))
print(utils.getaddresses(['A <a@x.com>, "B, C" <b@x.com>', 'd@x.com (D)']))
print(utils.formataddr(('John Doe', 'john@example.com')), utils.formataddr(('Doe, J.', 'j@e.com')),
      utils.formataddr(('', 'x@y.z')), utils.formataddr(('Q"uote', 'q@q.q')), utils.formataddr(('Jöhn', 'j@e.com')))
for d in ['Mon, 20 Nov 1995 19:12:08 -0500', 'Tue, 14 Nov 2023 22:13:20 +0000', '20 Nov 95 19:12 GMT',
          'Fri, 1 Jan 2021 00:00:00 EST', 'garbage', 'Sun, 06 Nov 1994 08:49:37 -0000']:
    print(utils.parsedate_tz(d), utils.parsedate(d))
print(utils.parsedate_to_datetime('Mon, 20 Nov 1995 19:12:08 -0500'), utils.mktime_tz(utils.parsedate_tz('Mon, 20 Nov 1995 19:12:08 -0500')))
print(utils.parsedate_to_datetime('Sun, 06 Nov 1994 08:49:37 -0000'))
import datetime
print(utils.format_datetime(datetime.datetime(2020, 2, 29, 13, 5, 9, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30)))))
print(utils.format_datetime(datetime.datetime(2020, 2, 29, 13, 5, 9)))
print(utils.quote('a"b\\c'), utils.unquote('"a\\"b"'), utils.unquote('<x@y>'))
m = utils.make_msgid(domain='example.com'); print(m.startswith('<'), m.endswith('@example.com>'))
print(utils.encode_rfc2231('a b', 'utf-8'), utils.decode_rfc2231("utf-8''a%20b"))
