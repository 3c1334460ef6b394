# Helper for tb_markers_scopes.py: errors raised inside an imported module.
def divide(a, b):
    return a / b


def lookup(table, key):
    value = table[key]
    return value


class Parser:
    def parse(self, text):
        return int(text) + self.offset
