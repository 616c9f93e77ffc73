// The chat page and the precedents view. Plain DOM, no framework. Document and answer text are hostile until proven
// otherwise: they only ever reach the page through textContent, never innerHTML.

const $ = (selector, root = document) => root.querySelector(selector);

// -- interface language ----------------------------------------------------------------------
// French or English: the browser's first preference among the two, unless the user picked one (kept in localStorage).
// A string is a template ("{name}") or a function of its values (plurals).

const plural = (n, one, many) => (n > 1 ? many : one);

const STRINGS = {
  fr: {
    "app-title": "Assistant renouvellement urbain",
    "skip-link": "Aller à la question",
    "menu-open": "Afficher les conversations",
    views: "Vues",
    "tab-chat": "Discussion",
    "tab-precedents": "Précédents",
    "new-conversation": "Nouvelle conversation",
    "new-short": "Nouvelle",
    "new-wide": " conversation",
    conversations: "Conversations",
    "sidebar-close": "Fermer la liste des conversations",
    "search-label": "Rechercher dans les conversations",
    "search-placeholder": "Rechercher…",
    "upload-title": "Ajouter un document",
    "upload-file": "Fichier (.txt, .md, .html, .docx, .pdf)",
    "upload-send": "Envoyer le document",
    settings: "Paramètres",
    "api-key-label": "Clé d'API (si le serveur en demande une)",
    "api-key-clear": "Effacer la clé",
    "api-key-saved": "Clé enregistrée dans ce navigateur.",
    "api-key-refused-storage": "Ce navigateur refuse d'enregistrer la clé.",
    language: "Langue de l'interface",
    "chat-title": "Conversation en cours",
    "welcome-title": "Interroger le corpus",
    "welcome-text": "Posez une question en français ou en anglais sur les fiches mission, articles et fiches action. "
      + "Chaque réponse cite ses sources : cliquez sur un numéro comme",
    "welcome-text-end": "pour voir le passage dans son document.",
    examples: "Exemples :",
    "example-1": "Quels étaient les enjeux de la clôture à Antony ?",
    "example-2": "Combien de démolitions prévoyait le programme d'Antony ?",
    "example-3": "Quel était le montant du projet de Bagneux ?",
    filters: "Filtres",
    "filters-legend": "Filtrer les documents consultés",
    "filter-type": "Type de document",
    "filter-type-all": "Tous",
    "type-mission_sheet": "Fiche mission",
    "type-article": "Article",
    "type-action_sheet": "Fiche action",
    "type-other": "Autre",
    "filter-site": "Site ou commune",
    "filter-site-placeholder": "ex. Antony",
    "filter-year": "Années",
    "years-placeholder": "2012 ou 2010-2015",
    "years-error": "Une année (2012) ou une période (2010-2015).",
    "filters-clear": "Effacer les filtres",
    "filters-count": ({ n }) => (n ? `(${n} ${plural(n, "actif", "actifs")})` : ""),
    "question-label": "Votre question",
    "question-placeholder": "Votre question sur le corpus…",
    send: "Envoyer",
    "send-label": "Envoyer la question",
    stop: "Arrêter",
    "stop-label": "Arrêter la réponse",
    "composer-hint": "Entrée pour envoyer, Maj+Entrée pour aller à la ligne.",
    thinking: "Recherche dans le corpus…",
    writing: "Rédaction de la réponse…",
    sources: "Sources",
    copy: "Copier",
    copied: "Réponse copiée.",
    "copy-failed": "La copie a échoué.",
    "copy-sources": "Sources :",
    regenerate: "Régénérer",
    "thumb-up": "Réponse utile",
    "thumb-down": "Réponse pas utile",
    "feedback-comment": "Commentaire (facultatif)",
    "feedback-send": "Envoyer l'avis",
    "feedback-thanks": "Merci pour votre avis.",
    "feedback-saved-up": "Avis enregistré : réponse utile.",
    "feedback-saved-down": "Avis enregistré : réponse pas utile.",
    cancel: "Annuler",
    "badge-refused": "Pas de réponse dans le corpus",
    "badge-extractive": "Réponse extractive (sans modèle de langue)",
    "source-label": "Source {n} : {title}{section}",
    "list-separator": ", ",
    unreachable: "Serveur injoignable : vérifiez que « renewal serve » est lancé, puis réessayez.",
    interrupted: "La connexion a été interrompue avant la fin de la réponse : réessayez.",
    "answer-failed": "La réponse a échoué : {detail}",
    "http-error": "Erreur {status}",
    "key-refused": "La clé d'API enregistrée a été refusée : corrigez-la dans « Paramètres ».",
    "key-needed": "Ce serveur demande une clé d'API : saisissez-la dans « Paramètres ».",
    "key-enter": "Saisir la clé d'API",
    stopped: "Réponse arrêtée : elle n'a pas été enregistrée.",
    "regenerate-stopped": "Nouvelle réponse arrêtée : la réponse précédente est conservée.",
    "regenerate-failed": "La réponse précédente est conservée.",
    gone: "Cette conversation n'existe plus (elle a été supprimée, peut-être depuis un autre onglet) : rien n'a été enregistré. "
      + "La question est remise dans la zone de saisie pour l'envoyer dans une nouvelle conversation.",
    "edit-question": "Modifier la question",
    "edit-label": "Question modifiée",
    "edit-send": "Renvoyer",
    "filters-excluded": "Aucun document ne correspond aux filtres choisis ({filters}) : la question n'a été posée à aucun document. "
      + "Élargissez ou effacez les filtres, puis reposez-la.",
    "filters-excluded-stored": "Aucun document ne correspondait aux filtres choisis pour cette question.",
    "filters-clear-retry": "Effacer les filtres et reposer la question",
    "no-conversations": "Aucune conversation pour l'instant.",
    "search-none": "Aucune conversation ne contient « {q} ».",
    "conversations-unavailable": "Conversations indisponibles. {detail}",
    "rename": "Renommer « {title} »",
    "delete": "Supprimer « {title} »",
    "rename-label": "Nouveau titre",
    save: "Enregistrer",
    "delete-confirm": "Supprimer « {title} » ?",
    "delete-yes": "Supprimer",
    renamed: "Conversation renommée.",
    deleted: "Conversation supprimée.",
    "title-empty": "Le titre ne peut pas être vide.",
    "doc-cited": "Document cité",
    "doc-close": "Fermer le document",
    "doc-loading": "Chargement du document…",
    "doc-not-found": "Le passage cité n'a pas été retrouvé dans le document.",
    "passage-cited": "Passage cité [{n}]",
    passage: "Passage",
    document: "Document",
    "meta-doc_type": "Type",
    "meta-site": "Site",
    "meta-neighbourhood": "Quartier",
    "meta-years": "Années",
    "meta-amount": "Montant",
    "meta-client": "Maître d'ouvrage",
    "meta-mission_type": "Type de mission",
    "meta-published": "Publication",
    "meta-author": "Auteur",
    "meta-outlet": "Source",
    "upload-choose": "Choisissez d'abord un fichier.",
    "upload-type": "« {name} » n'est pas d'un type pris en charge : {types}.",
    "upload-empty": "« {name} » est vide : rien n'a été envoyé.",
    "upload-sending": "Envoi de « {name} »… {percent}",
    "upload-too-large": "« {name} » dépasse la taille maximale acceptée par le serveur ({limit}) : rien n'a été enregistré.",
    "upload-exists": "Un document nommé « {name} » existe déjà : rien n'a été enregistré.",
    "upload-replace": "Remplacer le document existant",
    "upload-refused": "« {name} » a été refusé : {detail}",
    "job-queued": "« {name} » est reçu, en attente d'indexation…",
    "job-waiting": "« {name} » est reçu ; l'indexation attend la fin d'une autre ({detail}).",
    "job-running": "Indexation de « {name} »…",
    "job-done": "« {name} » est indexé : ses passages peuvent être cités dans les réponses.",
    "job-not-indexed": "« {name} » a été reçu mais n'a pas pu être indexé : {errors}. Il n'est pas interrogeable.",
    "job-failed": "L'indexation de « {name} » a échoué : {detail}",
    "job-cancelled": "L'indexation de « {name} » a été annulée{detail}.",
    "job-lost": "Impossible de suivre l'indexation : {detail}",
    "upload-open": "Voir le document",
    "upload-remove": "Retirer le fichier",
    "upload-removing": "Retrait de « {name} »…",
    "upload-removed": "« {name} » a été retiré du corpus.",
    // precedents
    "precedents-title": "Trouver des missions comparables",
    "precedents-intro": "Décrivez la mission à proposer : les missions passées les plus proches sont classées, avec ce qui "
      + "les rapproche de votre demande et les passages qui le montrent.",
    "brief-label": "Description de la mission",
    "brief-placeholder": "point d'étape de clôture ANRU pour un quartier de 40 000 habitants, avec plan stratégique local",
    "p-filters-legend": "Filtrer les missions",
    "p-mission-type": "Type de mission",
    "p-mission-type-placeholder": "ex. Capitalisation",
    "p-client": "Maître d'ouvrage",
    "p-client-placeholder": "ex. ANRU",
    "p-year": "Période",
    "p-amount-min": "Montant minimum",
    "p-amount-min-placeholder": "ex. 100M€",
    "p-amount-max": "Montant maximum",
    "p-amount-max-placeholder": "ex. 200M€",
    "p-search": "Chercher",
    "p-results": "Missions comparables",
    "p-selection": "Missions choisies",
    "p-compare": "Comparer",
    "p-draft": "Rédiger une proposition",
    "p-comparison": "Comparaison",
    "p-proposal": "Proposition",
    "p-brief-missing": "Décrivez d'abord la mission à proposer.",
    "p-searching": "Recherche des missions comparables…",
    "p-found": ({ n }) => `${n} ${plural(n, "mission comparable trouvée", "missions comparables trouvées")}.`,
    "p-none": "Aucune mission ne correspond : élargissez les filtres ou reformulez la demande.",
    "p-selected": ({ n }) => (n ? `${n} ${plural(n, "mission choisie", "missions choisies")}` : "Cochez les missions à comparer ou dont s'inspirer."),
    "p-need-two": "Choisissez au moins deux missions à comparer.",
    "p-need-one": "Choisissez au moins une mission dont s'inspirer.",
    "p-not-comparable": "Non comparable",
    "p-nearest": "Missions les plus proches, non comparables : la proposition suivra une trame générique.",
    "p-passage-label": "Voir le passage dans « {title} »{section} : {quote}",
    "p-client-line": "Maître d'ouvrage : {client}",
    "p-score": "Score {score}",
    "p-choose": "Choisir",
    "p-why": "Pourquoi elle correspond",
    "p-table-caption": "Un champ par ligne, une mission par colonne",
    "p-field": "Champ",
    "p-cell-passage": "{row}, {column} : passage {n}{section}",
    "p-comparing": "Comparaison en cours…",
    "p-shared-components": "Composantes communes",
    "p-shared-actors": "Acteurs communs",
    "p-docx-preparing": "Préparation du fichier Word…",
    "p-docx-done": "Fichier Word téléchargé.",
    "p-mode-llm": "Rédigée par le modèle de langue",
    "p-mode-offline": "Brouillon assemblé hors ligne (sans modèle de langue)",
    "p-from": "D'après : {titles}",
    "p-download-md": "Télécharger (.md)",
    "p-download-docx": "Télécharger (.docx)",
    "p-references": "Sources citées",
    "p-reference-label": "Référence {n} : {title}{section}",
    "p-drafting": "Rédaction de la proposition…",
    "criterion-mission_type": "Type de mission",
    "criterion-keywords": "Mots-clés",
    "criterion-population": "Population",
    "criterion-components": "Composantes",
    "criterion-amount": "Montant",
    "criterion-client": "Maître d'ouvrage",
    "criterion-site": "Site",
    "colon": " : ",
  },
  en: {
    "app-title": "Urban renewal assistant",
    "skip-link": "Skip to the question",
    "menu-open": "Show conversations",
    views: "Views",
    "tab-chat": "Chat",
    "tab-precedents": "Precedents",
    "new-conversation": "New conversation",
    "new-short": "New",
    "new-wide": " conversation",
    conversations: "Conversations",
    "sidebar-close": "Close the list of conversations",
    "search-label": "Search the conversations",
    "search-placeholder": "Search…",
    "upload-title": "Add a document",
    "upload-file": "File (.txt, .md, .html, .docx, .pdf)",
    "upload-send": "Upload the document",
    settings: "Settings",
    "api-key-label": "API key (if the server asks for one)",
    "api-key-clear": "Clear the key",
    "api-key-saved": "Key saved in this browser.",
    "api-key-refused-storage": "This browser refuses to save the key.",
    language: "Interface language",
    "chat-title": "Current conversation",
    "welcome-title": "Ask the corpus",
    "welcome-text": "Ask a question in French or English about the mission sheets, articles and action sheets. "
      + "Every answer cites its sources: click a number such as",
    "welcome-text-end": "to see the passage in its document.",
    examples: "Examples:",
    "example-1": "What were Antony's closure enjeux?",
    "example-2": "How many demolitions did the Antony programme plan?",
    "example-3": "What was the amount of the Bagneux project?",
    filters: "Filters",
    "filters-legend": "Filter the documents searched",
    "filter-type": "Document type",
    "filter-type-all": "All",
    "type-mission_sheet": "Mission sheet",
    "type-article": "Article",
    "type-action_sheet": "Action sheet",
    "type-other": "Other",
    "filter-site": "Site or town",
    "filter-site-placeholder": "e.g. Antony",
    "filter-year": "Years",
    "years-placeholder": "2012 or 2010-2015",
    "years-error": "A year (2012) or a period (2010-2015).",
    "filters-clear": "Clear the filters",
    "filters-count": ({ n }) => (n ? `(${n} active)` : ""),
    "question-label": "Your question",
    "question-placeholder": "Your question about the corpus…",
    send: "Send",
    "send-label": "Send the question",
    stop: "Stop",
    "stop-label": "Stop the answer",
    "composer-hint": "Enter to send, Shift+Enter for a new line.",
    thinking: "Searching the corpus…",
    writing: "Writing the answer…",
    sources: "Sources",
    copy: "Copy",
    copied: "Answer copied.",
    "copy-failed": "Copying failed.",
    "copy-sources": "Sources:",
    regenerate: "Regenerate",
    "thumb-up": "Useful answer",
    "thumb-down": "Unhelpful answer",
    "feedback-comment": "Comment (optional)",
    "feedback-send": "Send feedback",
    "feedback-thanks": "Thank you for your feedback.",
    "feedback-saved-up": "Feedback saved: useful answer.",
    "feedback-saved-down": "Feedback saved: unhelpful answer.",
    cancel: "Cancel",
    "badge-refused": "No answer in the corpus",
    "badge-extractive": "Extractive answer (no language model)",
    "source-label": "Source {n}: {title}{section}",
    "list-separator": ", ",
    unreachable: "Server unreachable: check that “renewal serve” is running, then try again.",
    interrupted: "The connection dropped before the answer was complete: try again.",
    "answer-failed": "The answer failed: {detail}",
    "http-error": "Error {status}",
    "key-refused": "The saved API key was refused: correct it in “Settings”.",
    "key-needed": "This server asks for an API key: enter it in “Settings”.",
    "key-enter": "Enter the API key",
    stopped: "Answer stopped: it was not saved.",
    "regenerate-stopped": "New answer stopped: the previous answer is kept.",
    "regenerate-failed": "The previous answer is kept.",
    gone: "This conversation no longer exists (it was deleted, perhaps from another tab): nothing was saved. "
      + "The question is back in the input box, to send it in a new conversation.",
    "edit-question": "Edit the question",
    "edit-label": "Edited question",
    "edit-send": "Resend",
    "filters-excluded": "No document matches the chosen filters ({filters}): the question was put to no document. "
      + "Widen or clear the filters, then ask again.",
    "filters-excluded-stored": "No document matched the filters chosen for this question.",
    "filters-clear-retry": "Clear the filters and ask again",
    "no-conversations": "No conversation yet.",
    "search-none": "No conversation contains “{q}”.",
    "conversations-unavailable": "Conversations unavailable. {detail}",
    "rename": "Rename “{title}”",
    "delete": "Delete “{title}”",
    "rename-label": "New title",
    save: "Save",
    "delete-confirm": "Delete “{title}”?",
    "delete-yes": "Delete",
    renamed: "Conversation renamed.",
    deleted: "Conversation deleted.",
    "title-empty": "The title cannot be empty.",
    "doc-cited": "Cited document",
    "doc-close": "Close the document",
    "doc-loading": "Loading the document…",
    "doc-not-found": "The cited passage was not found in the document.",
    "passage-cited": "Cited passage [{n}]",
    passage: "Passage",
    document: "Document",
    "meta-doc_type": "Type",
    "meta-site": "Site",
    "meta-neighbourhood": "Neighbourhood",
    "meta-years": "Years",
    "meta-amount": "Amount",
    "meta-client": "Client",
    "meta-mission_type": "Mission type",
    "meta-published": "Published",
    "meta-author": "Author",
    "meta-outlet": "Source",
    "upload-choose": "Choose a file first.",
    "upload-type": "“{name}” is not of a supported type: {types}.",
    "upload-empty": "“{name}” is empty: nothing was sent.",
    "upload-sending": "Uploading “{name}”… {percent}",
    "upload-too-large": "“{name}” is larger than the server accepts ({limit}): nothing was saved.",
    "upload-exists": "A document named “{name}” already exists: nothing was saved.",
    "upload-replace": "Replace the existing document",
    "upload-refused": "“{name}” was refused: {detail}",
    "job-queued": "“{name}” received, waiting to be indexed…",
    "job-waiting": "“{name}” received; indexing waits for another one to finish ({detail}).",
    "job-running": "Indexing “{name}”…",
    "job-done": "“{name}” is indexed: answers can now cite its passages.",
    "job-not-indexed": "“{name}” was received but could not be indexed: {errors}. It cannot be searched.",
    "job-failed": "Indexing “{name}” failed: {detail}",
    "job-cancelled": "Indexing “{name}” was cancelled{detail}.",
    "job-lost": "Cannot follow the indexing: {detail}",
    "upload-open": "Open the document",
    "upload-remove": "Remove the file",
    "upload-removing": "Removing “{name}”…",
    "upload-removed": "“{name}” was removed from the corpus.",
    "precedents-title": "Find comparable missions",
    "precedents-intro": "Describe the mission to propose: the closest past missions are ranked, with what brings them close "
      + "to your request and the passages that show it.",
    "brief-label": "Mission description",
    "brief-placeholder": "ANRU closure review for a neighbourhood of 40,000 inhabitants, with a local strategic plan",
    "p-filters-legend": "Filter the missions",
    "p-mission-type": "Mission type",
    "p-mission-type-placeholder": "e.g. Capitalisation",
    "p-client": "Client",
    "p-client-placeholder": "e.g. ANRU",
    "p-year": "Period",
    "p-amount-min": "Minimum amount",
    "p-amount-min-placeholder": "e.g. 100M€",
    "p-amount-max": "Maximum amount",
    "p-amount-max-placeholder": "e.g. 200M€",
    "p-search": "Search",
    "p-results": "Comparable missions",
    "p-selection": "Chosen missions",
    "p-compare": "Compare",
    "p-draft": "Draft a proposal",
    "p-comparison": "Comparison",
    "p-proposal": "Proposal",
    "p-brief-missing": "Describe the mission to propose first.",
    "p-searching": "Searching comparable missions…",
    "p-found": ({ n }) => `${n} comparable ${plural(n, "mission", "missions")} found.`,
    "p-none": "No mission matches: widen the filters or rephrase the request.",
    "p-selected": ({ n }) => (n ? `${n} ${plural(n, "mission", "missions")} chosen` : "Tick the missions to compare or to draw on."),
    "p-need-two": "Choose at least two missions to compare.",
    "p-need-one": "Choose at least one mission to draw on.",
    "p-not-comparable": "Not comparable",
    "p-nearest": "Nearest missions, not comparable: the proposal will follow a generic outline.",
    "p-passage-label": "Open the passage in “{title}”{section}: {quote}",
    "p-client-line": "Client: {client}",
    "p-score": "Score {score}",
    "p-choose": "Choose",
    "p-why": "Why it matches",
    "p-table-caption": "One field per row, one mission per column",
    "p-field": "Field",
    "p-cell-passage": "{row}, {column}: passage {n}{section}",
    "p-comparing": "Comparing…",
    "p-shared-components": "Shared components",
    "p-shared-actors": "Shared actors",
    "p-docx-preparing": "Preparing the Word file…",
    "p-docx-done": "Word file downloaded.",
    "p-mode-llm": "Written by the language model",
    "p-mode-offline": "Draft assembled offline (no language model)",
    "p-from": "Based on: {titles}",
    "p-download-md": "Download (.md)",
    "p-download-docx": "Download (.docx)",
    "p-references": "Sources cited",
    "p-reference-label": "Reference {n}: {title}{section}",
    "p-drafting": "Drafting the proposal…",
    "criterion-mission_type": "Mission type",
    "criterion-keywords": "Keywords",
    "criterion-population": "Population",
    "criterion-components": "Components",
    "criterion-amount": "Amount",
    "criterion-client": "Client",
    "criterion-site": "Site",
    "colon": ": ",
  },
};

