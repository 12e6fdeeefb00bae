# Under preset=jruby (-X-C): an Enumerator and a Fiber hand control between threads, two CPU-bound
# threads run Ruby code, and the main thread joins them, takes a thread's value and sleeps.
def work(n) s = 0; i = 0; while i < n; s += i % 7; i += 1; end; s; end
e = Enumerator.new { |y| 50.times { |i| y << i + 1 } }
g = 0
50.times { g += e.next }
puts "enumerator=#{g}"
f = Fiber.new { 3.times { |i| Fiber.yield i }; 3 }
fibers = 4.times.map { f.resume }.sum
puts "fibers=#{fibers}"
ts = 2.times.map { Thread.new { work(500_000) } }
ts.each(&:join)
puts "value=#{Thread.new { sleep 0.05; 1 }.value}"
puts "done=1"
