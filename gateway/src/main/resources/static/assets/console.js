// The console's only script (no inline script: the pages' Content-Security-Policy forbids it).
(function () {
  "use strict";

  // every htmx request carries the session's CSRF token, as the forms do in their _csrf field
  document.addEventListener("htmx:configRequest", function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // a poll answered by the sign-in form means the session ended: show the form as a page, not inside a section
  document.addEventListener("htmx:beforeSwap", function (event) {
    var url = event.detail.xhr && event.detail.xhr.responseURL;
    if (url && new URL(url).pathname === "/login") {
      event.detail.shouldSwap = false;
      window.location.assign(url);
    }
  });

  // a button with data-copy="<element id>" copies that element's text (the WhatsApp text ASCOM posts by hand)
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) {
      return;
    }
    var text = "value" in source && source.value !== undefined ? source.value : source.textContent;
    navigator.clipboard.writeText(text).then(function () {
      button.textContent = "Texto copiado";
    });
  });

  // a form with data-confirm="<question>" asks before it is sent
  document.addEventListener("submit", function (event) {
    var question = event.target.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
