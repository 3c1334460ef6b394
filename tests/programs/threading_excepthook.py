# threading.excepthook: a script's hook gets ExceptHookArgs; the default
# (threading.__excepthook__) prints "Exception in thread NAME:" and the
# traceback; an exception inside the hook is reported.
import threading


def work():
    raise ValueError("in thread")


def hook(args):
    tb = args.exc_traceback
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("hook", args.exc_type.__name__, args.exc_value, type(tb).__name__,
          tb.tb_frame.f_code.co_name, args.thread.name)


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
t = threading.Thread(target=work, name="T1")
t.start()
t.join()


def bad_hook(args):
    raise RuntimeError("hook failed")


threading.excepthook = bad_hook
t = threading.Thread(target=work, name="T2")
t.start()
t.join()

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=work, name="T3")
t.start()
t.join()
print("done")
