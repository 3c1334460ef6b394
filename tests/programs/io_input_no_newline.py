# The final line of stdin without a trailing newline is still returned whole.
first = input()
second = input()
print([first, second])
print(len(second))