const LANGUAGES = Object.keys(STRINGS);
const LANG_STORAGE = "renewal.lang";

function initialLanguage() {
  try {
    const saved = localStorage.getItem(LANG_STORAGE);
    if (LANGUAGES.includes(saved)) return saved;
  } catch {
    /* storage disabled: follow the browser */
  }
  for (const tag of navigator.languages?.length ? navigator.languages : [navigator.language || ""]) {
    const code = String(tag).slice(0, 2).toLowerCase();
    if (LANGUAGES.includes(code)) return code;
  }
  return "fr";
}

let lang = initialLanguage();

function t(key, values = {}) {
  const entry = STRINGS[lang][key] ?? STRINGS.fr[key] ?? key;
  if (typeof entry === "function") return entry(values);
  return entry.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// A quotation, with the marks of the interface's language.
const quoted = (text) => (lang === "en" ? `“${text}”` : `« ${text} »`);

// ", section" after a title, or nothing.
const withSection = (section, sep = ", ") => (section ? sep + section : "");

// The static texts of the page (and of the answer template): data-i18n and data-i18n-attr="attr=key, ...".
function translateStatic(root) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of node.dataset.i18nAttr.split(",")) {
      const [attr, key] = pair.split("=").map((s) => s.trim());
      node.setAttribute(attr, t(key));
    }
  }
}

