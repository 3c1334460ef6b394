# json: JSONEncoder/JSONDecoder subclasses through cls=, and the
# json.encoder / json.decoder modules.
import datetime
import decimal
import io
import json
import json.decoder
import json.encoder
from collections import OrderedDict


class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime.date, datetime.datetime)):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, decimal.Decimal):
            return str(o)
        return super().default(o)


data = {'when': datetime.date(2024, 5, 6), 'tags': {'b', 'a'},
        'price': decimal.Decimal('9.99'), 'n': [1, 2.5, None, True]}
print(json.dumps(data, cls=DateEncoder))
print(json.dumps(data, cls=DateEncoder, indent=2, sort_keys=True))
print(json.dumps([1, {'a': 'é'}], cls=DateEncoder, ensure_ascii=False,
                 separators=(',', ':')))
try:
    json.dumps({'x': object()}, cls=DateEncoder)
except TypeError as e:
    print('TypeError', e)
try:
    json.dumps(object())
except TypeError as e:
    print('TypeError', e)
enc = json.JSONEncoder(indent=1)
print(repr(enc.item_separator), repr(enc.key_separator),
      enc.encode({'k': [1]}))
print(''.join(json.JSONEncoder().iterencode({'a': 1})))
print(json.JSONEncoder(default=str).encode({'d': datetime.date(2000, 1, 2)}))
buf = io.StringIO()
json.dump({'d': datetime.date(2001, 2, 3)}, buf, cls=DateEncoder)
print(buf.getvalue())


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    @staticmethod
    def hook(d):
        if set(d) == {'x', 'y'}:
            return ('point', d['x'], d['y'])
        return d


print(json.loads('[{"x": 1, "y": 2}, {"z": 3}]', cls=PointDecoder))
print(json.loads(b'{"x": 1.5, "y": 2}', cls=PointDecoder,
                 parse_float=decimal.Decimal))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
d = json.JSONDecoder(parse_int=str, parse_constant=lambda c: c.lower())
print(d.decode('[1, NaN, -Infinity, 2.5]'))
try:
    json.JSONDecoder().decode('{"a": 1,}')
except json.JSONDecodeError as e:
    print('JSONDecodeError', e, e.pos, e.lineno, e.colno)
try:
    json.loads('"tab\there"', cls=json.JSONDecoder)
except json.decoder.JSONDecodeError as e:
    print('JSONDecodeError', e)
print(json.JSONDecoder(strict=False).decode('"tab\there"'))
print(json.load(io.StringIO('{"x": 5, "y": 6}'), cls=PointDecoder))
print(json.encoder.JSONEncoder is json.JSONEncoder,
      json.decoder.JSONDecoder is json.JSONDecoder,
      json.decoder.JSONDecodeError is json.JSONDecodeError,
      issubclass(json.JSONDecodeError, ValueError))
print(sorted(json.__all__))
try:
    json.dumps(1, bogus=True)
except TypeError as e:
    print('TypeError', e)
try:
    json.loads(5, cls=PointDecoder)
except TypeError as e:
    print('TypeError', e)
