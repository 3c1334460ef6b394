# An exception in a class body: the frame is named after the class.
print("defining")
class Broken:
    size = 4
    half = size / 0
