// Single-threaded cost of the GIL agent on Rhino (interpreted): a long loop and many short calls,
// ROUNDS times; prints one line per round (seconds).
var N = 2000000, M = 1000000, ROUNDS = arguments.length > 0 ? parseInt(arguments[0]) : 8;
function loop(n) { var s = 0; for (var i = 0; i < n; i++) s += i % 7; return s; }
function f(x) { return x + 1; }
function calls(n) { var s = 0; for (var i = 0; i < n; i++) s = f(s); return s; }
for (var r = 0; r < ROUNDS; r++) {
  var t0 = java.lang.System.nanoTime(); loop(N); var t1 = java.lang.System.nanoTime(); calls(M); var t2 = java.lang.System.nanoTime();
  java.lang.System.out.println("round loop=" + ((t1 - t0) / 1e9).toFixed(4) + " calls=" + ((t2 - t1) / 1e9).toFixed(4));
}
