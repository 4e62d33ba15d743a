// Bastion operations dashboard: a view over the admin API, with a few confirmed actions
// (revoke a key, disable or enable a user, purge the LLM cache).
//
// Security rules this file keeps (the e2e test checks some of them):
// * the token is typed by the operator and kept in sessionStorage only, sent as a bearer token
//   to this origin's admin API, never anywhere else;
// * every value from the API reaches the page through textContent / DOM nodes, never as markup:
//   trace fields come from users and must not become script.
// * every admin path is listed in API (read) or ACTIONS (change) below; the test calls each one.

const TOKEN_KEY = "bastion.dashboard.token";
const PAGE_SIZE = 50;

/** Every admin API path this page calls; `{name}` is filled in by apiPath(). */
const API = Object.freeze({
  stats: "/admin/stats",
  llmCache: "/admin/cache/llm",
  budgets: "/admin/budgets",
  userBudget: "/admin/users/{user_id}/budget",
  groupBudget: "/admin/groups/{group}/budget",
  traces: "/admin/traces",
  trace: "/admin/traces/{trace_id}",
  users: "/admin/users",
  keys: "/admin/keys",
  mcpServers: "/admin/mcp/servers",
  agents: "/admin/a2a/agents",
});

/** The changes this page can make: [method, path]. Each asks for confirmation first. */
const ACTIONS = Object.freeze({
  revokeKey: ["DELETE", "/admin/keys/{key_id}"],
  disableUser: ["POST", "/admin/users/{user_id}/disable"],
  enableUser: ["POST", "/admin/users/{user_id}/enable"],
  purgeLlmCache: ["POST", "/admin/cache/llm/purge"],
});

class AuthError extends Error {}

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// ---------------------------------------------------------------- helpers

const $ = (id) => document.getElementById(id);

/** Build an element; string/number children become text nodes (never parsed as HTML). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "title") node.title = String(v);
    else if (k.startsWith("data-")) node.setAttribute(k, String(v));
    // Links stay on this gateway: a local path only (not "//host" or "/\host").
    else if (k === "href" && /^\/(?![\/\\])/.test(String(v))) node.setAttribute("href", String(v));
    else throw new Error(`unsupported property ${k}`);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function clear(node) {
  node.replaceChildren();
}

function fmtTime(epochSeconds) {
  if (epochSeconds === null || epochSeconds === undefined) return "-";
  const d = new Date(Number(epochSeconds) * 1000);
  return Number.isNaN(d.getTime()) ? "-" : d.toISOString().replace("T", " ").slice(0, 19);
}

function fmtNum(v, digits = 0) {
  if (v === null || v === undefined || v === "") return "-";
  const n = Number(v);
  return Number.isFinite(n) ? n.toLocaleString(undefined, { maximumFractionDigits: digits }) : String(v);
}

/** A list for display; null means "no restriction" (grants) or "inherited" (key roles). */
function fmtList(v, whenNull = "all") {
  if (v === null || v === undefined) return whenNull;
  return Array.isArray(v) ? v.join(", ") : String(v);
}

function fmtBool(v) {
  return v ? "yes" : "no";
}

function row(cells, props = {}) {
  return el("tr", props, ...cells.map((c) => el("td", {}, c)));
}

function emptyRow(tbody, columns, text) {
  const td = el("td", { class: "muted" }, text);
  td.colSpan = columns;
  tbody.append(el("tr", {}, td));
}

function showStatus(text) {
  const s = $("status");
  s.textContent = text;
  s.hidden = !text;
}

// ---------------------------------------------------------------- API access

function apiPath(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (_, name) => {
    if (!(name in params)) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(String(params[name]));
  });
}

async function api(template, { params = {}, query = {}, method = "GET", body = undefined } = {}) {
  const url = new URL(apiPath(template, params), window.location.origin);
  for (const [k, v] of Object.entries(query)) {
    if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, String(v));
  }
  const token = sessionStorage.getItem(TOKEN_KEY) || "";
  const headers = { Authorization: `Bearer ${token}`, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: "omit",
    cache: "no-store",
    redirect: "error",
  });
  if (response.status === 401 || response.status === 403) {
    throw new AuthError(await errorMessage(response));
  }
  if (!response.ok) throw new ApiError(response.status, await errorMessage(response));
  return response.json();
}

