# Contains a syntax error (used by errors_import_syntax.py).
def ok():
    return 1
def broken(:
    pass
