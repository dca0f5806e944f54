/* Staff article and channel forms: language tabs named in words, and two languages
   side by side. The words come from the page (tab titles, the server-rendered
   language view); this file only wires them up. */
(function () {
  "use strict";

  function tabLinks(container) {
    return Array.prototype.slice.call(container.querySelectorAll("a[href^='#tab_id_']"));
  }

  function nameTabs() {
    tabLinks(document).forEach(function (link) {
      if (!link.dataset.lang) {
        link.dataset.lang = link.textContent.trim().replace("-", "_");
      }
      if (link.title && link.textContent !== link.title) {
        link.textContent = link.title;  // no change the second time: no endless observing
      }
    });
  }

  function showPanels(container, languages) {
    var nav = container.querySelector("ul");
    tabLinks(container).forEach(function (link) {
      var panel = document.getElementById(link.getAttribute("href").slice(1));
      if (!panel) {
        return;
      }
      var shown = languages
        ? languages.indexOf(link.dataset.lang) !== -1
        : link.parentElement.classList.contains("ui-tabs-active");
      panel.style.display = shown ? "block" : "none";
      panel.classList.toggle("side-pane", Boolean(languages) && shown);
      panel.dataset.langName = link.title || link.dataset.lang;
    });
    if (nav) {
      nav.style.display = languages ? "none" : "";
    }
    container.classList.toggle("side-by-side", Boolean(languages));
  }

  function sideBySide() {
    var view = document.querySelector("[data-language-view]");
    if (!view) {
      return;
    }
    var toggle = view.querySelector("input[type=checkbox]");
    var selects = view.querySelectorAll("select");
    function update() {
      var languages = toggle.checked
        ? [selects[0].value.replace("-", "_"), selects[1].value.replace("-", "_")]
        : null;
      document.querySelectorAll(".ui-tabs").forEach(function (container) {
        showPanels(container, languages);
      });
    }
    toggle.addEventListener("change", update);
    selects.forEach(function (select) {
      select.addEventListener("change", function () {
        if (toggle.checked) {
          update();
        }
      });
    });
  }

  window.addEventListener("load", function () {
    nameTabs();
    sideBySide();
    // The tabs may be built after this runs: name them whenever they appear.
    new MutationObserver(function (changes) {
      if (changes.some(function (change) { return change.addedNodes.length; })) {
        nameTabs();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
})();
