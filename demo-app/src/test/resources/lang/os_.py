import os
import os.path
from os import getpid
print(os.cpu_count() >= 1, getpid() == os.getpid(), os.getenv("NO_SUCH_VAR_X", "dflt"), os.path.join("a", "b", "c.py"))
print(os.path.basename("/x/y/z.txt"), os.path.dirname("/x/y/z.txt"), os.path.exists("/"), os.name, "PATH" in os.environ)
