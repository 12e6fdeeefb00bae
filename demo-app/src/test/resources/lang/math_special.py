import math
vals = [0.1, 0.5, 1.0, 1.5, 2.5, 3.7, 10.0, 30.5, 100.0, 170.5, -0.5, -1.5, -2.25]
for f in ['gamma', 'lgamma', 'erf', 'erfc']:
    for x in vals + [-3.0, 0.0, 4.0, 5.9, -5.9]:
        try:
            v = getattr(math, f)(x)
            print(f, x, '%.10g' % v)
        except (ValueError, OverflowError) as e:
            print(f, x, type(e).__name__, e)
