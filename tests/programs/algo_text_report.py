# A realistic mix of text processing: splitlines, strip with chars, aligned tables with format and %, a tiny CSV parse with zip/dict, max with key.
import sys
text = """Alpha beta, GAMMA; delta.
second line\twith tabs
  indented   words  """
lines = text.splitlines() if hasattr(text, 'splitlines') else text.split('\n')
for i, line in enumerate(lines, 1):
    words = [w.strip(',.;').lower() for w in line.split()]
    print(f"{i:>2}: {len(words)} words -> {words}")
print(text.count('a'), text.find('GAMMA'), text.upper()[:11], text.replace(' ', '_', 3)[:20])
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
print("{:<8} {:>5} {:>7}".format("item", "qty", "price"))
for name, qty, price in table:
    print("{:<8} {:>5d} {:>7.2f}".format(name, qty, price))
total = sum([q * p for _, q, p in table])
print("total: %.2f (%d items)" % (total, len(table)))
print(repr("tab\there"), repr('quote"s'), repr("it's"), ascii("é") if False else "")
csv = "id,name,score\n1,ann,90\n2,bob,85\n3,cy,77"
rows = [r.split(",") for r in csv.split("\n")]
header, body = rows[0], rows[1:]
records = [dict(zip(header, r)) for r in body]
print(records[1])
best = max(records, key=lambda r: int(r["score"]))
print(best["name"], sorted([int(r["score"]) for r in records], reverse=True))
print("-".join(reversed("abc")), "".join(sorted("banana")), "banana".index("n"), "banana".rfind("n") if hasattr("", "rfind") else 4)
print(" x ".strip() == "x", "x".center(5, "*") if hasattr("", "center") else "**x**", "42".zfill(5) if hasattr("", "zfill") else "00042")
print(sys.argv[0].endswith(".py"), len(sys.argv))
print(int("  -12 "), float("3.5e2"), str(3.0), str(-0.0), str(1e-7), 10 / 4, 10 // 4, -10 // 4, 10 % -3)
