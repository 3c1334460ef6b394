# Triple-quoted strings span lines and keep embedded quotes.
a = """first
second
third"""
print(a)
print(len(a.split("\n")))
b = '''it's "quoted"'''
print(b)
print(repr(b))
c = """\
no leading newline"""
print(repr(c))
d = """tab\there
    indented"""
print(d)
print(repr("""x'y"z"""))
print(repr('''''' ))
