// Under preset=rhino (interpreted): a generator yields 50 times, two CPU-bound Java threads run
// JavaScript, and the main thread joins them and sleeps: calls to Java methods.
function work(n) { var s = 0; for (var i = 0; i < n; i++) s += i % 7; return s; }
function* gen() { for (var i = 1; i <= 50; i++) yield i; }
var g = 0;
for (var v of gen()) g += v;
java.lang.System.out.println("generators=" + g);
var ts = [];
for (var k = 1; k <= 2; k++) {
  var t = new java.lang.Thread(new java.lang.Runnable({ run: function () { work(1000000); } }), "worker-" + k);
  ts.push(t);
  t.start();
}
for (var k = 0; k < 2; k++) ts[k].join();
java.lang.Thread.sleep(50);
java.lang.System.out.println("done=1");
