# Raises while being imported (used by errors_import_raises.py).
print("_mod_raises: before")
def helper():
    return {}["no-such-key"]
value = helper()
