# Uncaught user exception raised from a method: class name without module.
class ConfigError(ValueError):
    pass
class Loader:
    def load(self, key):
        if key != "ok":
            raise ConfigError("bad key: " + key)
        return 1
l = Loader()
print(l.load("ok"))
l.load("nope")
