# Class keyword arguments go to __init_subclass__ and to the metaclass (PEP 487).
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        cls.options = kwargs
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        print("Meta.__init__", name, sorted(kwargs))


class Configured(metaclass=Meta, debug=True, level=3):
    pass


print(Configured.options)

try:
    class Plain(flag=1):
        pass
except TypeError as e:
    print("TypeError", e)

Dynamic = type("Dynamic", (Plugin,), {})
print(Dynamic.plugin_name)
