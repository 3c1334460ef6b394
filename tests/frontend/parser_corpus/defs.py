def f(a, b=1, *args, c, **kw):
    return [i * a for i in range(b) if i]

@dec
class C(B):
    def m(self):
        try:
            pass
        except (E, F) as e:
            raise X from e
        finally:
            del self.x
