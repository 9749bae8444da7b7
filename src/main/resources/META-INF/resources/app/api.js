// The GeoTimeline API as the page uses it: reads only, problem+json errors, paged timelines.
const API = "api/v1";

/** A failed request, with the RFC 9457 problem's title and detail when the server sent one. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export async function getJson(url, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, signal });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "The server could not be reached", error.message);
  }
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // not a problem document
    }
    const detail = Array.isArray(problem.errors) && problem.errors.length
      ? problem.errors.map((e) => `${e.field}: ${e.message}`).join("; ")
      : problem.detail || "";
    throw new ApiError(response.status, problem.title || response.statusText || `HTTP ${response.status}`, detail);
  }
  return response.json();
}

const segment = encodeURIComponent;

/**
 * The timeline that the page shows, as a path and its filters: an actor's or a place's own timeline when
 * only one is chosen, the combined one otherwise. Exports take the same path and filters.
 */
export function timelineRequest(state) {
  const params = new URLSearchParams();
  let path = `${API}/timeline`;
  if (state.actor && !state.location) {
    path = `${API}/actors/${segment(state.actor)}/timeline`;
  } else if (state.location && !state.actor) {
    path = `${API}/locations/${segment(state.location)}/timeline`;
  } else {
    if (state.actor) params.append("actor", state.actor);
    if (state.location) params.append("location", state.location);
  }
  for (const type of state.types) params.append("type", type);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  return { path, params };
}

const PAGE = 100;

/** Follows the timeline's pages up to `cap` events; `capped` says that more exist. */
export async function loadTimeline(state, cap, signal) {
  const { path, params } = timelineRequest(state);
  const items = [];
  let cursor = null;
  do {
    const query = new URLSearchParams(params);
    query.set("limit", String(Math.min(PAGE, cap - items.length)));
    if (cursor) query.set("cursor", cursor);
    const page = await getJson(`${path}?${query}`, signal);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor && items.length < cap);
  return { items, capped: Boolean(cursor) };
}

/** The URL that downloads the whole filtered timeline in a format (csv, geojson, timelinejs, ndjson). */
export function exportUrl(state, format) {
  const { path, params } = timelineRequest(state);
  params.set("format", format);
  return `${path}?${params}`;
}

/** The volume of the filtered timeline per bucket of `interval` (day, week, month, year). */
export function histogram(state, interval, signal) {
  const params = new URLSearchParams();
  if (state.actor) params.append("actor", state.actor);
  if (state.location) params.append("location", state.location);
  for (const type of state.types) params.append("type", type);
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  params.set("interval", interval);
  return getJson(`${API}/timeline/histogram?${params}`, signal);
}

/** Actors or locations ("actor" / "location") whose name or an alias begins with `text`. */
export async function search(kind, text, signal) {
  const page = await getJson(`${API}/${kind}s?${new URLSearchParams({ q: text, limit: "8" })}`, signal);
  return page.items;
}

const entities = new Map();

/** One actor or location by id, slug, name or alias; answers are kept for the page's life. */
export function entity(kind, key) {
  const id = `${kind}:${key}`;
  if (!entities.has(id)) {
    const request = getJson(`${API}/${kind}s/${segment(key)}`);
    request.catch(() => entities.delete(id));
    entities.set(id, request);
  }
  return entities.get(id);
}

export function eventTypes() {
  return getJson(`${API}/event-types`);
}

export async function settings() {
  try {
    return await getJson("ui/settings");
  } catch {
    return {};
  }
}
