# A CSV report: csv.DictReader over an in-memory file, grouping, the
# statistics module, csv.DictWriter with quoting and extrasaction, and a
# fixed-width table; then the same round trip through a temp file.
import csv
import io
import os
import statistics
import tempfile
from collections import defaultdict

RAW = '''region,rep,product,units,unit_price,date
North,Alice,Widget,12,2.50,2024-01-03
North,Bob,Gadget,3,10.00,2024-01-04
South,Carol,Widget,7,2.50,2024-01-04
South,Carol,"Gizmo, deluxe",1,99.99,2024-01-05
East,Dan,Widget,,2.50,2024-01-06
East,Dan,Gadget,5,10.00,2024-01-06
North,Alice,"Gizmo, deluxe",2,99.99,2024-01-07
West,Eve,"Widget ""XL""",4,3.75,2024-01-08
South,Frank,Gadget,9,9.50,2024-01-09
'''

reader = csv.DictReader(io.StringIO(RAW))
print(reader.fieldnames)
rows, skipped = [], []
for row in reader:
    if not row['units']:
        skipped.append((reader.line_num, row['rep']))
        continue
    row['units'] = int(row['units'])
    row['unit_price'] = float(row['unit_price'])
    row['revenue'] = round(row['units'] * row['unit_price'], 2)
    rows.append(row)
print(f"{len(rows)} rows, skipped {skipped}")

revenue = [r['revenue'] for r in rows]
print("mean", round(statistics.mean(revenue), 4), "median", statistics.median(revenue),
      "stdev", round(statistics.stdev(revenue), 4), "pstdev", round(statistics.pstdev(revenue), 4))
print("units mode", statistics.mode(r['units'] for r in rows),
      "median_low", statistics.median_low([r['units'] for r in rows]),
      "quantiles", [round(q, 3) for q in statistics.quantiles(revenue, n=4)])
print("fmean", statistics.fmean(revenue), "geometric", round(statistics.geometric_mean(revenue), 6),
      "harmonic", round(statistics.harmonic_mean(revenue), 6))

by_region = defaultdict(list)
for r in rows:
    by_region[r['region']].append(r)
summary = []
for region in sorted(by_region):
    rs = by_region[region]
    summary.append({
        'region': region,
        'orders': len(rs),
        'units': sum(r['units'] for r in rs),
        'revenue': f"{sum(r['revenue'] for r in rs):.2f}",
        'top_product': max(rs, key=lambda r: r['revenue'])['product'],
    })

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=['region', 'orders', 'units', 'revenue', 'top_product'],
                        quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n')
writer.writeheader()
writer.writerows(summary)
print(out.getvalue(), end='')

print(f"{'Region':<8}{'Orders':>7}{'Units':>7}{'Revenue':>10}  Top")
print('-' * 45)
for s in summary:
    print(f"{s['region']:<8}{s['orders']:>7}{s['units']:>7}{s['revenue']:>10}  {s['top_product']}")
total = sum(float(s['revenue']) for s in summary)
print('-' * 45)
print(f"{'Total':<8}{len(rows):>7}{sum(s['units'] for s in summary):>7}{total:>10.2f}")

w = csv.DictWriter(io.StringIO(), fieldnames=['a'])
try:
    w.writerow({'a': 1, 'b': 2})
except ValueError as e:
    print("ValueError:", e)
w = csv.DictWriter(io.StringIO(), fieldnames=['a'], extrasaction='ignore')
w.writerow({'a': 1, 'b': 2})

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'summary.csv')
    with open(path, 'w', newline='') as f:
        w = csv.writer(f, delimiter=';', quotechar="'", quoting=csv.QUOTE_MINIMAL)
        w.writerow(['name', 'note'])
        w.writerow(['semi;colon', "it's"])
        w.writerow(['multi\nline', ''])
        w.writerows([[1, 2.5], [None, True]])
    with open(path, newline='') as f:
        print(repr(f.read()))
    with open(path, newline='') as f:
        for rec in csv.reader(f, delimiter=';', quotechar="'"):
            print(rec)
    with open(path, newline='') as f:
        print(list(csv.DictReader(f, delimiter=';', quotechar="'", restkey='extra')))
sniff_rows = list(csv.reader(['a,"b,c",d', '1,,"x""y"', ' spaced , "q" '], skipinitialspace=True))
print(sniff_rows)
print(list(csv.reader(['x\ty'], dialect='excel-tab')), csv.list_dialects())
