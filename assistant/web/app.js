// The chat page and the precedents view. Plain DOM, no framework. Document and answer text are hostile until proven
// otherwise: they only ever reach the page through textContent, never innerHTML.

const $ = (selector, root = document) => root.querySelector(selector);

const els = {
  messages: $("#messages"),
  welcome: $("#welcome"),
  form: $("#ask-form"),
  question: $("#question"),
  send: $("#send"),
  conversations: $("#conversations"),
  conversationsStatus: $("#conversations-status"),
  sidebar: $("#sidebar"),
  backdrop: $("#sidebar-backdrop"),
  menuButton: $("#menu-button"),
  filters: $("#filters"),
  filtersCount: $("#filters-count"),
  filterType: $("#filter-type"),
  filterSite: $("#filter-site"),
  filterYear: $("#filter-year"),
  filterYearError: $("#filter-year-error"),
  siteOptions: $("#site-options"),
  panel: $("#doc-panel"),
  docTitle: $("#doc-title"),
  docStatus: $("#doc-status"),
  docPassage: $("#doc-passage"),
  docMeta: $("#doc-meta"),
  docText: $("#doc-text"),
  template: $("#assistant-template"),
};

// `epoch` changes when the page switches conversation, so a late answer cannot claim the new one.
const state = { conversationId: null, busy: false, panelOpener: null, epoch: 0 };
const phone = window.matchMedia("(max-width: 768px)");
const documentCache = new Map();

const DOC_TYPES = { mission_sheet: "Fiche mission", article: "Article", action_sheet: "Fiche action", other: "Autre" };
const MARKER = /\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]/g;
const YEARS = /^\d{4}(\s*-\s*\d{4})?$/;
const MSG_UNREACHABLE = "Serveur injoignable : vérifiez que « renewal serve » est lancé, puis réessayez.";
const MSG_INTERRUPTED = "La connexion a été interrompue avant la fin de la réponse : réessayez.";

// -- small DOM helpers ----------------------------------------------------------------------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

function scrollToBottom() {
  els.messages.scrollTop = els.messages.scrollHeight;
}

// -- HTTP -----------------------------------------------------------------------------------

class HttpError extends Error {}
// A 401: the server wants the API key of the settings field (or refused the one stored there).
class AuthError extends HttpError {}

const KEY_STORAGE = "renewal.apiKey";

function storedKey() {
  try {
    return localStorage.getItem(KEY_STORAGE) || "";
  } catch {
    return ""; // storage disabled: the page still works without a key
  }
}

// This browser's owner token, sent with every request: the server lists, shows and continues only
// the conversations created with it. Made once and kept in localStorage (for the page's lifetime
// when storage is disabled).
const OWNER_STORAGE = "renewal.owner";
const OWNER_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;
let ownerToken = "";

function owner() {
  if (ownerToken) return ownerToken;
  try {
    ownerToken = localStorage.getItem(OWNER_STORAGE) || "";
  } catch {
    /* storage disabled: a token for this page only */
  }
  if (!OWNER_TOKEN.test(ownerToken)) {
    const bytes = crypto.getRandomValues(new Uint8Array(24));
    ownerToken = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    try {
      localStorage.setItem(OWNER_STORAGE, ownerToken);
    } catch {
      /* kept in memory only */
    }
  }
  return ownerToken;
}

async function errorDetail(response) {
  let detail = response.statusText;
  try {
    const body = await response.json();
    if (typeof body.detail === "string") detail = body.detail;
    else if (Array.isArray(body.detail)) detail = body.detail.map((d) => d.msg).join(" ; ");
  } catch {
    /* not JSON: keep the status text */
  }
  return `Erreur ${response.status}${detail ? " : " + detail : ""}`;
}

async function request(path, options = {}) {
  const headers = new Headers(options.headers || {});
  const key = storedKey();
  if (key) headers.set("Authorization", `Bearer ${key}`);
  headers.set("X-Renewal-Owner", owner());
  let response;
  try {
    response = await fetch(path, { ...options, headers });
  } catch {
    throw new HttpError(MSG_UNREACHABLE);
  }
  if (response.status === 401) {
    const hint = key
      ? "La clé d'API enregistrée a été refusée : corrigez-la dans « Paramètres »."
      : "Ce serveur demande une clé d'API : saisissez-la dans « Paramètres ».";
    throw new AuthError(`${await errorDetail(response)}. ${hint}`);
  }
  if (!response.ok) throw new HttpError(await errorDetail(response));
  return response;
}

// An error's message, and for a 401 a button leading to the API key field.
function errorContent(error) {
  const nodes = [document.createTextNode(error.message)];
  if (error instanceof AuthError) {
    nodes.push(document.createTextNode(" "),
      el("button", { type: "button", class: "link-button settings-link", text: "Saisir la clé d'API", onclick: openSettings }));
  }
  return nodes;
}

const getJSON = async (path) => (await request(path)).json();
const postJSON = (path, body, extra = {}) =>
  request(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), ...extra });

function documentPath(docId) {
  return "api/documents/" + docId.split("/").map(encodeURIComponent).join("/");
}

// Server-sent events from a fetch body: blocks separated by a blank line, "event:" and "data:".
async function* readEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
    buffer = buffer.replace(/\r\n?/g, "\n");
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      let type = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) type = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      if (data.length) yield { type, data: JSON.parse(data.join("\n")) };
    }
    if (done) return;
  }
}