function formats() {
  const locale = lang === "en" ? "en-GB" : "fr-FR";
  return {
    locale,
    date: new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short" }),
    percent: new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }),
    decimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    euros: new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }),
  };
}

let fmt = formats();

const els = {
  messages: $("#messages"),
  welcome: $("#welcome"),
  form: $("#ask-form"),
  question: $("#question"),
  send: $("#send"),
  stop: $("#stop"),
  conversations: $("#conversations"),
  conversationsStatus: $("#conversations-status"),
  search: $("#conversation-search"),
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
  upload: $("#upload"),
  uploadForm: $("#upload-form"),
  uploadFile: $("#upload-file"),
  uploadSend: $("#upload-send"),
  uploadProgress: $("#upload-progress"),
  uploadStatus: $("#upload-status"),
};

// `epoch` changes when the page switches conversation, so a late answer cannot claim the new one.
// `controller` aborts the answer being streamed (the Stop button); `listSeq` orders conversation list loads.
// `discarded`: conversations whose first answer was stopped or failed, which the server deletes.
const state = { conversationId: null, busy: false, panelOpener: null, epoch: 0, controller: null, listSeq: 0, discarded: new Set() };
const phone = window.matchMedia("(max-width: 768px)");
const documentCache = new Map();

const MARKER = /\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]/g;
const YEARS = /^\d{4}(\s*-\s*\d{4})?$/;
const UPLOAD_TYPES = [".txt", ".md", ".html", ".htm", ".docx", ".pdf"];

const docTypeLabel = (type) => (STRINGS.fr[`type-${type}`] ? t(`type-${type}`) : type || "");

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

const SVG_NS = "http://www.w3.org/2000/svg";
const ICONS = {
  edit: "M12 20h9M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4z",
  delete: "M3 6h18M8 6V4h8v2M19 6l-1 14H6L5 6M10 11v6M14 11v6",
};

function icon(name) {
  const svg = document.createElementNS(SVG_NS, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 24 24", width: "18", height: "18", "aria-hidden": "true", focusable: "false" })) {
    svg.setAttribute(k, v);
  }
  const path = document.createElementNS(SVG_NS, "path");
  path.setAttribute("d", ICONS[name]);
  svg.append(path);
  return svg;
}

function scrollToBottom() {
  els.messages.scrollTop = els.messages.scrollHeight;
}

// -- HTTP -----------------------------------------------------------------------------------

class HttpError extends Error {
  constructor(message, status = 0, detail = "") {
    super(message);
    this.status = status;
    this.detail = detail;
  }
}
// A 401: the server wants the API key of the settings field (or refused the one stored there).
class AuthError extends HttpError {}
// The server reported, mid-stream, that answering failed: nothing of the turn is stored.
class AnswerFailed extends HttpError {}

const isAbort = (error) => error?.name === "AbortError";
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

// The server's `detail` (a string, or pydantic's list of issues).
function detailOf(body, fallback) {
  if (typeof body?.detail === "string") return body.detail;
  if (Array.isArray(body?.detail)) return body.detail.map((d) => d.msg).join(" ; ");
  return fallback;
}

async function errorOf(response) {
  let detail = response.statusText;
  try {
    detail = detailOf(await response.json(), detail);
  } catch {
    /* not JSON: keep the status text */
  }
  const message = `${t("http-error", { status: response.status })}${detail ? t("colon") + detail : ""}`;
  return { message, detail };
}

function authError(message, detail) {
  const hint = storedKey() ? t("key-refused") : t("key-needed");
  return new AuthError(`${message}. ${hint}`, 401, detail);
}

async function request(path, options = {}) {
  const headers = new Headers(options.headers || {});
  const key = storedKey();
  if (key) headers.set("Authorization", `Bearer ${key}`);
  headers.set("X-Renewal-Owner", owner());
  let response;
  try {
    response = await fetch(path, { ...options, headers });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new HttpError(t("unreachable"));
  }
  if (!response.ok) {
    const { message, detail } = await errorOf(response);
    if (response.status === 401) throw authError(message, detail);
    throw new HttpError(message, response.status, detail);
  }
  return response;
}

// An error's message, and for a 401 a button leading to the API key field.
function errorContent(error) {
  const nodes = [document.createTextNode(error.message)];
  if (error instanceof AuthError) {
    nodes.push(document.createTextNode(" "),
      el("button", { type: "button", class: "link-button settings-link", text: t("key-enter"), onclick: openSettings }));
  }
  return nodes;
}

