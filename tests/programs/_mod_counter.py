# Imported by the import_* programs; prints once when first loaded.
print("loading _mod_counter")
value = 42
loads = 0
items = []
def double(x):
    return 2 * x
def bump():
    global loads
    loads += 1
    return loads
class Thing:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Thing(" + repr(self.name) + ")"
