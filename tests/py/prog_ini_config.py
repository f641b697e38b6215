# An INI-style configuration parser with sections, interpolation, typed
# getters and error reporting with line numbers, using io.StringIO.
import io

SOURCE = """
; global defaults
[DEFAULT]
home = /srv/app
debug = no
retries = 3

[server]
host = 0.0.0.0
port = 8080
root = ${home}/public
debug = yes

[database]
url = postgres://db:5432/${name}
name = inventory
timeout = 2.5
# a comment
pool sizes = 1, 2, 4, 8

[empty]
"""


class ConfigError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class Config:
    BOOLEANS = {"yes": True, "true": True, "on": True, "1": True,
                "no": False, "false": False, "off": False, "0": False}

    def __init__(self):
        self.sections = {"DEFAULT": {}}

    def read(self, stream):
        section = None
        for number, raw in enumerate(stream, 1):
            line = raw.strip()
            match line:
                case "":
                    continue
                case _ if line[0] in "#;":
                    continue
                case _ if line.startswith("[") and line.endswith("]"):
                    section = line[1:-1].strip()
                    if not section:
                        raise ConfigError(number, "empty section name")
                    self.sections.setdefault(section, {})
                case _ if "=" in line:
                    if section is None:
                        raise ConfigError(number, "option outside of a section")
                    key, _, value = line.partition("=")
                    key = key.strip().lower()
                    if not key:
                        raise ConfigError(number, "empty option name")
                    self.sections[section][key] = value.strip()
                case _:
                    raise ConfigError(number, f"cannot parse {line!r}")
        return self

    def options(self, section):
        if section not in self.sections:
            raise KeyError(f"no section {section!r}")
        return sorted(set(self.sections[section]) | set(self.sections["DEFAULT"]))

    def get(self, section, key, depth=0):
        if depth > 10:
            raise ConfigError(0, f"interpolation too deep for {key!r}")
        values = {**self.sections["DEFAULT"], **self.sections.get(section, {})}
        if key not in values:
            raise KeyError(f"no option {key!r} in section {section!r}")
        value = values[key]
        out = []
        i = 0
        while i < len(value):
            j = value.find("${", i)
            if j < 0:
                out.append(value[i:])
                break
            k = value.find("}", j)
            if k < 0:
                raise ConfigError(0, f"unterminated reference in {value!r}")
            out.append(value[i:j])
            out.append(self.get(section, value[j + 2:k], depth + 1))
            i = k + 1
        return "".join(out)

    def getint(self, section, key):
        return int(self.get(section, key))

    def getfloat(self, section, key):
        return float(self.get(section, key))

    def getboolean(self, section, key):
        value = self.get(section, key).lower()
        if value not in self.BOOLEANS:
            raise ValueError(f"not a boolean: {value!r}")
        return self.BOOLEANS[value]

    def getlist(self, section, key, conv=str):
        return [conv(x.strip()) for x in self.get(section, key).split(",")]

    def write(self, out):
        for name, values in self.sections.items():
            if not values and name == "DEFAULT":
                continue
            out.write(f"[{name}]\n")
            for k, v in values.items():
                out.write(f"{k} = {v}\n")
            out.write("\n")


cfg = Config().read(io.StringIO(SOURCE))
print(list(cfg.sections))
print(cfg.options("server"))
print(cfg.get("server", "root"), cfg.getint("server", "port"), cfg.getboolean("server", "debug"))
print(cfg.get("database", "url"), cfg.getfloat("database", "timeout"), cfg.getboolean("database", "debug"))
print(cfg.getlist("database", "pool sizes", int), cfg.getint("empty", "retries"))
for action in [lambda: cfg.get("server", "missing"), lambda: cfg.options("nope"),
               lambda: cfg.getint("server", "host"), lambda: cfg.getboolean("server", "host")]:
    try:
        action()
    except (KeyError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
cfg.sections["loop"] = {"a": "${b}", "b": "${a}"}
try:
    cfg.get("loop", "a")
except ConfigError as e:
    print("ConfigError:", e)
for bad in ["x = 1", "[ ]", "[s]\njust words", "[s]\n = v"]:
    try:
        Config().read(io.StringIO(bad))
    except ConfigError as e:
        print("ConfigError:", e, "| line attr:", e.line)
out = io.StringIO()
cfg.write(out)
text = out.getvalue()
print(text.count("\n"), text.splitlines()[:6])
again = Config().read(io.StringIO(text))
print(again.sections["server"] == cfg.sections["server"])
