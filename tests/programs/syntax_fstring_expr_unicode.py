# Unicode before the field still places the caret inside (expr).
s = f"héllo {a b c}"
