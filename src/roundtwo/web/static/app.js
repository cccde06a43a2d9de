// Small enhancements; every page works without this script.
(function () {
  "use strict";

  function phrase(target, now) {
    let seconds = Math.round((target - now) / 1000);
    const future = seconds >= 0;
    seconds = Math.abs(seconds);
    if (seconds < 60) return "now";
    const days = Math.floor(seconds / 86400);
    const hours = Math.floor((seconds % 86400) / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    let text;
    if (days >= 2) text = days + " days";
    else if (days === 1) text = hours ? "1 day " + hours + " h" : "1 day";
    else if (hours) text = minutes && hours < 6 ? hours + " h " + minutes + " min" : hours + " h";
    else text = minutes + " min";
    return future ? "in " + text : text + " ago";
  }

  function tick() {
    const now = Date.now();
    document.querySelectorAll("time[data-countdown]").forEach(function (el) {
      const target = Date.parse(el.getAttribute("datetime"));
      if (!Number.isNaN(target)) el.textContent = phrase(target, now);
    });
  }

  document.addEventListener("submit", function (event) {
    const message = event.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) event.preventDefault();
  });

  document.addEventListener("DOMContentLoaded", function () {
    tick();
    window.setInterval(tick, 30000);
  });
})();
