# list/dict/set/tuple/range methods and their error messages; slice assignment and deletion with steps; comprehensions.
L = [3, 1, 2]
D = {'a': 1, 'b': 2}
S = {1, 2, 3}
try:
    print('[1,2,3].index(2)', '=', repr([1,2,3].index(2)))
except Exception as e:
    print('[1,2,3].index(2)', '->', type(e).__name__, e)
try:
    print('[1,2,3].index(2, 2)', '=', repr([1,2,3].index(2, 2)))
except Exception as e:
    print('[1,2,3].index(2, 2)', '->', type(e).__name__, e)
try:
    print('[1,2,3].index(5)', '=', repr([1,2,3].index(5)))
except Exception as e:
    print('[1,2,3].index(5)', '->', type(e).__name__, e)
try:
    print("['a'].index('x')", '=', repr(['a'].index('x')))
except Exception as e:
    print("['a'].index('x')", '->', type(e).__name__, e)
try:
    print('[1,2].remove(5)', '=', repr([1,2].remove(5)))
except Exception as e:
    print('[1,2].remove(5)', '->', type(e).__name__, e)
try:
    print('[].pop()', '=', repr([].pop()))
except Exception as e:
    print('[].pop()', '->', type(e).__name__, e)
try:
    print('[1].pop(3)', '=', repr([1].pop(3)))
except Exception as e:
    print('[1].pop(3)', '->', type(e).__name__, e)
try:
    print('[].pop(0)', '=', repr([].pop(0)))
except Exception as e:
    print('[].pop(0)', '->', type(e).__name__, e)
try:
    print('[1,2,3].pop(-1)', '=', repr([1,2,3].pop(-1)))
except Exception as e:
    print('[1,2,3].pop(-1)', '->', type(e).__name__, e)
try:
    print('[1,2,3].pop(-5)', '=', repr([1,2,3].pop(-5)))
except Exception as e:
    print('[1,2,3].pop(-5)', '->', type(e).__name__, e)
try:
    print('[1,2,3].count(2)', '=', repr([1,2,3].count(2)))
except Exception as e:
    print('[1,2,3].count(2)', '->', type(e).__name__, e)
try:
    print('[1,2,[3]].copy()', '=', repr([1,2,[3]].copy()))
except Exception as e:
    print('[1,2,[3]].copy()', '->', type(e).__name__, e)
try:
    print("[1, 'a', None, 2.5, True]", '=', repr([1, 'a', None, 2.5, True]))
except Exception as e:
    print("[1, 'a', None, 2.5, True]", '->', type(e).__name__, e)
try:
    print('[[]] * 3', '=', repr([[]] * 3))
except Exception as e:
    print('[[]] * 3', '->', type(e).__name__, e)
try:
    print('[1] * 0', '=', repr([1] * 0))
except Exception as e:
    print('[1] * 0', '->', type(e).__name__, e)
try:
    print('[1,2] + [3]', '=', repr([1,2] + [3]))
except Exception as e:
    print('[1,2] + [3]', '->', type(e).__name__, e)
try:
    print('[1,2] == [1,2]', '=', repr([1,2] == [1,2]))
except Exception as e:
    print('[1,2] == [1,2]', '->', type(e).__name__, e)
try:
    print('[1,2] < [1,3]', '=', repr([1,2] < [1,3]))
except Exception as e:
    print('[1,2] < [1,3]', '->', type(e).__name__, e)
try:
    print('[1,2] < [1,2,0]', '=', repr([1,2] < [1,2,0]))
except Exception as e:
    print('[1,2] < [1,2,0]', '->', type(e).__name__, e)
try:
    print('sorted([3,1,2], reverse=True)', '=', repr(sorted([3,1,2], reverse=True)))
except Exception as e:
    print('sorted([3,1,2], reverse=True)', '->', type(e).__name__, e)
try:
    print("sorted(['b','A','c'], key=str.lower)", '=', repr(sorted(['b','A','c'], key=str.lower)))
