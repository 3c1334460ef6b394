# re on common patterns over text built in the script: a log-line parser
# (match with groups per line), findall of words over ~5 MB, sub with a
# group template, split, and a search that fails on most lines. No Lua
# twin (Lua patterns are not Python regexes).
import re


def make_log(n):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    lines = []
    for i in range(n):
        lines.append("2024-01-%02d 12:%02d:%02d [%s] worker-%d: request id=%d "
                     "took %dms path=/api/v1/items/%d" %
                     (i % 28 + 1, i % 60, (i * 7) % 60, levels[i % 4], i % 16,
                      i, (i * 37) % 1000, i % 500))
    return lines


lines = make_log(60000)
line_re = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) "
                     r"\[(\w+)\] (\S+): (.*)")
counts = {}
slow = 0
for line in lines:
    m = line_re.match(line)
    level = m.group(7)
    counts[level] = counts.get(level, 0) + 1
    took = re.search(r"took (\d+)ms", m.group(9))
    if int(took.group(1)) > 900:
        slow += 1
print(sorted(counts.items()), slow)

text = "\n".join(lines)
text = text + " " + text[:5000000 - len(text)] if len(text) < 5000000 else text
words = re.findall(r"\w+", text)
print(len(text), len(words))
print(len(re.findall(r"id=(\d+)", text)))
swapped = re.sub(r"(\w+)=(\d+)", r"\2=\1", text)
print(len(swapped), swapped[:60])
print(len(re.split(r"\s+", text)))
print(len([line for line in lines if re.search(r"ERROR.*took 99\dms", line)]))
