# Wrong argument counts and keywords for methods of the builtin types: CPython's per-method wording (qualified names, argument clinic, old-style parsing).
try:
    print("'abc'.join(1, 2, 3, 4, 5)", '=', repr('abc'.join(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.join(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.join()", '=', repr('abc'.join()))
except Exception as e:
    print("'abc'.join()", '->', type(e).__name__, e)
try:
    print("'abc'.join(x=1)", '=', repr('abc'.join(x=1)))
except Exception as e:
    print("'abc'.join(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.split(1, 2, 3, 4, 5)", '=', repr('abc'.split(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.split(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.split()", '=', repr('abc'.split()))
except Exception as e:
    print("'abc'.split()", '->', type(e).__name__, e)
try:
    print("'abc'.split(x=1)", '=', repr('abc'.split(x=1)))
except Exception as e:
    print("'abc'.split(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.strip(1, 2, 3, 4, 5)", '=', repr('abc'.strip(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.strip(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.strip()", '=', repr('abc'.strip()))
except Exception as e:
    print("'abc'.strip()", '->', type(e).__name__, e)
try:
    print("'abc'.strip(x=1)", '=', repr('abc'.strip(x=1)))
except Exception as e:
    print("'abc'.strip(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.startswith(1, 2, 3, 4, 5)", '=', repr('abc'.startswith(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.startswith(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.startswith()", '=', repr('abc'.startswith()))
except Exception as e:
    print("'abc'.startswith()", '->', type(e).__name__, e)
try:
    print("'abc'.startswith(x=1)", '=', repr('abc'.startswith(x=1)))
except Exception as e:
    print("'abc'.startswith(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.endswith(1, 2, 3, 4, 5)", '=', repr('abc'.endswith(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.endswith(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.endswith()", '=', repr('abc'.endswith()))
except Exception as e:
    print("'abc'.endswith()", '->', type(e).__name__, e)
try:
    print("'abc'.endswith(x=1)", '=', repr('abc'.endswith(x=1)))
except Exception as e:
    print("'abc'.endswith(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.find(1, 2, 3, 4, 5)", '=', repr('abc'.find(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.find(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.find()", '=', repr('abc'.find()))
except Exception as e:
    print("'abc'.find()", '->', type(e).__name__, e)
try:
    print("'abc'.find(x=1)", '=', repr('abc'.find(x=1)))
except Exception as e:
    print("'abc'.find(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.replace(1, 2, 3, 4, 5)", '=', repr('abc'.replace(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.replace(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.replace()", '=', repr('abc'.replace()))
except Exception as e:
    print("'abc'.replace()", '->', type(e).__name__, e)
try:
    print("'abc'.replace(x=1)", '=', repr('abc'.replace(x=1)))
except Exception as e:
    print("'abc'.replace(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.upper(1, 2, 3, 4, 5)", '=', repr('abc'.upper(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.upper(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.upper()", '=', repr('abc'.upper()))
except Exception as e:
    print("'abc'.upper()", '->', type(e).__name__, e)
try:
    print("'abc'.upper(x=1)", '=', repr('abc'.upper(x=1)))
except Exception as e:
    print("'abc'.upper(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.count(1, 2, 3, 4, 5)", '=', repr('abc'.count(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.count(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.count()", '=', repr('abc'.count()))
except Exception as e:
    print("'abc'.count()", '->', type(e).__name__, e)
try:
    print("'abc'.count(x=1)", '=', repr('abc'.count(x=1)))
except Exception as e:
    print("'abc'.count(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.index(1, 2, 3, 4, 5)", '=', repr('abc'.index(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.index(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.index()", '=', repr('abc'.index()))
except Exception as e:
    print("'abc'.index()", '->', type(e).__name__, e)
try:
    print("'abc'.index(x=1)", '=', repr('abc'.index(x=1)))
except Exception as e:
    print("'abc'.index(x=1)", '->', type(e).__name__, e)
try:
    print("'abc'.isdigit(1, 2, 3, 4, 5)", '=', repr('abc'.isdigit(1, 2, 3, 4, 5)))
except Exception as e:
    print("'abc'.isdigit(1, 2, 3, 4, 5)", '->', type(e).__name__, e)
try:
    print("'abc'.isdigit()", '=', repr('abc'.isdigit()))
except Exception as e:
    print("'abc'.isdigit()", '->', type(e).__name__, e)
try:
    print("'abc'.isdigit(x=1)", '=', repr('abc'.isdigit(x=1)))
except Exception as e:
    print("'abc'.isdigit(x=1)", '->', type(e).__name__, e)
try:
    print('[1].append(1, 2, 3, 4, 5)', '=', repr([1].append(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].append(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].append()', '=', repr([1].append()))
except Exception as e:
    print('[1].append()', '->', type(e).__name__, e)
try:
    print('[1].append(x=1)', '=', repr([1].append(x=1)))
except Exception as e:
    print('[1].append(x=1)', '->', type(e).__name__, e)
try:
    print('[1].pop(1, 2, 3, 4, 5)', '=', repr([1].pop(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].pop(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].pop()', '=', repr([1].pop()))
except Exception as e:
    print('[1].pop()', '->', type(e).__name__, e)
try:
    print('[1].pop(x=1)', '=', repr([1].pop(x=1)))
except Exception as e:
    print('[1].pop(x=1)', '->', type(e).__name__, e)
try:
    print('[1].insert(1, 2, 3, 4, 5)', '=', repr([1].insert(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].insert(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].insert()', '=', repr([1].insert()))
except Exception as e:
    print('[1].insert()', '->', type(e).__name__, e)
try:
    print('[1].insert(x=1)', '=', repr([1].insert(x=1)))
except Exception as e:
    print('[1].insert(x=1)', '->', type(e).__name__, e)
try:
    print('[1].extend(1, 2, 3, 4, 5)', '=', repr([1].extend(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].extend(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].extend()', '=', repr([1].extend()))
except Exception as e:
    print('[1].extend()', '->', type(e).__name__, e)
try:
    print('[1].extend(x=1)', '=', repr([1].extend(x=1)))
except Exception as e:
    print('[1].extend(x=1)', '->', type(e).__name__, e)
try:
    print('[1].index(1, 2, 3, 4, 5)', '=', repr([1].index(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].index(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].index()', '=', repr([1].index()))
except Exception as e:
    print('[1].index()', '->', type(e).__name__, e)
try:
    print('[1].index(x=1)', '=', repr([1].index(x=1)))
except Exception as e:
    print('[1].index(x=1)', '->', type(e).__name__, e)
try:
    print('[1].remove(1, 2, 3, 4, 5)', '=', repr([1].remove(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].remove(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].remove()', '=', repr([1].remove()))
except Exception as e:
    print('[1].remove()', '->', type(e).__name__, e)
try:
    print('[1].remove(x=1)', '=', repr([1].remove(x=1)))
except Exception as e:
    print('[1].remove(x=1)', '->', type(e).__name__, e)
try:
    print('[1].reverse(1, 2, 3, 4, 5)', '=', repr([1].reverse(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].reverse(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].reverse()', '=', repr([1].reverse()))
except Exception as e:
    print('[1].reverse()', '->', type(e).__name__, e)
try:
    print('[1].reverse(x=1)', '=', repr([1].reverse(x=1)))
except Exception as e:
    print('[1].reverse(x=1)', '->', type(e).__name__, e)
try:
    print('[1].sort(1, 2, 3, 4, 5)', '=', repr([1].sort(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].sort(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].sort()', '=', repr([1].sort()))
except Exception as e:
    print('[1].sort()', '->', type(e).__name__, e)
try:
    print('[1].sort(x=1)', '=', repr([1].sort(x=1)))
except Exception as e:
    print('[1].sort(x=1)', '->', type(e).__name__, e)
try:
    print('[1].copy(1, 2, 3, 4, 5)', '=', repr([1].copy(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].copy(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].copy()', '=', repr([1].copy()))
except Exception as e:
    print('[1].copy()', '->', type(e).__name__, e)
try:
    print('[1].copy(x=1)', '=', repr([1].copy(x=1)))
except Exception as e:
    print('[1].copy(x=1)', '->', type(e).__name__, e)
try:
    print('[1].count(1, 2, 3, 4, 5)', '=', repr([1].count(1, 2, 3, 4, 5)))
except Exception as e:
    print('[1].count(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('[1].count()', '=', repr([1].count()))
except Exception as e:
    print('[1].count()', '->', type(e).__name__, e)
try:
    print('[1].count(x=1)', '=', repr([1].count(x=1)))
except Exception as e:
    print('[1].count(x=1)', '->', type(e).__name__, e)
try:
    print('{1: 2}.get(1, 2, 3, 4, 5)', '=', repr({1: 2}.get(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1: 2}.get(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1: 2}.get()', '=', repr({1: 2}.get()))
except Exception as e:
    print('{1: 2}.get()', '->', type(e).__name__, e)
try:
    print('{1: 2}.get(x=1)', '=', repr({1: 2}.get(x=1)))
except Exception as e:
    print('{1: 2}.get(x=1)', '->', type(e).__name__, e)
try:
    print('{1: 2}.keys(1, 2, 3, 4, 5)', '=', repr({1: 2}.keys(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1: 2}.keys(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1: 2}.keys()', '=', repr({1: 2}.keys()))
except Exception as e:
    print('{1: 2}.keys()', '->', type(e).__name__, e)
try:
    print('{1: 2}.keys(x=1)', '=', repr({1: 2}.keys(x=1)))
except Exception as e:
    print('{1: 2}.keys(x=1)', '->', type(e).__name__, e)
try:
    print('{1: 2}.items(1, 2, 3, 4, 5)', '=', repr({1: 2}.items(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1: 2}.items(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1: 2}.items()', '=', repr({1: 2}.items()))
except Exception as e:
    print('{1: 2}.items()', '->', type(e).__name__, e)
try:
    print('{1: 2}.items(x=1)', '=', repr({1: 2}.items(x=1)))
except Exception as e:
    print('{1: 2}.items(x=1)', '->', type(e).__name__, e)
try:
    print('{1: 2}.pop(1, 2, 3, 4, 5)', '=', repr({1: 2}.pop(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1: 2}.pop(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1: 2}.pop()', '=', repr({1: 2}.pop()))
except Exception as e:
    print('{1: 2}.pop()', '->', type(e).__name__, e)
try:
    print('{1: 2}.pop(x=1)', '=', repr({1: 2}.pop(x=1)))
except Exception as e:
    print('{1: 2}.pop(x=1)', '->', type(e).__name__, e)
try:
    print('{1: 2}.setdefault(1, 2, 3, 4, 5)', '=', repr({1: 2}.setdefault(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1: 2}.setdefault(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1: 2}.setdefault()', '=', repr({1: 2}.setdefault()))
except Exception as e:
    print('{1: 2}.setdefault()', '->', type(e).__name__, e)
try:
    print('{1: 2}.setdefault(x=1)', '=', repr({1: 2}.setdefault(x=1)))
except Exception as e:
    print('{1: 2}.setdefault(x=1)', '->', type(e).__name__, e)
try:
    print('{1: 2}.update(1, 2, 3, 4, 5)', '=', repr({1: 2}.update(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1: 2}.update(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1: 2}.update()', '=', repr({1: 2}.update()))
except Exception as e:
    print('{1: 2}.update()', '->', type(e).__name__, e)
try:
    print('{1: 2}.update(x=1)', '=', repr({1: 2}.update(x=1)))
except Exception as e:
    print('{1: 2}.update(x=1)', '->', type(e).__name__, e)
try:
    print('{1: 2}.copy(1, 2, 3, 4, 5)', '=', repr({1: 2}.copy(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1: 2}.copy(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1: 2}.copy()', '=', repr({1: 2}.copy()))
except Exception as e:
    print('{1: 2}.copy()', '->', type(e).__name__, e)
try:
    print('{1: 2}.copy(x=1)', '=', repr({1: 2}.copy(x=1)))
except Exception as e:
    print('{1: 2}.copy(x=1)', '->', type(e).__name__, e)
try:
    print('{1: 2}.clear(1, 2, 3, 4, 5)', '=', repr({1: 2}.clear(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1: 2}.clear(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1: 2}.clear()', '=', repr({1: 2}.clear()))
except Exception as e:
    print('{1: 2}.clear()', '->', type(e).__name__, e)
try:
    print('{1: 2}.clear(x=1)', '=', repr({1: 2}.clear(x=1)))
except Exception as e:
    print('{1: 2}.clear(x=1)', '->', type(e).__name__, e)
try:
    print('{1}.add(1, 2, 3, 4, 5)', '=', repr({1}.add(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1}.add(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1}.add()', '=', repr({1}.add()))
except Exception as e:
    print('{1}.add()', '->', type(e).__name__, e)
try:
    print('{1}.add(x=1)', '=', repr({1}.add(x=1)))
except Exception as e:
    print('{1}.add(x=1)', '->', type(e).__name__, e)
try:
    print('{1}.discard(1, 2, 3, 4, 5)', '=', repr({1}.discard(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1}.discard(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1}.discard()', '=', repr({1}.discard()))
except Exception as e:
    print('{1}.discard()', '->', type(e).__name__, e)
try:
    print('{1}.discard(x=1)', '=', repr({1}.discard(x=1)))
except Exception as e:
    print('{1}.discard(x=1)', '->', type(e).__name__, e)
try:
    print('{1}.remove(1, 2, 3, 4, 5)', '=', repr({1}.remove(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1}.remove(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1}.remove()', '=', repr({1}.remove()))
except Exception as e:
    print('{1}.remove()', '->', type(e).__name__, e)
try:
    print('{1}.remove(x=1)', '=', repr({1}.remove(x=1)))
except Exception as e:
    print('{1}.remove(x=1)', '->', type(e).__name__, e)
try:
    print('{1}.pop(1, 2, 3, 4, 5)', '=', repr({1}.pop(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1}.pop(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1}.pop()', '=', repr({1}.pop()))
except Exception as e:
    print('{1}.pop()', '->', type(e).__name__, e)
try:
    print('{1}.pop(x=1)', '=', repr({1}.pop(x=1)))
except Exception as e:
    print('{1}.pop(x=1)', '->', type(e).__name__, e)
try:
    print('{1}.union(1, 2, 3, 4, 5)', '=', repr({1}.union(1, 2, 3, 4, 5)))
except Exception as e:
    print('{1}.union(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('{1}.union()', '=', repr({1}.union()))
except Exception as e:
    print('{1}.union()', '->', type(e).__name__, e)
try:
    print('{1}.union(x=1)', '=', repr({1}.union(x=1)))
except Exception as e:
    print('{1}.union(x=1)', '->', type(e).__name__, e)
try:
    print('(1,).count(1, 2, 3, 4, 5)', '=', repr((1,).count(1, 2, 3, 4, 5)))
except Exception as e:
    print('(1,).count(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('(1,).count()', '=', repr((1,).count()))
except Exception as e:
    print('(1,).count()', '->', type(e).__name__, e)
try:
    print('(1,).count(x=1)', '=', repr((1,).count(x=1)))
except Exception as e:
    print('(1,).count(x=1)', '->', type(e).__name__, e)
try:
    print('(1,).index(1, 2, 3, 4, 5)', '=', repr((1,).index(1, 2, 3, 4, 5)))
except Exception as e:
    print('(1,).index(1, 2, 3, 4, 5)', '->', type(e).__name__, e)
try:
    print('(1,).index()', '=', repr((1,).index()))
except Exception as e:
    print('(1,).index()', '->', type(e).__name__, e)
try:
    print('(1,).index(x=1)', '=', repr((1,).index(x=1)))
except Exception as e:
    print('(1,).index(x=1)', '->', type(e).__name__, e)
