// Feedback and report forms: suggest help articles while the customer types,
// and warn early about secrets. Both are hints only: the server checks again,
// and the forms work without this file. No inline script (CSP): wired by data-*.
(function () {
  "use strict";

  function debounce(fn, wait) {
    var timer;
    return function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, wait);
    };
  }

  function luhn(digits) {
    var sum = 0;
    for (var i = 0; i < digits.length; i++) {
      var n = parseInt(digits.charAt(digits.length - 1 - i), 10);
      if (i % 2) { n *= 2; if (n > 9) { n -= 9; } }
      sum += n;
    }
    return sum % 10 === 0;
  }

  // A rough mirror of feedback/screening.py, for an early warning.
  function looksSecret(text) {
    var cards = text.match(/\d(?:[ -]?\d){12,18}/g) || [];
    for (var i = 0; i < cards.length; i++) {
      var digits = cards[i].replace(/\D/g, "");
      if (/^[2-6]/.test(digits) && luhn(digits)) { return true; }
    }
    if (/(verification code|one[- ]time code|otp|验证码|驗證碼|动态码|動態碼)\D{0,12}\d{4,8}/i.test(text)) { return true; }
    if (/(password|passcode|密码|密碼)\s*(:|：|=|是|为|為)\s*\S{4,}/i.test(text)) { return true; }
    if (/(seed|recovery|mnemonic) (phrase|words?)|助记词|助記詞/i.test(text)) {
      return /([a-z]{3,8}[\s,]+){11,}[a-z]{3,8}/i.test(text);
    }
    return false;
  }

  function renderSuggestions(box, results) {
    box.textContent = "";
    if (!results.length) { return; }
    var heading = document.createElement("p");
    heading.className = "small fw-semibold mb-1";
    heading.textContent = box.getAttribute("data-heading");
    var list = document.createElement("ul");
    list.className = "small mb-2";
    results.forEach(function (item) {
      // Only same-site paths from our own endpoint become links.
      if (typeof item.url !== "string" || item.url.charAt(0) !== "/" || item.url.charAt(1) === "/") { return; }
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.url;
      a.target = "_blank";
      a.rel = "noopener";
      a.textContent = item.title;
      li.appendChild(a);
      list.appendChild(li);
    });
    box.appendChild(heading);
    box.appendChild(list);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var field = document.querySelector("textarea[data-suggest]");
    var box = document.getElementById("faq-suggestions");
    var hint = document.getElementById("secret-hint");
    if (!field) { return; }
    var lastQuery = "";
    var suggest = debounce(function () {
      var query = field.value.trim().slice(0, 200);
      if (!box || query.length < 4 || query === lastQuery) { return; }
      lastQuery = query;
      var url = box.getAttribute("data-suggest-url") + "?q=" + encodeURIComponent(query);
      fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { results: [] }; })
        .then(function (data) { renderSuggestions(box, data.results || []); })
        .catch(function () { /* suggestions are optional */ });
    }, 500);
    var check = debounce(function () {
      if (hint) { hint.classList.toggle("d-none", !looksSecret(field.value)); }
    }, 300);
    field.addEventListener("input", function () { suggest(); check(); });
  });
})();