except Exception as e:
    print("sorted(['b','A','c'], key=str.lower)", '->', type(e).__name__, e)
try:
    print("sorted([(1,'b'),(1,'a'),(0,'z')])", '=', repr(sorted([(1,'b'),(1,'a'),(0,'z')])))
except Exception as e:
    print("sorted([(1,'b'),(1,'a'),(0,'z')])", '->', type(e).__name__, e)
try:
    print('sorted({3: 1, 1: 2})', '=', repr(sorted({3: 1, 1: 2})))
except Exception as e:
    print('sorted({3: 1, 1: 2})', '->', type(e).__name__, e)
try:
    print("sorted('bca')", '=', repr(sorted('bca')))
except Exception as e:
    print("sorted('bca')", '->', type(e).__name__, e)
try:
    print('sorted([1.5, 1, True, 0])', '=', repr(sorted([1.5, 1, True, 0])))
except Exception as e:
    print('sorted([1.5, 1, True, 0])', '->', type(e).__name__, e)
try:
    print('max([1,5,3], key=lambda x: -x)', '=', repr(max([1,5,3], key=lambda x: -x)))
except Exception as e:
    print('max([1,5,3], key=lambda x: -x)', '->', type(e).__name__, e)
try:
    print('max(1, 5, 3)', '=', repr(max(1, 5, 3)))
except Exception as e:
    print('max(1, 5, 3)', '->', type(e).__name__, e)
try:
    print("max('abc')", '=', repr(max('abc')))
except Exception as e:
    print("max('abc')", '->', type(e).__name__, e)
try:
    print('max([], default=7)', '=', repr(max([], default=7)))
except Exception as e:
    print('max([], default=7)', '->', type(e).__name__, e)
try:
    print('min([], default=None)', '=', repr(min([], default=None)))
except Exception as e:
    print('min([], default=None)', '->', type(e).__name__, e)
try:
    print('max([1,2], [1,3])', '=', repr(max([1,2], [1,3])))
except Exception as e:
    print('max([1,2], [1,3])', '->', type(e).__name__, e)
try:
    print('min(3, 1, key=lambda x: x)', '=', repr(min(3, 1, key=lambda x: x)))
except Exception as e:
    print('min(3, 1, key=lambda x: x)', '->', type(e).__name__, e)
try:
    print('max([3,1], default=0, key=lambda x: x)', '=', repr(max([3,1], default=0, key=lambda x: x)))
except Exception as e:
    print('max([3,1], default=0, key=lambda x: x)', '->', type(e).__name__, e)
try:
    print('max(1, 2, default=0)', '=', repr(max(1, 2, default=0)))
except Exception as e:
    print('max(1, 2, default=0)', '->', type(e).__name__, e)
try:
    print('max(key=len)', '=', repr(max(key=len)))
except Exception as e:
    print('max(key=len)', '->', type(e).__name__, e)
try:
    print('min([(1, 2), (1, 1)])', '=', repr(min([(1, 2), (1, 1)])))
except Exception as e:
    print('min([(1, 2), (1, 1)])', '->', type(e).__name__, e)
try:
    print("list(enumerate('ab', start=5))", '=', repr(list(enumerate('ab', start=5))))
except Exception as e:
    print("list(enumerate('ab', start=5))", '->', type(e).__name__, e)
try:
    print("list(enumerate('ab', 1))", '=', repr(list(enumerate('ab', 1))))
except Exception as e:
    print("list(enumerate('ab', 1))", '->', type(e).__name__, e)
try:
    print("list(zip([1,2,3], 'ab'))", '=', repr(list(zip([1,2,3], 'ab'))))
except Exception as e:
    print("list(zip([1,2,3], 'ab'))", '->', type(e).__name__, e)
try:
    print('list(zip())', '=', repr(list(zip())))
except Exception as e:
    print('list(zip())', '->', type(e).__name__, e)
try:
    print('list(zip([1], [2], [3]))', '=', repr(list(zip([1], [2], [3]))))
