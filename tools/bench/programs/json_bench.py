# json round trip of a ~5 MB document built in the script: dumps (compact
# and indented) and loads, several times. No Lua twin (Lua has no json).
import json


def make_doc():
    records = []
    for i in range(25000):
        records.append({
            "id": i,
            "name": "user%d" % i,
            "email": "user%d@example.com" % i,
            "score": i * 0.37 + 0.5,
            "active": i % 3 == 0,
            "tags": ["t%d" % (i % 7), "g%d" % (i % 11), "caf\u00e9"],
            "address": {"city": "City %d" % (i % 100), "zip": "%05d" % i,
                        "geo": [i / 1000.0, -i / 2000.0]},
            "note": None if i % 5 else "line\nbreak \"quoted\"",
        })
    return {"version": 3, "records": records}


doc = make_doc()
total = 0
for _ in range(3):
    text = json.dumps(doc)
    total += len(text)
    back = json.loads(text)
    total += len(back["records"])
pretty = json.dumps(doc, indent=2, sort_keys=True)
total += len(json.loads(pretty)["records"])
print(len(text), total, back == doc)
