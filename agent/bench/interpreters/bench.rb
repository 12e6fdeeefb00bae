# Single-threaded cost of the GIL agent on JRuby (-X-C): a long loop and many short calls,
# ROUNDS times; prints one line per round (seconds).
N, M = 3_000_000, 1_000_000
ROUNDS = (ARGV[0] || 8).to_i
def loop_work(n) s = 0; i = 0; while i < n; s += i % 7; i += 1; end; s; end
def f(x) x + 1 end
def calls(n) s = 0; i = 0; while i < n; s = f(s); i += 1; end; s; end
ROUNDS.times do
  t0 = Process.clock_gettime(Process::CLOCK_MONOTONIC); loop_work(N)
  t1 = Process.clock_gettime(Process::CLOCK_MONOTONIC); calls(M)
  t2 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
  puts format("round loop=%.4f calls=%.4f", t1 - t0, t2 - t1)
end
