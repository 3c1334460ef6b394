import json
for doc in ['[' * 100000, '{"a":' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError", e)
x = []
for i in range(5000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError", e)
y = {}
for i in range(5000):
    y = {"k": y}
