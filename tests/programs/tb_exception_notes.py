# Exception notes (BaseException.add_note, __notes__) in tracebacks, as the
# reference CPython 3.11.2 prints them: one line per item of a sequence
# (a str's characters too), str() of non-strings, "<note str() failed>",
# the repr (without a line end) of any other __notes__; no notes under a
# SyntaxError. add_note's errors; notes in a chained exception.
import threading


class BadStr:
    def __str__(self):
        raise ValueError("no str")


def run(fn):
    t = threading.Thread(target=fn, name=fn.__name__)
    t.start()
    t.join()


def notes_list():
    e = ValueError("m")
    e.__notes__ = ["s", 5, BadStr(), "multi\nline"]
    raise e


def notes_string():
    e = ValueError("m")
    e.__notes__ = "abc"
    raise e


def notes_tuple():
    e = ValueError("m")
    e.__notes__ = ("t1", "t2")
    raise e


def added_notes():
    e = KeyError("k")
    e.add_note("first note")
    e.add_note("")
    print(e.__notes__)
    raise e


def notes_not_a_sequence():
    e = ValueError("m")
    e.__notes__ = 42
    raise e


def add_to_non_list():
    e = ValueError("m")
    e.__notes__ = 42
    e.add_note("x")


def add_non_string():
    e = ValueError("m")
    e.add_note(3)


def note_in_context():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("context note")
        raise ValueError("outer")


for case in [notes_list, notes_string, notes_tuple, added_notes,
             notes_not_a_sequence, add_to_non_list, add_non_string,
             note_in_context]:
    run(case)
e = SyntaxError("bad", ("f.py", 1, 2, "xyz", 1, 3))
e.add_note("syntax note")
print(e.__notes__)
raise e
