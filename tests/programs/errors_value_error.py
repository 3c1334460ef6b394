# Uncaught ValueError from int() of a non-numeric string.
for text in ["12", "0x1f", "-7"]:
    try:
        print(int(text))
    except ValueError as e:
        print("caught:", e)
print(int("twelve"))
