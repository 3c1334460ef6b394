# An uncaught exception with implicit and explicit chaining, raised from
# nested calls, methods, comprehensions and a match statement: the report
# must match CPython's byte for byte (carets included).
import json


class ConfigError(Exception):
    pass


def load(text):
    return json.loads(text)


def get_port(cfg):
    match cfg:
        case {"server": {"port": int(port)}}:
            return port
        case {"server": server}:
            return int(server["port"])
        case _:
            raise ConfigError("no server section")


def parse_all(texts):
    results = []
    for t in texts:
        try:
            results.append(get_port(load(t)))
        except (KeyError, ValueError) as e:
            raise ConfigError(f"bad config {t!r}") from e
    return results


print(parse_all(['{"server": {"port": 80}}', '{"server": {"port": "8080"}}']))
try:
    parse_all(['{"server": {}}'])
except ConfigError as e:
    print("caught:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)


class Service:
    def __init__(self, ports):
        self.ports = ports

    def total(self):
        return sum([p * self.weights[i] for i, p in enumerate(self.ports)])

    @property
    def weights(self):
        return {0: 1}


def run():
    svc = Service(parse_all(['{"server": {"port": 1}}', '{"server": {"port": 2}}']))
    try:
        return svc.total()
    except KeyError:
        data = {"a": [1, 2]}
        return data["a"][1] / (len(data) - 1)


run()
