# Lists grown by append past several 2 MiB buffers (their items move with
# the mapping, not by copying), then shrunk, cleared and regrown: every
# item must survive each step.
items = []
for i in range(600000):
    items.append(i * 3)
print(len(items), items[0], items[131071], items[131072], items[-1],
      sum(items) == 3 * 599999 * 600000 // 2)
words = []
for i in range(300000):
    words.append("w%d" % i)
print(len(words), words[200000], words[-1])
del items[100:]
print(len(items), items[-1])
items.extend(range(500000))
print(len(items), items[99], items[100], items[-1])
items.clear()
items += [7] * 400000
items.append(8)
print(len(items), items[0], items[-2], items[-1])
copy = list(words)
copy.reverse()
print(copy[0], copy[-1], words == copy[::-1])
