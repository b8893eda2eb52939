// Live updates: on each server-sent event, re-read this page and swap in the
// regions marked data-live that changed. Regions the user is typing in are
// left alone. Without JavaScript every page still works: it is plain HTML and
// forms.
(function () {
  "use strict";
  if (!window.EventSource || !window.fetch) { return; }
  var url = document.body.getAttribute("data-live-url") || location.pathname + location.search;
  var timer = null;

  function busy(el) {
    var a = document.activeElement;
    if (a && a !== document.body && el.contains(a) && a.tagName !== "A" && a.tagName !== "BUTTON") { return true; }
    var inputs = el.querySelectorAll("input[type=password], input[type=text]");
    for (var i = 0; i < inputs.length; i++) { if (inputs[i].value) { return true; } }
    return false;
  }

  function refresh() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (html) {
        if (!html) { return; }
        var doc = new DOMParser().parseFromString(html, "text/html");
        var live = document.querySelectorAll("[data-live]");
        for (var i = 0; i < live.length; i++) {
          var el = live[i];
          var fresh = doc.getElementById(el.id);
          if (!fresh || busy(el) || fresh.innerHTML === el.innerHTML) { continue; }
          el.replaceWith(document.importNode(fresh, true));
        }
        document.body.setAttribute("data-refreshed", String(Date.now()));
      })
      .catch(function () {});
  }

  var es = new EventSource("/events");
  es.addEventListener("mailbox", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 100);
  });
  es.addEventListener("open", function () { document.body.setAttribute("data-live-ready", "1"); });
})();