// -- answer rendering -----------------------------------------------------------------------

// Text with its [n] markers turned into buttons (or plain spans while the answer streams).
function inlineWithCitations(text, citations) {
  const out = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    if (match.index > last) out.push(document.createTextNode(text.slice(last, match.index)));
    const numbers = match[1].split(/\s*[,;]\s*/).map(Number);
    out.push(document.createTextNode("["));
    numbers.forEach((n, i) => {
      if (i) out.push(document.createTextNode(", "));
      const citation = citations && citations.get(n);
      out.push(citation ? citationButton(citation) : el("span", { class: "cite pending", text: String(n) }));
    });
    out.push(document.createTextNode("]"));
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

function citationButton(citation) {
  return el("button", {
    type: "button",
    class: "cite",
    text: String(citation.n),
    "aria-label": `Source ${citation.n} : ${citation.title}${citation.section ? ", " + citation.section : ""}`,
    "data-n": String(citation.n),
    onclick: (event) => openDocument(citation.doc_id, citation, event.currentTarget),
  });
}

// Paragraphs, and "- " lines as list items.
function renderText(container, text, citations = null) {
  container.replaceChildren();
  let list = null;
  for (const line of text.split("\n")) {
    const item = /^\s*[-•]\s+(.*)$/.exec(line);
    if (item) {
      if (!list) list = container.appendChild(el("ul"));
      list.append(el("li", {}, ...inlineWithCitations(item[1], citations)));
    } else {
      list = null;
      if (line.trim()) container.append(el("p", {}, ...inlineWithCitations(line, citations)));
    }
  }
}

function citationMap(answer) {
  return new Map((answer.citations || []).map((c) => [c.n, c]));
}

function newAssistantMessage() {
  const node = els.template.content.firstElementChild.cloneNode(true);
  els.messages.append(node);
  return node;
}

function renderAnswer(node, answer) {
  node.dataset.state = "done";
  node.dataset.messageId = answer.message_id || "";
  node.classList.toggle("refused", Boolean(answer.refused));
  $(".thinking", node)?.remove();
  const body = $(".answer-body", node);
  body.setAttribute("aria-busy", "false");

  const flags = $(".answer-flags", node);
  flags.replaceChildren();
  if (answer.refused) flags.append(el("span", { class: "badge badge-refused", text: "Pas de réponse dans le corpus" }));
  if (answer.mode === "extractive") {
    flags.append(el("span", { class: "badge", text: "Réponse extractive (sans modèle de langue)" }));
  }

  const text = answer.answer || "";
  const nearest = answer.refused ? answer.nearest_documents || [] : [];
  const firstItem = text.split("\n").findIndex((line) => /^\s*-\s+/.test(line));
  // A refusal lists its nearest documents as "- " lines; they are shown below as buttons instead.
  renderText(body, nearest.length && firstItem > 0 ? text.split("\n").slice(0, firstItem).join("\n") : text,
    citationMap(answer));

  const notice = $(".notice", node);
  notice.hidden = !answer.notice;
  notice.textContent = answer.notice || "";

  const nearestBox = $(".nearest", node);
  nearestBox.hidden = !nearest.length;
  nearestBox.replaceChildren(el("ul", {}, ...nearest.map((doc) => el("li", {},
    el("button", {
      type: "button", class: "link-button", text: doc.title,
      onclick: (event) => openDocument(doc.doc_id, null, event.currentTarget),
    }),
    el("span", { class: "muted small", text: ` — ${DOC_TYPES[doc.doc_type] || doc.doc_type || ""}` }),
  ))));

  renderSources(node, answer);
  setupActions(node, answer);
}

function uniqueCitations(answer) {
  const seen = new Map();
  for (const c of answer.citations || []) if (!seen.has(c.n)) seen.set(c.n, c);
  return [...seen.values()].sort((a, b) => a.n - b.n);
}

function renderSources(node, answer) {
  const citations = uniqueCitations(answer);
  const section = $(".sources", node);
  section.hidden = !citations.length;
  $(".source-list", node).replaceChildren(...citations.map((c) => el("li", { value: String(c.n) },
    el("button", {
      type: "button", class: "link-button source",
      onclick: (event) => openDocument(c.doc_id, c, event.currentTarget),
    }, el("span", { class: "source-title", text: c.title }), c.section ? el("span", { class: "muted", text: ` — ${c.section}` }) : null),
  )));
}

function answerAsText(answer) {
  const citations = uniqueCitations(answer);
  if (!citations.length) return answer.answer;
  const lines = citations.map((c) => `[${c.n}] ${c.title}${c.section ? " — " + c.section : ""} (${c.doc_id})`);
  return `${answer.answer}\n\nSources :\n${lines.join("\n")}`;
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      /* permission refused: fall back below */
    }
  }
  const area = el("textarea", { class: "offscreen", readonly: "" });
  area.value = text;
  document.body.append(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  if (!ok) throw new Error("copy refused");
}

function showStatus(status, message, isError = false, error = null) {
  if (error) status.replaceChildren(...errorContent(error));
  else status.textContent = message;
  status.classList.toggle("is-error", isError);
}

