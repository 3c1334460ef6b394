# An exception raised while handling another: both tracebacks are printed.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return {}[text]
print(parse("5"))
parse("five")