async function errorMessage(response) {
  try {
    const body = await response.json();
    const e = body && (body.error ?? body.detail ?? body.message);
    if (typeof e === "string") return e;
    if (e && typeof e.message === "string") return e.message;
  } catch {
    // not JSON: fall through to the status line
  }
  return `HTTP ${response.status}`;
}

/** Run a view loader; auth failures go back to the sign-in form, other errors to the banner. */
async function guarded(loader) {
  try {
    showStatus("");
    await loader();
  } catch (err) {
    if (err instanceof AuthError) signOut(`Signed out: ${err.message}`);
    else showStatus(`Error: ${err.message}`);
  }
}

/** Run one of ACTIONS after the operator confirms ``question``; then reload the view. */
async function act(name, params, question, body = undefined) {
  if (!window.confirm(question)) return;
  const [method, template] = ACTIONS[name];
  await guarded(async () => {
    await api(template, { params, method, body });
    await loaders[currentTab]();
  });
}

function actionButton(label, action, data) {
  const props = { class: "action", "data-action": action };
  for (const [k, v] of Object.entries(data)) props[`data-${k}`] = v;
  return el("button", props, label);
}

// ---------------------------------------------------------------- sign-in

function signedIn() {
  return Boolean(sessionStorage.getItem(TOKEN_KEY));
}

function setSignedInUi(on) {
  $("login").hidden = on;
  $("tabs").hidden = !on;
  $("refresh").hidden = !on;
  $("logout").hidden = !on;
  if (!on) for (const v of document.querySelectorAll(".view")) v.hidden = true;
}

function signOut(message = "") {
  sessionStorage.removeItem(TOKEN_KEY);
  setSignedInUi(false);
  showStatus("");
  $("login-error").textContent = message;
  $("token").value = "";
  $("token").focus();
}

