import logging, logging.config, sys, os, tempfile
old = logging.getLogger("old.module")
old_child = logging.getLogger("app.child")
cfg = {
    "version": 1,
    "formatters": {
        "brief": {"format": "%(levelname)s|%(name)s|%(message)s"},
        "braces": {"format": "{levelname}:{message}", "style": "{"},
    },
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://sys.stdout", "level": "DEBUG"},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 2, "target": "out2"},
        "out2": {"class": "logging.StreamHandler", "formatter": "braces", "stream": "ext://sys.stdout", "filters": ["only_app"]},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["out"], "propagate": False},
        "buffered": {"handlers": ["mem"], "level": "DEBUG", "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["out2"]},
}
logging.config.dictConfig(cfg)
log = logging.getLogger("app")
log.debug("no"); log.info("yes %d", 1); log.warning("warn")
logging.getLogger("app.child").info("child kept enabled")
print(old.disabled, old_child.disabled)
b = logging.getLogger("buffered")
b.info("first"); print("-- after first"); b.info("second (flush at capacity)")
logging.getLogger("other").warning("root filtered out")
logging.getLogger("app.x").error("to root? no: propagate stops at app")
print(logging.getLogger().level, [type(h).__name__ for h in logging.getLogger().handlers])
for bad in ({"formatters": {}}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Class"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}}, {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError", e, "|", type(e.__cause__).__name__ if e.__cause__ else None)
class MyHandler(logging.Handler):
    def __init__(self, prefix, level=logging.NOTSET):
        super().__init__(level); self.prefix = prefix
    def emit(self, record): print(self.prefix, self.format(record))
logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
    "handlers": {"my": {"()": MyHandler, "prefix": ">>", ".": {"tag": 7}}, "cfgref": {"()": "__main__.MyHandler", "prefix": "cfg://handlers.my.prefix"}},
    "root": {"handlers": ["my", "cfgref"], "level": "INFO"}})
logging.info("custom %s", "handler")
print(logging.getLogger().handlers[0].tag)
logging.config.dictConfig({"version": 1, "incremental": True, "root": {"level": "ERROR"}})
logging.info("hidden now"); logging.error("shown")
ini = """
[loggers]
keys=root,net

[handlers]
keys=console

[formatters]
keys=simple

[logger_root]
level=DEBUG
handlers=console

[logger_net]
level=WARNING
handlers=console
qualname=net
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[formatter_simple]
format=%(name)s - %(levelname)s - %(message)s
"""
d = tempfile.mkdtemp()
path = os.path.join(d, "log.ini")
with open(path, "w") as f:
    f.write(ini)
net_child = logging.getLogger("net.sub")
stale = logging.getLogger("stale.module")
logging.config.fileConfig(path)
print(net_child.disabled, stale.disabled, logging.getLogger("net").disabled)
net_child.warning("child of a configured logger stays enabled")
logging.getLogger("net").info("hidden"); logging.getLogger("net").warning("net warn")
logging.debug("root debug")
os.remove(path); os.rmdir(d)
