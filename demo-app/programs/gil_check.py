# Is there a GIL, and what is its switch interval? Without the gilscope agent: False and 0.005
# (free-threaded, like CPython 3.13t); under the agent: True and the agent's interval.
import sys

print(f"GIL enabled: {sys._is_gil_enabled()}")
print(f"switch interval: {sys.getswitchinterval()}")