function setupActions(node, answer) {
  const actions = $(".answer-actions", node);
  const status = $(".action-status", node);
  const form = $(".feedback-form", node);
  actions.hidden = false;
  $(".copy", node).onclick = async () => {
    try {
      await copyText(answerAsText(answer));
      showStatus(status, "Réponse copiée.");
    } catch {
      showStatus(status, "La copie a échoué.", true);
    }
  };
  const thumbs = [...node.querySelectorAll(".thumb")];
  for (const thumb of thumbs) {
    thumb.hidden = !answer.message_id;
    thumb.onclick = () => {
      thumbs.forEach((t) => t.setAttribute("aria-pressed", String(t === thumb)));
      form.dataset.rating = thumb.dataset.rating;
      form.hidden = false;
      status.textContent = "";
      form.elements.comment.focus();
    };
  }
  form.onsubmit = async (event) => {
    event.preventDefault();
    const submit = $("button[type=submit]", form);
    submit.disabled = true;
    try {
      await postJSON("api/feedback", {
        message_id: answer.message_id, rating: form.dataset.rating, comment: form.elements.comment.value.trim(),
      });
      form.hidden = true;
      thumbs.forEach((t) => (t.disabled = true));
      showStatus(status, "Merci pour votre avis.");
    } catch (error) {
      showStatus(status, error.message, true, error);
    } finally {
      submit.disabled = false;
    }
  };
}

function showError(node, message, error = null) {
  node.dataset.state = "error";
  $(".thinking", node)?.remove();
  $(".answer-body", node).setAttribute("aria-busy", "false");
  node.classList.add("failed");
  const box = el("p", { class: "error", role: "alert", text: message });
  if (error instanceof AuthError) box.replaceChildren(...errorContent(error));
  node.append(box);
}

function addUserMessage(text) {
  els.messages.append(el("div", { class: "msg msg-user" }, el("p", { text })));
}

// -- asking ---------------------------------------------------------------------------------

function currentFilters() {
  const filters = {};
  if (els.filterType.value) filters.doc_type = els.filterType.value;
  if (els.filterSite.value.trim()) filters.site = els.filterSite.value.trim();
  if (els.filterYear.value.trim()) filters.year = els.filterYear.value.trim().replace(/\s+/g, "");
  return filters;
}

function yearIsValid() {
  const value = els.filterYear.value.trim();
  const ok = !value || YEARS.test(value);
  els.filterYear.setAttribute("aria-invalid", String(!ok));
  els.filterYearError.textContent = ok ? "" : "Une année (2012) ou une période (2010-2015).";
  return ok;
}

function updateFiltersCount() {
  const n = Object.keys(currentFilters()).length;
  els.filtersCount.textContent = n ? `(${n} actif${n > 1 ? "s" : ""})` : "";
}

async function ask(question) {
  if (state.busy || !question.trim()) return;
  if (!yearIsValid()) {
    els.filters.open = true;
    els.filterYear.focus();
    return;
  }
  state.busy = true;
  els.send.disabled = true;
  els.welcome.hidden = true;
  addUserMessage(question);
  const node = newAssistantMessage();
  scrollToBottom();
  const body = { question, stream: true, filters: currentFilters() };
  if (state.conversationId) body.conversation_id = state.conversationId;
  let text = "";
  let finished = false;
  const epoch = state.epoch;
  try {
    const response = await postJSON("api/chat", body, { headers: { "Content-Type": "application/json", Accept: "text/event-stream" } });
    for await (const event of readEvents(response)) {
      if (event.type === "meta") {
        if (epoch === state.epoch) setConversation(event.data.conversation_id);
        const thinking = $(".thinking", node);
        if (thinking) thinking.lastChild.textContent = "Rédaction de la réponse…";
      } else if (event.type === "delta") {
        text += event.data.text;
        node.dataset.state = "streaming";
        $(".thinking", node)?.remove();
        renderText($(".answer-body", node), text);
        scrollToBottom();
      } else if (event.type === "done") {
        renderAnswer(node, event.data.answer);
        finished = true;
      }
    }
    if (!finished) throw new HttpError(MSG_INTERRUPTED);
    loadConversations();
  } catch (error) {
    // A network failure after the first event means the connection dropped mid-answer.
    const message = error instanceof HttpError ? error.message : node.dataset.state === "thinking" ? MSG_UNREACHABLE : MSG_INTERRUPTED;
    showError(node, message, error);
    if (!els.question.value) els.question.value = question; // let the user retry without retyping
  } finally {
    state.busy = false;
    els.send.disabled = false;
    scrollToBottom();
  }
}

