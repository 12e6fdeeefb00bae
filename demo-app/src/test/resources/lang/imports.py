import pkg.sub.mod
import pkg.sub.mod as m
from pkg.sub import mod
from pkg.sub.mod import hello as h
import helper_mod, helper_mod
from helper_mod import VALUE as Y
print(pkg.X, pkg.sub.mod.hello(), m.hello(), mod.hello(), h(), Y, helper_mod.VALUE)