async function signIn(event) {
  event.preventDefault();
  const token = $("token").value.trim();
  if (!token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  $("token").value = "";
  try {
    await api(API.stats);
  } catch (err) {
    signOut(err instanceof AuthError ? `Not accepted: ${err.message}` : `Error: ${err.message}`);
    return;
  }
  $("login-error").textContent = "";
  setSignedInUi(true);
  selectTab(currentTab);
}

// Identity providers with a browser sign-in (SAML) are listed by the gateway; their sign-in
// page hands the session token back to this tab's sessionStorage and returns here.
const SIGN_IN_LINKS = "/auth/providers";

async function loadSignInLinks() {
  let links = [];
  try {
    const response = await fetch(SIGN_IN_LINKS, { headers: { Accept: "application/json" } });
    if (response.ok) links = (await response.json()).sign_in || [];
  } catch (err) {
    return; // the token form still works
  }
  const list = $("sso-links");
  clear(list);
  for (const link of links) {
    const href = `${link.login_url}?next=${encodeURIComponent("/dashboard/")}`;
    list.append(el("li", {}, el("a", { href }, `Sign in with ${link.name} (${link.type.toUpperCase()})`)));
  }
  $("sso").hidden = links.length === 0;
}

// ---------------------------------------------------------------- tabs

let currentTab = "overview";

const loaders = {
  overview: loadOverview,
  traces: () => loadTraces(false),
  people: loadPeople,
  mcp: loadMcp,
  agents: loadAgents,
};

function selectTab(name) {
  currentTab = name;
  for (const b of document.querySelectorAll("#tabs button")) {
    b.classList.toggle("active", b.dataset.tab === name);
  }
  for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== `view-${name}`;
  guarded(loaders[name]);
}

// ---------------------------------------------------------------- overview

async function loadOverview() {
  const [stats, cache, budgets] = await Promise.all([api(API.stats), api(API.llmCache), api(API.budgets)]);
  $("calls-total").textContent = fmtNum(stats.calls_total);
  $("queue-depth").textContent = fmtNum(stats.audit_queue_depth);
  renderCache(cache);
  await renderBudgets(budgets.items || []);
}

function renderCache(cache) {
  const dl = $("cache-summary");
  clear(dl);
  const add = (term, value) => dl.append(el("dt", {}, term), el("dd", {}, value));
  if (!cache.enabled) {
    add("Semantic cache", "off");
    return;
  }
  const saved = cache.tokens_saved || {};
  add("Hits", fmtNum(cache.hits));
  add("Tokens saved (in / out)", `${fmtNum(saved.in)} / ${fmtNum(saved.out)}`);
  add("Cost saved", fmtNum(cache.cost_saved, 4));
  const phases = Object.entries(cache.hits_by_phase || {}).map(([p, n]) => `${p}: ${n}`).join(", ");
  add("Hits by phase", phases || "-");
}

async function budgetUsage(b) {
  const template = b.scope === "group" ? API.groupBudget : API.userBudget;
  const params = b.scope === "group" ? { group: b.subject } : { user_id: b.subject };
  try {
    return (await api(template, { params })).usage || null;
  } catch (err) {
    if (err instanceof AuthError) throw err;
    return null; // usage is a nice-to-have; the budget row still shows its caps
  }
}

async function renderBudgets(items) {
  const tbody = $("budgets");
  const usages = await Promise.all(items.map(budgetUsage));
  clear(tbody);
  if (!items.length) {
    emptyRow(tbody, 7, "No budgets set.");
    return;
  }
  items.forEach((b, i) => {
    const u = usages[i] || {};
    const spend = b.max_spend === null ? "no cap" : `${fmtNum(u.spend, 4)} / ${fmtNum(b.max_spend, 4)}`;
    const tokens = b.max_tokens === null ? "no cap" : `${fmtNum(u.tokens)} / ${fmtNum(b.max_tokens)}`;
    tbody.append(row([b.scope, b.subject, b.period, spend, tokens, fmtTime(u.resets_at), b.source]));
  });
}

// ---------------------------------------------------------------- traces

let traceCursor = null;

function traceQuery() {
  const form = new FormData($("trace-search"));
  const query = { limit: PAGE_SIZE };
  for (const key of ["user", "front_door", "kind", "status", "target"]) {
    const v = String(form.get(key) || "").trim();
    if (v) query[key] = v;
  }
  return query;
}

function cacheLabel(cache) {
  if (!cache || typeof cache !== "object") return "-";
  return String(cache.result ?? cache.store ?? "-");
}

async function loadTraces(append) {
  const query = traceQuery();
  if (append && traceCursor !== null) query.cursor = traceCursor;
  const page = await api(API.traces, { query });
  const tbody = $("traces");
  if (!append) clear(tbody);
  for (const t of page.items || []) {
    const tr = row([
      fmtTime(t.started_at), t.front_door, t.kind, t.target, t.user_id ?? "-", t.status,
      fmtNum(t.duration_ms, 1), `${fmtNum(t.tokens_in)} / ${fmtNum(t.tokens_out)}`,
      fmtNum(t.cost, 6), cacheLabel(t.cache),
    ], { class: `status-${String(t.status).replace(/[^a-z_]/gi, "")}`, title: t.error ?? t.trace_id });
    tr.dataset.traceId = String(t.trace_id);
    tbody.append(tr);
  }
  if (!tbody.childElementCount) emptyRow(tbody, 10, "No traces match.");
  traceCursor = page.next_cursor ?? null;
  $("more").hidden = traceCursor === null;
}

async function showTrace(traceId) {
  const trace = await api(API.trace, { params: { trace_id: traceId } });
  $("trace-title").textContent = `Trace ${traceId}`;
  $("trace-json").textContent = JSON.stringify(trace, null, 2);
  $("trace-detail").hidden = false;
}

// ---------------------------------------------------------------- keys & users

async function loadPeople() {
  const [users, keys] = await Promise.all([api(API.users), api(API.keys)]);
  const ub = $("users");
  clear(ub);
  for (const u of users.items || []) {
    const toggle = u.disabled ? actionButton("Enable", "enableUser", { user: u.id })
      : actionButton("Disable", "disableUser", { user: u.id });
    ub.append(row([u.id, u.name ?? "-", u.email ?? "-", u.department ?? "-", fmtList(u.groups),
      fmtList(u.roles), fmtBool(u.disabled), fmtTime(u.created_at), toggle]));
  }
  if (!ub.childElementCount) emptyRow(ub, 9, "No users.");
  const kb = $("keys");
  clear(kb);
  for (const k of keys.items || []) {
    kb.append(row([k.id, `sha256:${k.fingerprint}`, k.name ?? "-", k.user_id, fmtList(k.roles, "user's"),
      k.rpm_limit ? fmtNum(k.rpm_limit) : "default", fmtBool(k.active), fmtTime(k.created_at),
      fmtTime(k.last_used_at), k.active ? actionButton("Revoke", "revokeKey", { key: k.id }) : ""],
    { class: k.active ? "" : "inactive" }));
  }
  if (!kb.childElementCount) emptyRow(kb, 9, "No keys.");
}

// ---------------------------------------------------------------- MCP servers and agents

/** A front door that is switched off has no admin routes: say so instead of failing. */
async function optional(template, tbody, columns, what) {
  try {
    return await api(template);
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      clear(tbody);
      emptyRow(tbody, columns, `${what} is not enabled on this gateway.`);
      return null;
    }
    throw err;
  }
}