except Exception as e:
    print('list(zip([1], [2], [3]))', '->', type(e).__name__, e)
try:
    print('list(map(lambda x, y: x+y, [1,2], [10,20,30]))', '=', repr(list(map(lambda x, y: x+y, [1,2], [10,20,30]))))
except Exception as e:
    print('list(map(lambda x, y: x+y, [1,2], [10,20,30]))', '->', type(e).__name__, e)
try:
    print('list(filter(lambda x: x > 1, [1,2,3]))', '=', repr(list(filter(lambda x: x > 1, [1,2,3]))))
except Exception as e:
    print('list(filter(lambda x: x > 1, [1,2,3]))', '->', type(e).__name__, e)
try:
    print("list(filter(None, [0, 1, '', 'a', None]))", '=', repr(list(filter(None, [0, 1, '', 'a', None]))))
except Exception as e:
    print("list(filter(None, [0, 1, '', 'a', None]))", '->', type(e).__name__, e)
try:
    print('list(reversed([1,2,3]))', '=', repr(list(reversed([1,2,3]))))
except Exception as e:
    print('list(reversed([1,2,3]))', '->', type(e).__name__, e)
try:
    print('list(reversed(range(5)))', '=', repr(list(reversed(range(5)))))
except Exception as e:
    print('list(reversed(range(5)))', '->', type(e).__name__, e)
try:
    print("list(reversed('abc'))", '=', repr(list(reversed('abc'))))
except Exception as e:
    print("list(reversed('abc'))", '->', type(e).__name__, e)
try:
    print('list(reversed((1,2)))', '=', repr(list(reversed((1,2)))))
except Exception as e:
    print('list(reversed((1,2)))', '->', type(e).__name__, e)
try:
    print('list(reversed({1: 2, 3: 4}))', '=', repr(list(reversed({1: 2, 3: 4}))))
except Exception as e:
    print('list(reversed({1: 2, 3: 4}))', '->', type(e).__name__, e)
try:
    print("next(iter([]), 'dflt')", '=', repr(next(iter([]), 'dflt')))
except Exception as e:
    print("next(iter([]), 'dflt')", '->', type(e).__name__, e)
try:
    print('any([]), all([]), any([0, 1]), all([1, 0])', '=', repr(any([]), all([]), any([0, 1]), all([1, 0])))
except Exception as e:
    print('any([]), all([]), any([0, 1]), all([1, 0])', '->', type(e).__name__, e)
try:
    print('hash((1, 2)) == hash((1, 2))', '=', repr(hash((1, 2)) == hash((1, 2))))
except Exception as e:
    print('hash((1, 2)) == hash((1, 2))', '->', type(e).__name__, e)
try:
    print('hash((1, [2]))', '=', repr(hash((1, [2]))))
except Exception as e:
    print('hash((1, [2]))', '->', type(e).__name__, e)
try:
    print('isinstance(1, (str, int))', '=', repr(isinstance(1, (str, int))))
except Exception as e:
    print('isinstance(1, (str, int))', '->', type(e).__name__, e)
try:
    print('isinstance(True, int)', '=', repr(isinstance(True, int)))
except Exception as e:
    print('isinstance(True, int)', '->', type(e).__name__, e)
try:
    print('isinstance(1, (str, (float, int)))', '=', repr(isinstance(1, (str, (float, int)))))
except Exception as e:
    print('isinstance(1, (str, (float, int)))', '->', type(e).__name__, e)
try:
    print('issubclass(bool, int)', '=', repr(issubclass(bool, int)))
except Exception as e:
    print('issubclass(bool, int)', '->', type(e).__name__, e)
try:
    print('issubclass(int, (str, object))', '=', repr(issubclass(int, (str, object))))
except Exception as e:
    print('issubclass(int, (str, object))', '->', type(e).__name__, e)
try:
    print('callable(len), callable(1), callable(int), callable(lambda: 0)', '=', repr(callable(len), callable(1), callable(int), callable(lambda: 0)))
