# A unittest module run verbosely: passing, failing (with CPython's diff
# output for strings, lists, dicts and multi-line text), erroring, skipped
# and expected-failure tests, subTest, fixtures; the timing line is masked.
import io
import re
import sys
import unittest


def slugify(text):
    return re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')


class SlugTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cases = [('Hello World', 'hello-world'), ('  A--B  ', 'a-b'), ('Ünïcode', 'n-code')]

    def setUp(self):
        self.calls = 0

    def test_cases(self):
        for text, want in self.cases:
            with self.subTest(text=text):
                self.assertEqual(slugify(text), want)

    def test_empty(self):
        self.assertEqual(slugify(''), '')

    def test_type_error(self):
        with self.assertRaises(AttributeError):
            slugify(None)

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r'invalid literal'):
            int('x')

    @unittest.skip('not ready')
    def test_skipped(self):
        self.fail('should not run')

    @unittest.skipIf(sys.maxsize > 2, 'always skipped on 64-bit')
    def test_skip_if(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(slugify('a_b'), 'a_b')


class FailureOutput(unittest.TestCase):
    maxDiff = None

    def test_str_diff(self):
        self.assertEqual('the quick brown fox', 'the quick brown cat')

    def test_multiline_diff(self):
        self.assertEqual('line one\nline two\nline three\n', 'line one\nline 2\nline three\n')

    def test_list_diff(self):
        self.assertEqual([1, 2, 3, 4], [1, 2, 5, 4])

    def test_dict_diff(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_tuple_len(self):
        self.assertEqual((1, 2), (1, 2, 3))

    def test_in(self):
        self.assertIn('z', 'abc', 'letter missing')

    def test_true(self):
        self.assertTrue(0)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1, places=3)

    def test_error(self):
        {}['missing']

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_is_none(self):
        self.assertIsNone(0)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_chained_failure(self):
        try:
            {}['key']
        except KeyError:
            self.fail('lookup failed')

    def test_cause(self):
        try:
            int('x')
        except ValueError as e:
            raise self.failureException('bad number') from e

    def test_set_diff(self):
        self.assertEqual({1, 2}, {2, 3})


class DefaultMaxDiff(unittest.TestCase):
    def test_long_list(self):
        self.assertEqual(list(range(100)), list(range(1, 101)))

    def test_long_text(self):
        self.assertEqual('\n'.join(map(str, range(60))), '\n'.join(map(str, range(1, 61))))

    def test_msg(self):
        self.assertEqual([1], [2], 'custom message')

    def test_short_message(self):
        self.longMessage = False
        self.assertListEqual([1], [2], 'only this')

    def test_type_mismatch(self):
        self.assertListEqual((1,), [1])

    def test_mixed_types_equal(self):
        self.assertSequenceEqual([1, 2], (1, 2))
        self.assertEqual([1, 2], (1, 2))

    def test_custom_equality(self):
        class Money:
            def __init__(self, v): self.v = v
        def money_equal(a, b, msg=None):
            if a.v != b.v:
                raise self.failureException(f'money {a.v} != {b.v}')
        self.addTypeEqualityFunc(Money, money_equal)
        self.assertEqual(Money(1), Money(1))
        self.assertEqual(Money(1), Money(2))


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
suite = unittest.TestSuite()
loader = unittest.TestLoader()
suite.addTests(loader.loadTestsFromTestCase(SlugTests))
suite.addTests(loader.loadTestsFromTestCase(FailureOutput))
suite.addTests(loader.loadTestsFromTestCase(DefaultMaxDiff))
result = runner.run(suite)
text = re.sub(r'Ran (\d+) tests? in [\d.]+s', r'Ran \1 tests in <time>', stream.getvalue())
text = re.sub(r'File ".*?([^/"]+\.py)"', r'File "\1"', text)
print(text)
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
