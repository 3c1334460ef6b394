# Uncaught KeyboardInterrupt: traceback, then death by SIGINT like CPython.
def loop():
    print("interrupting", flush=True)
    raise KeyboardInterrupt
loop()
