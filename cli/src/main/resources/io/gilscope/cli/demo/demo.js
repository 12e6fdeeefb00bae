// The demo index's pictures: for each program, every repetition's timings with the GIL (red) and
// without it (blue), sequential solid and concurrent dashed; the warm-up runs are shaded.
(function () {
  var charts = JSON.parse(document.getElementById("demo-charts").textContent);
  var GIL = ["#c0392b", "#e67e22", "#8e44ad", "#7f8c8d"];
  var NO_GIL = ["#1f6fd1", "#16a085", "#2c3e50", "#95a5a6"];
  document.querySelectorAll("[data-demo-chart]").forEach(function (el) {
    var c = charts[Number(el.getAttribute("data-demo-chart"))];
    if (!c || typeof uPlot === "undefined") return;
    var used = { gil: 0, nogil: 0 };
    var series = [{ label: "run" }];
    c.series.forEach(function (s) {
      var palette = s.gil ? GIL : NO_GIL;
      var key = s.gil ? "gil" : "nogil";
      var sequential = /sequential/i.test(s.label);
      series.push({ label: s.label, stroke: palette[used[key]++ % palette.length], width: 2,
        dash: sequential || c.series.length <= 2 ? undefined : [6, 4], points: { size: 7 },
        value: function (u, v) { return v == null ? "–" : v.toFixed(c.unit ? 2 : 0) + (c.unit ? " s" : ""); } });
    });
    var warm = c.warmUps;
    new uPlot({
      width: Math.max(420, Math.min(el.clientWidth || 900, 1000)), height: 260,
      scales: { x: { time: false, range: function () { return [0.7, c.x.length + 0.3]; } },
                y: { range: function (u, min, max) { return [0, max * 1.15]; } } },
      axes: [{ label: "run (run " + (warm === 1 ? "1 warms" : "1–" + warm + " warm") + " up)", incrs: [1],
               values: function (u, vals) { return vals.map(function (v) { return Number.isInteger(v) ? String(v) : ""; }); } },
             { label: c.unit ? "seconds" : c.series[0].label.replace(/^[^:]*: /, ""), size: 70 }],
      series: series,
      hooks: { drawClear: [function (u) {
        var x0 = u.valToPos(0.7, "x", true), x1 = u.valToPos(warm + 0.5, "x", true);
        u.ctx.fillStyle = "rgba(128,128,128,0.08)";
        u.ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
      }] }
    }, [c.x].concat(c.series.map(function (s) { return s.values; })), el);
  });
})();
