VALUE = 10


def greet(name):
    return 'hello ' + name