function setConversation(id) {
  state.conversationId = id || null;
  history.replaceState(null, "", id ? `#c=${encodeURIComponent(id)}` : location.pathname + location.search);
  for (const button of els.conversations.querySelectorAll("button")) {
    if (button.dataset.id === id) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}

// -- conversations --------------------------------------------------------------------------

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short" });

async function loadConversations() {
  try {
    const list = await getJSON("api/conversations");
    els.conversationsStatus.textContent = list.length ? "" : "Aucune conversation pour l'instant.";
    els.conversations.replaceChildren(...list.map((c) => el("li", {},
      el("button", {
        type: "button", class: "conversation", "data-id": c.id,
        ...(c.id === state.conversationId ? { "aria-current": "true" } : {}),
        onclick: () => openConversation(c.id),
      }, el("span", { class: "conversation-title", text: c.title }),
        el("span", { class: "muted small", text: dateFormat.format(new Date(c.updated * 1000)) })),
    )));
  } catch (error) {
    els.conversationsStatus.textContent = `Conversations indisponibles. ${error.message}`;
  }
}

function clearMessages() {
  state.epoch += 1;
  els.messages.replaceChildren(els.welcome);
}

async function openConversation(id) {
  showView("chat");
  closeSidebar();
  closePanel();
  let conversation;
  try {
    conversation = await getJSON(`api/conversations/${encodeURIComponent(id)}`);
  } catch (error) {
    els.conversationsStatus.textContent = error.message;
    return;
  }
  clearMessages();
  els.welcome.hidden = true;
  for (const message of conversation.messages) {
    if (message.role === "user") addUserMessage(message.content);
    else renderAnswer(newAssistantMessage(), { answer: message.content, ...(message.answer || {}), message_id: message.id });
  }
  setConversation(conversation.id);
  scrollToBottom();
  els.question.focus();
}

function newConversation() {
  showView("chat");
  closePanel();
  closeSidebar();
  clearMessages();
  els.welcome.hidden = false;
  setConversation(null);
  els.question.value = "";
  els.question.focus();
}

// -- document panel -------------------------------------------------------------------------

const META_FIELDS = [
  ["doc_type", "Type"],
  ["site", "Site"],
  ["neighbourhood", "Quartier"],
  ["years", "Années"],
  ["amount", "Montant"],
  ["client", "Maître d'ouvrage"],
  ["mission_type", "Type de mission"],
  ["published", "Publication"],
  ["author", "Auteur"],
  ["outlet", "Source"],
];

function metadataValue(key, doc) {
  const m = doc.metadata || {};
  switch (key) {
    case "doc_type": return DOC_TYPES[doc.doc_type] || doc.doc_type;
    case "site": return m.site_text || m.site || m.town;
    case "neighbourhood": return m.site_text ? null : m.neighbourhood;
    case "years": return m.years_text || (Array.isArray(m.years) ? m.years.join(", ") : m.years);
    case "amount":
      if (m.amount_text) return m.amount_text;
      return typeof m.amount_eur === "number"
        ? new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(m.amount_eur)
        : null;
    default: {
      const value = m[key];
      return Array.isArray(value) ? value.join(", ") : value;
    }
  }
}

async function fetchDocument(docId) {
  if (!documentCache.has(docId)) {
    const promise = getJSON(documentPath(docId));
    documentCache.set(docId, promise);
    promise.catch(() => documentCache.delete(docId));
  }
  return documentCache.get(docId);
}

// The span to highlight: the citation's offsets, or the quote found in the text.
function citedSpan(text, citation) {
  if (!citation) return null;
  const { start, end, quote } = citation;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length) {
    return [start, end];
  }
  const at = quote ? text.indexOf(quote) : -1;
  return at >= 0 ? [at, at + quote.length] : null;
}

async function openDocument(docId, citation, opener) {
  state.panelOpener = opener || null;
  els.panel.hidden = false;
  document.body.classList.add("panel-open");
  setBackgroundInert(true, els.panel);
  els.panel.dataset.docId = docId;
  els.docTitle.textContent = citation?.title || "Document";
  els.docStatus.textContent = "Chargement du document…";
  els.docPassage.textContent = "";
  els.docMeta.replaceChildren();
  els.docText.replaceChildren();
  els.docTitle.focus();
  let doc;
  try {
    doc = await fetchDocument(docId);
  } catch (error) {
    els.docStatus.textContent = error.message;
    return;
  }
  if (els.panel.dataset.docId !== docId) return; // another document was asked for meanwhile
  els.docTitle.textContent = doc.title;
  els.docStatus.textContent = "";
  if (citation) {
    const label = citation.n ? `Passage cité [${citation.n}]` : "Passage";
    els.docPassage.textContent = `${label}${citation.section ? " — " + citation.section : ""}`;
  }
  els.docMeta.replaceChildren(...META_FIELDS.flatMap(([key, label]) => {
    const value = metadataValue(key, doc);
    return value === null || value === undefined || value === "" ? [] : [el("dt", { text: label }), el("dd", { text: String(value) })];
  }));
  const span = citedSpan(doc.text, citation);
  if (!span) {
    els.docText.textContent = doc.text;
    if (citation) els.docStatus.textContent = "Le passage cité n'a pas été retrouvé dans le document.";
    $("#doc-body").scrollTop = 0;
    return;
  }
  const mark = el("mark", { text: doc.text.slice(span[0], span[1]) });
  els.docText.replaceChildren(document.createTextNode(doc.text.slice(0, span[0])), mark,
    document.createTextNode(doc.text.slice(span[1])));
  // Centre the passage; a passage taller than the panel is shown from its start instead.
  const tall = mark.getBoundingClientRect().height > $("#doc-body").clientHeight * 0.9;
  mark.scrollIntoView({ block: tall ? "start" : "center" });
}

// A link to a cited passage (the OpenAI endpoint's url_citation): #doc=<doc_id>&start=<n>&end=<n>.
function openLinkedPassage(params) {
  const offset = (name) => Number(params.get(name) || NaN); // checked by citedSpan
  if (params.get("doc")) openDocument(params.get("doc"), { start: offset("start"), end: offset("end") });
}