const getJSON = async (path) => (await request(path)).json();
const sendJSON = (method, path, body, extra = {}) =>
  request(path, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body), ...extra });
const postJSON = (path, body, extra = {}) => sendJSON("POST", path, body, extra);

function documentPath(docId) {
  return "api/documents/" + docId.split("/").map(encodeURIComponent).join("/");
}

const conversationPath = (id) => `api/conversations/${encodeURIComponent(id)}`;

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

// Text with its [n] markers turned into buttons (or plain spans while the answer streams). `sentences`: each
// button also points the document view at the sentence it ends (an answer's line, see citedSentence).
function inlineWithCitations(text, citations, sentences = false) {
  const out = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    if (match.index > last) out.push(document.createTextNode(text.slice(last, match.index)));
    const numbers = match[1].split(/\s*[,;]\s*/).map(Number);
    const group = el("span", { class: "cite-group" }, "["); // kept on one line with its brackets
    numbers.forEach((n, i) => {
      if (i) group.append(", ");
      const citation = citations && citations.get(n);
      group.append(citation ? citationButton(citation, sentences) : el("span", { class: "cite pending", text: String(n) }));
    });
    group.append("]");
    out.push(group);
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

function citationButton(citation, sentences = false) {
  return el("button", {
    type: "button",
    class: "cite",
    text: String(citation.n),
    "aria-label": t("source-label", { n: citation.n, title: citation.title, section: withSection(citation.section) }),
    "data-n": String(citation.n),
    onclick: (event) => {
      const button = event.currentTarget;
      openDocument(citation.doc_id, sentences ? { ...citation, sentence: citedSentence(button) } : citation, button);
    },
  });
}

// The words a marker ends: its line's text since the previous marker, without list dash or quotation marks.
// An extractive answer quotes the document, so they are found in it; a model's words usually are not.
function citedSentence(button) {
  const block = button.closest("p, li");
  if (!block) return "";
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEndBefore(button);
  const before = range.toString().replace(/\[[\d,;\s]*$/, "");
  return before.slice(before.lastIndexOf("]") + 1).trim().replace(/^[-•]\s*/, "").replace(/^«\s*|\s*»$/g, "").trim();
}

// Paragraphs, and "- " lines as list items.
function renderText(container, text, citations = null) {
  container.replaceChildren();
  let list = null;
  for (const line of text.split("\n")) {
    const item = /^\s*[-•]\s+(.*)$/.exec(line);
    if (item) {
      if (!list) list = container.appendChild(el("ul"));
      list.append(el("li", {}, ...inlineWithCitations(item[1], citations, true)));
    } else {
      list = null;
      if (line.trim()) container.append(el("p", {}, ...inlineWithCitations(line, citations, true)));
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

// `filters`: those the question was asked with (null for an answer reopened from the server, which keeps none).
function renderAnswer(node, answer, filters = null) {
  node.dataset.state = "done";
  node.dataset.messageId = answer.message_id || "";
  if (answer.language) node.lang = answer.language;
  node.answer = answer;
  node.filters = filters;
  node.classList.toggle("refused", Boolean(answer.refused));
  $(".thinking", node)?.remove();
  const body = $(".answer-body", node);
  body.setAttribute("aria-busy", "false");

  const flags = $(".answer-flags", node);
  flags.replaceChildren();
  if (answer.refused) flags.append(el("span", { class: "badge badge-refused", text: t("badge-refused") }));
  if (answer.mode === "extractive") flags.append(el("span", { class: "badge", text: t("badge-extractive") }));

  const text = answer.answer || "";
  const nearest = answer.refused ? answer.nearest_documents || [] : [];
  const firstItem = text.split("\n").findIndex((line) => /^\s*-\s+/.test(line));
  // A refusal lists its nearest documents as "- " lines; they are shown below as buttons instead.
  renderText(body, nearest.length && firstItem > 0 ? text.split("\n").slice(0, firstItem).join("\n") : text,
    citationMap(answer));

  const notice = $(".notice", node);
  notice.hidden = !answer.notice;
  notice.textContent = answer.notice || "";
  renderFilterNotice(node, answer, filters);

  const nearestBox = $(".nearest", node);
  nearestBox.hidden = !nearest.length;
  nearestBox.replaceChildren(el("ul", {}, ...nearest.map((doc) => el("li", {},
    el("button", {
      type: "button", class: "link-button", text: doc.title,
      onclick: (event) => openDocument(doc.doc_id, null, event.currentTarget),
    }),
    el("span", { class: "muted small", text: ` — ${docTypeLabel(doc.doc_type)}` }),
  ))));

  renderSources(node, answer);
  setupActions(node, answer);
}

const FILTER_LABELS = { doc_type: "filter-type", site: "filter-site", year: "filter-year" };

function describeFilters(filters) {
  return Object.entries(filters).map(([key, value]) =>
    `${t(FILTER_LABELS[key] || key)}${t("colon")}${key === "doc_type" ? docTypeLabel(value) : value}`).join(" ; ");
}

// A refusal with no passage at all: the filters matched no document (the index is never empty), which the
// answer alone does not say.
function renderFilterNotice(node, answer, filters) {
  const box = $(".filter-notice", node);
  const excluded = answer.refused && !(answer.passages || []).length;
  const asked = filters && Object.keys(filters).length;
  box.hidden = !(excluded && (asked || filters === null));
  if (box.hidden) return box.replaceChildren();
  if (!asked) return box.replaceChildren(el("p", { text: t("filters-excluded-stored") }));
  let user = node.previousElementSibling;
  while (user && !user.classList.contains("msg-user")) user = user.previousElementSibling;
  const question = user?.question || "";
  box.replaceChildren(el("p", { text: t("filters-excluded", { filters: describeFilters(filters) }) }),
    el("button", {
      type: "button", class: "button small", text: t("filters-clear-retry"),
      onclick: () => {
        clearFilters();
        els.filters.open = true;
        if (!els.question.value) els.question.value = question;
        autosize();
        els.question.focus();
      },
    }));
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
  const lines = citations.map((c) => `[${c.n}] ${c.title}${withSection(c.section, " — ")} (${c.doc_id})`);
  return `${answer.answer}\n\n${t("copy-sources")}\n${lines.join("\n")}`;
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

// The thumbs show the rating saved on the server (`answer.feedback`, then each one sent); choosing one opens the
// comment form, and the choice is saved when the form is sent.
function setupActions(node, answer) {
  const actions = $(".answer-actions", node);
  const status = $(".action-status", node);
  const form = $(".feedback-form", node);
  actions.hidden = false;
  $(".copy", node).onclick = async () => {
    try {
      await copyText(answerAsText(answer));
      showStatus(status, t("copied"));
    } catch {
      showStatus(status, t("copy-failed"), true);
    }
  };
  $(".regenerate", node).onclick = () => regenerateLast();
  const thumbs = [...node.querySelectorAll(".thumb")];
  const showSaved = () => {
    thumbs.forEach((th) => th.setAttribute("aria-pressed", String(th.dataset.rating === node.feedback)));
    node.dataset.feedback = node.feedback || "";
  };
  node.feedback = answer.feedback || null;
  showSaved();
  if (node.feedback) showStatus(status, t(`feedback-saved-${node.feedback}`));
  for (const thumb of thumbs) {
    thumb.hidden = !answer.message_id;
    thumb.onclick = () => {
      thumbs.forEach((th) => th.setAttribute("aria-pressed", String(th === thumb)));
      form.dataset.rating = thumb.dataset.rating;
      form.hidden = false;
      status.textContent = "";
      form.elements.comment.focus();
    };
  }
  $(".feedback-cancel", form).onclick = () => {
    form.hidden = true;
    showSaved();
    thumbs.find((th) => th.dataset.rating === form.dataset.rating)?.focus();
  };
  form.onsubmit = async (event) => {
    event.preventDefault();
    const submit = $("button[type=submit]", form);
    submit.disabled = true;
    try {
      await postJSON("api/feedback", {
        message_id: answer.message_id, rating: form.dataset.rating, comment: form.elements.comment.value.trim(),
      });
      form.hidden = true;
      form.elements.comment.value = "";
      node.feedback = form.dataset.rating;
      answer.feedback = node.feedback;
      showSaved();
      showStatus(status, t("feedback-thanks"));
    } catch (error) {
      showStatus(status, error.message, true, error);
    } finally {
      submit.disabled = false;
    }
  };
}

function finishNode(node, state) {
  node.dataset.state = state;
  $(".thinking", node)?.remove();
  $(".answer-body", node).setAttribute("aria-busy", "false");
}

function showError(node, message, error = null) {
  finishNode(node, "error");
  node.classList.add("failed");
  const box = el("p", { class: "error", role: "alert", text: message });
  if (error instanceof AuthError) box.replaceChildren(...errorContent(error));
  node.append(box);
}

// A stopped answer keeps what it had shown, marked as not saved.
function showStopped(node, message) {
  finishNode(node, "stopped");
  node.classList.add("stopped");
  node.append(el("p", { class: "stopped-note", role: "status", text: message }));
}

function addUserMessage(text, language = "") {
  const node = el("div", { class: "msg msg-user" }, el("p", { class: "question-text", text }),
    el("button", {
      type: "button", class: "icon-button edit", hidden: "", "aria-label": t("edit-question"),
      onclick: () => startEdit(node),
    }, icon("edit")));
  node.question = text;
  if (language) node.lang = language;
  els.messages.append(node);
  return node;
}

function setQuestionText(node, text) {
  node.question = text;
  $(".question-text", node).textContent = text;
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
  els.filterYearError.textContent = ok ? "" : t("years-error");
  return ok;
}

function updateFiltersCount() {
  els.filtersCount.textContent = t("filters-count", { n: Object.keys(currentFilters()).length });
}

function clearFilters() {
  els.filterType.value = els.filterSite.value = els.filterYear.value = "";
  yearIsValid();
  updateFiltersCount();
}

// While an answer streams, Send gives way to Stop, and the turn's controls wait.
function setBusy(busy) {
  const hadFocus = document.activeElement === (busy ? els.send : els.stop);
  state.busy = busy;
  els.send.hidden = busy;
  els.stop.hidden = !busy;
  els.send.disabled = busy;
  for (const button of els.messages.querySelectorAll(".regenerate, .edit")) button.disabled = busy;
  if (hadFocus) (busy ? els.stop : els.question).focus();
}

// Streams one answer into `node`; resolves with the answer once done, throws on failure (an AbortError when stopped).
async function streamAnswer(path, body, node, userNode, epoch) {
  const controller = new AbortController();
  state.controller = controller;
  setBusy(true);
  let text = "";
  try {
    const response = await postJSON(path, body, {
      headers: { "Content-Type": "application/json", Accept: "text/event-stream" }, signal: controller.signal,
    });
    for await (const event of readEvents(response)) {
      if (event.type === "meta") {
        if (epoch === state.epoch) setConversation(event.data.conversation_id);
        if (event.data.language) node.lang = userNode.lang = event.data.language;
        const thinking = $(".thinking-text", node);
        if (thinking) {
          thinking.textContent = t("writing");
          delete thinking.dataset.i18n;
        }
      } else if (event.type === "delta") {
        text += event.data.text;
        node.dataset.state = "streaming";
        $(".thinking", node)?.remove();
        renderText($(".answer-body", node), text);
        scrollToBottom();
      } else if (event.type === "done") {
        renderAnswer(node, event.data.answer, body.filters);
        return event.data.answer;
      } else if (event.type === "error") {
        throw new AnswerFailed(t("answer-failed", { detail: event.data.detail }));
      }
    }
    throw new HttpError(t("interrupted"));
  } catch (error) {
    // A network failure after the first event means the connection dropped mid-answer.
    if (isAbort(error) || error instanceof HttpError) throw error;
    throw new HttpError(node.dataset.state === "thinking" ? t("unreachable") : t("interrupted"));
  } finally {
    if (state.controller === controller) state.controller = null;
    setBusy(false);
  }
}

// A conversation deleted meanwhile (another tab): nothing was stored; the question goes back to the composer,
// to be sent in a new conversation.
function conversationGone(node, question) {
  showError(node, t("gone"));
  setConversation(null);
  els.question.value = question;
  autosize();
}

async function ask(question) {
  if (state.busy || !question.trim()) return;
  if (!yearIsValid()) {
    els.filters.open = true;
    els.filterYear.focus();
    return;
  }
  els.welcome.hidden = true;
  const userNode = addUserMessage(question);
  const node = newAssistantMessage();
  refreshTurnControls();
  scrollToBottom();
  const continued = state.conversationId;
  const body = { question, stream: true, filters: currentFilters() };
  if (continued) body.conversation_id = continued;
  const epoch = state.epoch;
  try {
    await streamAnswer("api/chat", body, node, userNode, epoch);
  } catch (error) {
    // Nothing of this turn is stored; a conversation it started is not kept either (the server deletes it once its
    // answering has stopped, which can take until the model's next word: the list leaves it out meanwhile).
    userNode.classList.add("unsaved");
    if (!continued && epoch === state.epoch) {
      if (state.conversationId && (isAbort(error) || error instanceof AnswerFailed)) state.discarded.add(state.conversationId);
      setConversation(null);
    }
    if (isAbort(error)) showStopped(node, t("stopped"));
    else if (continued && error.status === 404) conversationGone(node, question);
    else showError(node, error.message, error);
    if (!els.question.value) {
      els.question.value = question; // let the user retry without retyping
      autosize();
    }
  }
  afterTurn();
}

function afterTurn() {
  refreshTurnControls();
  loadConversations();
  scrollToBottom();
}

// The last turn, when it is a stored question and its answer: the one that can be answered again or edited.
function lastTurn() {
  const nodes = [...els.messages.querySelectorAll(":scope > .msg:not([hidden])")];
  const [user, answer] = nodes.slice(-2);
  const ok = state.conversationId && user?.classList.contains("msg-user") && answer?.classList.contains("msg-assistant")
    && answer.dataset.state === "done" && answer.dataset.messageId;
  return ok ? { user, answer } : null;
}

function refreshTurnControls() {
  for (const button of els.messages.querySelectorAll(".regenerate, .edit")) button.hidden = true;
  const turn = lastTurn();
  if (!turn) return;
  $(".regenerate", turn.answer).hidden = false;
  $(".edit", turn.user).hidden = false;
  for (const button of [$(".regenerate", turn.answer), $(".edit", turn.user)]) button.disabled = state.busy;
}

// Answers the last question again (or `edited` in its place): the new answer replaces the last one on the server
// only once it is done. Stopped or failed, the previous question and answer come back, as stored.
async function regenerateLast(edited = null) {
  const turn = lastTurn();
  if (state.busy || !turn) return;
  const { user, answer: previous } = turn;
  const previousQuestion = user.question;
  const conversationId = state.conversationId;
  if (edited !== null) setQuestionText(user, edited);
  previous.hidden = true;
  const node = newAssistantMessage();
  previous.after(node);
  scrollToBottom();
  const body = { stream: true, filters: currentFilters() };
  if (edited !== null) body.question = edited;
  const epoch = state.epoch;
  try {
    await streamAnswer(`${conversationPath(conversationId)}/regenerate`, body, node, user, epoch);
    previous.remove();
    delete user.dataset.draft;
  } catch (error) {
    if (edited !== null) {
      setQuestionText(user, previousQuestion);
      user.dataset.draft = edited; // offered again by the next edit
    }
    if (error.status === 404) {
      node.remove();
      previous.hidden = false;
      const gone = newAssistantMessage();
      conversationGone(gone, edited ?? previousQuestion);
    } else {
      previous.hidden = false;
      previous.after(node);
      if (isAbort(error)) showStopped(node, t("regenerate-stopped"));
      else showError(node, `${error.message} ${t("regenerate-failed")}`, error);
    }
  }
  afterTurn();
  // The button pressed went away with the answer it was on: focus goes to the one that replaced it.
  if (document.activeElement === document.body || !document.activeElement) {
    const turn = lastTurn();
    (turn ? $(".regenerate", turn.answer) : els.question).focus();
  }
}

// Edit the last question in place; sent, it replaces the last turn (see regenerateLast).
function startEdit(user) {
  if (state.busy || $(".edit-form", user)) return;
  const text = $(".question-text", user);
  const area = el("textarea", { id: "edit-question", rows: "3", maxlength: "2000" });
  area.value = user.dataset.draft || user.question;
  const cancel = () => {
    form.remove();
    text.hidden = false;
    $(".edit", user).hidden = false;
    $(".edit", user).focus();
  };
  const form = el("form", { class: "edit-form" },
    el("label", { for: "edit-question", class: "visually-hidden", text: t("edit-label") }), area,
    el("div", { class: "edit-buttons" },
      el("button", { type: "submit", class: "button small primary", text: t("edit-send") }),
      el("button", { type: "button", class: "button small", text: t("cancel"), onclick: cancel })));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const edited = area.value.trim();
    if (!edited) return area.focus();
    form.remove();
    text.hidden = false;
    regenerateLast(edited);
  });
  area.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      cancel();
    } else if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  text.hidden = true;
  $(".edit", user).hidden = true;
  user.append(form);
  area.focus();
  area.setSelectionRange(area.value.length, area.value.length);
}

function stopAnswer() {
  state.controller?.abort();
}

function setConversation(id) {
  state.conversationId = id || null;
  history.replaceState(null, "", id ? `#c=${encodeURIComponent(id)}` : location.pathname + location.search);
  for (const button of els.conversations.querySelectorAll("button.conversation")) {
    if (button.dataset.id === id) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
}

// -- conversations: list, search, rename, delete ---------------------------------------------

async function loadConversations() {
  const q = els.search.value.trim();
  const seq = ++state.listSeq;
  try {
    const found = await getJSON("api/conversations" + (q ? `?q=${encodeURIComponent(q)}` : ""));
    if (seq !== state.listSeq) return; // a later search has been asked meanwhile
    const list = found.filter((c) => !state.discarded.has(c.id));
    els.conversationsStatus.textContent = list.length ? "" : q ? t("search-none", { q }) : t("no-conversations");
    els.conversations.replaceChildren(...list.map(conversationItem));
  } catch (error) {
    if (seq !== state.listSeq) return;
    els.conversationsStatus.textContent = t("conversations-unavailable", { detail: error.message });
  }
}

function conversationItem(c) {
  const item = el("li", { class: "conversation-item", "data-id": c.id });
  item.conversation = c;
  showConversationRow(item);
  return item;
}

function showConversationRow(item) {
  const c = item.conversation;
  item.replaceChildren(
    el("button", {
      type: "button", class: "conversation", "data-id": c.id,
      ...(c.id === state.conversationId ? { "aria-current": "true" } : {}),
      onclick: () => openConversation(c.id),
    }, el("span", { class: "conversation-title", text: c.title }),
      el("span", { class: "muted small", text: fmt.date.format(new Date(c.updated * 1000)) })),
    el("div", { class: "conversation-tools" },
      el("button", { type: "button", class: "icon-button rename", "aria-label": t("rename", { title: c.title }),
        onclick: () => startRename(item) }, icon("edit")),
      el("button", { type: "button", class: "icon-button delete", "aria-label": t("delete", { title: c.title }),
        onclick: () => confirmDelete(item) }, icon("delete"))));
}

function conversationStatus(message, error = null) {
  if (error) els.conversationsStatus.replaceChildren(...errorContent(error));
  else els.conversationsStatus.textContent = message;
}

function startRename(item) {
  const c = item.conversation;
  const inputId = `rename-${c.id}`;
  const input = el("input", { id: inputId, type: "text", maxlength: "120", autocomplete: "off", value: c.title });
  const back = () => {
    showConversationRow(item);
    $(".rename", item).focus();
  };
  const form = el("form", { class: "rename-form" },
    el("label", { for: inputId, class: "visually-hidden", text: t("rename-label") }), input,
    el("div", { class: "edit-buttons" },
      el("button", { type: "submit", class: "button small primary", text: t("save") }),
      el("button", { type: "button", class: "button small", text: t("cancel"), onclick: back })));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const title = input.value.trim();
    if (!title) {
      conversationStatus(t("title-empty"));
      return input.focus();
    }
    try {
      item.conversation = await (await sendJSON("PATCH", conversationPath(c.id), { title })).json();
      back();
      conversationStatus(t("renamed"));
    } catch (error) {
      conversationStatus(error.message, error);
      if (error.status === 404) loadConversations();
    }
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      back();
    }
  });
  item.replaceChildren(form);
  input.focus();
  input.select();
}

function confirmDelete(item) {
  const c = item.conversation;
  const back = () => {
    showConversationRow(item);
    $(".delete", item).focus();
  };
  const cancel = el("button", { type: "button", class: "button small", text: t("cancel"), onclick: back });
  const remove = el("button", {
    type: "button", class: "button small danger", text: t("delete-yes"),
    onclick: async () => {
      remove.disabled = true;
      try {
        await request(conversationPath(c.id), { method: "DELETE" });
        if (state.conversationId === c.id) newConversation();
        item.remove();
        await loadConversations();
        conversationStatus(t("deleted")); // after the list, which would clear it
      } catch (error) {
        remove.disabled = false;
        conversationStatus(error.message, error);
        if (error.status === 404) loadConversations();
      }
    },
  });
  const group = el("div", { class: "delete-confirm", role: "group", "aria-label": t("delete-confirm", { title: c.title }) },
    el("p", { class: "small", text: t("delete-confirm", { title: c.title }) }),
    el("div", { class: "edit-buttons" }, remove, cancel));
  group.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      back();
    }
  });
  item.replaceChildren(group);
  cancel.focus();
}

