// Live analysis: as the candidate types, post the form to its JSON endpoint
// (form[data-analyze]) and redraw #analysis with the markup of _analysis.html.
// Without this script the form's Check button gives the same panel.
(function () {
  "use strict";

  const DELAY_MS = 500;

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function add(parent, ...children) {
    children.forEach(function (child) {
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return parent;
  }

  function fact(list, term, className, content) {
    add(list, el("dt", "", term));
    const dd = el("dd", className);
    if (typeof content === "string") dd.textContent = content;
    else add(dd, ...content);
    add(list, dd);
  }

  function summary(panel) {
    const box = el("div", "analysis-summary");
    const score = el("p", "score score-" + panel.band);
    const value = el("span", "score-value", panel.score);
    value.setAttribute("data-score", panel.score);
    add(score, value, el("span", "score-of", "/100"));
    const parts = el("ul", "parts");
    panel.parts.forEach(function (part) {
      const li = el("li", "part " + (part.present ? "present" : "missing"),
        part.label + " " + (part.present ? "present" : "missing"));
      li.setAttribute("data-part", part.key);
      add(parts, li);
    });
    return add(box, score, parts);
  }

  function facts(panel) {
    const dl = el("dl", "facts");
    fact(dl, "Length", "length length-" + panel.length,
      panel.words + " words, " + panel.speaking + " spoken; " + panel.target);
    const own = panel.ownership;
    fact(dl, "Ownership", "ownership",
      "“I” " + own.i + " · “we” " + own.we + ": " + own.message);
    const metrics = [];
    panel.metrics.forEach(function (m, i) {
      const mark = el("mark", "metric", m.text);
      mark.title = m.kind;
      metrics.push(mark);
      if (i < panel.metrics.length - 1) metrics.push(", ");
    });
    fact(dl, "Metrics", "metrics", metrics.length ? metrics : "none yet");
    fact(dl, "Fillers", "fillers", panel.fillers.length ? panel.fillers.join(", ") : "none");
    fact(dl, "Hedges", "hedges", panel.hedges.length ? panel.hedges.join(", ") : "none");
    return dl;
  }

  function sentences(panel) {
    const box = el("div", "marked");
    panel.sentences.forEach(function (s) {
      const p = el("p", "sentence star-" + (s.star || "none"));
      p.setAttribute("data-star", s.star);
      add(p, el("span", "star-label", s.label), " ");
      s.segments.forEach(function (piece) {
        if (piece.mark) {
          const mark = el("mark", piece.mark, piece.text);
          mark.title = piece.title;
          add(p, mark);
        } else {
          add(p, piece.text);
        }
      });
      add(box, p);
    });
    return box;
  }

  function feedback(panel) {
    const list = el("ul", "feedback");
    panel.feedback.forEach(function (f) {
      const li = el("li", "fb fb-" + f.kind);
      li.setAttribute("data-kind", f.kind);
      add(li, el("span", "fb-message", f.message));
      if (f.evidence) add(li, " ", el("q", "evidence", f.evidence));
      add(list, li);
    });
    return list;
  }

  function attributes(panel) {
    const list = el("ul", "attributes");
    panel.attributes.forEach(function (a) {
      const li = el("li");
      li.setAttribute("data-attribute", a.id);
      const meter = el("meter", "", a.value);
      meter.min = 0;
      meter.max = 100;
      meter.value = a.value;
      add(li, el("span", "attr-label", a.label), " ", meter, " ", el("span", "attr-value", a.value));
      add(list, li);
    });
    return list;
  }

  function drawPanel(body, panel) {
    add(body, summary(panel), facts(panel), el("h3", "", "Your answer as read"), sentences(panel),
      el("h3", "", "Feedback"), feedback(panel));
    if (panel.follow_up) {
      add(body, add(el("div", "follow-up"), el("h3", "", "The follow-up probe"),
        el("p", "probe", panel.follow_up)));
    }
    add(body, el("h3", "", "What interviewers assess"), attributes(panel));
    const details = el("details", "restructured");
    add(details, el("summary", "", "Restructured in STAR order"), el("div", "pre", panel.restructured));
    add(body, details);
  }

  function capitalised(text) {
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : "";
  }

  function show(section, state, draw) {
    const body = section.querySelector(".analysis-body");
    body.replaceChildren();
    draw(body);
    section.setAttribute("data-state", state);
    section.setAttribute("data-rendered", String(Number(section.getAttribute("data-rendered") || 0) + 1));
    section.querySelector(".analysis-status").textContent = "";
  }

  function errorText(error) {
    if (error.fields) return Object.values(error.fields).join(" ");
    return (capitalised(error.message) + " " + (error.hint || "")).trim();
  }

  function collect(form) {
    const lists = (form.getAttribute("data-lists") || "").split(" ").filter(Boolean);
    const data = {};
    lists.forEach(function (name) { data[name] = []; });
    new FormData(form).forEach(function (value, name) {
      if (name === "mode" || typeof value !== "string") return;
      if (lists.includes(name)) data[name].push(value);
      else data[name] = value;
    });
    return data;
  }

  function isBlank(form, data) {
    const needs = (form.getAttribute("data-needs") || "").split(" ").filter(Boolean);
    return needs.every(function (name) { return !(data[name] || "").trim(); });
  }

  function start(form, section) {
    const url = form.getAttribute("data-analyze");
    const empty = section.querySelector(".analysis-empty");
    const emptyText = empty ? empty.textContent : "Write your answer; the analysis follows as you type.";
    let timer = null;
    let controller = null;
    let sequence = 0;

    function run() {
      const data = collect(form);
      if (controller) controller.abort();
      if (isBlank(form, data)) {
        show(section, "empty", function (body) { add(body, el("p", "muted analysis-empty", emptyText)); });
        return;
      }
      const mine = ++sequence;
      controller = new AbortController();
      section.setAttribute("data-state", "busy");
      section.querySelector(".analysis-status").textContent = "· reading…";
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(data),
        signal: controller.signal,
      })
        .then(function (response) { return response.json(); })
        .then(function (reply) {
          if (mine !== sequence) return;
          if (reply.ok) show(section, "ready", function (body) { drawPanel(body, reply.panel); });
          else show(section, "error", function (body) {
            add(body, el("p", "error analysis-error", errorText(reply.error)));
          });
        })
        .catch(function (error) {
          if (error.name === "AbortError" || mine !== sequence) return;
          show(section, "error", function (body) {
            add(body, el("p", "error analysis-error", "Could not reach roundtwo to analyse the text; use Check."));
          });
        });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, DELAY_MS);
    }

    form.addEventListener("input", schedule);
    form.addEventListener("change", schedule);
  }

  document.addEventListener("DOMContentLoaded", function () {
    const form = document.querySelector("form[data-analyze]");
    const section = document.getElementById("analysis");
    if (form && section) start(form, section);
  });
})();
