# NameError for a misspelled global: CPython 3.11 adds "Did you mean".
counter = 0
total_count = 10


def bump():
    return countr + 1


print(total_count)
bump()
