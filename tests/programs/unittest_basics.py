# unittest: assertions, fixtures, skips, expected failures, subTest, and
# the text runner's report (timing masked).
import sys
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        out = ''.join(self.parts)
        i = out.find(' tests in ')
        if i < 0:
            i = out.find(' test in ')
        if i >= 0:
            j = out.index('s\n', i + 9)
            out = out[:i] + ' tests in <time>' + out[j + 1:]
        return out


class Arith(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.value = 10
        log.append('setUp')

    def tearDown(self):
        log.append('tearDown')

    def test_equal(self):
        """Values compare equal."""
        self.assertEqual(self.value, 10)
        self.assertNotEqual(self.value, 11)
        self.assertTrue(self.value)
        self.assertFalse(0)
        self.assertIs(None, None)
        self.assertIsNot(1, None)
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(1, [1, 2])
        self.assertNotIn(3, [1, 2])
        self.assertIsInstance(1, int)
        self.assertNotIsInstance(1, str)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2)
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(2, 2)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertListEqual([1], [1])
        self.assertDictEqual({'a': 1}, {'a': 1})

    def test_fail_equal(self):
        self.assertEqual(self.value, 11)

    def test_fail_msg(self):
        self.assertEqual(1.5, 2, 'custom message')

    def test_fail_list(self):
        self.assertEqual((1, 2), [1, 2])

    def test_fail_true(self):
        self.assertTrue(0)

    def test_fail_in(self):
        self.assertIn('x', 'abc')

    def test_error(self):
        return {}['missing']

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int('x')
        self.assertIn('invalid literal', str(cm.exception))
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        with self.assertRaisesRegex(KeyError, 'k'):
            {}['k']

    def test_raises_missing(self):
        with self.assertRaises(ValueError):
            pass

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.skipIf(True, 'condition held')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'never shown')
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_cleanup(self):
        self.addCleanup(log.append, 'cleanup')


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Empty(unittest.TestCase):
    def helper(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Arith))
print(loader.loadTestsFromModule(sys.modules[__name__]).countTestCases())
for verbosity in (1, 2):
    log.clear()
    suite = loader.loadTestsFromModule(sys.modules[__name__])
    stream = Stream()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(stream.text())
    print(type(result).__name__, result.testsRun, result.wasSuccessful(), len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
    print(log[:4], log.count('setUp'), log[-2:])

one = unittest.TestSuite([Arith('test_equal')])
stream = Stream()
r = unittest.TextTestRunner(stream=stream).run(one)
print(stream.text())
print(repr(Arith('test_equal')), str(Arith('test_equal')), Arith('test_equal').id(),
      Arith('test_equal').shortDescription())
try:
    Arith('nope')
except ValueError as e:
    print('ValueError', e)
stream = Stream()
unittest.main(module=__name__, argv=['prog', 'Arith.test_equal', 'Arith.test_fail_true'],
              exit=False, testRunner=unittest.TextTestRunner(stream=stream))
print(stream.text())
try:
    unittest.main(argv=['prog', 'Arith.test_equal'], testRunner=unittest.TextTestRunner(stream=Stream()))
except SystemExit as e:
    print('SystemExit', e.code)
try:
    unittest.main(argv=['prog', 'Arith.test_error'], testRunner=unittest.TextTestRunner(stream=Stream()))
except SystemExit as e:
    print('SystemExit', e.code)


class Holder:
    def method(self):
        pass


method = Holder().method
method.__func__.tag = 'on the function'
print(getattr(method, 'missing', 'default'), getattr(method, 'tag'), hasattr(method, 'nope'))
try:
    method.nope
except AttributeError as e:
    print('AttributeError', e)
