// Explorer chart (Chart.js) drawn from the table under it, so the chart and
// its table always agree. Only the unit rows are drawn (not subtotals or the
// total). Kinds: bar and stacked (one series per column), line (periods on
// the axis, one line per unit, the first item only), sex (female and male
// bars per unit, the first item and period split by sex). Without JavaScript,
// or if Chart.js is missing, the table alone is shown.
(function () {
  "use strict";
  var palette = ["#8a1c4a", "#1f5f99", "#2e7d4f", "#c26a00", "#6b4fa0", "#00838f", "#9e3d22", "#5d6b00"];

  function format(v, unit) {
    var digits = unit === "count" ? 0 : unit === "percent" ? 1 : 2;
    var s = Number(v).toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return unit === "percent" ? s + "%" : s;
  }

  function read(table) {
    var heads = table.tHead.rows[0].cells, cols = [];
    for (var i = 1; i < heads.length; i++)
      cols.push({ label: heads[i].textContent.trim(), item: heads[i].getAttribute("data-item"),
                  period: heads[i].getAttribute("data-period"), sex: heads[i].getAttribute("data-sex"),
                  unit: heads[i].getAttribute("data-unit") });
    var rows = [], trs = table.tBodies[0].rows;
    for (var r = 0; r < trs.length; r++) {
      if (trs[r].getAttribute("data-kind") !== "unit") continue;
      var cells = trs[r].querySelectorAll("td"), values = [];
      for (var c = 0; c < cells.length; c++) {
        var v = cells[c].getAttribute("data-value");
        values.push(v === null || v === "" ? null : parseFloat(v));
      }
      rows.push({ name: trs[r].getAttribute("data-name"), values: values });
    }
    return { cols: cols, rows: rows };
  }

  function config(kind, d) {
    var labels = d.rows.map(function (r) { return r.name; }), datasets = [], unit = d.cols.length ? d.cols[0].unit : "count";
    if (kind === "line") {
      var first = d.cols[0].item, idx = [];
      d.cols.forEach(function (c, i) { if (c.item === first && !c.sex) idx.push(i); });
      labels = idx.map(function (i) { return d.cols[i].period; });
      datasets = d.rows.slice(0, 12).map(function (r, n) {
        return { label: r.name, data: idx.map(function (i) { return r.values[i]; }),
                 borderColor: palette[n % palette.length], backgroundColor: palette[n % palette.length] };
      });
    } else if (kind === "sex") {
      var f = -1, m = -1;
      d.cols.forEach(function (c, i) { if (f < 0 && c.sex === "female") f = i; if (m < 0 && c.sex === "male") m = i; });
      if (f < 0 || m < 0) return null;
      unit = d.cols[f].unit;
      datasets = [{ label: d.cols[f].label, data: d.rows.map(function (r) { return r.values[f]; }), backgroundColor: palette[0] },
                  { label: d.cols[m].label, data: d.rows.map(function (r) { return r.values[m]; }), backgroundColor: palette[1] }];
    } else {
      datasets = d.cols.map(function (c, i) {
        return { label: c.label, data: d.rows.map(function (r) { return r.values[i]; }),
                 backgroundColor: palette[i % palette.length] };
      });
    }
    var stacked = kind === "stacked";
    return {
      type: kind === "line" ? "line" : "bar",
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + format(c.parsed.y, unit); } } } },
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true,
                  ticks: { callback: function (v) { return format(v, unit); } } } }
      }
    };
  }

  document.addEventListener("DOMContentLoaded", function () {
    var table = document.getElementById("explorer-table");
    if (!table || typeof window.Chart === "undefined") return;
    var canvas = document.getElementById(table.getAttribute("data-chart"));
    var d = read(table);
    if (!canvas || !d.rows.length || !d.cols.length) return;
    var cfg = config(table.getAttribute("data-type") || "bar", d);
    if (!cfg) return;
    canvas.closest("figure").hidden = false;
    window.explorerChart = new window.Chart(canvas, cfg);
  });
})();
