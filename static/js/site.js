// Progressive enhancements only: every page works without this file.
// Bootstrap's own JavaScript is not shipped: the one thing it did here, the
// collapsing navigation on small screens, is this toggle.
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("[data-nav-toggle]");
    Array.prototype.forEach.call(buttons, function (button) {
      var target = document.getElementById(button.getAttribute("aria-controls"));
      if (!target) { return; }
      button.addEventListener("click", function () {
        var open = target.classList.toggle("show");
        button.setAttribute("aria-expanded", open ? "true" : "false");
      });
    });
  });
})();
