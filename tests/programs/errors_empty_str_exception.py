# An exception whose str() is empty prints just its type name.
class E(Exception):
    def __str__(self): return ''
raise E('x')