function clearMessages() {
  state.epoch += 1;
  els.messages.replaceChildren(els.welcome);
}

function renderConversation(conversation) {
  clearMessages();
  els.welcome.hidden = true;
  const messages = conversation.messages;
  messages.forEach((message, i) => {
    if (message.role === "user") {
      addUserMessage(message.content, messages[i + 1]?.answer?.language || "");
    } else {
      renderAnswer(newAssistantMessage(), {
        answer: message.content, ...(message.answer || {}), message_id: message.id, feedback: message.feedback,
      });
    }
  });
  setConversation(conversation.id);
  refreshTurnControls();
}

async function openConversation(id) {
  showView("chat");
  closeSidebar();
  closePanel();
  let conversation;
  try {
    conversation = await getJSON(conversationPath(id));
  } catch (error) {
    conversationStatus(error.message, error);
    return;
  }
  renderConversation(conversation);
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

const META_FIELDS = ["doc_type", "site", "neighbourhood", "years", "amount", "client", "mission_type", "published", "author", "outlet"];

function metadataValue(key, doc) {
  const m = doc.metadata || {};
  switch (key) {
    case "doc_type": return docTypeLabel(doc.doc_type);
    case "site": return m.site_text || m.site || m.town;
    case "neighbourhood": return m.site_text ? null : m.neighbourhood;
    case "years": return m.years_text || (Array.isArray(m.years) ? m.years.join(", ") : m.years);
    case "amount":
      if (m.amount_text) return m.amount_text;
      return typeof m.amount_eur === "number" ? fmt.euros.format(m.amount_eur) : null;
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

// The span quoted: the citation's offsets, or the quote found in the text.
function citedSpan(text, citation) {
  if (!citation) return null;
  const { start, end, quote } = citation;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length) {
    return [start, end];
  }
  const at = quote ? text.indexOf(quote) : -1;
  return at >= 0 ? [at, at + quote.length] : null;
}

// Where `sentence` (words of the answer) stands in text[from, to), spaces aside; null when it is not there.
function sentenceSpan(text, sentence, from, to) {
  const words = (sentence || "").split(/\s+/).filter(Boolean);
  if (words.length < 3 || sentence.length > 2000) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"));
  const found = pattern.exec(text.slice(from, to));
  return found ? [from + found.index, from + found.index + found[0].length] : null;
}

// The passage around a quoted span: the citation's chunk, else the chunk holding the span, else the span itself.
function passageSpan(doc, citation, span) {
  const chunks = doc.chunks || [];
  const holds = (c) => c.start <= span[0] && span[1] <= c.end;
  const chunk = chunks.find((c) => c.chunk_id === citation.chunk_id && holds(c)) || chunks.find(holds);
  return chunk ? [chunk.start, chunk.end] : span;
}

async function openDocument(docId, citation, opener) {
  state.panelOpener = opener || null;
  els.panel.hidden = false;
  document.body.classList.add("panel-open");
  setBackgroundInert(true, els.panel);
  els.panel.dataset.docId = docId;
  els.docTitle.textContent = citation?.title || t("document");
  els.docStatus.textContent = t("doc-loading");
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
    const label = citation.n ? t("passage-cited", { n: citation.n }) : t("passage");
    els.docPassage.textContent = `${label}${withSection(citation.section, " — ")}`;
  }
  els.docMeta.replaceChildren(...META_FIELDS.flatMap((key) => {
    const value = metadataValue(key, doc);
    return value === null || value === undefined || value === "" ? [] : [el("dt", { text: t(`meta-${key}`) }), el("dd", { text: String(value) })];
  }));
  const span = citedSpan(doc.text, citation);
  if (!span) {
    els.docText.textContent = doc.text;
    if (citation) els.docStatus.textContent = t("doc-not-found");
    $("#doc-body").scrollTop = 0;
    return;
  }
  // The passage lightly highlighted, the quoted sentence or item in it strongly (the <mark>): the sentence of the
  // answer whose marker was clicked when the quote holds it, else the citation's quote.
  const text = doc.text;
  const [start, end] = sentenceSpan(text, citation.sentence, ...span) || span;
  const [from, to] = passageSpan(doc, citation, [start, end]);
  const mark = el("mark", { text: text.slice(start, end) });
  const passage = el("span", { class: "passage" }, document.createTextNode(text.slice(from, start)), mark,
    document.createTextNode(text.slice(end, to)));
  els.docText.replaceChildren(document.createTextNode(text.slice(0, from)), passage, document.createTextNode(text.slice(to)));
  // Centre the quote; one taller than the panel is shown from its start instead.
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

// -- settings: the API key and the language --------------------------------------------------

function showKeyStatus() {
  $("#api-key-status").textContent = storedKey() ? t("api-key-saved") : "";
}

function setupSettings() {
  const input = $("#api-key");
  input.value = storedKey();
  showKeyStatus();
  input.addEventListener("input", () => {
    try {
      const key = input.value.trim();
      if (key) localStorage.setItem(KEY_STORAGE, key);
      else localStorage.removeItem(KEY_STORAGE);
      showKeyStatus();
    } catch {
      $("#api-key-status").textContent = t("api-key-refused-storage");
    }
  });
  $("#api-key-clear").addEventListener("click", () => {
    input.value = "";
    input.dispatchEvent(new Event("input"));
    input.focus();
  });
  for (const option of document.querySelectorAll(".lang-option")) {
    option.addEventListener("click", () => setLanguage(option.dataset.lang, true));
  }
}

// Opens the settings (the sidebar is a drawer on a phone) and puts the cursor in the key field.
function openSettings() {
  closePanel();
  if (phone.matches) openSidebar(false);
  $("#settings").open = true;
  $("#api-key").focus();
}

// Puts the interface in `code`; what was drawn from server data (the open conversation, the list, the ranked
// missions) is drawn again, answers keep their own language (`lang` on each).
function setLanguage(code, remember = false) {
  if (!LANGUAGES.includes(code)) return;
  const changed = code !== lang;
  lang = code;
  fmt = formats();
  if (remember) {
    try {
      localStorage.setItem(LANG_STORAGE, code);
    } catch {
      /* this page only */
    }
  }
  document.documentElement.lang = code;
  translateStatic(document);
  translateStatic(els.template.content);
  for (const option of document.querySelectorAll(".lang-option")) {
    option.setAttribute("aria-pressed", String(option.dataset.lang === code));
  }
  if (!changed) return;
  showKeyStatus();
  updateFiltersCount();
  if (els.filterYearError.textContent) yearIsValid();
  if (pel.yearError.textContent) precedentYearIsValid();
  updatePrecedentFiltersCount();
  loadConversations();
  if (state.conversationId && !state.busy) {
    getJSON(conversationPath(state.conversationId)).then((c) => {
      if (c.id === state.conversationId && !state.busy) renderConversation(c);
    }, () => {});
  }
  redrawPrecedents();
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

// -- uploading a document ---------------------------------------------------------------------

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function formatBytes(n) {
  const units = lang === "en" ? ["bytes", "KB", "MB", "GB"] : ["octets", "Ko", "Mo", "Go"];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = new Intl.NumberFormat(fmt.locale, { maximumFractionDigits: unit ? 1 : 0 }).format(value);
  return `${number} ${units[unit]}`;
}

function uploadStatus(message, { error = false, buttons = [] } = {}) {
  els.uploadStatus.classList.toggle("is-error", error);
  els.uploadStatus.replaceChildren(el("p", { text: message }), ...(buttons.length ? [el("div", { class: "upload-buttons" }, ...buttons)] : []));
}

// The file, sent with XMLHttpRequest (fetch reports no upload progress) and the same headers as every request.
function sendFile(file, replace, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `api/documents${replace ? "?replace=true" : ""}`);
    const key = storedKey();
    if (key) xhr.setRequestHeader("Authorization", `Bearer ${key}`);
    xhr.setRequestHeader("X-Renewal-Owner", owner());
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener("load", () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) return resolve(body);
      const detail = detailOf(body, xhr.statusText);
      const message = `${t("http-error", { status: xhr.status })}${detail ? t("colon") + detail : ""}`;
      reject(xhr.status === 401 ? authError(message, detail) : new HttpError(message, xhr.status, detail));
    });
    xhr.addEventListener("error", () => reject(new HttpError(t("unreachable"))));
    const data = new FormData();
    data.append("file", file, file.name);
    xhr.send(data);
  });
}

