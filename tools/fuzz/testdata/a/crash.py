import host

def handle(n):
    return host.crash()

def run():
    handle(1)

run()
