(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("gilscope-data").textContent);
  var COLORS = { held: "#2e9d5b", wait: "#e0662f", blocked: "#4a7fd4" };
  var PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];

  function fmtDur(ns) {
    if (ns < 1e3) return Math.round(ns) + " ns";
    if (ns < 1e6) return (ns / 1e3).toPrecision(3) + " µs";
    if (ns < 1e9) return (ns / 1e6).toPrecision(3) + " ms";
    return (ns / 1e9).toPrecision(3) + " s";
  }

  // Sortable tables: click a header; numbers sort by data-v.
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var ths = table.querySelectorAll("th");
    ths.forEach(function (th, col) {
      th.addEventListener("click", function () {
        var asc = th.classList.contains("desc") ? true : th.classList.contains("asc") ? false : !th.classList.contains("n");
        ths.forEach(function (h) { h.classList.remove("asc", "desc"); });
        th.classList.add(asc ? "asc" : "desc");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col], y = b.cells[col];
          var xv = x.getAttribute("data-v"), yv = y.getAttribute("data-v");
          var c = xv !== null && yv !== null ? parseFloat(xv) - parseFloat(yv) : x.textContent.localeCompare(y.textContent);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // Flame graphs of interpreter stacks, as icicles (the root on top, callees below); click a frame to zoom into it.
  document.querySelectorAll("[data-flame]").forEach(function (box) {
    var merged = DATA[box.getAttribute("data-key")][box.getAttribute("data-flame")], root = merged;
    if (!root) { box.style.display = "none"; return; }
    var toggle = box.previousElementSibling && box.previousElementSibling.querySelector("[data-by-thread]");
    if (toggle) {
      toggle.addEventListener("change", function () {
        root = toggle.checked ? DATA[box.getAttribute("data-key")][toggle.getAttribute("data-by-thread")] || merged : merged;
        draw(root, []);
      });
    }
    var tip = box.querySelector(".tip"), ROW = 20;
    function depth(n) {
      var d = 0;
      (n.c || []).forEach(function (c) { d = Math.max(d, depth(c)); });
      return d + 1;
    }
    function color(name) {
      var h = 0;
      for (var i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) | 0;
      return "hsl(" + (10 + Math.abs(h) % 45) + ",75%," + (58 + Math.abs(h >> 8) % 14) + "%)";
    }
    function bar(n, level, left, width, ancestors, zoomed) {
      var el = document.createElement("div");
      el.className = "fr";
      el.style.left = left + "%";
      el.style.width = width + "%";
      el.style.top = (level * ROW) + "px";
      el.style.background = zoomed ? "#d5d8de" : color(n.n);
      el.textContent = n.n;
      el.addEventListener("mousemove", function (e) {
        var r = box.getBoundingClientRect();
        tip.style.display = "block";
        tip.style.left = Math.min(e.clientX - r.left + 12, box.clientWidth - 300) + "px";
        tip.style.top = (e.clientY - r.top + 14) + "px";
        tip.textContent = n.n + ": " + fmtDur(n.v) + " (" + (100 * n.v / root.v).toFixed(1) + "% of all)";
      });
      el.addEventListener("mouseleave", function () { tip.style.display = "none"; });
      el.addEventListener("click", function () { draw(n, ancestors); });
      box.appendChild(el);
    }
    function draw(focus, ancestors) {
      box.querySelectorAll(".fr").forEach(function (e) { e.remove(); });
      box.style.height = ((ancestors.length + depth(focus)) * ROW) + "px";
      ancestors.forEach(function (a, i) { bar(a, i, 0, 100, ancestors.slice(0, i), true); });
      (function lay(n, level, left, width, above) {
        bar(n, level, left, width, above, false);
        var x = left;
        (n.c || []).forEach(function (c) {
          var w = width * c.v / n.v;
          if (w >= 0.15) lay(c, level + 1, x, w, above.concat([n]));
          x += w;
        });
      })(focus, ancestors.length, 0, 100, ancestors);
    }
    draw(root, []);
  });

  // Timeline lanes on a canvas.
  document.querySelectorAll(".timeline").forEach(function (box) {
    var d = DATA[box.getAttribute("data-key")].timeline;
    if (!d || !d.names.length) { box.style.display = "none"; return; }
    var canvas = box.querySelector("canvas"), tip = box.querySelector(".tip");
    var LANE = 24, LABEL = 170, AXIS = 22, n = d.names.length, buckets = d.held[0].length;
    // A comparison draws both runs on the longer one's time axis (DATA.axisNanos); the shorter ends early.
    var axis = Math.max(buckets, DATA.axisNanos ? Math.ceil(DATA.axisNanos / d.width) : 0);
    var view = [0, axis];
    var drag = null;
    function size() {
      var w = box.clientWidth, h = n * LANE + AXIS, r = window.devicePixelRatio || 1;
      canvas.width = w * r; canvas.height = h * r; canvas.style.height = h + "px";
      var ctx = canvas.getContext("2d"); ctx.setTransform(r, 0, 0, r, 0, 0);
      return { ctx: ctx, w: w, h: h };
    }
    function draw() {
      var s = size(), ctx = s.ctx, plotW = s.w - LABEL - 8;
      ctx.clearRect(0, 0, s.w, s.h);
      ctx.font = "12px system-ui, sans-serif"; ctx.textBaseline = "middle";
      var span = view[1] - view[0], bw = plotW / span;
      for (var i = 0; i < n; i++) {
        var y0 = i * LANE;
        ctx.fillStyle = i % 2 ? "#fafbfc" : "#f2f4f7"; ctx.fillRect(LABEL, y0, plotW, LANE);
        ctx.fillStyle = "#1d2330"; ctx.fillText(d.names[i].length > 24 ? d.names[i].slice(0, 23) + "…" : d.names[i], 6, y0 + LANE / 2);
        var first = Math.floor(view[0]), last = Math.min(buckets, Math.ceil(view[1]));
        for (var b = first; b < last; b++) {
          var x = LABEL + (b - view[0]) * bw, w = Math.max(bw, 0.6), base = y0 + LANE - 2, hmax = LANE - 4;
          var vals = [[d.held[i][b], COLORS.held], [d.wait[i][b], COLORS.wait], [d.blocked[i][b], COLORS.blocked]];
          for (var k = 0; k < 3; k++) {
            var v = vals[k][0]; if (!v) continue;
            var h = Math.min(1, v) * hmax; ctx.fillStyle = vals[k][1]; ctx.fillRect(x, base - h, w, h); base -= h;
          }
        }
      }
      ctx.fillStyle = "#66707f"; ctx.textBaseline = "top";
      var ticks = Math.max(2, Math.min(8, Math.floor(plotW / 110)));
      for (var t = 0; t <= ticks; t++) {
        var bx = view[0] + span * t / ticks, px = LABEL + plotW * t / ticks;
        ctx.fillRect(px, n * LANE, 1, 4);
        var label = fmtDur(bx * d.width);
        ctx.textAlign = t === ticks ? "right" : t === 0 ? "left" : "center";
        ctx.fillText(label, px, n * LANE + 6);
      }
      ctx.textAlign = "left";
      if (drag && drag.x1 !== undefined) {
        ctx.fillStyle = "rgba(74,127,212,0.18)";
        ctx.fillRect(Math.min(drag.x0, drag.x1), 0, Math.abs(drag.x1 - drag.x0), n * LANE);
      }
    }
    function bucketAt(px) {
      var plotW = box.clientWidth - LABEL - 8;
      return view[0] + (px - LABEL) / plotW * (view[1] - view[0]);
    }
    canvas.addEventListener("mousedown", function (e) { if (e.offsetX > LABEL) drag = { x0: e.offsetX }; });
    canvas.addEventListener("mousemove", function (e) {
      if (drag) { drag.x1 = e.offsetX; draw(); }
      var b = Math.floor(bucketAt(e.offsetX)), lane = Math.floor(e.offsetY / LANE);
      if (e.offsetX > LABEL && lane >= 0 && lane < n && b >= 0 && b < buckets) {
        tip.style.display = "block"; tip.style.left = Math.min(e.offsetX + 12, box.clientWidth - 260) + "px"; tip.style.top = (e.offsetY + 14) + "px";
        tip.textContent = d.names[lane] + " @ " + fmtDur(b * d.width) + ": " + d.heldLabel + " " + Math.round(d.held[lane][b] * 100) + "%, waiting "
          + Math.round(d.wait[lane][b] * 100) + "%, blocked " + Math.round(d.blocked[lane][b] * 100) + "%";
      } else tip.style.display = "none";
    });
    canvas.addEventListener("mouseleave", function () { tip.style.display = "none"; });
    window.addEventListener("mouseup", function () {
      if (!drag) return;
      if (drag.x1 !== undefined && Math.abs(drag.x1 - drag.x0) > 4) {
        var a = bucketAt(Math.min(drag.x0, drag.x1)), b = bucketAt(Math.max(drag.x0, drag.x1));
        view = [Math.max(0, a), Math.min(axis, Math.max(b, a + 1))];
      }
      drag = null; draw();
    });
    canvas.addEventListener("dblclick", function () { view = [0, axis]; draw(); });
    window.addEventListener("resize", draw);
    draw();
  });

  function chartWidth(el) { return Math.max(400, el.clientWidth || 900); }

  // GIL use over time: threads holding (utilisation) and waiting, per bucket; drag to zoom.
  document.querySelectorAll("[data-use]").forEach(function (el) {
    var d = DATA[el.getAttribute("data-use")].timeline;
    if (!d || !d.names.length || typeof uPlot === "undefined") { el.style.display = "none"; return; }
    var buckets = d.held[0].length, xs = [], held = [], wait = [], blocked = [];
    for (var b = 0; b < buckets; b++) {
      xs.push(b * d.width / 1e6);
      var h = 0, w = 0, bl = 0;
      // threads only: the first gilLanes lanes are interpreters' GILs, whose time their threads already count
      for (var i = d.gilLanes || 0; i < d.names.length; i++) { h += d.held[i][b]; w += d.wait[i][b]; bl += d.blocked[i][b]; }
      held.push(h); wait.push(w); blocked.push(bl);
    }
    // Stacked: holding, then waiting, then blocked; the legend shows each state's own value.
    var own = [null, held, wait, blocked];
    var c1 = held, c2 = held.map(function (v, i) { return v + wait[i]; }), c3 = c2.map(function (v, i) { return v + blocked[i]; });
    function ownValue(u, v, si, di) { return di == null ? "--" : own[si][di].toFixed(2); }
    new uPlot({
      width: chartWidth(el), height: 220,
      scales: { x: DATA.axisNanos ? { time: false, range: [0, DATA.axisNanos / 1e6] } : { time: false } },
      axes: [{ label: "ms since first GIL event" }, { label: "threads" }],
      series: [{ label: "ms" },
        { label: d.heldLabel, stroke: COLORS.held, fill: "rgba(46,157,91,0.55)", width: 1, value: ownValue, points: { show: false } },
        { label: "waiting for it", stroke: COLORS.wait, fill: "rgba(224,102,47,0.45)", width: 1, value: ownValue, points: { show: false } },
        { label: "in blocking calls", stroke: COLORS.blocked, fill: "rgba(74,127,212,0.35)", width: 1, value: ownValue, points: { show: false } }],
      bands: [{ series: [2, 1] }, { series: [3, 2] }]
    }, [xs, c1, c2, c3], el);
  });

  // Wait-time histograms.
  document.querySelectorAll("[data-hist]").forEach(function (el) {
    var h = DATA[el.getAttribute("data-hist")].hist;
    if (!h || !h.total.some(function (v) { return v > 0; }) || typeof uPlot === "undefined") {
      el.innerHTML = "<p class='none'>No GIL waits recorded.</p>"; return;
    }
    var last = 0;
    h.total.forEach(function (v, i) { if (v > 0) last = i; });
    var xs = h.micros.slice(0, last + 2);
    var series = [{ label: "wait ≥ (µs)" }], data = [xs];
    series.push({ label: "all threads", stroke: "#1d2330", width: 2, paths: uPlot.paths.stepped({ align: 1 }) });
    function pad(arr) { return xs.map(function (_, i) { return arr[i] || null; }); }
    data.push(pad(h.total));
    h.threads.slice(0, 12).forEach(function (t, i) {
      series.push({ label: t.name, stroke: PALETTE[i % PALETTE.length], width: 1, paths: uPlot.paths.stepped({ align: 1 }) });
      data.push(pad(t.counts));
    });
    new uPlot({
      width: chartWidth(el), height: 240,
      scales: { x: { time: false, distr: 3 }, y: { distr: 3 } },
      axes: [{ label: "wait duration", values: function (u, vals) { return vals.map(function (v) { return v == null ? "" : fmtDur(v * 1e3); }); } },
             { label: "waits" }],
      series: series
    }, data, el);
  });
})();