function closePanel() {
  if (els.panel.hidden) return;
  els.panel.hidden = true;
  delete els.panel.dataset.docId;
  document.body.classList.remove("panel-open");
  setBackgroundInert(false);
  if (state.panelOpener && document.contains(state.panelOpener)) state.panelOpener.focus();
  state.panelOpener = null;
}

// On a phone the panel and the sidebar cover the page: what lies beneath must not take focus.
function setBackgroundInert(inert, overlay) {
  for (const node of [$(".topbar"), els.sidebar, $("main"), els.panel]) {
    if (node !== overlay) node.inert = inert && phone.matches;
  }
}

phone.addEventListener("change", () => {
  if (!els.panel.hidden) setBackgroundInert(true, els.panel);
  else setBackgroundInert(document.body.classList.contains("sidebar-open"), els.sidebar);
});

// -- sidebar (a drawer on narrow screens) ---------------------------------------------------

function openSidebar(focus = true) {
  document.body.classList.add("sidebar-open");
  els.backdrop.hidden = false;
  els.menuButton.setAttribute("aria-expanded", "true");
  setBackgroundInert(true, els.sidebar);
  if (focus) ($("button", els.conversations) || $("#sidebar-close")).focus();
}

function closeSidebar() {
  if (!document.body.classList.contains("sidebar-open")) return;
  document.body.classList.remove("sidebar-open");
  els.backdrop.hidden = true;
  els.menuButton.setAttribute("aria-expanded", "false");
  setBackgroundInert(false);
  els.menuButton.focus();
}

// -- settings: the API key -------------------------------------------------------------------

function setupSettings() {
  const input = $("#api-key");
  const status = $("#api-key-status");
  const show = () => (status.textContent = storedKey() ? "Clé enregistrée dans ce navigateur." : "");
  input.value = storedKey();
  show();
  input.addEventListener("input", () => {
    try {
      const key = input.value.trim();
      if (key) localStorage.setItem(KEY_STORAGE, key);
      else localStorage.removeItem(KEY_STORAGE);
      show();
    } catch {
      status.textContent = "Ce navigateur refuse d'enregistrer la clé.";
    }
  });
  $("#api-key-clear").addEventListener("click", () => {
    input.value = "";
    input.dispatchEvent(new Event("input"));
    input.focus();
  });
}

// Opens the settings (the sidebar is a drawer on a phone) and puts the cursor in the key field.
function openSettings() {
  closePanel();
  if (phone.matches) openSidebar(false);
  $("#settings").open = true;
  $("#api-key").focus();
}

// -- views: the chat and the precedents ------------------------------------------------------

const VIEWS = { chat: { tab: "#tab-chat", panel: "#view-chat" }, precedents: { tab: "#tab-precedents", panel: "#view-precedents" } };

function showView(name) {
  for (const [key, view] of Object.entries(VIEWS)) {
    const active = key === name;
    const tab = $(view.tab);
    tab.setAttribute("aria-selected", String(active));
    tab.tabIndex = active ? 0 : -1;
    $(view.panel).hidden = !active;
  }
  document.body.dataset.view = name;
  if (name === "precedents") {
    history.replaceState(null, "", "#precedents");
    loadFacets();
  } else if (location.hash === "#precedents") {
    setConversation(state.conversationId);
  }
}

function setupViews() {
  const names = Object.keys(VIEWS);
  for (const [name, view] of Object.entries(VIEWS)) {
    const tab = $(view.tab);
    tab.addEventListener("click", () => showView(name));
    // Arrow keys, Home and End move between the tabs (WAI-ARIA tabs pattern, automatic activation).
    tab.addEventListener("keydown", (event) => {
      const at = names.indexOf(name);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: names.length - 1 }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const next = names[(to + names.length) % names.length];
      showView(next);
      $(VIEWS[next].tab).focus();
    });
  }
}

// -- precedents: ranked missions, comparison, proposal draft ---------------------------------

const pel = {
  form: $("#precedents-form"),
  brief: $("#brief"),
  search: $("#search"),
  status: $("#precedents-status"),
  error: $("#precedents-error"),
  filters: $("#p-filters"),
  filtersCount: $("#p-filters-count"),
  missionType: $("#p-mission-type"),
  client: $("#p-client"),
  year: $("#p-year"),
  yearError: $("#p-year-error"),
  amountMin: $("#p-amount-min"),
  amountMax: $("#p-amount-max"),
  results: $("#results"),
  list: $("#precedent-list"),
  selectionCount: $("#selection-count"),
  selectionError: $("#selection-error"),
  compare: $("#compare"),
  draft: $("#draft"),
  comparison: $("#comparison"),
  comparisonStatus: $("#comparison-status"),
  comparisonBody: $("#comparison-body"),
  draftView: $("#draft-view"),
  draftStatus: $("#draft-status"),
  draftBody: $("#draft-body"),
};

// `search` is the brief and filters of the ranking shown; `draftRequest` the body of the draft shown.
const prec = { results: [], search: null, facets: null, draftRequest: null, draft: null, busy: false };

const CRITERIA = {
  mission_type: "Type de mission", keywords: "Mots-clés", population: "Population", components: "Composantes",
  amount: "Montant", client: "Maître d'ouvrage", site: "Site",
};
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function shorten(text, max = 110) {
  const flat = String(text || "").replace(/\s+/g, " ").trim();
  return flat.length > max ? flat.slice(0, max - 1).trimEnd() + "…" : flat;
}

