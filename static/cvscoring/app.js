/* cvscoring: the recruiter's pages, driven by the same JSON API as every other client (session + CSRF).
 * Every value that came from the server (CV filenames, evidence quotes, persona text) is put on the page
 * with textContent or an attribute, never parsed as HTML. */
"use strict";

(function () {
  const API = "/api/v1";
  // The API's `status` is one of queued/processing/completed/failed; `state` says more (cancelled, waiting_for_batch).
  const TERMINAL = new Set(["completed", "failed", "cancelled"]);
  const RECOMMENDATIONS = { strong_yes: "Strong yes", yes: "Yes", maybe: "Maybe", no: "No" };
  const FLAGS = {
    hidden_text: "Hidden text",
    prompt_injection: "Prompt injection",
    llm_reported_injection: "Injection reported by the model",
    keyword_stuffing: "Keyword stuffing",
    unverified_evidence: "Unverified evidence",
    required_unmet: "Required criterion unmet",
    required_weak: "Required criterion only partly met",
    missing_criteria: "Criteria missing from the answer",
  };
  const STATUS_LABELS = {
    queued: "Queued",
    processing: "Processing",
    completed: "Completed",
    failed: "Failed",
    cancelled: "Cancelled",
    waiting_for_batch: "Waiting for batch",
  };

  /** The finest state the API gives: `state` when present, else `status`. */
  function stateOf(job) {
    return job.state || job.status;
  }

  // --- Small helpers ---------------------------------------------------------------------------------

  /** Build an element; children are nodes or strings (strings become text nodes, never HTML). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "className") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function csrfToken() {
    const meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.getAttribute("content") : "";
  }

  /** Call the API with the session cookie; resolves to {status, ok, headers, data} (data: parsed JSON or null). */
  async function api(path, options = {}) {
    const headers = Object.assign({ Accept: "application/json" }, options.headers || {});
    const init = { method: options.method || "GET", headers, credentials: "same-origin" };
    if (init.method !== "GET") headers["X-CSRFToken"] = csrfToken();
    if (options.json !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(options.json);
    }
    const response = await fetch(path, init);
    let data = null;
    const type = response.headers.get("Content-Type") || "";
    if (response.status !== 204 && response.status !== 304 && type.includes("json")) {
      data = await response.json();
    }
    return { status: response.status, ok: response.ok, headers: response.headers, data };
  }

  /** The human message of an API error body ({"error": {"code", "message", ...}}). */
  function errorMessage(result, fallback) {
    const error = result && result.data && result.data.error;
    if (error && error.message) return error.message;
    if (result && result.status === 401) return "Your session has ended: log in again.";
    return fallback || "Something went wrong (HTTP " + (result ? result.status : "?") + ").";
  }

  /** Seconds to wait from a Retry-After header (seconds or an HTTP date), else the fallback. */
  function retryAfterSeconds(headers, fallback) {
    const value = headers && headers.get("Retry-After");
    if (!value) return fallback;
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return Math.max(1, seconds);
    const date = Date.parse(value);
    return Number.isFinite(date) ? Math.max(1, (date - Date.now()) / 1000) : fallback;
  }

  function formatBytes(bytes) {
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1024 * 1024) return (bytes / 1024).toFixed(0) + " KB";
    return (bytes / (1024 * 1024)).toFixed(1) + " MB";
  }

  function formatDate(iso) {
    if (!iso) return "";
    return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
  }

  function show(node, visible) {
    node.hidden = !visible;
  }

  function setMessage(node, text) {
    node.textContent = text || "";
    show(node, Boolean(text));
  }

  function statusBadge(status) {
    return el("span", { className: "status status-" + status, text: STATUS_LABELS[status] || status });
  }

  function percent(progress) {
    const total = progress && progress.total ? progress.total : 0;
    return total ? Math.round((100 * progress.processed) / total) : 0;
  }

  function progressBar(progress, extraClass) {
    const value = percent(progress);
    const bar = el("div", {
      className: "progress " + (extraClass || ""),
      role: "progressbar",
      "aria-valuemin": 0,
      "aria-valuemax": 100,
      "aria-valuenow": value,
      "aria-label": progress.processed + " of " + progress.total + " CVs processed",
    });
    const fill = el("div", { className: "progress-fill" });
    fill.style.width = value + "%";
    bar.append(fill);
    return bar;
  }

  async function loadAllPersonas() {
    const personas = [];
    let url = API + "/personas/?limit=100";
    while (url) {
      const result = await api(url);
      if (!result.ok) throw new Error(errorMessage(result, "Could not load your personas."));
      personas.push(...result.data.results);
      url = result.data.next;
    }
    return personas;
  }

  // --- Home: persona picker, batch upload, the caller's jobs ----------------------------------------

  function initHome() {
    const form = document.getElementById("upload-form");
    const select = document.getElementById("persona-select");
    const maxFiles = Number(form.dataset.maxFiles);
    const maxBytes = Number(form.dataset.maxBytes);
    const state = { personas: new Map(), files: [] };

    loadAllPersonas()
      .then((personas) => {
        personas.forEach((persona) => state.personas.set(persona.id, persona));
        fillPersonaSelect(select, personas);
        renderPersonaSummary(state, select.value);
        updateUploadButton(state, select);
        loadJobs(state, API + "/jobs/my-jobs?limit=20&offset=0", false);
      })
      .catch((error) => {
        select.replaceChildren(el("option", { value: "", text: "Could not load personas" }));
        setMessage(document.getElementById("upload-error"), error.message);
        loadJobs(state, API + "/jobs/my-jobs?limit=20&offset=0", false);
      });

    select.addEventListener("change", () => {
      renderPersonaSummary(state, select.value);
      updateUploadButton(state, select);
      if (select.value) window.localStorage.setItem("cvscoring.persona", select.value);
    });
    setUpDropzone(state, select, maxFiles, maxBytes);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      uploadBatch(state, select);
    });
    document.getElementById("jobs-more").addEventListener("click", (event) => {
      loadJobs(state, event.currentTarget.dataset.next, true);
    });
  }

  function fillPersonaSelect(select, personas) {
    const wanted = new URLSearchParams(window.location.search).get("persona") ||
      window.localStorage.getItem("cvscoring.persona");
    const options = [el("option", { value: "", text: personas.length ? "Choose a persona…" : "No persona yet: create one" })];
    for (const persona of personas) {
      options.push(el("option", { value: persona.id, text: persona.name + " — " + persona.role_title }));
    }
    select.replaceChildren(...options);
    if (personas.some((persona) => persona.id === wanted)) select.value = wanted;
    else if (personas.length === 1) select.value = personas[0].id;
  }

  function renderPersonaSummary(state, personaId) {
    const box = document.getElementById("persona-summary");
    const link = document.getElementById("persona-edit-link");
    const persona = state.personas.get(personaId);
    show(box, Boolean(persona));
    show(link, Boolean(persona));
    if (!persona) return;
    link.href = "/personas/" + encodeURIComponent(persona.id) + "/";
    link.setAttribute("aria-label", "Edit persona " + persona.name);
    const chips = persona.criteria.map((criterion) =>
      el(
        "li",
        { className: "chip" + (criterion.required ? " chip-required" : "") },
        criterion.name + " ×" + criterion.weight + (criterion.required ? " · required" : "")
      )
    );
    const years = persona.min_years_experience ? " · " + persona.min_years_experience + "+ years" : "";
    box.replaceChildren(
      el("div", {}, el("strong", { text: persona.role_title }), years, persona.blind ? " · blind scoring" : ""),
      el("ul", { className: "chips", "aria-label": "Criteria" }, chips)
    );
  }

  function setUpDropzone(state, select, maxFiles, maxBytes) {
    const zone = document.getElementById("dropzone");
    const input = document.getElementById("file-input");
    const add = (fileList) => {
      for (const file of fileList) {
        const duplicate = state.files.some((f) => f.name === file.name && f.size === file.size);
        if (!duplicate) state.files.push(file);
      }
      renderFileList(state, select, maxFiles, maxBytes);
    };
    input.addEventListener("change", () => {
      add(input.files);
      input.value = "";
    });
    ["dragenter", "dragover"].forEach((name) =>
      zone.addEventListener(name, (event) => {
        event.preventDefault();
        zone.classList.add("is-over");
      })
    );
    ["dragleave", "dragend"].forEach((name) => zone.addEventListener(name, () => zone.classList.remove("is-over")));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("is-over");
      if (event.dataTransfer) add(event.dataTransfer.files);
    });
  }

  function renderFileList(state, select, maxFiles, maxBytes) {
    const list = document.getElementById("file-list");
    list.replaceChildren(
      ...state.files.map((file, index) => {
        const tooBig = file.size > maxBytes;
        const remove = el("button", {
          type: "button",
          className: "btn btn-quiet btn-small",
          "aria-label": "Remove " + file.name,
          text: "Remove",
        });
        remove.addEventListener("click", () => {
          state.files.splice(index, 1);
          renderFileList(state, select, maxFiles, maxBytes);
          document.getElementById("file-input").focus();
        });
        return el(
          "li",
          {},
          el("span", { className: "name", text: file.name }),
          el("span", { className: "size", text: formatBytes(file.size) }),
          tooBig ? el("span", { className: "badge rec-no", text: "too large" }) : null,
          remove
        );
      })
    );
    const tooMany = state.files.length > maxFiles;
    setMessage(
      document.getElementById("upload-error"),
      tooMany ? "A batch holds at most " + maxFiles + " files; remove " + (state.files.length - maxFiles) + "." : ""
    );
    updateUploadButton(state, select);
  }

  function updateUploadButton(state, select) {
    const button = document.getElementById("upload-button");
    const count = state.files.length;
    button.disabled = !select.value || count === 0;
    button.textContent = count ? "Score " + count + " CV" + (count === 1 ? "" : "s") : "Score CVs";
  }

  /** POST the batch with XMLHttpRequest (fetch cannot report upload progress), then open the job page. */
  function uploadBatch(state, select) {
    const button = document.getElementById("upload-button");
    const progress = document.getElementById("upload-progress");
    const errorBox = document.getElementById("upload-error");
    if (!select.value || !state.files.length) return;
    const body = new FormData();
    body.append("persona_id", select.value);
    state.files.forEach((file) => body.append("files", file, file.name));
    const request = new XMLHttpRequest();
    request.open("POST", API + "/candidate/upload-batch");
    request.setRequestHeader("X-CSRFToken", csrfToken());
    request.setRequestHeader("Accept", "application/json");
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) progress.textContent = "Uploading… " + Math.round((100 * event.loaded) / event.total) + "%";
    });
    request.addEventListener("load", () => {
      const data = request.response;
      if (request.status === 202 && data && data.job_id) {
        progress.textContent = "Accepted. Opening the job…";
        window.location.assign("/jobs/" + encodeURIComponent(data.job_id) + "/");
        return;
      }
      button.disabled = false;
      progress.textContent = "";
      showUploadError(errorBox, { status: request.status, data });
    });
    request.addEventListener("error", () => {
      button.disabled = false;
      progress.textContent = "";
      setMessage(errorBox, "The upload did not reach the server. Check your connection and try again.");
    });
    button.disabled = true;
    setMessage(errorBox, "");
    progress.textContent = "Uploading…";
    request.send(body);
  }

  function showUploadError(box, result) {
    const error = result.data && result.data.error;
    const items = ((error && error.files) || []).map((problem) =>
      el("li", {}, el("strong", { text: problem.filename }), ": " + problem.message)
    );
    box.replaceChildren(el("span", { text: errorMessage(result, "The upload was refused.") }));
    if (items.length) box.append(el("ul", {}, items));
    show(box, true);
  }

  function loadJobs(state, url, append) {
    api(url).then((result) => {
      const errorBox = document.getElementById("jobs-error");
      if (!result.ok) {
        setMessage(errorBox, errorMessage(result, "Could not load your jobs."));
        return;
      }
      setMessage(errorBox, "");
      renderJobs(state, result.data, append);
      scheduleJobsRefresh(state, result.data.results, append);
    });
  }

  function renderJobs(state, page, append) {
    const body = document.getElementById("jobs-body");
    const rows = page.results.map((job) => jobRow(state, job));
    if (append) body.append(...rows);
    else body.replaceChildren(...rows);
    show(document.getElementById("jobs-table"), body.children.length > 0);
    show(document.getElementById("jobs-empty"), body.children.length === 0);
    const more = document.getElementById("jobs-more");
    show(more, Boolean(page.next));
    if (page.next) more.dataset.next = page.next;
  }

  function jobRow(state, job) {
    const persona = state.personas.get(job.persona_id);
    const personaName = persona ? persona.name : job.persona_id ? "Persona" : "Deleted persona";
    const href = "/jobs/" + encodeURIComponent(job.job_id) + "/";
    const progress = job.progress;
    return el(
      "tr",
      {},
      el("td", { "data-label": "Created" }, el("a", { href, text: formatDate(job.created_at) })),
      el("td", { "data-label": "Persona", text: personaName }),
      el("td", { "data-label": "Status" }, statusBadge(stateOf(job))),
      el(
        "td",
        { "data-label": "Progress", className: "mini-progress" },
        el(
          "div",
          { className: "mini-progress-inner" },
          progressBar(progress, "small" + (job.status === "completed" ? " is-done" : "")),
          el("span", { className: "small muted", text: progress.processed + "/" + progress.total })
        )
      ),
      el("td", { "data-label": "Scored", className: "num", text: progress.scored }),
      el("td", { "data-label": "Failed", className: "num", text: progress.failed }),
      el("td", {}, el("a", { href, text: "Open", "aria-label": "Open job of " + formatDate(job.created_at) }))
    );
  }

  /** While a job on the first page is still running, refresh the list (only the first page is refreshed). */
  function scheduleJobsRefresh(state, jobs, append) {
    if (append) return;
    window.clearTimeout(state.jobsTimer);
    const running = jobs.some((job) => !TERMINAL.has(job.status));
    document.getElementById("jobs-refresh").textContent = running ? "Updating while jobs run…" : "";
    if (running) {
      state.jobsTimer = window.setTimeout(() => loadJobs(state, API + "/jobs/my-jobs?limit=20&offset=0", false), 4000);
    }
  }

  // --- Persona editor: criteria rows with weights and required flags -------------------------------

  function initPersona() {
    const form = document.getElementById("persona-form");
    const personaId = form.dataset.personaId;
    const state = { rows: 0 };
    document.getElementById("add-criterion").addEventListener("click", () => {
      const row = addCriterionRow(state, {});
      row.querySelector('input[name="c-name"]').focus();
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      savePersona(form, personaId);
    });
    const remove = document.getElementById("delete-persona");
    if (remove) remove.addEventListener("click", () => deletePersona(personaId));
    // persona_draft.js drafts a persona from a job ad; the draft fills this form, to review, then save.
    document.addEventListener("persona:draft", (event) => fillPersonaForm(form, state, event.detail));
    if (!personaId) {
      addCriterionRow(state, { weight: 1 });
      return;
    }
    api(API + "/personas/" + encodeURIComponent(personaId) + "/").then((result) => {
      if (!result.ok) {
        setMessage(document.getElementById("persona-error"), errorMessage(result, "Could not load the persona."));
        return;
      }
      fillPersonaForm(form, state, result.data);
    });
  }

  function fillPersonaForm(form, state, persona) {
    form.elements.name.value = persona.name;
    form.elements.role_title.value = persona.role_title;
    form.elements.description.value = persona.description || "";
    form.elements.min_years_experience.value = persona.min_years_experience;
    form.elements.blind.checked = Boolean(persona.blind);
    document.getElementById("criteria-list").replaceChildren();
    (persona.criteria.length ? persona.criteria : [{ weight: 1 }]).forEach((criterion) => addCriterionRow(state, criterion));
  }

  function addCriterionRow(state, criterion) {
    const list = document.getElementById("criteria-list");
    const row = document.getElementById("criterion-template").content.firstElementChild.cloneNode(true);
    state.rows += 1;
    for (const input of row.querySelectorAll("input")) {
      const id = input.name + "-" + state.rows;
      input.id = id;
      input.closest(".field").querySelector("label").htmlFor = id;
    }
    row.querySelector('[name="c-name"]').value = criterion.name || "";
    row.querySelector('[name="c-description"]').value = criterion.description || "";
    row.querySelector('[name="c-weight"]').value = criterion.weight === undefined ? 1 : criterion.weight;
    row.querySelector('[name="c-required"]').checked = Boolean(criterion.required);
    row.querySelector(".remove-criterion").addEventListener("click", () => removeCriterionRow(row));
    list.append(row);
    labelCriterionRows();
    return row;
  }

  function removeCriterionRow(row) {
    const list = document.getElementById("criteria-list");
    if (list.children.length === 1) {
      setMessage(document.querySelector('[data-error-for="criteria"]'), "A persona needs at least one criterion.");
      return;
    }
    const next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    labelCriterionRows();
    next.querySelector(".remove-criterion").focus();
  }

  /** Number each row's labels and remove button for screen readers: "Weight of criterion 2". */
  function labelCriterionRows() {
    document.querySelectorAll("#criteria-list .criterion-row").forEach((row, index) => {
      const number = index + 1;
      row.querySelector(".remove-criterion").setAttribute("aria-label", "Remove criterion " + number);
      row.querySelectorAll(".row-number").forEach((span) => (span.textContent = " of criterion " + number));
    });
  }

  function personaPayload(form) {
    const criteria = Array.from(document.querySelectorAll("#criteria-list .criterion-row")).map((row) => ({
      name: row.querySelector('[name="c-name"]').value.trim(),
      description: row.querySelector('[name="c-description"]').value.trim(),
      weight: Number(row.querySelector('[name="c-weight"]').value || 1),
      required: row.querySelector('[name="c-required"]').checked,
    }));
    return {
      name: form.elements.name.value.trim(),
      role_title: form.elements.role_title.value.trim(),
      description: form.elements.description.value.trim(),
      min_years_experience: Number(form.elements.min_years_experience.value || 0),
      blind: form.elements.blind.checked,
      criteria,
    };
  }

  async function savePersona(form, personaId) {
    const button = document.getElementById("save-persona");
    const errorBox = document.getElementById("persona-error");
    clearFieldErrors(form);
    setMessage(errorBox, "");
    button.disabled = true;
    const url = personaId ? API + "/personas/" + encodeURIComponent(personaId) + "/" : API + "/personas/";
    let result;
    try {
      result = await api(url, { method: personaId ? "PUT" : "POST", json: personaPayload(form) });
    } catch (error) {
      result = { status: 0, data: null };
    }
    button.disabled = false;
    if (result.ok) {
      window.location.assign("/?persona=" + encodeURIComponent(result.data.id));
      return;
    }
    setMessage(errorBox, errorMessage(result, "The persona could not be saved."));
    showFieldErrors(form, (result.data && result.data.error && result.data.error.fields) || {});
    errorBox.focus();
  }

  function clearFieldErrors(form) {
    form.querySelectorAll("[data-error-for]").forEach((node) => (node.textContent = ""));
    form.querySelectorAll('[aria-invalid="true"]').forEach((node) => node.removeAttribute("aria-invalid"));
  }

  function showFieldErrors(form, fields) {
    for (const [name, problems] of Object.entries(fields)) {
      const target = form.querySelector('[data-error-for="' + CSS.escape(name) + '"]');
      const messages = (Array.isArray(problems) ? problems : [problems]).map((p) => (p && p.message) || String(p));
      if (target) target.textContent = messages.join(" ");
      const input = form.elements[name];
      if (input && input.setAttribute) input.setAttribute("aria-invalid", "true");
    }
  }

  async function deletePersona(personaId) {
    if (!window.confirm("Delete this persona? Jobs already scored with it keep their results.")) return;
    const result = await api(API + "/personas/" + encodeURIComponent(personaId) + "/", { method: "DELETE" });
    if (result.ok) window.location.assign("/");
    else setMessage(document.getElementById("persona-error"), errorMessage(result, "The persona could not be deleted."));
  }

  // --- Job page: live progress, then the ranked shortlist -------------------------------------------

  function initJob() {
    const root = document.getElementById("job");
    const job = {
      statusUrl: root.dataset.statusUrl,
      etag: null,
      rendered: null,
      timer: null,
      failures: 0,
      expanded: new Set(),
    };
    document.getElementById("ranking-body").addEventListener("click", (event) => {
      const toggle = event.target.closest("button.toggle");
      if (toggle) toggleDetails(job, toggle);
    });
    document.getElementById("cancel-job").addEventListener("click", () => {
      if (window.confirm("Cancel this job? CVs already scored keep their scores.")) jobAction(job, root.dataset.cancelUrl);
    });
    document.getElementById("retry-job").addEventListener("click", () => jobAction(job, root.dataset.retryUrl));
    window.addEventListener("resize", fitRanking);
    pollJob(job);
  }

  /** Poll the status until the job ends; honour Retry-After and use the ETag so an unchanged job costs nothing. */
  async function pollJob(job) {
    window.clearTimeout(job.timer);
    const pollError = document.getElementById("poll-error");
    let delay = 2;
    try {
      const headers = job.etag ? { "If-None-Match": job.etag } : {};
      const result = await api(job.statusUrl, { headers });
      delay = retryAfterSeconds(result.headers, 2);
      if (result.status === 200) {
        job.etag = result.headers.get("ETag");
        job.failures = 0;
        setMessage(pollError, "");
        renderJob(job, result.data);
        if (TERMINAL.has(result.data.status)) return;
      } else if (result.status !== 304) {
        if ([401, 403, 404].includes(result.status)) {
          setMessage(document.getElementById("job-error"), errorMessage(result));
          return;
        }
        job.failures += 1;
        setMessage(pollError, errorMessage(result) + " Retrying in " + Math.round(delay) + " s.");
      }
    } catch (error) {
      job.failures += 1;
      delay = Math.min(30, 2 ** job.failures);
      setMessage(pollError, "Lost contact with the server; retrying in " + delay + " s.");
    }
    job.timer = window.setTimeout(() => pollJob(job), delay * 1000);
  }

  async function jobAction(job, url) {
    const result = await api(url, { method: "POST" });
    if (!result.ok) {
      setMessage(document.getElementById("job-error"), errorMessage(result));
      return;
    }
    setMessage(document.getElementById("job-error"), "");
    // A retry says how many CVs it re-queued and which failures it left (a retry cannot fix those).
    setMessage(document.getElementById("notice"), (result.data.retry && result.data.retry.message) || "");
    job.etag = null;
    renderJob(job, result.data);
    if (!TERMINAL.has(result.data.status)) job.timer = window.setTimeout(() => pollJob(job), 1000);
  }

  function renderJob(job, data) {
    renderProgress(data);
    const result = data.result || { scores: [], summary: {} };
    const snapshot = JSON.stringify(result.scores);
    const notice = result.summary && result.summary.notice;
    if (notice) setMessage(document.getElementById("notice"), notice);
    const failed = result.scores.filter((entry) => entry.status !== "scored");
    // Only failures a retry could fix (a timeout, an LLM outage) count: never an encrypted file or a scan.
    const retryable = failed.filter((entry) => entry.status === "cancelled" || (entry.error && entry.error.retryable));
    const retryButton = document.getElementById("retry-job");
    retryButton.title = retryable.length + " of " + failed.length + " failed CVs can be retried; the rest a retry cannot fix.";
    show(document.getElementById("cancel-job"), !TERMINAL.has(data.status));
    show(retryButton, TERMINAL.has(data.status) && retryable.length > 0);
    if (snapshot === job.rendered) return;
    job.rendered = snapshot;
    renderRanking(job, result.scores.filter((entry) => entry.status === "scored"), data.status);
    renderFailures(failed);
  }

  function renderProgress(data) {
    const progress = data.progress;
    const bar = document.getElementById("progress-bar");
    const value = percent(progress);
    bar.setAttribute("aria-valuenow", String(value));
    bar.setAttribute("aria-valuetext", progress.processed + " of " + progress.total + " CVs processed");
    bar.querySelector(".progress-fill").style.width = value + "%";
    bar.classList.toggle("is-done", data.status === "completed");
    bar.classList.toggle("is-failed", data.status === "failed");
    const badge = document.getElementById("job-status");
    badge.className = "status status-" + stateOf(data);
    badge.textContent = STATUS_LABELS[stateOf(data)] || stateOf(data);
    const counts = progress.scored + " scored · " + progress.failed + " failed";
    const lead = {
      queued: "Waiting for a worker",
      processing: "Scoring",
      completed: "Done",
      failed: "The job failed",
      cancelled: "Cancelled",
      waiting_for_batch: "Waiting for the Message Batch",
    }[stateOf(data)];
    document.getElementById("progress-text").textContent =
      lead + ": " + progress.processed + " of " + progress.total + " CVs processed · " + counts + ".";
    const error = data.error && data.error.code !== "cancelled" ? data.error.message : "";
    setMessage(document.getElementById("job-error"), error);
  }

  /** The ranked table: one compact row per scored CV, its details in a row below, shown on demand. */
  function renderRanking(job, entries, status) {
    const body = document.getElementById("ranking-body");
    body.replaceChildren(...entries.flatMap((entry) => candidateRows(entry, job.expanded.has(entry.cv_id))));
    const empty = document.getElementById("ranking-empty");
    empty.textContent = TERMINAL.has(status) ? "No CV could be scored." : "No CV has been scored yet.";
    show(empty, entries.length === 0);
    show(document.getElementById("ranking-wrap"), entries.length > 0);
    fitRanking();
  }

  /** Let the table scroll inside what is left of the first screen, so a long ranking never pushes the page. */
  function fitRanking() {
    const wrap = document.getElementById("ranking-wrap");
    const top = wrap.getBoundingClientRect().top + window.scrollY;
    const room = window.innerHeight - top - 24;
    wrap.style.maxHeight = Math.max(288, room) + "px";
  }

  function toggleDetails(job, toggle) {
    const details = document.getElementById(toggle.getAttribute("aria-controls"));
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    show(details, open);
    const cvId = toggle.closest("tr").dataset.cvId;
    if (open) job.expanded.add(cvId);
    else job.expanded.delete(cvId);
  }

  function cvLink(entry, label) {
    return el("a", {
      href: API + "/cvs/" + encodeURIComponent(entry.cv_id) + "/file",
      target: "_blank",
      rel: "noopener",
      text: label,
      "aria-label": label + ": " + entry.filename,
    });
  }

  function flagBadges(flags) {
    return (flags || []).map((flag) =>
      el("span", { className: "badge badge-flag", title: flag, text: "⚠ " + (FLAGS[flag] || flag.replace(/_/g, " ")) })
    );
  }

  /** Why each manipulation flag was raised, with the offending excerpt, so the recruiter can judge it. */
  function flagDetails(details) {
    if (!details || !details.length) return null;
    return el(
      "ul",
      { className: "flag-details", "aria-label": "Why this CV was flagged" },
      details.map((detail) =>
        el(
          "li",
          {},
          el("strong", { text: (FLAGS[detail.code] || detail.code) + ": " }),
          detail.reason,
          detail.excerpt ? el("q", { className: "flag-excerpt", text: detail.excerpt }) : null,
          detail.page ? el("span", { className: "muted", text: " (page " + detail.page + ")" }) : null
        )
      )
    );
  }

  function candidateRows(entry, open) {
    const recommendation = entry.recommendation || "";
    const extraBadges = [
      // Read from a scan or a photo: how sure OCR was of the words the score rests on.
      typeof entry.ocr_confidence === "number"
        ? el("span", {
            className: "badge badge-flag",
            title: "ocr_confidence",
            text: "Read by OCR (" + Math.round(entry.ocr_confidence) + "% confidence)",
          })
        : null,
      entry.reused ? el("span", { className: "badge", text: "Result reused from an earlier job" }) : null,
    ];
    const detailsId = "details-" + entry.cv_id;
    const row = el(
      "tr",
      { className: "candidate-row", dataset: { cvId: entry.cv_id } },
      el("td", { className: "num rank", text: entry.rank }),
      el(
        "td",
        { className: "candidate-name" },
        el("button", {
          type: "button",
          className: "toggle",
          "aria-expanded": String(open),
          "aria-controls": detailsId,
          title: "Show or hide the scores per criterion and the evidence",
          text: entry.filename,
        })
      ),
      el(
        "td",
        { className: "num score score-" + recommendation, "aria-label": "Score " + entry.score + " out of 100" },
        el("span", { className: "score-value", text: entry.score })
      ),
      el(
        "td",
        {},
        recommendation
          ? el("span", { className: "badge rec-" + recommendation, text: RECOMMENDATIONS[recommendation] || recommendation })
          : null
      ),
      el("td", { className: "flags" }, [...flagBadges(entry.flags), ...extraBadges]),
      el("td", { className: "summary", title: entry.summary || "", text: entry.summary || "" })
    );
    const details = el(
      "tr",
      { className: "candidate-details", id: detailsId, hidden: !open },
      el(
        "td",
        { colspan: "6" },
        flagDetails(entry.flag_details),
        el("ul", { className: "criteria-results", "aria-label": "Scores per criterion" }, (entry.criteria || []).map(criterionResult)),
        el(
          "div",
          { className: "candidate-links" },
          cvLink(entry, "Open CV"),
          el("span", { className: "muted", text: "Scored by " + (entry.scorer || "?") + (entry.model ? " (" + entry.model + ")" : "") })
        )
      )
    );
    return [row, details];
  }

  function criterionResult(criterion) {
    const score = Number(criterion.score) || 0;
    const fill = el("div", { className: "bar-fill" + (score >= 7 ? " high" : score <= 3 ? " low" : "") });
    fill.style.width = Math.min(100, score * 10) + "%";
    const meta = "weight " + criterion.weight + (criterion.required ? " · required" : "");
    const evidence = (criterion.evidence || []).map((quote) => el("li", {}, el("blockquote", { text: quote })));
    return el(
      "li",
      { className: "criterion-result" },
      el(
        "div",
        { className: "criterion-result-head" },
        el("span", {}, el("span", { className: "criterion-name", text: criterion.name }), el("span", { className: "criterion-meta", text: meta })),
        el("span", { className: "criterion-score", text: score + " / 10" })
      ),
      el(
        "div",
        { className: "bar", role: "img", "aria-label": criterion.name + ": " + score + " out of 10" },
        fill
      ),
      criterion.justification ? el("p", { className: "justification", text: criterion.justification }) : null,
      evidence.length ? el("ul", { className: "evidence", "aria-label": "Evidence from the CV" }, evidence) : null
    );
  }

  function renderFailures(entries) {
    const list = document.getElementById("failures");
    list.replaceChildren(
      ...entries.map((entry) => {
        const first = entry.duplicate_of;
        const error =
          entry.error ||
          (first
            ? { code: "duplicate", message: "The same file as " + first.filename + "; scored once, there." }
            : { code: entry.status, message: "" });
        return el(
          "li",
          { className: "failure" + (entry.status === "cancelled" ? " is-cancelled" : "") },
          el("span", { className: "name" }, entry.filename, " ", flagBadges(entry.flags)),
          el("span", { className: "badge badge-code", text: error.code }),
          el("span", { className: "reason" }, error.message, " ", entry.cv_id ? cvLink(entry, "Open CV") : null),
          flagDetails(entry.flag_details)
        );
      })
    );
    document.getElementById("failures-count").textContent = String(entries.length);
    show(document.getElementById("failures-section"), entries.length > 0);
  }

  // --- Start -------------------------------------------------------------------------------------------

  const pages = { home: initHome, persona: initPersona, job: initJob };
  document.addEventListener("DOMContentLoaded", () => {
    const init = pages[document.body.dataset.page];
    if (init) init();
  });
})();
