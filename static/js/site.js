// Progressive enhancements only: every page works without this file.
(function () {
  "use strict";

  // The label (or a radio group's legend) of a field, to show above it.
  function caption(field) {
    if (field.type === "radio" || field.type === "checkbox") {
      var group = field.closest("fieldset");
      if (group && group.querySelector("legend")) { return group.querySelector("legend"); }
    }
    return (field.labels && field.labels[0]) || field;
  }

  document.addEventListener("DOMContentLoaded", function () {
    // A form came back with errors: take keyboard and screen-reader users to the
    // summary, which names each problem and links to its field.
    var summary = document.getElementById("form-errors");
    if (!summary) { return; }
    summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!field) { return; }
      // A fragment link scrolls but does not move focus to a form field.
      event.preventDefault();
      caption(field).scrollIntoView({ block: "start" });
      field.focus({ preventScroll: true });
    });
  });
})();
