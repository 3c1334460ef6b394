# yield in a class body.


class C:
    value = yield 1
