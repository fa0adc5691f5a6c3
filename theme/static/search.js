/* Progressive enhancement: search with Pagefind's own index under /pagefind/.
   Without JavaScript the page says so and links to the browse pages. */
(function () {
  "use strict";
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var form = document.querySelector("form.search");
  var input = document.getElementById("q");
  if (!list || !status || !form || !input) { return; }
  var pagefind = null;
  function say(text) { status.textContent = text; }
  /* Pagefind's excerpt marks the query with <mark>: kept as <mark> elements,
     every other piece as text (no markup from the index reaches the page). */
  function excerpt(html) {
    var p = document.createElement("p");
    var parts = html.split(/<mark>|<\/mark>/);
    var decode = document.createElement("textarea");
    parts.forEach(function (part, n) {
      decode.innerHTML = part.replace(/<[^>]*>/g, "");
      var text = document.createTextNode(decode.value);
      if (n % 2) {
        var mark = document.createElement("mark");
        mark.appendChild(text);
        p.appendChild(mark);
      } else {
        p.appendChild(text);
      }
    });
    return p;
  }
  function load() {
    if (pagefind) { return Promise.resolve(pagefind); }
    var url = new URL(list.getAttribute("data-pagefind"), document.baseURI).href;
    var root = new URL("../", url).pathname;
    return import(url).then(function (module) {
      pagefind = module;
      return Promise.resolve(module.options ? module.options({ baseUrl: root }) : null)
        .then(function () { return module.init ? module.init() : null; })
        .then(function () { return module; });
    });
  }
  function show(query) {
    list.textContent = "";
    if (!query) { say(""); return; }
    load().then(function (pf) { return pf.search(query); }).then(function (search) {
      return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); }));
    }).then(function (results) {
      say(results.length ? list.getAttribute("data-found") : list.getAttribute("data-none"));
      results.forEach(function (data) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = data.url;
        link.textContent = (data.meta && data.meta.title) || data.url;
        item.appendChild(link);
        var facts = [data.meta && data.meta.date, data.meta && data.meta.type,
          data.meta && data.meta.place].filter(Boolean);
        if (facts.length) {
          var meta = document.createElement("p");
          meta.className = "meta";
          meta.textContent = facts.join(" · ");
          item.appendChild(meta);
        }
        item.appendChild(excerpt(data.excerpt || ""));
        list.appendChild(item);
      });
    }).catch(function () { say(list.getAttribute("data-unavailable")); });
  }
  say("");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value.trim();
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    show(query);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; show(initial); }
}());