except Exception as e:
    print('callable(len), callable(1), callable(int), callable(lambda: 0)', '->', type(e).__name__, e)
try:
    print("getattr([], 'append').__name__", '=', repr(getattr([], 'append').__name__))
except Exception as e:
    print("getattr([], 'append').__name__", '->', type(e).__name__, e)
try:
    print("getattr(1, 'zz', 'dflt')", '=', repr(getattr(1, 'zz', 'dflt')))
except Exception as e:
    print("getattr(1, 'zz', 'dflt')", '->', type(e).__name__, e)
try:
    print("hasattr(1, 'zz'), hasattr('', 'upper')", '=', repr(hasattr(1, 'zz'), hasattr('', 'upper')))
except Exception as e:
    print("hasattr(1, 'zz'), hasattr('', 'upper')", '->', type(e).__name__, e)
try:
    print("D.get('z'), D.get('a'), D.get('z', 0)", '=', repr(D.get('z'), D.get('a'), D.get('z', 0)))
except Exception as e:
    print("D.get('z'), D.get('a'), D.get('z', 0)", '->', type(e).__name__, e)
try:
    print('list(D.keys()), list(D.values()), list(D.items())', '=', repr(list(D.keys()), list(D.values()), list(D.items())))
except Exception as e:
    print('list(D.keys()), list(D.values()), list(D.items())', '->', type(e).__name__, e)
try:
    print('D.keys()', '=', repr(D.keys()))
except Exception as e:
    print('D.keys()', '->', type(e).__name__, e)
try:
    print('D.values()', '=', repr(D.values()))
except Exception as e:
    print('D.values()', '->', type(e).__name__, e)
try:
    print('D.items()', '=', repr(D.items()))
except Exception as e:
    print('D.items()', '->', type(e).__name__, e)
try:
    print("{'x': 1}.pop('x')", '=', repr({'x': 1}.pop('x')))
except Exception as e:
    print("{'x': 1}.pop('x')", '->', type(e).__name__, e)
try:
    print("{'x': 1}.pop('y', 5)", '=', repr({'x': 1}.pop('y', 5)))
except Exception as e:
    print("{'x': 1}.pop('y', 5)", '->', type(e).__name__, e)
try:
    print("{'x': 1}.setdefault('y', [])", '=', repr({'x': 1}.setdefault('y', [])))
except Exception as e:
    print("{'x': 1}.setdefault('y', [])", '->', type(e).__name__, e)
try:
    print("{}.setdefault('k')", '=', repr({}.setdefault('k')))
except Exception as e:
    print("{}.setdefault('k')", '->', type(e).__name__, e)
try:
    print('dict(a=1, b=2)', '=', repr(dict(a=1, b=2)))
except Exception as e:
    print('dict(a=1, b=2)', '->', type(e).__name__, e)
try:
    print("dict([('a', 1)], b=2)", '=', repr(dict([('a', 1)], b=2)))
except Exception as e:
    print("dict([('a', 1)], b=2)", '->', type(e).__name__, e)
try:
    print("dict({'a': 1}, a=2)", '=', repr(dict({'a': 1}, a=2)))
except Exception as e:
    print("dict({'a': 1}, a=2)", '->', type(e).__name__, e)
try:
    print("dict(zip('ab', [1,2]))", '=', repr(dict(zip('ab', [1,2]))))
except Exception as e:
    print("dict(zip('ab', [1,2]))", '->', type(e).__name__, e)
try:
    print('{1: 2}.update({3: 4}) ', '=', repr({1: 2}.update({3: 4}) ))
except Exception as e:
    print('{1: 2}.update({3: 4}) ', '->', type(e).__name__, e)
try:
    d = {'a': 1}
    d.update(b=2)
    d.update([('c', 3)])
    print(d)
except Exception as e:
    print("stmt: d = {'a': 1} ;; d.update(b=2) ;; d.update([('c', 3)]) ;; print(d)", '->', type(e).__name__, e)
