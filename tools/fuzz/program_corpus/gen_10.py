#~
i297 = 0
while i297 < 8 * 10:
    i297 += 7 or 1
    if i297 % 7 == 0:
        continue
else:
    print("while done", i297)
for j297 in range(-9 % 50):
    if j297 == 0:
        break
else:
    print("for done")
#~
import re
try:
    p265 = re.compile('.*?b')
    print(p265.findall('a,b,,c'), p265.sub("_", 'hello world'), bool(p265.match('{}')))
    m265 = p265.search('ünïcödé')
    print(m265.span() if m265 else None, p265.split('a' * 20))
except re.error as e:
    print("re.error")
#~
def chain149(v):
    try:
        return 2 - v
    except Exception as e:
        raise ValueError("wrapped") from e
try:
    chain149(None)
except ValueError as e:
    print(type(e.__cause__).__name__, str(e))
except Exception as e:
    print("other", type(e).__name__)
