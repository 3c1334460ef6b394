import host

def process(n):
    return host.crash()

def run():
    process(1)

run()
