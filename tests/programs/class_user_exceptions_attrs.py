# Exception subclasses with extra attributes and custom __str__.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "bad config " + self.key + ": " + self.reason
try:
    raise ConfigError("port", "not a number")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key)
    print(repr(e))
class Quiet(ValueError):
    pass
for exc in [Quiet(), Quiet("one"), Quiet("a", 2)]:
    print(repr(exc), "|" + str(exc) + "|", exc.args)
print(issubclass(Quiet, ValueError), issubclass(ConfigError, Exception))