function precedentFilters() {
  const filters = {};
  const fields = { mission_type: pel.missionType, client: pel.client, year: pel.year, amount_min: pel.amountMin, amount_max: pel.amountMax };
  for (const [key, input] of Object.entries(fields)) {
    const value = input.value.trim();
    if (value) filters[key] = key === "year" ? value.replace(/\s+/g, "") : value;
  }
  return filters;
}

function precedentYearIsValid() {
  const value = pel.year.value.trim();
  const ok = !value || YEARS.test(value);
  pel.year.setAttribute("aria-invalid", String(!ok));
  pel.yearError.textContent = ok ? "" : "Une année (2012) ou une période (2010-2015).";
  return ok;
}

function updatePrecedentFiltersCount() {
  const n = Object.keys(precedentFilters()).length;
  pel.filtersCount.textContent = n ? `(${n} actif${n > 1 ? "s" : ""})` : "";
}

async function loadFacets() {
  if (prec.facets) return;
  prec.facets = "loading";
  try {
    const { facets } = await getJSON("api/missions");
    prec.facets = facets;
    const options = (values) => (values || []).map((v) => el("option", { value: String(v) }));
    $("#p-mission-types").replaceChildren(...options(facets.mission_types));
    $("#p-clients").replaceChildren(...options(facets.clients));
  } catch {
    prec.facets = null; // the filters still take free text; try again next time
  }
}

function showPrecedentsError(error) {
  pel.error.hidden = !error;
  pel.error.replaceChildren(...(error ? errorContent(error) : []));
}

// The span of a passage of these answers, as the document panel takes it.
function passageCitation(passage, title, n = null) {
  return { n, title, section: passage.section, doc_id: passage.doc_id, start: passage.start, end: passage.end, quote: passage.quote };
}

function passageButton(passage, title) {
  return el("button", {
    type: "button",
    class: "passage-link",
    "aria-label": `Voir le passage dans « ${title} »${passage.section ? ", " + passage.section : ""} : ${shorten(passage.quote, 80)}`,
    onclick: (event) => openDocument(passage.doc_id, passageCitation(passage, title), event.currentTarget),
  }, el("span", { class: "passage-section", text: passage.section || "Passage" }),
  el("span", { class: "passage-quote", text: `« ${shorten(passage.quote)} »` }));
}

function recordSummary(record) {
  const parts = [
    record.site || record.town,
    record.years_text || (record.years || []).join(", "),
    record.mission_type,
    record.client && `Maître d'ouvrage : ${record.client}`,
    record.amount_text,
  ];
  return parts.filter(Boolean).join(" · ");
}

function precedentCard(p) {
  const titleId = `precedent-title-${p.rank}`;
  const checkbox = el("input", { type: "checkbox", class: "choose", value: p.doc_id, id: `choose-${p.rank}`, onchange: updateSelection });
  return el("li", { class: "precedent-card", "data-doc-id": p.doc_id },
    el("div", { class: "card-head" },
      el("span", { class: "rank", "aria-hidden": "true", text: String(p.rank) }),
      el("h3", { id: titleId, text: p.title }),
      el("span", { class: "badge score", text: `Score ${decimal.format(p.score)}` })),
    el("p", { class: "card-meta muted small", text: recordSummary(p.record || {}) }),
    el("label", { class: "choose-label", for: checkbox.id }, checkbox,
      el("span", { text: "Choisir" }), el("span", { class: "visually-hidden", text: ` « ${p.title} »` })),
    el("h4", { class: "why", text: "Pourquoi elle correspond" }),
    el("ul", { class: "matches" }, ...p.matches.map((m) => el("li", { class: "match" },
      el("p", { class: "match-line" },
        el("span", { class: "criterion", text: CRITERIA[m.criterion] || m.criterion }),
        el("span", { class: "match-score muted small", text: percent.format(m.score) }),
        el("span", { class: "detail", text: m.detail })),
      m.passages.length ? el("div", { class: "passages" }, ...m.passages.map((ps) => passageButton(ps, p.title))) : null))));
}

function selectedIds() {
  return [...pel.list.querySelectorAll("input.choose:checked")].map((box) => box.value);
}

function updateSelection() {
  const n = selectedIds().length;
  pel.selectionCount.textContent = n ? `${n} mission${n > 1 ? "s" : ""} choisie${n > 1 ? "s" : ""}` : "Cochez les missions à comparer ou dont s'inspirer.";
  pel.selectionError.textContent = "";
}

async function searchPrecedents() {
  if (prec.busy) return;
  const brief = pel.brief.value.trim();
  showPrecedentsError(null);
  if (!brief) {
    showPrecedentsError(new Error("Décrivez d'abord la mission à proposer."));
    pel.brief.focus();
    return;
  }
  if (!precedentYearIsValid()) {
    pel.filters.open = true;
    pel.year.focus();
    return;
  }
  const filters = precedentFilters();
  prec.busy = true;
  pel.search.disabled = true;
  pel.status.textContent = "Recherche des missions comparables…";
  try {
    const data = await (await postJSON("api/precedents", { brief, k: 5, filters })).json();
    prec.search = { brief, filters };
    prec.results = data.precedents;
    pel.list.replaceChildren(...data.precedents.map(precedentCard));
    pel.results.hidden = false;
    pel.comparison.hidden = pel.draftView.hidden = true;
    updateSelection();
    const n = data.precedents.length;
    pel.status.textContent = n ? `${n} mission${n > 1 ? "s" : ""} comparable${n > 1 ? "s" : ""} trouvée${n > 1 ? "s" : ""}.`
      : "Aucune mission ne correspond : élargissez les filtres ou reformulez la demande.";
  } catch (error) {
    pel.status.textContent = "";
    showPrecedentsError(error);
  } finally {
    prec.busy = false;
    pel.search.disabled = false;
  }
}