try:
    d = {1: 'a', True: 'b', 1.0: 'c'}
    print(d)
except Exception as e:
    print("stmt: d = {1: 'a', True: 'b', 1.0: 'c'} ;; print(d)", '->', type(e).__name__, e)
try:
    print("{1: 'a'} == {1: 'a'}", '=', repr({1: 'a'} == {1: 'a'}))
except Exception as e:
    print("{1: 'a'} == {1: 'a'}", '->', type(e).__name__, e)
try:
    print("{1: 'a'} == {1: 'b'}", '=', repr({1: 'a'} == {1: 'b'}))
except Exception as e:
    print("{1: 'a'} == {1: 'b'}", '->', type(e).__name__, e)
try:
    print("{'a': 1}['b']", '=', repr({'a': 1}['b']))
except Exception as e:
    print("{'a': 1}['b']", '->', type(e).__name__, e)
try:
    print("{(1, 'a'): 1}[(2, 'b')]", '=', repr({(1, 'a'): 1}[(2, 'b')]))
except Exception as e:
    print("{(1, 'a'): 1}[(2, 'b')]", '->', type(e).__name__, e)
try:
    print('{1.5: 1}[2.5]', '=', repr({1.5: 1}[2.5]))
except Exception as e:
    print('{1.5: 1}[2.5]', '->', type(e).__name__, e)
try:
    print('{None: 1}[0]', '=', repr({None: 1}[0]))
except Exception as e:
    print('{None: 1}[0]', '->', type(e).__name__, e)
try:
    print("{'a': {'b': [1, {'c': ()}]}}", '=', repr({'a': {'b': [1, {'c': ()}]}}))
except Exception as e:
    print("{'a': {'b': [1, {'c': ()}]}}", '->', type(e).__name__, e)
try:
    print("list({'b': 1, 'a': 2})", '=', repr(list({'b': 1, 'a': 2})))
except Exception as e:
    print("list({'b': 1, 'a': 2})", '->', type(e).__name__, e)
try:
    print("len(D), 'a' in D, 1 in D", '=', repr(len(D), 'a' in D, 1 in D))
except Exception as e:
    print("len(D), 'a' in D, 1 in D", '->', type(e).__name__, e)
try:
    print('S | {4}, S & {2, 9}, S - {1}, S ^ {1, 9}', '=', repr(S | {4}, S & {2, 9}, S - {1}, S ^ {1, 9}))
except Exception as e:
    print('S | {4}, S & {2, 9}, S - {1}, S ^ {1, 9}', '->', type(e).__name__, e)
try:
    print('{1, 2}.union([3], (4,))', '=', repr({1, 2}.union([3], (4,))))
except Exception as e:
    print('{1, 2}.union([3], (4,))', '->', type(e).__name__, e)
try:
    print('{1, 2}.intersection([2, 3])', '=', repr({1, 2}.intersection([2, 3])))
except Exception as e:
    print('{1, 2}.intersection([2, 3])', '->', type(e).__name__, e)
try:
    print('{1, 2}.difference([2])', '=', repr({1, 2}.difference([2])))
except Exception as e:
    print('{1, 2}.difference([2])', '->', type(e).__name__, e)
try:
    print('{1,2} <= {1,2,3}, {1,2} < {1,2}, {1} == {1}', '=', repr({1,2} <= {1,2,3}, {1,2} < {1,2}, {1} == {1}))
except Exception as e:
    print('{1,2} <= {1,2,3}, {1,2} < {1,2}, {1} == {1}', '->', type(e).__name__, e)
try:
    print("set('abc') == {'a', 'b', 'c'}", '=', repr(set('abc') == {'a', 'b', 'c'}))
except Exception as e:
    print("set('abc') == {'a', 'b', 'c'}", '->', type(e).__name__, e)
try:
    s = {1}; s.add(2); s.discard(5); s.remove(1); print(s)
except Exception as e:
    print('stmt: s = {1}; s.add(2); s.discard(5); s.remove(1); print(s)', '->', type(e).__name__, e)
