# unittest.mock: Mock/MagicMock call recording, assertions, side effects,
# magic methods, patch in its forms, mock_open, call/ANY/sentinel.
import os
import unittest
from unittest import mock
from unittest.mock import (ANY, DEFAULT, MagicMock, Mock, NonCallableMock,
                           PropertyMock, call, mock_open, patch, sentinel)


def check(f):
    try:
        f()
        print('ok')
    except AssertionError as e:
        print('AssertionError:', e)
    except Exception as e:
        print(type(e).__name__ + ':', e)


m = Mock()
print(type(m(1, a=2)).__name__, m(1, a=2) is m.return_value)
print(m.call_count, m.called, m.call_args, m.call_args_list)
print(m.call_args.args, m.call_args.kwargs, m.call_args == call(1, a=2))
args, kwargs = m.call_args
print(args, kwargs)
m.method(3)
m.method.inner('x')
m().chained(4)
print(m.mock_calls)
print(m.method_calls)
check(lambda: m.assert_called_with(1, a=2))
check(lambda: m.assert_called_with(1, a=3))
check(lambda: m.assert_called_once_with(1, a=2))
check(lambda: m.method.assert_called_once_with(3))
check(lambda: m.method.assert_called_once_with(4))
check(lambda: m.assert_any_call(1, a=2))
check(lambda: m.assert_any_call(9))
check(lambda: m.other.assert_called())
check(lambda: m.other.assert_not_called())
check(lambda: m.method.assert_not_called())
check(lambda: m.assert_has_calls([call.method(3), call.method.inner('x')]))
check(lambda: m.assert_has_calls([call.method(4)]))
check(lambda: m.assert_has_calls([call.method.inner('x'), call.method(3)],
                                 any_order=True))
check(lambda: m.assret_called())
check(lambda: m.assert_called_with(ANY, a=ANY))
fresh = Mock(name='fresh')
check(lambda: fresh.assert_called_with(1))
check(lambda: fresh.assert_called_once())

m.reset_mock()
print(m.call_count, m.mock_calls, m.method.called)

s = Mock(side_effect=[1, 2, KeyError('k')])
print(s(), s())
check(lambda: s())
check(lambda: s())
s = Mock(side_effect=lambda x: x * 2)
print(s(21))
s = Mock(side_effect=ValueError)
check(lambda: s())
s = Mock(side_effect=lambda: DEFAULT, return_value=7)
print(s())
w = Mock(wraps=lambda a, b: a + b)
print(w(2, 3), w.call_args)
c = Mock(return_value=3, **{'method.return_value': 4, 'attr': 'x'})
print(c(), c.method(), c.attr)
c.configure_mock(**{'a.b.return_value': 5})
print(c.a.b())

spec = Mock(spec=['allowed'])
print(type(spec.allowed).__name__)
check(lambda: spec.forbidden)
sset = Mock(spec_set=['x'])
sset.x = 1
check(lambda: setattr(sset, 'y', 2))

mm = MagicMock()
print(len(mm), [x for x in mm], 3 in mm, bool(mm), int(mm), float(mm))
mm.__len__.return_value = 5
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
print(len(mm), [x for x in mm], mm[4], 'z' in mm)
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.__len__.call_count, mm == mm, mm == 1, mm != 1)
print(hash(mm) == hash(mm), isinstance(mm + 1, MagicMock))
print(mm.mock_calls[:3])
print(mm.__exit__.call_args)

other = MagicMock()
print(len(other), other.__len__.called)
plain = Mock()
plain.__len__ = Mock(return_value=2)
print(len(plain))
check(lambda: len(Mock()))

nc = NonCallableMock()
check(lambda: nc())


class Thing:
    value = 1

    def compute(self):
        return 'real'

    @property
    def prop(self):
        return 'real prop'


with patch.object(Thing, 'compute', return_value='patched') as p:
    print(Thing().compute(), p.call_count)
print(Thing().compute())
with patch.object(Thing, 'value', 99):
    print(Thing.value)
print(Thing.value)
with patch.object(Thing, 'prop', new_callable=PropertyMock) as pm:
    pm.return_value = 'mocked prop'
    print(Thing().prop)
    print(pm.call_args_list)
print(Thing().prop)
with patch('os.getcwd', return_value='/nowhere'):
    print(os.getcwd())
print(os.getcwd() != '/nowhere')
check(lambda: patch('nodots').start())
check(lambda: patch.object(Thing, 'missing').start())
with patch.object(Thing, 'missing', 'made', create=True):
    print(Thing.missing)
print(hasattr(Thing, 'missing'))

env = {'A': '1'}
with patch.dict(env, {'B': '2'}):
    print(sorted(env.items()))
print(sorted(env.items()))
with patch.dict(env, clear=True, C='3'):
    print(env)
print(env)
with patch.dict('os.environ', {'MOCK_TEST_VAR': 'yes'}):
    print(os.environ['MOCK_TEST_VAR'])
print('MOCK_TEST_VAR' in os.environ)


@patch('os.path.exists')
@patch('os.listdir', return_value=['f'])
def decorated(extra, listdir_mock, exists_mock):
    exists_mock.return_value = False
    return os.listdir('.'), os.path.exists('x'), extra, listdir_mock.call_args


print(decorated('E'))
p = patch.object(Thing, 'value', 5)
p.start()
print(Thing.value)
p.stop()
print(Thing.value)
patch.object(Thing, 'value', 6).start()
patch.dict(env, {'Z': 0}).start()
print(Thing.value, env)
patch.stopall()
print(Thing.value, env)

opener = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', opener):
    with open('somefile') as f:
        print(repr(f.read()))
    with open('somefile') as f:
        print(f.readlines())
    with open('somefile') as f:
        print([line for line in f])
    with open('out', 'w') as f:
        f.write('data')
print(opener.call_args_list)
opener.return_value.write.assert_called_once_with('data')

print(sentinel.token is sentinel.token, sentinel.token, DEFAULT)
print(call(1, x=2), call.a.b(3), call().c, call(1) == call(1), call(1) == call(2))
print(ANY == object(), [1, ANY] == [1, 'x'], repr(ANY))
print(call.method(1).call_list() if False else 'skip')


class PatchedCase(unittest.TestCase):
    @patch('os.getpid', return_value=42)
    def test_pid(self, getpid):
        self.assertEqual(os.getpid(), 42)
        getpid.assert_called_once_with()

    def test_mock(self):
        m = MagicMock()
        m.x.y.return_value = 1
        self.assertEqual(m.x.y(), 1)


@patch.object(Thing, 'value', 'class-level')
class ClassPatched(unittest.TestCase):
    def test_one(self):
        self.assertEqual(Thing.value, 'class-level')

    def helper(self):
        return Thing.value


suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(PatchedCase))
suite.addTests(loader.loadTestsFromTestCase(ClassPatched))
import io
result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print(result.testsRun, result.failures, result.errors)
print(ClassPatched('test_one').helper())