function comparisonTable(comparison) {
  const columns = comparison.columns;
  const table = el("table", { class: "comparison-table" },
    el("caption", { class: "visually-hidden", text: "Un champ par ligne, une mission par colonne" }),
    el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Champ" }),
      ...columns.map((c) => el("th", { scope: "col" }, el("span", { class: "col-title", text: c.title }),
        c.place ? el("span", { class: "muted small col-place", text: c.place }) : null)))),
    el("tbody", {}, ...comparison.rows.map((row) => el("tr", { "data-field": row.field },
      el("th", { scope: "row", text: row.label }),
      ...row.cells.map((cell, i) => el("td", {},
        el("div", { class: "cell-text", text: cell.text || "—" }),
        (cell.passages || []).length ? el("div", { class: "cell-passages" }, ...cell.passages.map((ps, j) => el("button", {
          type: "button", class: "cite", text: String(j + 1), title: shorten(ps.quote, 160),
          "aria-label": `${row.label}, ${columns[i].title} : passage ${j + 1}${ps.section ? " (" + ps.section + ")" : ""}`,
          onclick: (event) => openDocument(ps.doc_id, passageCitation(ps, columns[i].title), event.currentTarget),
        }))) : null))))));
  return el("div", { class: "table-wrap", role: "region", "aria-labelledby": "comparison-title", tabindex: "0" }, table);
}

async function compareSelected() {
  const ids = selectedIds();
  if (ids.length < 2) {
    pel.selectionError.textContent = "Choisissez au moins deux missions à comparer.";
    return;
  }
  pel.comparison.hidden = false;
  pel.comparisonBody.replaceChildren();
  pel.comparisonStatus.textContent = "Comparaison en cours…";
  pel.compare.disabled = true;
  try {
    const { comparison } = await (await postJSON("api/precedents", { brief: "", compare: ids })).json();
    pel.comparisonStatus.textContent = "";
    const shared = comparison.shared || {};
    const common = [["Composantes communes", shared.components], ["Acteurs communs", shared.actors]]
      .filter(([, values]) => values && values.length)
      .map(([label, values]) => el("p", { class: "small" }, el("strong", { text: `${label} : ` }), document.createTextNode(values.join(", "))));
    pel.comparisonBody.replaceChildren(comparisonTable(comparison), ...common);
    $("#comparison-title").focus();
    pel.comparison.scrollIntoView({ block: "start" });
  } catch (error) {
    pel.comparisonStatus.replaceChildren(...errorContent(error));
  } finally {
    pel.compare.disabled = false;
  }
}

