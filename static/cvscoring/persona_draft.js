/* cvscoring: "Start from a job ad" on the persona editor. Sends the advert (a dropped or chosen file, or
 * pasted text) to POST /api/v1/personas/draft and hands the unsaved draft to the editor (app.js) through a
 * "persona:draft" event; nothing is saved until the recruiter presses Save persona. Server text is put on
 * the page with textContent only. */
"use strict";

(function () {
  const DRAFT_URL = "/api/v1/personas/draft";

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  function setText(node, text) {
    node.textContent = text || "";
    node.hidden = !text;
  }

  async function requestDraft(body, isJson) {
    const headers = { Accept: "application/json", "X-CSRFToken": csrfToken() };
    if (isJson) headers["Content-Type"] = "application/json";
    const response = await fetch(DRAFT_URL, {
      method: "POST",
      headers,
      credentials: "same-origin",
      body: isJson ? JSON.stringify(body) : body,
    });
    const type = response.headers.get("Content-Type") || "";
    const data = type.includes("json") ? await response.json() : null;
    return { ok: response.ok, status: response.status, data };
  }

  function errorText(result) {
    const error = result.data && result.data.error;
    if (error && error.fields && error.fields.text) return "Paste the advert's text first.";
    if (error && error.message) return error.message;
    return "The draft could not be made (HTTP " + result.status + ").";
  }

  function showLeftOut(items) {
    const box = document.getElementById("draft-left-out");
    const list = document.getElementById("draft-left-out-list");
    list.replaceChildren();
    for (const item of items || []) {
      const entry = document.createElement("li");
      const quote = document.createElement("q");
      quote.textContent = item.text;
      entry.append(quote, " — " + item.reason);
      list.append(entry);
    }
    box.hidden = !list.children.length;
  }

  async function draft(body, isJson) {
    const status = document.getElementById("draft-status");
    const errorBox = document.getElementById("draft-error");
    const button = document.getElementById("draft-button");
    setText(errorBox, "");
    status.textContent = "Reading the job ad…";
    button.disabled = true;
    let result;
    try {
      result = await requestDraft(body, isJson);
    } catch (error) {
      result = { ok: false, status: 0, data: null };
    }
    button.disabled = false;
    if (!result.ok) {
      status.textContent = "";
      showLeftOut([]);
      setText(errorBox, errorText(result));
      return;
    }
    showLeftOut(result.data.left_out);
    document.dispatchEvent(new CustomEvent("persona:draft", { detail: result.data }));
    status.textContent = "Draft ready with " + result.data.criteria.length + " criteria: review it below, then save.";
    document.getElementById("p-name").focus();
  }

  function sendFile(file) {
    const body = new FormData();
    body.append("file", file);
    draft(body, false);
  }

  function init() {
    const section = document.getElementById("draft-from-ad");
    if (!section) return;
    const zone = document.getElementById("advert-dropzone");
    const input = document.getElementById("advert-file");
    input.addEventListener("change", () => {
      if (input.files.length) sendFile(input.files[0]);
      input.value = "";
    });
    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.classList.add("is-over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("is-over"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("is-over");
      const files = event.dataTransfer ? event.dataTransfer.files : [];
      if (files.length) sendFile(files[0]);
    });
    document.getElementById("draft-button").addEventListener("click", () => {
      draft({ text: document.getElementById("advert-text").value }, true);
    });
    // Until now a dropped file would have been opened by the browser instead: say when drops are taken.
    section.dataset.ready = "true";
  }

  document.addEventListener("DOMContentLoaded", init);
})();
