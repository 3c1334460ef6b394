# http: HTTPStatus and HTTPMethod enums.
import http
from http import HTTPMethod, HTTPStatus

print(HTTPStatus.OK, repr(HTTPStatus.NOT_FOUND), HTTPStatus(404).phrase)
print(HTTPStatus.NOT_FOUND == 404, HTTPStatus.NOT_FOUND + 1,
      isinstance(HTTPStatus.OK, int))
print(HTTPStatus.INTERNAL_SERVER_ERROR.description)
print(f'{HTTPStatus.CREATED}', f'{HTTPStatus.CREATED:>6}',
      '%d' % HTTPStatus.ACCEPTED, str(HTTPStatus.IM_A_TEAPOT))
print(HTTPStatus['BAD_GATEWAY'].value, HTTPStatus.BAD_GATEWAY.name)
print(len(HTTPStatus), [s.value for s in HTTPStatus][:6])
print(sorted({s.value // 100 for s in HTTPStatus}))
for code in (200, 301, 418, 503):
    s = HTTPStatus(code)
    print(code, s.name, s.phrase, repr(s.description))
try:
    HTTPStatus(999)
except ValueError as e:
    print('ValueError', e)
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod('PUT').description)
print(HTTPMethod.GET == 'GET', [m.value for m in HTTPMethod])
print(http.__all__)