async function uploadSelected(replace = false) {
  const file = els.uploadFile.files[0];
  if (!file) {
    uploadStatus(t("upload-choose"), { error: true });
    return els.uploadFile.focus();
  }
  const name = file.name;
  const suffix = name.includes(".") ? name.slice(name.lastIndexOf(".")).toLowerCase() : "";
  if (!UPLOAD_TYPES.includes(suffix)) return uploadStatus(t("upload-type", { name, types: UPLOAD_TYPES.join(", ") }), { error: true });
  if (!file.size) return uploadStatus(t("upload-empty", { name }), { error: true });
  els.uploadSend.disabled = true;
  els.uploadProgress.hidden = false;
  els.uploadProgress.value = 0;
  const progress = (fraction) => {
    els.uploadProgress.value = Math.round(fraction * 100);
    uploadStatus(t("upload-sending", { name, percent: fmt.percent.format(fraction) }));
  };
  progress(0);
  try {
    const accepted = await sendFile(file, replace, progress);
    els.uploadForm.reset();
    await followJob(accepted, name);
  } catch (error) {
    els.uploadProgress.hidden = true;
    showUploadError(error, name);
  } finally {
    els.uploadSend.disabled = false;
  }
}

function showUploadError(error, name) {
  if (error instanceof AuthError) {
    els.uploadStatus.classList.add("is-error");
    return els.uploadStatus.replaceChildren(el("p", {}, ...errorContent(error)));
  }
  if (error.status === 413) {
    const limit = /(\d+) bytes/.exec(error.detail || "");
    return uploadStatus(t("upload-too-large", { name, limit: limit ? formatBytes(Number(limit[1])) : "?" }), { error: true });
  }
  if (error.status === 409) {
    return uploadStatus(t("upload-exists", { name }), {
      error: true,
      buttons: [el("button", { type: "button", class: "button small", text: t("upload-replace"), onclick: () => uploadSelected(true) })],
    });
  }
  if (error.status === 415 || error.status === 422) return uploadStatus(t("upload-refused", { name, detail: error.detail }), { error: true });
  uploadStatus(error.message, { error: true });
}

