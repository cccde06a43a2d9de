// Follow-up page: live word count, copy to clipboard, mailto links that follow edits.
// Everything works without this script: counts are rendered by the server and
// the note's text can be selected and copied by hand.
(function () {
  "use strict";

  // Same rule as roundtwo.followup.thanks.count_words: tokens holding a letter or digit.
  function countWords(text) {
    return text.split(/\s+/).filter(function (token) {
      return /[\p{L}\p{N}]/u.test(token);
    }).length;
  }

  function band(textarea) {
    const parts = (textarea.getAttribute("data-words") || "").split("-").map(Number);
    return parts.length === 2 ? parts : [0, Infinity];
  }

  function updateCount(textarea) {
    const id = textarea.getAttribute("data-mail-body");
    const holder = document.querySelector('[data-word-count="' + id + '"]');
    if (!holder) return;
    const count = countWords(textarea.value);
    const limits = band(textarea);
    holder.querySelector("[data-count]").textContent = String(count);
    holder.classList.toggle("off-target", count < limits[0] || count > limits[1]);
  }

  // RFC 6068: percent-encode everything, line breaks as CRLF.
  function mailto(to, subject, body) {
    const enc = function (text) { return encodeURIComponent(text).replace(/%40/g, "@"); };
    const crlf = body.replace(/\r\n|\r|\n/g, "\r\n");
    return "mailto:" + enc(to) + "?subject=" + enc(subject.split(/\s+/).join(" ").trim()) + "&body=" + enc(crlf);
  }

  function refresh(id) {
    const body = document.querySelector('[data-mail-body="' + id + '"]');
    const subject = document.querySelector('[data-mail-subject="' + id + '"]');
    const link = document.querySelector('[data-mailto="' + id + '"]');
    const unsaved = document.querySelector('[data-unsaved="' + id + '"]');
    if (body) updateCount(body);
    if (body && subject && link) link.href = mailto(link.getAttribute("data-to") || "", subject.value, body.value);
    if (unsaved) unsaved.hidden = false;
  }

  function copy(button) {
    const source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    const done = function () {
      const label = button.textContent;
      button.textContent = "Copied";
      window.setTimeout(function () { button.textContent = label; }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.value).then(done, function () { source.select(); });
    } else {
      source.select();
      if (document.execCommand("copy")) done();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { copy(button); });
    });
    document.querySelectorAll("[data-mail-body], [data-mail-subject]").forEach(function (input) {
      const id = input.getAttribute("data-mail-body") || input.getAttribute("data-mail-subject");
      input.addEventListener("input", function () { refresh(id); });
    });
  });
})();
