// Progressive enhancements only: every page works without this file.
// Bootstrap's own JavaScript is not shipped: the one thing it did here, the
// collapsing navigation on small screens, is the toggle below.
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

  function navigationToggles() {
    var buttons = document.querySelectorAll("[data-nav-toggle]");
    Array.prototype.forEach.call(buttons, function (button) {
      var target = document.getElementById(button.getAttribute("aria-controls"));
      if (!target) { return; }
      button.addEventListener("click", function () {
        var open = target.classList.toggle("show");
        button.setAttribute("aria-expanded", open ? "true" : "false");
      });
    });
  }

  function errorSummary() {
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
  }

  document.addEventListener("DOMContentLoaded", function () {
    navigationToggles();
    errorSummary();
  });
})();