// Polls the ingest job until it ends. A file listed in the report's errors was not indexed: a failure for the user,
// although the job itself is "done".
async function pollJob(jobId, onState) {
  let delay = 300;
  for (;;) {
    const job = await getJSON(`api/jobs/${encodeURIComponent(jobId)}`);
    if (["done", "failed", "cancelled"].includes(job.state)) return job;
    onState(job);
    await sleep(delay);
    delay = Math.min(delay * 1.5, 2000);
  }
}

async function followJob(accepted, name) {
  els.uploadProgress.removeAttribute("value"); // indeterminate while the server indexes
  const onState = (job) => {
    if (job.state === "running") uploadStatus(t("job-running", { name }));
    else if (job.waiting) uploadStatus(t("job-waiting", { name, detail: job.waiting }));
    else uploadStatus(t("job-queued", { name }));
  };
  onState(accepted);
  let job;
  try {
    job = await pollJob(accepted.job_id, onState);
  } catch (error) {
    els.uploadProgress.hidden = true;
    return uploadStatus(t("job-lost", { detail: error.message }), { error: true });
  }
  els.uploadProgress.hidden = true;
  const docId = accepted.doc_id;
  const errors = job.report?.errors || [];
  if (job.state === "done" && !errors.length) {
    documentCache.delete(docId);
    loadSites();
    return uploadStatus(t("job-done", { name }), {
      buttons: [el("button", { type: "button", class: "button small", text: t("upload-open"),
        onclick: (event) => openDocument(docId, null, event.currentTarget) })],
    });
  }
  const remove = el("button", { type: "button", class: "button small", text: t("upload-remove"), onclick: () => removeUpload(docId, name) });
  if (job.state === "done") {
    const shown = errors.map((e) => e.error).join(" ; ");
    return uploadStatus(t("job-not-indexed", { name, errors: shown }), { error: true, buttons: [remove] });
  }
  const key = job.state === "failed" ? "job-failed" : "job-cancelled";
  const detail = job.state === "failed" ? job.error || "" : job.error ? `${t("colon")}${job.error}` : "";
  uploadStatus(t(key, { name, detail }), { error: true, buttons: [remove] });
}

// Takes back a file that could not be indexed (it stays in the corpus folder otherwise).
async function removeUpload(docId, name) {
  uploadStatus(t("upload-removing", { name }));
  try {
    const accepted = await (await request(documentPath(docId), { method: "DELETE" })).json();
    await pollJob(accepted.job_id, () => {});
    documentCache.delete(docId);
    uploadStatus(t("upload-removed", { name }));
  } catch (error) {
    showUploadError(error, name);
  }
}

function setupUpload() {
  els.uploadForm.addEventListener("submit", (event) => {
    event.preventDefault();
    uploadSelected();
  });
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

// `search` is the brief and filters of the ranking shown; `draftRequest` the body of the draft shown;
// `comparison` the comparison shown.
const prec = { results: [], search: null, facets: null, draftRequest: null, draft: null, comparison: null, busy: false, notice: null };

const criterionLabel = (c) => (STRINGS.fr[`criterion-${c}`] ? t(`criterion-${c}`) : c);

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
  pel.yearError.textContent = ok ? "" : t("years-error");
  return ok;
}

function updatePrecedentFiltersCount() {
  pel.filtersCount.textContent = t("filters-count", { n: Object.keys(precedentFilters()).length });
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
  return { n, title, section: passage.section, doc_id: passage.doc_id, chunk_id: passage.chunk_id, start: passage.start, end: passage.end, quote: passage.quote };
}

function passageButton(passage, title) {
  return el("button", {
    type: "button",
    class: "passage-link",
    "aria-label": t("p-passage-label", { title, section: withSection(passage.section), quote: shorten(passage.quote, 80) }),
    onclick: (event) => openDocument(passage.doc_id, passageCitation(passage, title), event.currentTarget),
  }, el("span", { class: "passage-section", text: passage.section || t("passage") }),
  el("span", { class: "passage-quote", text: quoted(shorten(passage.quote)) }));
}

