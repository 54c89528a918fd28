// clausetrack split report: the search over every page (index.html) and deep
// links to anchors that live on another page. Data comes from search/*.js,
// loaded on demand with <script src> (a page opened from disk may not fetch
// JSON); each file calls one function of window.ctSite.
(function () {
  "use strict";
  var doc = document;
  var html = doc.documentElement;
  var root = html.getAttribute("data-root") || "";
  var nAnchors = parseInt(html.getAttribute("data-anchors") || "0", 10);
  var nWords = parseInt(html.getAttribute("data-words") || "0", 10);
  var chunk = parseInt(html.getAttribute("data-chunk") || "0", 10);
  var store = { pages: null, words: {}, texts: {}, anchors: {} };
  var loading = {};

  window.ctSite = {
    pages: function (p) { store.pages = p; },
    words: function (b, w) { store.words[b] = w; },
    texts: function (k, t) { store.texts[k] = t; },
    anchors: function (b, a) { store.anchors[b] = a; }
  };

  function load(file) {
    if (!loading[file]) {
      loading[file] = new Promise(function (resolve, reject) {
        var s = doc.createElement("script");
        s.src = root + "search/" + file;
        s.onload = resolve;
        s.onerror = function () { reject(new Error("cannot load search/" + file)); };
        doc.head.appendChild(s);
      });
    }
    return loading[file];
  }

  // FNV-1a 32 of the UTF-8 bytes, as the index was built.
  function fnv(s) {
    var b = new TextEncoder().encode(s), h = 0x811c9dc5;
    for (var i = 0; i < b.length; i++) { h ^= b[i]; h = Math.imul(h, 0x01000193) >>> 0; }
    return h >>> 0;
  }
  // Lower case without accents (text::fold).
  function fold(s) {
    return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase()
      .replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss").replace(/[’ʼ]/g, "'");
  }
  var HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FFFF}]/u;
  function words(s) {
    var out = [];
    (fold(s).match(/[\p{L}\p{N}]+/gu) || []).forEach(function (w) {
      var cur = "";
      for (var ch of w) {
        if (HAN.test(ch)) { if (cur) out.push(cur); cur = ""; out.push(ch); } else cur += ch;
      }
      if (cur) out.push(cur);
    });
    return out;
  }

  // Deep links: an anchor not on this page is looked up and followed.
  function follow() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { id = location.hash.slice(1); }
    if (!id || doc.getElementById(id) || !nAnchors) return;
    var b = fnv(id) % nAnchors;
    Promise.all([load("pages.js"), load("a-" + b + ".js")]).then(function () {
      var p = store.anchors[b] && store.anchors[b][id];
      if (p === undefined || !store.pages || !store.pages[p]) return;
      location.replace(root + store.pages[p][0] + location.hash);
    }).catch(function () {});
  }
  window.addEventListener("hashchange", follow);
  follow();

  // The search (index.html only).
  var form = doc.getElementById("site-search");
  if (!form || !nWords) return;
  var input = doc.getElementById("s-q");
  var status = doc.getElementById("s-status");
  var results = doc.getElementById("s-results");
  var MAX = 100;
  status.textContent = "Type words of a clause: every clause holding all of them is listed, with a link to its page.";

  function postings(w) {
    var b = fnv(w) % nWords;
    return load("w-" + b + ".js").then(function () {
      var d = store.words[b] && store.words[b][w];
      if (!d) return [];
      var out = new Array(d.length), at = 0;
      for (var i = 0; i < d.length; i++) { at += d[i]; out[i] = at; }
      return out;
    });
  }
  function intersect(lists) {
    lists.sort(function (a, b) { return a.length - b.length; });
    var out = lists[0];
    for (var i = 1; i < lists.length && out.length; i++) {
      var set = new Set(lists[i]);
      out = out.filter(function (c) { return set.has(c); });
    }
    return out;
  }
  function snippet(el, text, wanted) {
    text.split(/([\p{L}\p{N}]+)/u).forEach(function (part, i) {
      if (i % 2 === 1 && wanted.has(fold(part))) {
        var m = doc.createElement("mark");
        m.textContent = part;
        el.appendChild(m);
      } else if (part) {
        el.appendChild(doc.createTextNode(part));
      }
    });
  }

  var serial = 0;
  function search(q) {
    var mine = ++serial;
    var ws = Array.from(new Set(words(q)));
    results.textContent = "";
    if (!ws.length) { status.textContent = "Type words of a clause."; return Promise.resolve(); }
    status.textContent = "Searching…";
    return Promise.all([load("pages.js")].concat(ws.map(postings))).then(function (lists) {
      if (mine !== serial) return;
      var hits = intersect(lists.slice(1));
      var shown = hits.slice(0, MAX);
      var chunks = Array.from(new Set(shown.map(function (c) { return Math.floor(c / chunk); })));
      return Promise.all(chunks.map(function (k) { return load("c-" + k + ".js"); })).then(function () {
        if (mine !== serial) return;
        var wanted = new Set(ws);
        shown.forEach(function (c) {
          var row = store.texts[Math.floor(c / chunk)][c % chunk];
          var page = store.pages[row[0]];
          var li = doc.createElement("li");
          li.className = "search-hit";
          var head = doc.createElement("p");
          head.className = "hit-head";
          var a = doc.createElement("a");
          a.href = root + page[0] + "#" + row[1];
          a.textContent = row[2];
          head.appendChild(a);
          var where = doc.createElement("span");
          where.className = "muted";
          where.textContent = " · " + page[1];
          head.appendChild(where);
          var p = doc.createElement("p");
          p.className = "hit-text";
          if (row[4]) p.lang = row[4];
          if (row[5]) p.dir = row[5];
          snippet(p, row[3], wanted);
          li.appendChild(head);
          li.appendChild(p);
          results.appendChild(li);
        });
        status.textContent = hits.length === 0 ? "No clause holds all of these words." :
          hits.length + (hits.length === 1 ? " clause holds" : " clauses hold") + " all of these words" +
          (hits.length > MAX ? "; the first " + MAX + " are listed." : ".");
      });
    }).catch(function (e) { status.textContent = "The search index could not be read: " + e.message; });
  }

  var timer = 0;
  form.addEventListener("submit", function (e) { e.preventDefault(); search(input.value); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { search(input.value); }, 250);
  });
  // "index.html?q=words" searches at once.
  var q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; search(q); }
})();