try:
    s = set(); s.remove(3)
except Exception as e:
    print('stmt: s = set(); s.remove(3)', '->', type(e).__name__, e)
try:
    s = set(); s.pop()
except Exception as e:
    print('stmt: s = set(); s.pop()', '->', type(e).__name__, e)
try:
    s = {(1,2)}; s.remove((3,4))
except Exception as e:
    print('stmt: s = {(1,2)}; s.remove((3,4))', '->', type(e).__name__, e)
try:
    print('set()', '=', repr(set()))
except Exception as e:
    print('set()', '->', type(e).__name__, e)
try:
    print('{1, 2, 3}', '=', repr({1, 2, 3}))
except Exception as e:
    print('{1, 2, 3}', '->', type(e).__name__, e)
try:
    print("sorted({'b', 'a'})", '=', repr(sorted({'b', 'a'})))
except Exception as e:
    print("sorted({'b', 'a'})", '->', type(e).__name__, e)
try:
    print('{1} | [2]', '=', repr({1} | [2]))
except Exception as e:
    print('{1} | [2]', '->', type(e).__name__, e)
try:
    print('{1} - 5', '=', repr({1} - 5))
except Exception as e:
    print('{1} - 5', '->', type(e).__name__, e)
try:
    print('frozenset([1]) if False else 0', '=', repr(frozenset([1]) if False else 0))
except Exception as e:
    print('frozenset([1]) if False else 0', '->', type(e).__name__, e)
try:
    print('(1, 2) + (3,)', '=', repr((1, 2) + (3,)))
except Exception as e:
    print('(1, 2) + (3,)', '->', type(e).__name__, e)
try:
    print('(1,) * 3', '=', repr((1,) * 3))
except Exception as e:
    print('(1,) * 3', '->', type(e).__name__, e)
try:
    print('(1, 2).count(1)', '=', repr((1, 2).count(1)))
except Exception as e:
    print('(1, 2).count(1)', '->', type(e).__name__, e)
try:
    print('(1, 2).index(2)', '=', repr((1, 2).index(2)))
except Exception as e:
    print('(1, 2).index(2)', '->', type(e).__name__, e)
try:
    print("(1, 'a', (2,))", '=', repr((1, 'a', (2,))))
except Exception as e:
    print("(1, 'a', (2,))", '->', type(e).__name__, e)
try:
    print('()', '=', repr(()))
except Exception as e:
    print('()', '->', type(e).__name__, e)
try:
    print('(1,)', '=', repr((1,)))
except Exception as e:
    print('(1,)', '->', type(e).__name__, e)
try:
    print('tuple([1, 2])', '=', repr(tuple([1, 2])))
except Exception as e:
    print('tuple([1, 2])', '->', type(e).__name__, e)
try:
    print("tuple('ab')", '=', repr(tuple('ab')))
except Exception as e:
    print("tuple('ab')", '->', type(e).__name__, e)
try:
    print('(1, 2) < (1, 2, 3)', '=', repr((1, 2) < (1, 2, 3)))
except Exception as e:
    print('(1, 2) < (1, 2, 3)', '->', type(e).__name__, e)
try:
    print('(1, 2)[5]', '=', repr((1, 2)[5]))
except Exception as e:
    print('(1, 2)[5]', '->', type(e).__name__, e)
try:
    print('(1, 2)[::-1]', '=', repr((1, 2)[::-1]))
except Exception as e:
    print('(1, 2)[::-1]', '->', type(e).__name__, e)
try:
    t = (1, 2)
    t[0] = 5
except Exception as e:
    print('stmt: t = (1, 2) ;; t[0] = 5', '->', type(e).__name__, e)
try:
    t = 'ab'
    t[0] = 'x'
except Exception as e:
    print("stmt: t = 'ab' ;; t[0] = 'x'", '->', type(e).__name__, e)
try:
    x = (1,2)
    del x[0]
