// clausetrack change report: filters, search, deep links and keys. The page
// is complete without this script; it only hides and reveals what is there.
(function () {
  "use strict";
  var doc = document;
  var form = doc.getElementById("filters");
  if (!form) return;
  var field = {
    series: doc.getElementById("f-series"),
    status: doc.getElementById("f-status"),
    change: doc.getElementById("f-change"),
    severity: doc.getElementById("f-severity"),
    q: doc.getElementById("f-q")
  };
  var countEl = doc.getElementById("f-count");
  var list = function (sel) { return Array.prototype.slice.call(doc.querySelectorAll(sel)); };
  var threads = list("article[data-thread]");
  var rows = list("tr[data-row]");
  var carded = {};
  threads.forEach(function (el) { carded[el.getAttribute("data-thread")] = true; });
  var findings = list("[data-finding]");
  var entities = list("tr[data-entity]");
  var blocks = list("[data-series-block]");
  var texts = new Map();

  // Lower case without accents, so "resolution" finds "Résolution".
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function textOf(el) {
    var t = texts.get(el);
    if (t === undefined) { t = fold(el.textContent); texts.set(el, t); }
    return t;
  }
  function has(el, attr, value) {
    if (!value) return true;
    var v = el.getAttribute(attr);
    return v !== null && (" " + v + " ").indexOf(" " + value + " ") >= 0;
  }
  function state() {
    return {
      series: field.series.value, status: field.status.value, change: field.change.value,
      severity: field.severity.value, q: fold(field.q.value.trim())
    };
  }
  function active(s) { return !!(s.series || s.status || s.change || s.severity || s.q); }
  function threadMatches(el, s) {
    return has(el, "data-series", s.series) && has(el, "data-status", s.status) &&
      has(el, "data-changes", s.change) && has(el, "data-severities", s.severity);
  }

  function apply() {
    var s = state();
    var shownThreads = {};
    var nThreads = 0, nFindings = 0;
    threads.forEach(function (el) {
      var ok = threadMatches(el, s) && (!s.q || textOf(el).indexOf(s.q) >= 0);
      el.hidden = !ok;
      if (ok) { shownThreads[el.getAttribute("data-thread")] = true; nThreads++; }
    });
    rows.forEach(function (el) {
      var id = el.getAttribute("data-row");
      // A row whose thread is carded on another page (a thread several series
      // share) is judged by its own attributes and text.
      el.hidden = carded[id] ? !shownThreads[id]
        : !(threadMatches(el, s) && (!s.q || textOf(el).indexOf(s.q) >= 0));
    });
    findings.forEach(function (el) {
      var ok = has(el, "data-series", s.series) && has(el, "data-severity", s.severity) &&
        (!s.q || textOf(el).indexOf(s.q) >= 0);
      el.hidden = !ok;
      if (ok) nFindings++;
    });
    entities.forEach(function (el) {
      el.hidden = !(has(el, "data-series", s.series) && has(el, "data-status", s.status) &&
        (!s.q || textOf(el).indexOf(s.q) >= 0));
    });
    blocks.forEach(function (el) {
      var own = el.getAttribute("data-series-block");
      var off = !!(s.series && own && own !== s.series);
      // A block of threads, matrix rows or entities with none left to show.
      var items = "article[data-thread], tr[data-row], tr[data-entity]";
      if (!off && active(s) && el.querySelector(items)) {
        off = !el.querySelector("article[data-thread]:not([hidden]), tr[data-row]:not([hidden]), " +
          "tr[data-entity]:not([hidden])");
      }
      el.hidden = off;
    });
    var te = doc.getElementById("threads-empty");
    if (te) te.hidden = nThreads > 0 || threads.length === 0;
    var fe = doc.getElementById("findings-empty");
    if (fe) fe.hidden = nFindings > 0 || findings.length === 0;
    countEl.textContent = active(s)
      ? "Showing " + nThreads + " of " + threads.length + " threads and " + nFindings +
        " of " + findings.length + " findings."
      : threads.length + " threads, " + findings.length + " findings.";
  }

  var timer = 0;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 120); }
  ["series", "status", "change", "severity"].forEach(function (k) {
    field[k].addEventListener("change", apply);
  });
  field.q.addEventListener("input", later);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });

  // Counts in the summary set the matching filter.
  list("a[data-filter]").forEach(function (a) {
    a.addEventListener("click", function () {
      var f = field[a.getAttribute("data-filter")];
      if (f) { f.value = a.getAttribute("data-value"); apply(); }
    });
  });

  // Elements that are not focusable by nature get tabindex -1 when a link or a
  // key moves to them, so keyboard and screen reader follow.
  function focusOn(el) {
    if (!el.hasAttribute("tabindex") && el.tabIndex < 0) el.setAttribute("tabindex", "-1");
    el.focus({ preventScroll: true });
  }

  // Deep links: reveal the target (clear filters hiding it, open its
  // <details>), bring it into view and give it focus.
  function reveal() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { id = location.hash.slice(1); }
    if (!id) return;
    var el = doc.getElementById(id);
    if (!el) return;
    if (el.closest("[hidden]") && el.closest("main")) { form.reset(); apply(); }
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") p.open = true;
    }
    if (el.tagName === "DETAILS") el.open = true;
    el.scrollIntoView({ block: "start" });
    focusOn(el);
  }
  window.addEventListener("hashchange", reveal);

  // Keys: "/" search, "j"/"k" next/previous visible thread, Escape clears.
  function visibleThreads() { return threads.filter(function (t) { return !t.hidden; }); }
  doc.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = (e.target && e.target.tagName) || "";
    var typing = tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA";
    if (e.key === "Escape" && e.target === field.q) {
      field.q.value = ""; apply(); return;
    }
    if (typing) return;
    if (e.key === "/") { e.preventDefault(); field.q.focus(); return; }
    if (e.key !== "j" && e.key !== "k") return;
    var vis = visibleThreads();
    if (!vis.length) return;
    var cur = doc.activeElement && doc.activeElement.closest ? doc.activeElement.closest("article[data-thread]") : null;
    var i = cur ? vis.indexOf(cur) : -1;
    if (i < 0) {
      // From the viewport: the first thread below its top edge.
      i = vis.findIndex(function (t) { return t.getBoundingClientRect().top > 80; });
      i = e.key === "j" ? (i < 0 ? vis.length - 1 : i) : Math.max(0, (i < 0 ? vis.length : i) - 1);
    } else {
      i = e.key === "j" ? Math.min(vis.length - 1, i + 1) : Math.max(0, i - 1);
    }
    e.preventDefault();
    vis[i].scrollIntoView({ block: "start" });
    focusOn(vis[i]);
  });

  // Graphs open fitted to the page; a button shows one at full size.
  list(".graph-zoom").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () {
      var fig = b.closest("figure");
      var fit = fig.classList.toggle("fit");
      b.setAttribute("aria-pressed", fit ? "false" : "true");
      b.textContent = fit ? "Show at full size" : "Fit to the page";
    });
  });

  window.addEventListener("beforeprint", function () {
    list("details").forEach(function (d) { d.open = true; });
  });

  form.hidden = false;
  apply();
  if (location.hash) reveal();
})();
