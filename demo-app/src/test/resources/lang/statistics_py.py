import statistics as st
from fractions import Fraction
data = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
ints = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean(data), st.mean([Fraction(1, 3), Fraction(2, 3)]), st.mean([1, 2.5]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 1, 1]), round(st.geometric_mean([54, 24, 36]), 9), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median(data))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red"]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]))
print(st.pvariance(ints), st.variance(ints), st.pstdev(ints), st.stdev(ints), st.variance(data), st.stdev(data), st.pstdev(data), st.pvariance(data))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.pvariance([0, 0, 1], mu=0.5), st.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5], n=4, method='inclusive'), st.quantiles([1.0, 2.0, 3.0], n=4))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.mode([]), lambda: st.median([]), lambda: st.harmonic_mean([-1])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))
print(10 ** 30 / 3, 2 ** 80 / 3 ** 40, -(10 ** 25) / 7, (2 ** 1100) / (2 ** 1099 + 1))
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
import statistics as st, random
random.seed(7)
for k in range(40):
    xs = [random.random() * 10 ** random.randint(-3, 6) for _ in range(random.randint(2, 30))]
    ys = [random.randint(-1000, 1000) for _ in range(random.randint(2, 30))]
    print(st.stdev(xs), st.pstdev(xs), st.variance(xs), st.mean(xs), st.stdev(ys), st.variance(ys), st.mean(ys), st.median(ys))
