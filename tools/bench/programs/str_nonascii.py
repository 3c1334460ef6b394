# Indexing, slicing and searching a long string that holds one non-ASCII
# character (the cost of s[i] must not grow with i).
s = "é" + "a" * 40000 + "needle" + "b" * 40000
n = len(s)
count = 0
for i in range(n):
    if s[i] == "a":
        count += 1
total = 0
for i in range(0, n - 10, 7):
    total += len(s[i:i + 5])
found = 0
pos = s.find("b", 1)
while pos != -1 and found < 30000:
    found += 1
    pos = s.find("b", pos + 1)
rfound = s.rfind("needle", 0, n)
idx = s.index("needle", 100)
print(count, total, found, rfound, idx)
