// musk-openai timeline page: filter events by actor and by text. No network, no HTML
// built from data: events are shown or hidden, and the status is set as plain text.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var text = document.getElementById("filter-text");
  var actor = document.getElementById("filter-actor");
  var status = document.getElementById("filter-status");
  if (!form || !text || !actor || !status) return;
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var periods = Array.prototype.slice.call(document.querySelectorAll("section.period"));
  var years = Array.prototype.slice.call(document.querySelectorAll("section.year"));

  // the same folding as the page's data-search attributes: lower case, no accents
  function fold(value) {
    return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\u2019/g, "'");
  }

  function anyVisible(section, selector) {
    return Array.prototype.some.call(section.querySelectorAll(selector), function (node) {
      return !node.hidden;
    });
  }

  function apply() {
    var words = fold(text.value).split(/\s+/).filter(Boolean);
    var who = actor.value;
    var shown = 0;
    events.forEach(function (event) {
      var haystack = event.getAttribute("data-search") || "";
      var actors = (event.getAttribute("data-actors") || "").split("|");
      var keep = (!who || actors.indexOf(who) >= 0) && words.every(function (word) {
        return haystack.indexOf(word) >= 0;
      });
      event.hidden = !keep;
      if (keep) shown += 1;
    });
    periods.forEach(function (period) { period.hidden = !anyVisible(period, "li.event"); });
    years.forEach(function (year) { year.hidden = !anyVisible(year, "section.period"); });
    status.textContent = shown === events.length
      ? "Showing all " + events.length + " events."
      : "Showing " + shown + " of " + events.length + " events.";
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  text.addEventListener("input", apply);
  actor.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  apply();
})();
