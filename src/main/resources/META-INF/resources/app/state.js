// The page's state lives in its URL query, so that a view can be shared and reloaded:
// /?actor=vladimir-putin&location=syria&type=CONSULT,AID&from=2024-12&to=2025-02&interval=month
const KEYS = ["actor", "location", "type", "from", "to", "interval"];

export function readState(search = window.location.search) {
  const query = new URLSearchParams(search);
  const value = (key) => (query.get(key) || "").trim();
  return {
    actor: value("actor"),
    location: value("location"),
    types: query.getAll("type").flatMap((t) => t.split(",")).map((t) => t.trim().toUpperCase()).filter(Boolean),
    from: value("from"),
    to: value("to"),
    interval: value("interval"),
  };
}

export function queryOf(state) {
  const query = new URLSearchParams();
  for (const key of KEYS) {
    const value = key === "type" ? state.types.join(",") : state[key];
    if (value) query.set(key, value);
  }
  const text = query.toString().replaceAll("%2C", ",");
  return text ? `?${text}` : window.location.pathname;
}

export function writeState(state, replace = false) {
  const url = queryOf(state);
  const current = window.location.search || window.location.pathname;
  if (url === current) return;
  if (replace) {
    window.history.replaceState(null, "", url);
  } else {
    window.history.pushState(null, "", url);
  }
}
