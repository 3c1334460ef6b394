# current_thread, main_thread, get_ident, active_count, names and daemon flags.
import threading
main = threading.current_thread()
print(main.name, main is threading.main_thread())
print(threading.active_count())
seen = []
def probe():
    me = threading.current_thread()
    seen.append((me.name, me is threading.main_thread(),
                 threading.get_ident() == me.ident,
                 threading.get_ident() != main.ident))
t = threading.Thread(target=probe, name="probe-thread", daemon=True)
print(t.daemon)
t.start()
t.join()
print(seen)
print(threading.get_ident() == main.ident, type(threading.get_ident()).__name__)
print(threading.active_count())
