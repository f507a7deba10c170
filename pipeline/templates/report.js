(function () {
  "use strict";
  var body = document.body;
  var entries = Array.prototype.slice.call(document.querySelectorAll("[data-index][data-fields]"));
  var country = document.getElementById("filter-country");
  var actor = document.getElementById("filter-actor");
  var field = document.getElementById("filter-field");
  var count = document.getElementById("filter-count");
  var total = document.querySelectorAll("article.doc").length;

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
    entries.forEach(function (element) {
      var ok = (!country.value || list(element, "data-countries").indexOf(country.value) >= 0) &&
        (!actor.value || list(element, "data-actors").indexOf(actor.value) >= 0) &&
        (!field.value || list(element, "data-fields").indexOf(field.value) >= 0);
      element.hidden = !ok;
      if (ok && element.tagName === "ARTICLE") {
        shown += 1;
      }
    });
    if (field.value) {
      body.setAttribute("data-field", field.value);
    } else {
      body.removeAttribute("data-field");
    }
    count.textContent = shown + " of " + total + " articles";
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

  [country, actor, field].forEach(function (select) {
    select.addEventListener("change", apply);
  });
  document.addEventListener("click", function (event) { show(event.target); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      show(event.target);
    }
  });
  apply();
  body.setAttribute("data-ready", "1");
})();
