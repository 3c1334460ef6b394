"""unittest's suites, loader, text runner and main program (CPython's
unittest.suite, .loader, .runner and .main in one module)."""

import os
import sys
import time

import unittest as _case


def _import(name):
    module = sys.modules.get(name)
    if module is not None:
        return module
    import importlib
    return importlib.import_module(name)


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _ErrorHolder:
    """Stands for a fixture (setUpClass, setUpModule, ...) that failed."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


_module_cleanups = []


def addModuleCleanup(function, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


def _doModuleCleanups():
    exceptions = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            exceptions.append(exc)
    if exceptions:
        raise exceptions[0]


class TestSuite:
    """A composite test: runs its tests in order, with the class and
    module fixtures around them."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (_case.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (_case.TestCase,
                                                        TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a "
                            "string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result, debug=False):
        topLevel = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = topLevel = True
        for test in self:
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            test(result)
        if topLevel:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        for test in self:
            test.debug()

    def _handleClassSetUp(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(currentClass, "__unittest_skip__", False):
            return
        currentClass._classSetupFailed = False
        setUpClass = getattr(currentClass, 'setUpClass', None)
        if setUpClass is not None:
            try:
                setUpClass()
            except Exception as e:
                currentClass._classSetupFailed = True
                className = _case.strclass(currentClass)
                self._createClassOrModuleLevelException(
                    result, e, 'setUpClass', className)
            finally:
                if currentClass._classSetupFailed is True:
                    currentClass.doClassCleanups()

    def _get_previous_module(self, result):
        previousModule = None
        previousClass = getattr(result, '_previousTestClass', None)
        if previousClass is not None:
            previousModule = previousClass.__module__
        return previousModule

    def _handleModuleFixture(self, test, result):
        previousModule = self._get_previous_module(result)
        currentModule = test.__class__.__module__
        if currentModule == previousModule:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(currentModule)
        if module is None:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is not None:
            try:
                setUpModule()
            except Exception as e:
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(
                    result, e, 'setUpModule', currentModule)
            if result._moduleSetUpFailed:
                try:
                    _doModuleCleanups()
                except Exception as e:
                    self._createClassOrModuleLevelException(
                        result, e, 'setUpModule', currentModule)

    def _createClassOrModuleLevelException(self, result, exc, method_name,
                                           parent, info=None):
        errorName = f'{method_name} ({parent})'
        error = _ErrorHolder(errorName)
        if isinstance(exc, _case.SkipTest):
            result.addSkip(error, str(exc))
        else:
            result.addError(error, (type(exc), exc, exc.__traceback__))

    def _handleModuleTearDown(self, result):
        previousModule = self._get_previous_module(result)
        if previousModule is None:
            return
        if result._moduleSetUpFailed:
            return
        module = sys.modules.get(previousModule)
        if module is None:
            return
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is not None:
            try:
                tearDownModule()
            except Exception as e:
                self._createClassOrModuleLevelException(
                    result, e, 'tearDownModule', previousModule)
        try:
            _doModuleCleanups()
        except Exception as e:
            self._createClassOrModuleLevelException(
                result, e, 'tearDownModule', previousModule)

    def _tearDownPreviousClass(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass or previousClass is None:
            return
        if getattr(previousClass, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previousClass, "__unittest_skip__", False):
            return
        tearDownClass = getattr(previousClass, 'tearDownClass', None)
        if tearDownClass is not None:
            try:
                tearDownClass()
            except Exception as e:
                className = _case.strclass(previousClass)
                self._createClassOrModuleLevelException(
                    result, e, 'tearDownClass', className)
        previousClass.doClassCleanups()
        for exc_info in getattr(previousClass, 'tearDown_exceptions', []):
            className = _case.strclass(previousClass)
            self._createClassOrModuleLevelException(
                result, exc_info[1], 'tearDownClass', className)


# --- loading -------------------------------------------------------------

class TestLoader:
    """Finds tests: in TestCase classes, modules, dotted names, and files
    matching a pattern under a directory (discover)."""

    testMethodPrefix = 'test'
    suiteClass = TestSuite
    testNamePatterns = None

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        testCaseNames = self.getTestCaseNames(testCaseClass)
        if not testCaseNames and hasattr(testCaseClass, 'runTest'):
            testCaseNames = ['runTest']
        return self.suiteClass([testCaseClass(name)
                                for name in testCaseNames])

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, _case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = _import(module_name)
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[len(parts_copy):]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, _case.TestCase):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(parent, type) and issubclass(parent, _case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            return self.suiteClass([inst])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, _case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" %
                            (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def getTestCaseNames(self, testCaseClass):
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                return False
            if self.testNamePatterns is None:
                return True
            fullName = '%s.%s.%s' % (testCaseClass.__module__,
                                     testCaseClass.__qualname__, attrname)
            import fnmatch
            return any(fnmatch.fnmatchcase(fullName, pattern)
                       for pattern in self.testNamePatterns)
        return sorted([n for n in dir(testCaseClass)
                       if shouldIncludeMethod(n)])

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        import fnmatch
        start_dir = os.path.abspath(start_dir)
        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        tests = []
        self._find(start_dir, top_level_dir, pattern, tests, fnmatch)
        return self.suiteClass(tests)

    def _find(self, start_dir, top_level_dir, pattern, tests, fnmatch):
        for name in sorted(os.listdir(start_dir)):
            full = os.path.join(start_dir, name)
            if os.path.isfile(full):
                if not name.endswith('.py') or not fnmatch.fnmatch(name,
                                                                   pattern):
                    continue
                rel = os.path.relpath(full[:-3], top_level_dir)
                module_name = rel.replace(os.sep, '.')
                module = _import(module_name)
                tests.append(self.loadTestsFromModule(module,
                                                      pattern=pattern))
            elif os.path.isdir(full) and os.path.isfile(
                    os.path.join(full, '__init__.py')):
                self._find(full, top_level_dir, pattern, tests, fnmatch)


defaultTestLoader = TestLoader()


def getTestCaseNames(testCaseClass, prefix, sortUsing=None,
                     testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None,
              suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None,
                  suiteClass=TestSuite):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromModule(module)


_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    if result in _results:
        _results.remove(result)
        return True
    return False


def installHandler():
    pass


def removeHandler(method=None):
    if method is not None:
        return method


# --- text runner ---------------------------------------------------------

class _WritelnDecorator:
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def write(self, arg):
        self.stream.write(arg)

    def flush(self):
        if hasattr(self.stream, 'flush'):
            self.stream.flush()

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class _Watchdog:
    """The per-test timeout: when a test runs longer than `timeout`
    seconds, names it on stderr, dumps every thread's stack and ends the
    process with status 1."""

    def __init__(self, timeout):
        self.timeout = timeout
        self._timer = None

    def start(self, test):
        import threading
        import faulthandler
        self._timer = threading.Timer(self.timeout, self._fire, (test,))
        self._timer.daemon = True
        self._timer.start()
        # A backstop for a hang that never lets the timer thread run.
        faulthandler.dump_traceback_later(self.timeout + 10, exit=True)

    def stop(self):
        import faulthandler
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        faulthandler.cancel_dump_traceback_later()

    def _fire(self, test):
        import faulthandler
        err = sys.stderr
        err.write('\nTimeout: %s still running after %s seconds\n'
                  % (test, self.timeout))
        err.flush()
        faulthandler.dump_traceback(file=err, all_threads=True)
        err.flush()
        os._exit(1)


def _xoption_timeout():
    value = getattr(sys, '_xoptions', {}).get('faulthandler_timeout')
    if value is None:
        return None
    try:
        t = float(value)
    except ValueError:
        return None
    return t if t > 0 else None


class TextTestResult(_case.TestResult):
    """Prints progress (dots, or one line per test with -v) and the
    failure report."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, timeout=None):
        _case.TestResult.__init__(self, stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True
        self._watchdog = _Watchdog(timeout) if timeout else None

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        _case.TestResult.startTest(self, test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False
        if self._watchdog is not None:
            self._watchdog.start(test)

    def stopTest(self, test):
        if self._watchdog is not None:
            self._watchdog.stop()
        _case.TestResult.stopTest(self, test)

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _case._SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                if issubclass(err[0], subtest.failureException):
                    self._write_status(subtest, "FAIL")
                else:
                    self._write_status(subtest, "ERROR")
            elif self.dots:
                if issubclass(err[0], subtest.failureException):
                    self.stream.write('F')
                else:
                    self.stream.write('E')
                self.stream.flush()
        _case.TestResult.addSubTest(self, test, subtest, err)

    def addSuccess(self, test):
        _case.TestResult.addSuccess(self, test)
        if self.showAll:
            self._write_status(test, "ok")
        elif self.dots:
            self.stream.write('.')
            self.stream.flush()

    def addError(self, test, err):
        _case.TestResult.addError(self, test, err)
        if self.showAll:
            self._write_status(test, "ERROR")
        elif self.dots:
            self.stream.write('E')
            self.stream.flush()

    def addFailure(self, test, err):
        _case.TestResult.addFailure(self, test, err)
        if self.showAll:
            self._write_status(test, "FAIL")
        elif self.dots:
            self.stream.write('F')
            self.stream.flush()

    def addSkip(self, test, reason):
        _case.TestResult.addSkip(self, test, reason)
        if self.showAll:
            self._write_status(test, "skipped {0!r}".format(reason))
        elif self.dots:
            self.stream.write("s")
            self.stream.flush()

    def addExpectedFailure(self, test, err):
        _case.TestResult.addExpectedFailure(self, test, err)
        if self.showAll:
            self.stream.writeln("expected failure")
            self.stream.flush()
        elif self.dots:
            self.stream.write("x")
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        _case.TestResult.addUnexpectedSuccess(self, test)
        if self.showAll:
            self.stream.writeln("unexpected success")
            self.stream.flush()
        elif self.dots:
            self.stream.write("u")
            self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpectedSuccesses = getattr(self, 'unexpectedSuccesses', ())
        if unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in unexpectedSuccesses:
                self.stream.writeln(
                    f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour,
                                            self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs a test and prints the report to `stream` (stderr)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False, timeout=None):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if timeout is None:
            timeout = _xoption_timeout()
        self.timeout = timeout
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        if self.timeout and self.resultclass is TextTestResult:
            return self.resultclass(self.stream, self.descriptions,
                                    self.verbosity, timeout=self.timeout)
        return self.resultclass(self.stream, self.descriptions,
                                self.verbosity)

    def run(self, test):
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        startTime = time.perf_counter()
        startTestRun = getattr(result, 'startTestRun', None)
        if startTestRun is not None:
            startTestRun()
        try:
            test(result)
        finally:
            stopTestRun = getattr(result, 'stopTestRun', None)
            if stopTestRun is not None:
                stopTestRun()
        stopTime = time.perf_counter()
        timeTaken = stopTime - startTime
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" %
                            (run, run != 1 and "s" or "", timeTaken))
        self.stream.writeln()
        expectedFails = len(result.expectedFailures)
        unexpectedSuccesses = len(result.unexpectedSuccesses)
        skipped = len(result.skipped)
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expectedFails:
            infos.append("expected failures=%d" % expectedFails)
        if unexpectedSuccesses:
            infos.append("unexpected successes=%d" % unexpectedSuccesses)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# --- main ----------------------------------------------------------------

class TestProgram:
    """A command-line program that runs a set of tests: main()."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = None
    testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = _import(module)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.timeout = None
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, message):
        prog = self.progName
        if self.module is None:
            prog = 'python -m unittest'
        sys.stderr.write(
            'usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] '
            '[-k TESTNAMEPATTERNS] [--timeout SECONDS] [tests ...]\n' % prog)
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def parseArgs(self, argv):
        tests = []
        args = list(argv[1:])
        i = 0
        if self.module is None and args[:1] == ['discover']:
            args = args[1:]
            self._discover_args = args
        while i < len(args):
            a = args[i]
            if a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a in ('-f', '--failfast'):
                self.failfast = True
            elif a in ('-c', '--catch'):
                self.catchbreak = True
            elif a in ('-b', '--buffer'):
                self.buffer = True
            elif a == '--locals':
                self.tb_locals = True
            elif a == '-k' or a.startswith('-k'):
                if a == '-k':
                    i += 1
                    if i >= len(args):
                        self._usage_error('argument -k: expected one '
                                          'argument')
                    pattern = args[i]
                else:
                    pattern = a[2:]
                if '*' not in pattern:
                    pattern = '*%s*' % pattern
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(pattern)
            elif a == '--timeout' or a.startswith('--timeout='):
                if a == '--timeout':
                    i += 1
                    if i >= len(args):
                        self._usage_error('argument --timeout: expected '
                                          'one argument')
                    value = args[i]
                else:
                    value = a[len('--timeout='):]
                try:
                    self.timeout = float(value)
                except ValueError:
                    self._usage_error("argument --timeout: invalid float "
                                      "value: %r" % value)
            elif a in ('-h', '--help'):
                self._print_help()
                sys.exit(0)
            elif a.startswith('-') and a not in ('-s', '-p', '-t'):
                self._usage_error('unrecognized arguments: %s' % a)
            else:
                tests.append(a)
            i += 1
        if self.module is None:
            if not tests or hasattr(self, '_discover_args'):
                self._do_discovery(tests if hasattr(self, '_discover_args')
                                   else [])
                return
            self.testNames = [_name_from_path(t) for t in tests]
        elif tests:
            self.testNames = tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _print_help(self):
        prog = self.progName if self.module is not None else \
            'python -m unittest'
        sys.stdout.write(
            'usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] '
            '[-k TESTNAMEPATTERNS] [--timeout SECONDS] [tests ...]\n' % prog)

    def _do_discovery(self, args):
        start, pattern, top = '.', 'test*.py', None
        i = 0
        positional = []
        while i < len(args):
            a = args[i]
            if a in ('-s', '--start-directory'):
                i += 1
                start = args[i]
            elif a in ('-p', '--pattern'):
                i += 1
                pattern = args[i]
            elif a in ('-t', '--top-level-directory'):
                i += 1
                top = args[i]
            else:
                positional.append(a)
            i += 1
        if positional:
            start = positional[0]
        if len(positional) > 1:
            pattern = positional[1]
        if len(positional) > 2:
            top = positional[2]
        loader = self.testLoader
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        self.test = loader.discover(start, pattern, top)

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            kwargs = dict(verbosity=self.verbosity,
                          failfast=bool(self.failfast),
                          buffer=bool(self.buffer),
                          warnings=self.warnings,
                          tb_locals=self.tb_locals)
            if self.timeout is not None and \
                    issubclass(self.testRunner, TextTestRunner):
                kwargs['timeout'] = self.timeout
            testRunner = self.testRunner(**kwargs)
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


def _name_from_path(name):
    if name.endswith('.py') and os.path.isfile(name):
        rel = os.path.normpath(name)[:-3]
        return rel.replace('\\', '.').replace('/', '.')
    return name


main = TestProgram
