// The phone page of CDO Workshop's room server. No inline script (the CSP forbids it), no
// innerHTML (names and titles are text, never markup), no ids made up here: the server
// gives each device its id as an HttpOnly cookie.
"use strict";

(function () {
  const POLL_MS = 3000;
  let state = null;
  let shape = "";
  const chosen = {}; // question id -> the value this page sent last (only this device's)

  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "text") node.textContent = value;
      else if (key === "onclick") node.addEventListener("click", value);
      else if (value === true) node.setAttribute(key, "");
      else if (value !== false && value !== null && value !== undefined) node.setAttribute(key, String(value));
    }
    for (const child of children) if (child) node.append(child);
    return node;
  }

  function say(text) {
    $("problem").textContent = "";
    $("status").textContent = text;
  }

  function complain(text) {
    $("status").textContent = "";
    $("problem").textContent = text;
  }

  async function call(path, body) {
    const options = body === undefined
      ? { credentials: "same-origin", cache: "no-store" }
      : {
          method: "POST",
          credentials: "same-origin",
          cache: "no-store",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        };
    const response = await fetch(path, options);
    let data = {};
    try {
      data = await response.json();
    } catch (e) {
      data = {};
    }
    return { ok: response.ok, status: response.status, data: data };
  }

  async function refresh() {
    let answer;
    try {
      answer = await call("api/state");
    } catch (e) {
      if (state) complain(state.texts.offline);
      return;
    }
    if (!answer.ok) {
      complain(answer.data.error || "");
      return;
    }
    state = answer.data;
    document.documentElement.lang = state.lang;
    const next = JSON.stringify([state.me, state.people, state.questions.map((q) => [q.id, q.open, q.title, q.max_level])]);
    if (next !== shape) {
      shape = next;
      render();
    }
  }

  function render() {
    const t = state.texts;
    $("heading").textContent = t.title;
    document.title = t.title;
    const content = $("content");
    content.replaceChildren();
    if (!state.me) {
      $("who").hidden = true;
      content.append(namePicker(t));
      return;
    }
    $("who").hidden = false;
    // One pass with functions: a name holding "$&" or "{group}" stays as typed.
    const fill = { name: state.me.name, group: state.me.group };
    $("who").textContent = t.you_are.replace(/\{(name|group)\}/g, (_m, key) => fill[key]);
    const open = state.questions.filter((q) => q.open);
    if (!state.accepting || open.length === 0) {
      content.append(el("p", { text: state.accepting ? t.no_question : t.closed }));
      return;
    }
    for (const question of open) {
      content.append(question.kind === "area" ? areaQuestion(question, t) : scaleQuestion(question, t));
    }
  }

  function namePicker(t) {
    const box = el("fieldset", { id: "names" }, el("legend", { text: t.pick_name }));
    box.append(el("p", { class: "hint", text: t.pick_hint }));
    const list = el("div", { class: "choices" });
    for (const person of state.people) {
      const label = person.taken ? `${person.name} (${t.taken})` : person.name;
      list.append(
        el("button", {
          type: "button",
          class: "person",
          "data-id": person.id,
          disabled: person.taken,
          "aria-label": `${label}, ${person.group}`,
          onclick: () => claim(person.id),
        }, el("span", { class: "name", text: label }), el("span", { class: "meaning", text: person.group }))
      );
    }
    box.append(list);
    return box;
  }

  async function claim(id) {
    try {
      const answer = await call("api/claim", { participant: id });
      if (!answer.ok) complain(answer.data.error || "");
      else say("");
    } catch (e) {
      complain(state.texts.offline);
    }
    shape = "";
    await refresh();
  }

  function areaQuestion(question, t) {
    const box = el("section", { class: "question", "data-question": question.id });
    const heading = el("h2", { text: question.title, id: `h-${question.id}` });
    box.append(heading);
    box.append(el("p", { class: "limit", text: question.limit }));
    const group = el("fieldset", {}, el("legend", { text: t.levels_legend }));
    const list = el("div", { class: "choices", role: "group", "aria-labelledby": `h-${question.id}` });
    for (const level of state.levels) {
      const above = level.level > question.max_level;
      const name = `${level.level} ${level.name}`;
      const button = el("button", {
        type: "button",
        class: "level",
        "data-level": level.level,
        "aria-pressed": chosen[question.id] === level.level ? "true" : "false",
        disabled: above,
        "aria-label": above ? `${name}, ${t.above_limit}` : name,
        onclick: () => vote(question.id, level.level, list),
      }, el("span", { class: "name", text: above ? `${name} – ${t.above_limit}` : name }),
        el("span", { class: "meaning", text: level.meaning }));
      list.append(button);
    }
    group.append(list);
    box.append(group);
    if (question.counted) box.append(el("p", { class: "counted", text: t.counted }));
    return box;
  }

  function scaleQuestion(question, t) {
    const box = el("section", { class: "question scale", "data-question": question.id });
    box.append(el("h2", { text: question.title }));
    const id = "position";
    const start = chosen[question.id] !== undefined ? chosen[question.id] : 50;
    const output = el("output", { for: id, id: "position-value", text: String(start) });
    const input = el("input", {
      type: "range", id: id, min: 0, max: 100, step: 5, value: start,
      "aria-valuetext": `${start}`,
    });
    input.addEventListener("input", () => {
      output.textContent = input.value;
      input.setAttribute("aria-valuetext", input.value);
    });
    box.append(el("label", { for: id, text: t.expectation_label }), output, input);
    box.append(el("div", { class: "ends", "aria-hidden": "true" },
      el("span", { text: t.scale_low }), el("span", { text: t.scale_high })));
    box.append(el("button", {
      type: "button", class: "send", id: "send-position", text: t.send,
      onclick: () => vote(question.id, Number(input.value), null),
    }));
    if (question.counted) box.append(el("p", { class: "counted", text: t.counted }));
    return box;
  }

  async function vote(questionId, value, list) {
    say(state.texts.sending);
    let answer;
    try {
      answer = await call("api/vote", { question: questionId, value: value });
    } catch (e) {
      complain(state.texts.offline);
      return;
    }
    if (!answer.ok) {
      complain(answer.data.error || "");
      return;
    }
    chosen[questionId] = value;
    if (list) {
      for (const button of list.querySelectorAll("button")) {
        button.setAttribute("aria-pressed", Number(button.dataset.level) === value ? "true" : "false");
      }
    }
    say(answer.data.message);
  }

  document.addEventListener("DOMContentLoaded", () => {
    refresh();
    setInterval(refresh, POLL_MS);
  });
})();