function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: filename, class: "offscreen" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// The file name of a Content-Disposition header (filename* first), without any folder.
function dispositionFilename(header, fallback) {
  if (!header) return fallback;
  let name = null;
  const star = /filename\*\s*=\s*([\w-]+)''([^;]+)/i.exec(header);
  if (star) {
    try {
      name = decodeURIComponent(star[2].trim());
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
    if (plain) name = plain[1] !== undefined ? plain[1].replace(/\\(.)/g, "$1") : plain[2];
  }
  name = (name || "").split(/[\\/]/).pop().trim();
  return name || fallback;
}

async function downloadDocx(button, status) {
  button.disabled = true;
  status.textContent = "Préparation du fichier Word…";
  status.classList.remove("is-error");
  try {
    const response = await postJSON("api/draft", { ...prec.draftRequest, format: "docx" });
    const blob = await response.blob();
    saveBlob(blob, dispositionFilename(response.headers.get("Content-Disposition"), "proposition.docx"));
    status.textContent = "Fichier Word téléchargé.";
  } catch (error) {
    showStatus(status, error.message, true, error);
  } finally {
    button.disabled = false;
  }
}

function draftItems(items, refs) {
  const out = [];
  let list = null;
  for (const item of items) {
    const content = inlineWithCitations(item.text, refs);
    if (item.kind === "item") {
      if (!list) out.push((list = el("ul")));
      list.append(el("li", {}, ...content));
    } else {
      list = null;
      out.push(el("p", {}, ...content));
    }
  }
  return out;
}

function renderDraft(markdown, draft) {
  const refs = new Map(draft.references.map((r) => [r.n, r]));
  const status = el("span", { class: "action-status small", role: "status" });
  const docx = el("button", { type: "button", class: "button small", text: "Télécharger (.docx)" });
  docx.addEventListener("click", () => downloadDocx(docx, status));
  const mode = draft.mode === "llm" ? "Rédigée par le modèle de langue" : "Brouillon assemblé hors ligne (sans modèle de langue)";
  pel.draftBody.replaceChildren(...[
    el("h3", { class: "draft-title", text: draft.title }),
    el("div", { class: "answer-flags" }, el("span", { class: `badge mode-${draft.mode}`, "data-mode": draft.mode, text: mode })),
    draft.notice ? el("p", { class: "notice", role: "note", text: draft.notice }) : null,
    (draft.precedents || []).length ? el("p", { class: "muted small", text: `D'après : ${draft.precedents.map((p) => p.title).join(" ; ")}` }) : null,
    el("div", { class: "draft-actions" },
      el("button", { type: "button", class: "button small", text: "Télécharger (.md)",
        onclick: () => saveBlob(new Blob([markdown], { type: "text/markdown;charset=utf-8" }), "proposition.md") }),
      docx, status),
    ...draft.sections.map((section) => el("section", { class: "draft-section" },
      el("h4", { text: section.title }), ...draftItems(section.items, refs))),
    el("section", { class: "draft-references" },
      el("h4", { text: "Références" }),
      el("ol", { class: "reference-list" }, ...draft.references.map((r) => el("li", { value: String(r.n), "data-n": String(r.n) },
        el("button", {
          type: "button", class: "link-button", text: `${r.title}${r.section ? " — " + r.section : ""}`,
          "aria-label": `Référence ${r.n} : ${r.title}${r.section ? ", " + r.section : ""}`,
          onclick: (event) => openDocument(r.doc_id, r, event.currentTarget),
        }),
        el("q", { class: "ref-quote muted small", text: shorten(r.quote, 200) }))))),
  ].filter(Boolean));
}

async function draftSelected() {
  const ids = selectedIds();
  if (!ids.length) {
    pel.selectionError.textContent = "Choisissez au moins une mission dont s'inspirer.";
    return;
  }
  const body = { brief: prec.search.brief, doc_ids: ids, k: Math.min(10, ids.length), format: "markdown" };
  pel.draftView.hidden = false;
  pel.draftBody.replaceChildren();
  pel.draftStatus.textContent = "Rédaction de la proposition…";
  pel.draft.disabled = true;
  try {
    const { markdown, draft } = await (await postJSON("api/draft", body)).json();
    prec.draftRequest = body;
    prec.draft = { markdown, draft };
    pel.draftStatus.textContent = "";
    renderDraft(markdown, draft);
    $("#draft-heading").focus();
    pel.draftView.scrollIntoView({ block: "start" });
  } catch (error) {
    pel.draftStatus.replaceChildren(...errorContent(error));
  } finally {
    pel.draft.disabled = false;
  }
}

function setupPrecedents() {
  pel.form.addEventListener("submit", (event) => {
    event.preventDefault();
    searchPrecedents();
  });
  pel.brief.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      searchPrecedents();
    }
  });
  for (const input of [pel.missionType, pel.client, pel.year, pel.amountMin, pel.amountMax]) {
    input.addEventListener("input", updatePrecedentFiltersCount);
  }
  pel.year.addEventListener("change", precedentYearIsValid);
  $("#p-filters-clear").addEventListener("click", () => {
    for (const input of [pel.missionType, pel.client, pel.year, pel.amountMin, pel.amountMax]) input.value = "";
    precedentYearIsValid();
    updatePrecedentFiltersCount();
  });
  pel.compare.addEventListener("click", compareSelected);
  pel.draft.addEventListener("click", draftSelected);
}

// -- wiring ---------------------------------------------------------------------------------

async function loadSites() {
  try {
    const docs = await getJSON("api/documents");
    const sites = new Set();
    // A document's town (every kind of document has one when the corpus names it), else its site.
    for (const doc of docs) {
      const place = doc.metadata?.town || doc.metadata?.site;
      if (place) sites.add(String(place));
    }
    els.siteOptions.replaceChildren(...[...sites].sort((a, b) => a.localeCompare(b, "fr")).map((s) => el("option", { value: s })));
  } catch {
    /* the site field still takes free text */
  }
}

function submitQuestion() {
  const question = els.question.value.trim();
  if (!question || state.busy) return;
  els.question.value = "";
  autosize();
  ask(question);
}

function autosize() {
  els.question.style.height = "auto";
  els.question.style.height = Math.min(els.question.scrollHeight, 200) + "px";
}

els.form.addEventListener("submit", (event) => {
  event.preventDefault();
  submitQuestion();
});
els.question.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submitQuestion();
  }
});
els.question.addEventListener("input", autosize);
for (const input of [els.filterType, els.filterSite, els.filterYear]) input.addEventListener("input", updateFiltersCount);
els.filterYear.addEventListener("change", yearIsValid);
$("#filters-clear").addEventListener("click", () => {
  els.filterType.value = els.filterSite.value = els.filterYear.value = "";
  yearIsValid();
  updateFiltersCount();
});
$("#new-conversation").addEventListener("click", newConversation);
$("#doc-close").addEventListener("click", closePanel);
$("#sidebar-close").addEventListener("click", closeSidebar);
els.menuButton.addEventListener("click", () => openSidebar());
els.backdrop.addEventListener("click", closeSidebar);
for (const example of document.querySelectorAll(".example")) example.addEventListener("click", () => ask(example.textContent));
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  if (!els.panel.hidden) closePanel();
  else closeSidebar();
});

setupSettings();
setupViews();
setupPrecedents();
loadConversations();
loadSites();
const fromHash = /^#c=(.+)$/.exec(location.hash);
if (fromHash) openConversation(decodeURIComponent(fromHash[1]));
else if (location.hash === "#precedents") showView("precedents");
else if (location.hash.startsWith("#doc=")) openLinkedPassage(new URLSearchParams(location.hash.slice(1)));
