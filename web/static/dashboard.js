// Dashboard drill-down: a horizontal bar chart (Chart.js) drawn from the table
// beside it, so the chart and its table always agree. Without JavaScript, or
// if Chart.js is missing, the table alone is shown (the chart box stays hidden).
(function () {
  "use strict";
  var colours = { met: "#1e7a3c", not_met: "#b3261e", no_data: "#9aa3b2" };

  function format(v, unit) {
    var digits = unit === "count" ? 0 : unit === "percent" ? 1 : 2;
    var s = Number(v).toLocaleString("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    return unit === "percent" ? s + "%" : s;
  }

  // A vertical dashed line at the goal.
  function goalLine(goal) {
    return {
      id: "goalLine",
      afterDatasetsDraw: function (chart) {
        if (isNaN(goal)) return;
        var x = chart.scales.x.getPixelForValue(goal), area = chart.chartArea, ctx = chart.ctx;
        if (x < area.left || x > area.right) return;
        ctx.save();
        ctx.strokeStyle = "#8a1c4a";
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(x, area.top);
        ctx.lineTo(x, area.bottom);
        ctx.stroke();
        ctx.restore();
      }
    };
  }

  function draw(table) {
    var canvas = document.getElementById(table.getAttribute("data-chart"));
    if (!canvas || typeof window.Chart === "undefined") return;
    var unit = table.getAttribute("data-unit"), goal = parseFloat(table.getAttribute("data-goal"));
    var labels = [], values = [], fills = [];
    var rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var v = rows[i].getAttribute("data-value");
      if (v === null || v === "") continue;  // no figures: in the table, not in the chart
      labels.push(rows[i].getAttribute("data-name"));
      values.push(parseFloat(v));
      fills.push(colours[rows[i].getAttribute("data-status")] || colours.no_data);
    }
    if (!values.length) return;
    var box = canvas.closest("figure");
    box.hidden = false;
    canvas.parentNode.style.height = Math.max(160, 34 * values.length + 60) + "px";
    var max = Math.max.apply(null, values.concat(isNaN(goal) ? [] : [goal]));
    new window.Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: [{ label: table.getAttribute("data-series"), data: values, backgroundColor: fills }] },
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (c) { return format(c.parsed.x, unit); } } }
        },
        scales: {
          x: { beginAtZero: true, suggestedMax: unit === "percent" ? Math.min(100, max * 1.05) : max * 1.05,
               ticks: { callback: function (v) { return format(v, unit); } } },
          // A long unit name is cut on a narrow screen (a phone), so the
          // bars keep their room; the tooltip gives it whole.
          y: { ticks: { autoSkip: false, callback: function (v) {
            var name = this.getLabelForValue(v), most = canvas.clientWidth < 500 ? 18 : 42;
            return name.length > most ? name.slice(0, most - 1) + "…" : name;
          } } }
        }
      },
      plugins: [goalLine(goal)]
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var tables = document.querySelectorAll("table[data-chart]");
    for (var i = 0; i < tables.length; i++) draw(tables[i]);
  });
})();
