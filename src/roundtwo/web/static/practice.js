// Timers of the practice room: the answer's elapsed time and the case preparation countdown.
// The room works without this script; it only shows the clocks and sends the measured seconds.
(function () {
  "use strict";

  function clock(seconds) {
    const whole = Math.max(0, Math.round(seconds));
    return Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
  }

  // Start times survive a reload of the same prompt (sessionStorage: this tab only).
  function recall(key) {
    try {
      const value = Number(window.sessionStorage.getItem(key));
      return value > 0 ? value : null;
    } catch (error) {
      return null;
    }
  }

  function keep(key, value) {
    try {
      if (value === null) window.sessionStorage.removeItem(key);
      else window.sessionStorage.setItem(key, String(value));
    } catch (error) {
      // Storage refused (private mode): the timer still runs for this page view.
    }
  }

  function answerTimer(box) {
    const key = "roundtwo-answer-" + box.dataset.key;
    const started = recall(key) || Date.now();
    keep(key, started);
    const out = box.querySelector(".clock");
    const allotted = Number(box.dataset.allottedMinutes || 0) * 60;
    const form = box.closest("form");
    const field = form ? form.querySelector("input[name=seconds]") : null;
    function tick() {
      const elapsed = (Date.now() - started) / 1000;
      out.textContent = clock(elapsed);
      box.classList.toggle("over", allotted > 0 && elapsed > allotted);
    }
    box.hidden = false;
    tick();
    window.setInterval(tick, 1000);
    if (form && field) {
      form.addEventListener("submit", function () {
        field.value = String(Math.round((Date.now() - started) / 1000));
      });
    }
  }

  function preparationTimer(box) {
    const total = Number(box.dataset.prepareMinutes) * 60;
    const key = "roundtwo-prepare-" + box.dataset.key;
    const out = box.querySelector(".clock");
    const done = box.querySelector(".prep-done");
    const start = box.querySelector("[data-prep-start]");
    const reset = box.querySelector("[data-prep-reset]");
    let started = recall(key);
    let timer = null;
    function stop() {
      if (timer !== null) window.clearInterval(timer);
      timer = null;
    }
    function tick() {
      const left = started ? total - (Date.now() - started) / 1000 : total;
      out.textContent = clock(left);
      const over = Boolean(started) && left <= 0;
      done.hidden = !over;
      start.disabled = Boolean(started);
      if (over) stop();
    }
    function run() {
      if (timer === null) timer = window.setInterval(tick, 1000);
      tick();
    }
    start.addEventListener("click", function () {
      started = Date.now();
      keep(key, started);
      run();
    });
    reset.addEventListener("click", function () {
      started = null;
      keep(key, null);
      stop();
      tick();
    });
    box.hidden = false;
    if (started) run();
    else tick();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-answer-timer]").forEach(answerTimer);
    document.querySelectorAll("[data-prepare-minutes]").forEach(preparationTimer);
  });
})();
