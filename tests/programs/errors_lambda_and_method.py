# Traceback through a lambda, a method, a builtin callback and a closure.
class Table:
    def __init__(self, rows):
        self.rows = rows
    def column(self, key):
        return list(map(lambda r: r[key], self.rows))
def make(rows):
    def get(key):
        return Table(rows).column(key)
    return get
get = make([{"a": 1}, {"b": 2}])
print(make([{"a": 1}])("a"))
get("a")
