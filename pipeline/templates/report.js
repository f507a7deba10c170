(function () {
  "use strict";
  var body = document.body;
  var entries = Array.prototype.slice.call(document.querySelectorAll("tr.entry[data-fields]"));
  var country = document.getElementById("filter-country");
  var actor = document.getElementById("filter-actor");
  var field = document.getElementById("filter-field");
  var count = document.getElementById("filter-count");

  function list(element, name) {
    try {
      var value = JSON.parse(element.getAttribute(name) || "[]");
      return Array.isArray(value) ? value : [];
    } catch (error) {
      return [];
    }
  }

  function apply() {
    var shown = 0;
    var wantedActor = actor.value === "" ? null : parseInt(actor.value, 10);
    entries.forEach(function (element) {
      var ok = (!country.value || list(element, "data-countries").indexOf(country.value) >= 0) &&
        (wantedActor === null || list(element, "data-actors").indexOf(wantedActor) >= 0) &&
        (!field.value || list(element, "data-fields").indexOf(field.value) >= 0);
      element.hidden = !ok;
      if (ok) {
        shown += 1;
      }
    });
    count.textContent = shown + " of " + entries.length + " articles";
  }

  function show(target) {
    var mark = target && target.closest ? target.closest("[data-detail]") : null;
    if (!mark) {
      return;
    }
    var article = mark.closest("article");
    var panel = article ? article.querySelector("pre.detail") : null;
    if (panel) {
      panel.textContent = mark.textContent + "\n" + mark.getAttribute("data-detail");
      panel.hidden = false;
    }
  }

  if (country && actor && field && count) {
    [country, actor, field].forEach(function (select) {
      select.addEventListener("change", apply);
    });
    apply();
  }
  document.addEventListener("click", function (event) { show(event.target); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      show(event.target);
    }
  });
  body.setAttribute("data-ready", "1");
})();