except Exception as e:
    print('stmt: x = (1,2) ;; del x[0]', '->', type(e).__name__, e)
try:
    x = {}
    del x['a']
except Exception as e:
    print("stmt: x = {} ;; del x['a']", '->', type(e).__name__, e)
try:
    x = [1]
    del x[5]
except Exception as e:
    print('stmt: x = [1] ;; del x[5]', '->', type(e).__name__, e)
try:
    x = []
    x[0] = 1
except Exception as e:
    print('stmt: x = [] ;; x[0] = 1', '->', type(e).__name__, e)
try:
    x = [1,2,3,4,5,6]
    x[::2] = [0, 0] 
except Exception as e:
    print('stmt: x = [1,2,3,4,5,6] ;; x[::2] = [0, 0] ', '->', type(e).__name__, e)
try:
    x = [1,2,3,4,5,6]
    x[::2] = [0, 0, 0]
    print(x)
except Exception as e:
    print('stmt: x = [1,2,3,4,5,6] ;; x[::2] = [0, 0, 0] ;; print(x)', '->', type(e).__name__, e)
try:
    x = [1,2,3,4,5,6]
    del x[::2]
    print(x)
except Exception as e:
    print('stmt: x = [1,2,3,4,5,6] ;; del x[::2] ;; print(x)', '->', type(e).__name__, e)
try:
    x = [1,2,3,4,5,6]
    x[1:3] = 'ab'
    print(x)
except Exception as e:
    print("stmt: x = [1,2,3,4,5,6] ;; x[1:3] = 'ab' ;; print(x)", '->', type(e).__name__, e)
try:
    x = [1,2,3,4,5,6]
    x[1:3] = 5
except Exception as e:
    print('stmt: x = [1,2,3,4,5,6] ;; x[1:3] = 5', '->', type(e).__name__, e)
try:
    x = [1,2,3,4,5,6]
    x[::-1] = range(6)
    print(x)
except Exception as e:
    print('stmt: x = [1,2,3,4,5,6] ;; x[::-1] = range(6) ;; print(x)', '->', type(e).__name__, e)
try:
    x = [1,2,3,4,5,6]
    del x[-2:]
    x[len(x):] = [9]
    print(x)
except Exception as e:
    print('stmt: x = [1,2,3,4,5,6] ;; del x[-2:] ;; x[len(x):] = [9] ;; print(x)', '->', type(e).__name__, e)
try:
    x = [1,2,3]
    x[5:] = [7]
    x[:0] = [0]
    print(x)
except Exception as e:
    print('stmt: x = [1,2,3] ;; x[5:] = [7] ;; x[:0] = [0] ;; print(x)', '->', type(e).__name__, e)
try:
    x = [1,2,3]
    x[1:2] = []
    print(x)
except Exception as e:
    print('stmt: x = [1,2,3] ;; x[1:2] = [] ;; print(x)', '->', type(e).__name__, e)
try:
    x = list(range(10))
    del x[1:8:3]
    print(x)
except Exception as e:
    print('stmt: x = list(range(10)) ;; del x[1:8:3] ;; print(x)', '->', type(e).__name__, e)
try:
    x = list(range(10))
    x[8:1:-3] = 'abc'
    print(x)
except Exception as e:
    print("stmt: x = list(range(10)) ;; x[8:1:-3] = 'abc' ;; print(x)", '->', type(e).__name__, e)
try:
    x = [1]
    x.insert(-10, 0)
    x.insert(100, 2)
    print(x)
except Exception as e:
    print('stmt: x = [1] ;; x.insert(-10, 0) ;; x.insert(100, 2) ;; print(x)', '->', type(e).__name__, e)
try:
    x = [3, 1, 2]
    x.sort(key=lambda v: -v)
    print(x, x.sort())
except Exception as e:
    print('stmt: x = [3, 1, 2] ;; x.sort(key=lambda v: -v) ;; print(x, x.sort())', '->', type(e).__name__, e)