async function loadMcp() {
  const tbody = $("mcp-servers");
  const data = await optional(API.mcpServers, tbody, 9, "The MCP hub");
  if (data === null) return;
  clear(tbody);
  for (const s of data.items || []) {
    tbody.append(row([s.name, s.kind, s.transport ?? "-", s.status, fmtBool(s.enabled),
      fmtNum((s.tools || []).length), fmtNum(s.restarts), s.source ?? "-", s.last_error ?? ""],
    { class: `health-${String(s.status).replace(/[^a-z_]/gi, "")}` }));
  }
  if (!tbody.childElementCount) emptyRow(tbody, 9, "No MCP servers.");
}

async function loadAgents() {
  const tbody = $("agents");
  const data = await optional(API.agents, tbody, 8, "The A2A router");
  if (data === null) return;
  clear(tbody);
  for (const a of data.agents || []) {
    tbody.append(row([a.name, a.agent_name ?? "-", a.version ?? "-", a.health, fmtNum((a.skills || []).length),
      fmtTime(a.last_refresh), a.source ?? "-", a.last_error ?? ""],
    { class: `health-${String(a.health).replace(/[^a-z_]/gi, "")}` }));
  }
  if (!tbody.childElementCount) emptyRow(tbody, 8, "No agents.");
}

// ---------------------------------------------------------------- wiring

function init() {
  $("login-form").addEventListener("submit", signIn);
  $("logout").addEventListener("click", () => signOut());
  $("refresh").addEventListener("click", () => selectTab(currentTab));
  for (const b of document.querySelectorAll("#tabs button")) {
    b.addEventListener("click", () => selectTab(b.dataset.tab));
  }
  $("trace-search").addEventListener("submit", (e) => {
    e.preventDefault();
    traceCursor = null;
    guarded(() => loadTraces(false));
  });
  $("more").addEventListener("click", () => guarded(() => loadTraces(true)));
  $("traces").addEventListener("click", (e) => {
    const tr = e.target.closest("tr[data-trace-id]");
    if (tr) guarded(() => showTrace(tr.dataset.traceId));
  });
  $("close-detail").addEventListener("click", () => { $("trace-detail").hidden = true; });
  $("users").addEventListener("click", (e) => {
    const b = e.target.closest("button[data-action]");
    if (!b) return;
    const verb = b.dataset.action === "disableUser" ? "Disable" : "Enable";
    act(b.dataset.action, { user_id: b.dataset.user },
      `${verb} user ${b.dataset.user}? ${verb === "Disable" ? "Their keys stop working within seconds." : ""}`);
  });
  $("keys").addEventListener("click", (e) => {
    const b = e.target.closest("button[data-action='revokeKey']");
    if (b) act("revokeKey", { key_id: b.dataset.key }, `Revoke key ${b.dataset.key}? This cannot be undone.`);
  });
  $("purge-cache").addEventListener("click", () => act("purgeLlmCache", {},
    "Purge every LLM cache entry (all namespaces and models)?", {}));

  setSignedInUi(signedIn());
  if (signedIn()) selectTab(currentTab);
  else $("token").focus();
  loadSignInLinks();
}

init();
