# input() reads lines from stdin (io_input_basic.stdin); the prompt goes to stdout.
name = input("name? ")
print()
print("hello, " + name + "!")
n = int(input())
total = 0
for i in range(n):
    total += int(input())
print("sum of", n, "numbers:", total)
line = input()
print(repr(line), line.split())
print(repr(input("last: ")))
