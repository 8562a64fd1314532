// Small progressive enhancements; every page works without JavaScript.
(function () {
  "use strict";
  // Scripts run: the phone header folds its menu behind a button.
  document.documentElement.classList.add("js");
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("[data-menu]");
    if (!button) return;
    var menu = document.getElementById(button.getAttribute("aria-controls"));
    var open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", open ? "true" : "false");
    if (menu) menu.classList.toggle("open", open);
  });
  // htmx requests carry the session's CSRF token.
  document.addEventListener("htmx:configRequest", function (e) {
    var token = document.body.getAttribute("data-csrf");
    if (token) e.detail.headers["X-CSRF-Token"] = token;
  });
  // A result swapped in by htmx (an upload's outcome) may sit above the visible
  // part of a phone's screen: bring it into view and move focus to it.
  document.addEventListener("htmx:afterSwap", function (e) {
    var target = e.detail && e.detail.target;
    if (!target || !target.hasAttribute("data-reveal") || !target.textContent.trim()) return;
    target.setAttribute("tabindex", "-1");
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "start" });
  });
  // Forms that ask before doing something hard to undo.
  document.addEventListener("submit", function (e) {
    var by = e.submitter && e.submitter.getAttribute("data-confirm");
    var msg = by || (e.target.getAttribute && e.target.getAttribute("data-confirm"));
    if (msg && !window.confirm(msg)) e.preventDefault();
  });
  // A box that ticks or unticks every box named by its data-check-all.
  document.addEventListener("change", function (e) {
    var name = e.target.getAttribute && e.target.getAttribute("data-check-all");
    if (!name) return;
    var boxes = document.querySelectorAll('input[type="checkbox"][name="' + name + '"]');
    for (var i = 0; i < boxes.length; i++) boxes[i].checked = e.target.checked;
  });
  // "In" buttons print the page (the Content-Security-Policy forbids inline handlers).
  document.addEventListener("click", function (e) {
    var button = e.target.closest && e.target.closest("[data-print]");
    if (button) window.print();
  });
})();
// Data entry grid: the total column adds female and male as you type.
(function () {
  "use strict";
  function number(v) {
    var n = parseFloat(String(v).replace(/\s/g, "").replace(/\./g, "").replace(",", "."));
    return isNaN(n) ? null : n;
  }
  function update(row) {
    var parts = row.querySelectorAll("[data-part]"), sum = 0, any = false;
    for (var i = 0; i < parts.length; i++) {
      var n = number(parts[i].value);
      if (n !== null) { sum += n; any = true; }
    }
    var cell = row.querySelector("[data-total]");
    if (cell) cell.textContent = any ? sum.toLocaleString("vi-VN") : "";
  }
  document.addEventListener("input", function (e) {
    var row = e.target.closest && e.target.closest("[data-row]");
    if (row) update(row);
  });
  document.addEventListener("DOMContentLoaded", function () {
    var rows = document.querySelectorAll("[data-row]");
    for (var i = 0; i < rows.length; i++) update(rows[i]);
  });
})();
// Selects that open their choice at once (the form still has a button without JS).
document.addEventListener("change", function (e) {
  if (e.target.hasAttribute && e.target.hasAttribute("data-autosubmit") && e.target.form) e.target.form.submit();
});
