#~
def rec525(n):
    return 0 if n <= 0 else 1 + rec525(n - 1)
try:
    print(rec525(12345678901234567890123 % 200))
except RecursionError:
    print("RecursionError")
def chain500(v):
    try:
        return [0] - v
    except Exception as e:
        raise ValueError("wrapped") from e
try:
    chain500(False)
except ValueError as e:
    print(type(e.__cause__).__name__, str(e))
except Exception as e:
    print("other", type(e).__name__)