try:
    x = [1, 2]
    x.extend((3,))
    x.extend('ab')
    x.extend({5: 6})
    print(x)
except Exception as e:
    print("stmt: x = [1, 2] ;; x.extend((3,)) ;; x.extend('ab') ;; x.extend({5: 6}) ;; print(x)", '->', type(e).__name__, e)
try:
    x = [1, 2]
    x += (3,)
    print(x)
except Exception as e:
    print('stmt: x = [1, 2] ;; x += (3,) ;; print(x)', '->', type(e).__name__, e)
try:
    x = [1, 2]
    x = x + (3,)
except Exception as e:
    print('stmt: x = [1, 2] ;; x = x + (3,)', '->', type(e).__name__, e)
try:
    x = [1,2]
    x.reverse()
    x.clear()
    print(x)
except Exception as e:
    print('stmt: x = [1,2] ;; x.reverse() ;; x.clear() ;; print(x)', '->', type(e).__name__, e)
try:
    x = [1,2,1]
    x.remove(1)
    print(x)
except Exception as e:
    print('stmt: x = [1,2,1] ;; x.remove(1) ;; print(x)', '->', type(e).__name__, e)
try:
    x = [1, 'a']
    x.sort()
except Exception as e:
    print("stmt: x = [1, 'a'] ;; x.sort()", '->', type(e).__name__, e)
try:
    x = []
    x.append(x)
    print(x)
except Exception as e:
    print('stmt: x = [] ;; x.append(x) ;; print(x)', '->', type(e).__name__, e)
try:
    x = {}
    x[1] = x
    print(x)
except Exception as e:
    print('stmt: x = {} ;; x[1] = x ;; print(x)', '->', type(e).__name__, e)
try:
    a = [1, 2, 3]
    a[1:2] = a
    print(a)
except Exception as e:
    print('stmt: a = [1, 2, 3] ;; a[1:2] = a ;; print(a)', '->', type(e).__name__, e)
try:
    print(list(range(0)), range(5), range(1, 5), range(1, 10, 2), range(5)[1], range(0, 10, 3)[-1], len(range(1, 10, 3)), list(range(5)[1:3]), range(5)[::-1])
except Exception as e:
    print('stmt: print(list(range(0)), range(5), range(1, 5), range(1, 10, 2), range(5)[1], range(0, 10, 3)[-1], len(range(1, 10, 3)), list(range(5)[1:3]), range(5)[::-1])', '->', type(e).__name__, e)
try:
    print(3 in range(5), range(5) == range(0, 5), range(5).index(3) if False else '', list(range(10, 0, -3)))
except Exception as e:
    print("stmt: print(3 in range(5), range(5) == range(0, 5), range(5).index(3) if False else '', list(range(10, 0, -3)))", '->', type(e).__name__, e)
try:
    r = range(3)
    r[5]
except Exception as e:
    print('stmt: r = range(3) ;; r[5]', '->', type(e).__name__, e)
try:
    print([x * y for x in range(3) for y in range(3) if x != y if y > 0])
except Exception as e:
    print('stmt: print([x * y for x in range(3) for y in range(3) if x != y if y > 0])', '->', type(e).__name__, e)
try:
    print({x: x ** 2 for x in range(4) if x % 2}, {c for c in 'hello'} == set('helo'))
except Exception as e:
    print("stmt: print({x: x ** 2 for x in range(4) if x % 2}, {c for c in 'hello'} == set('helo'))", '->', type(e).__name__, e)
try:
    print([[j for j in range(i)] for i in range(4)])
except Exception as e:
    print('stmt: print([[j for j in range(i)] for i in range(4)])', '->', type(e).__name__, e)
try:
    print([(lambda: i)() for i in range(3)])
except Exception as e:
    print('stmt: print([(lambda: i)() for i in range(3)])', '->', type(e).__name__, e)
try:
    x = 10
    print([x for x in range(3)], x)
except Exception as e:
    print('stmt: x = 10 ;; print([x for x in range(3)], x)', '->', type(e).__name__, e)