function recordSummary(record) {
  const parts = [
    record.site || record.town,
    record.years_text || (record.years || []).join(", "),
    record.mission_type,
    record.client && t("p-client-line", { client: record.client }),
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
      el("span", { class: "badge score", text: t("p-score", { score: fmt.decimal.format(p.score) }) }),
      p.comparable === false ? el("span", { class: "badge not-comparable", text: t("p-not-comparable") }) : null),
    el("p", { class: "card-meta muted small", text: recordSummary(p.record || {}) }),
    el("label", { class: "choose-label", for: checkbox.id }, checkbox,
      el("span", { text: t("p-choose") }), el("span", { class: "visually-hidden", text: ` ${quoted(p.title)}` })),
    el("h4", { class: "why", text: t("p-why") }),
    el("ul", { class: "matches" }, ...p.matches.map((m) => el("li", { class: "match" },
      el("p", { class: "match-line" },
        el("span", { class: "criterion", text: criterionLabel(m.criterion) }),
        el("span", { class: "match-score muted small", text: fmt.percent.format(m.score) }),
        el("span", { class: "detail", text: m.detail })),
      m.passages.length ? el("div", { class: "passages" }, ...m.passages.map((ps) => passageButton(ps, p.title))) : null))));
}

function selectedIds() {
  return [...pel.list.querySelectorAll("input.choose:checked")].map((box) => box.value);
}

function updateSelection() {
  pel.selectionCount.textContent = t("p-selected", { n: selectedIds().length });
  pel.selectionError.textContent = "";
}

// `notice` is the server's "no comparable mission" message (French, as the proposal).
function showPrecedents(precedents, chosen = [], notice = null) {
  pel.list.replaceChildren(...precedents.map(precedentCard));
  for (const box of pel.list.querySelectorAll("input.choose")) box.checked = chosen.includes(box.value);
  updateSelection();
  const n = precedents.filter((p) => p.comparable !== false).length;
  pel.status.textContent = n ? t("p-found", { n }) : t("p-none");
  const box = $("#precedents-notice");
  box.hidden = !notice;
  box.replaceChildren(...(notice ? [el("p", { text: notice }), el("p", { class: "small", text: t("p-nearest") })] : []));
}

async function searchPrecedents() {
  if (prec.busy) return;
  const brief = pel.brief.value.trim();
  showPrecedentsError(null);
  if (!brief) {
    showPrecedentsError(new Error(t("p-brief-missing")));
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
  pel.status.textContent = t("p-searching");
  try {
    const data = await (await postJSON("api/precedents", { brief, k: 5, filters })).json();
    prec.search = { brief, filters };
    prec.results = data.precedents;
    prec.notice = data.notice || null;
    showPrecedents(data.precedents, [], prec.notice);
    pel.results.hidden = false;
    pel.comparison.hidden = pel.draftView.hidden = true;
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
    el("caption", { class: "visually-hidden", text: t("p-table-caption") }),
    el("thead", {}, el("tr", {}, el("th", { scope: "col", text: t("p-field") }),
      ...columns.map((c) => el("th", { scope: "col" }, el("span", { class: "col-title", text: c.title }),
        c.place ? el("span", { class: "muted small col-place", text: c.place }) : null)))),
    el("tbody", {}, ...comparison.rows.map((row) => el("tr", { "data-field": row.field },
      el("th", { scope: "row", text: row.label }),
      ...row.cells.map((cell, i) => el("td", {},
        (cell.items || []).length
          ? el("ul", { class: "cell-items" }, ...cell.items.map((item) => el("li", { text: item })))
          : el("div", { class: "cell-text", text: cell.text || "—" }),
        (cell.passages || []).length ? el("div", { class: "cell-passages" }, ...cell.passages.map((ps, j) => el("button", {
          type: "button", class: "cite", text: String(j + 1), title: shorten(ps.quote, 160),
          "aria-label": t("p-cell-passage", { row: row.label, column: columns[i].title, n: j + 1, section: ps.section ? ` (${ps.section})` : "" }),
          onclick: (event) => openDocument(ps.doc_id, passageCitation(ps, columns[i].title), event.currentTarget),
        }))) : null))))));
  return el("div", { class: "table-wrap", role: "region", "aria-labelledby": "comparison-title", tabindex: "0" }, table);
}

function showComparison(comparison) {
  const shared = comparison.shared || {};
  const common = [[t("p-shared-components"), shared.components], [t("p-shared-actors"), shared.actors]]
    .filter(([, values]) => values && values.length)
    .map(([label, values]) => el("p", { class: "small" }, el("strong", { text: `${label}${t("colon")}` }), document.createTextNode(values.join(", "))));
  pel.comparisonBody.replaceChildren(comparisonTable(comparison), ...common);
}

async function compareSelected() {
  const ids = selectedIds();
  if (ids.length < 2) {
    pel.selectionError.textContent = t("p-need-two");
    return;
  }
  pel.comparison.hidden = false;
  pel.comparisonBody.replaceChildren();
  pel.comparisonStatus.textContent = t("p-comparing");
  pel.compare.disabled = true;
  try {
    const { comparison } = await (await postJSON("api/precedents", { brief: "", compare: ids })).json();
    prec.comparison = comparison;
    pel.comparisonStatus.textContent = "";
    showComparison(comparison);
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
  status.textContent = t("p-docx-preparing");
  status.classList.remove("is-error");
  try {
    const response = await postJSON("api/draft", { ...prec.draftRequest, format: "docx" });
    const blob = await response.blob();
    saveBlob(blob, dispositionFilename(response.headers.get("Content-Disposition"), "proposition.docx"));
    status.textContent = t("p-docx-done");
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
      list.append(el("li", item.flagged ? { class: "flagged" } : {}, ...content));
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
  const docx = el("button", { type: "button", class: "button small", text: t("p-download-docx") });
  docx.addEventListener("click", () => downloadDocx(docx, status));
  const mode = draft.mode === "llm" ? t("p-mode-llm") : t("p-mode-offline");
  pel.draftBody.replaceChildren(...[
    el("h3", { class: "draft-title", text: draft.title }),
    el("div", { class: "answer-flags" }, el("span", { class: `badge mode-${draft.mode}`, "data-mode": draft.mode, text: mode })),
    ...(draft.notices || (draft.notice ? [draft.notice] : [])).map((notice) => el("p", { class: "notice", role: "note", text: notice })),
    (draft.precedents || []).length ? el("p", { class: "muted small", text: t("p-from", { titles: draft.precedents.map((p) => p.title).join(" ; ") }) }) : null,
    el("div", { class: "draft-actions" },
      el("button", { type: "button", class: "button small", text: t("p-download-md"),
        onclick: () => saveBlob(new Blob([markdown], { type: "text/markdown;charset=utf-8" }), "proposition.md") }),
      docx, status),
    ...draft.sections.map((section) => el("section", { class: "draft-section" },
      el("h4", { text: section.title }), ...draftItems(section.items, refs))),
    el("section", { class: "draft-references" },
      el("h4", { text: t("p-references") }),
      el("ol", { class: "reference-list" }, ...draft.references.map((r) => el("li", { value: String(r.n), "data-n": String(r.n) },
        el("button", {
          type: "button", class: "link-button", text: `${r.title}${withSection(r.section, " — ")}`,
          "aria-label": t("p-reference-label", { n: r.n, title: r.title, section: withSection(r.section) }),
          onclick: (event) => openDocument(r.doc_id, r, event.currentTarget),
        }),
        el("q", { class: "ref-quote muted small", text: shorten(r.quote, 200) }))))),
  ].filter(Boolean));
}

async function draftSelected() {
  const ids = selectedIds();
  // With no comparable mission the server drafts from the generic outline of the mission type.
  if (!ids.length && !prec.notice) {
    pel.selectionError.textContent = t("p-need-one");
    return;
  }
  const body = ids.length
    ? { brief: prec.search.brief, doc_ids: ids, k: Math.min(10, ids.length), format: "markdown" }
    : { brief: prec.search.brief, filters: prec.search.filters, format: "markdown" };
  pel.draftView.hidden = false;
  pel.draftBody.replaceChildren();
  pel.draftStatus.textContent = t("p-drafting");
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

// After a change of language: the ranked missions, comparison and draft shown are drawn again.
function redrawPrecedents() {
  if (prec.busy || !prec.search) return;
  showPrecedents(prec.results, selectedIds(), prec.notice);
  if (prec.comparison && !pel.comparison.hidden) showComparison(prec.comparison);
  if (prec.draft && !pel.draftView.hidden) renderDraft(prec.draft.markdown, prec.draft.draft);
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

let searchTimer = null;

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
els.stop.addEventListener("click", stopAnswer);
els.search.addEventListener("input", () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(loadConversations, 250);
});
for (const input of [els.filterType, els.filterSite, els.filterYear]) input.addEventListener("input", updateFiltersCount);
els.filterYear.addEventListener("change", yearIsValid);
$("#filters-clear").addEventListener("click", clearFilters);
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

setLanguage(lang);
setupSettings();
setupViews();
setupPrecedents();
setupUpload();
loadConversations();
loadSites();
const fromHash = /^#c=(.+)$/.exec(location.hash);
if (fromHash) openConversation(decodeURIComponent(fromHash[1]));
else if (location.hash === "#precedents") showView("precedents");
else if (location.hash.startsWith("#doc=")) openLinkedPassage(new URLSearchParams(location.hash.slice(1)));
