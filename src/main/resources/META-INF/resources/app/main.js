// The page at /: choose an actor or a place, filter by type and dates, and see the timeline, the map, the
// volume over time, the list of events and download links. All state is in the URL query (see state.js).
import * as api from "./api.js";
import { colourOf } from "./colours.js";
import { Combobox } from "./combobox.js";
import { dayNumber, humanDate } from "./dates.js";
import { automaticInterval, drawHistogram, unavailable } from "./histogram.js";
import { drawMap } from "./map.js";
import { queryOf, readState, writeState } from "./state.js";
import { html } from "./svg.js";
import { drawTimeline } from "./timeline.js";

/** The page draws at most this many events; the downloads hold the whole timeline. */
const CAP = 500;
/** Places looked up for the map, at most. */
const MAX_PLACES = 150;
const EXPORTS = [
  ["csv", "CSV", "one row per event, for spreadsheets"],
  ["geojson", "GeoJSON", "one feature per event and place, for GIS"],
  ["timelinejs", "TimelineJS", "for a TimelineJS slide show"],
  ["ndjson", "NDJSON", "one JSON event per line"],
];

const $ = (id) => document.getElementById(id);
const emptyState = () => ({ actor: "", location: "", types: [], from: "", to: "", interval: "" });

let state = readState();
let settings = {};
let shown = { events: [], places: [] };
let loading = null;
const pickers = {};

function navigate(next) {
  state = next;
  writeState(state);
  load();
}

function setStatus(text, error = false) {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("error", error);
}

function linkTo(next, text) {
  return html("a", { href: queryOf(next), "data-nav": "" }, text);
}

function eventItem(event) {
  const date = event.date;
  const approximate = date.approximate || /[~?%]/.test(date.edtf);
  return html("li", { id: `event-${event.id}`, class: "event", "data-type": event.type, tabindex: "-1" },
    html("p", { class: "when" },
      html("time", { datetime: date.earliest }, humanDate(date.edtf)), " ",
      html("code", { title: "EDTF, as stored" }, date.edtf), " ",
      html("span", { class: `precision${approximate ? " approximate" : ""}` },
        date.precision.toLowerCase() + (approximate ? ", approximate" : "")),
      date.expression
        ? html("span", { class: "written" }, ` reported as “${date.expression}”${date.reportedOn ? ` on ${date.reportedOn}` : ""}`)
        : null),
    html("h3", { class: "title" }, event.title),
    html("p", { class: "meta" },
      html("span", { class: "type", style: `--type-colour: ${colourOf(event.type)}` }, event.type.toLowerCase()),
      event.actors.length ? [" · ", ...event.actors.flatMap((a, i) => [i ? ", " : "",
        linkTo({ ...emptyState(), actor: a.slug }, a.name), ` (${a.role.toLowerCase()})`])] : null,
      event.locations.length ? [" · ", ...event.locations.flatMap((l, i) => [i ? ", " : "",
        linkTo({ ...emptyState(), location: l.slug }, l.name)])] : null),
    event.summary ? html("p", { class: "summary" }, event.summary) : null);
}

function drawDownloads() {
  $("downloads").replaceChildren(...EXPORTS.map(([format, name, what]) => html("li", {},
    html("a", { href: api.exportUrl(state, format), download: "", class: "download", "data-format": format }, name),
    ` ${what}`)));
}

async function placesOf(events, signal) {
  const byPlace = new Map();
  for (const event of events) {
    for (const location of event.locations) {
      if (!byPlace.has(location.slug)) byPlace.set(location.slug, { ...location, events: [] });
      byPlace.get(location.slug).events.push(event.title);
    }
  }
  const wanted = [...byPlace.values()].slice(0, MAX_PLACES);
  const found = await Promise.all(wanted.map((place) => api.entity("location", place.slug).catch(() => null)));
  if (signal.aborted) throw new DOMException("superseded", "AbortError");
  const placed = [];
  const unplaced = [];
  wanted.forEach((place, index) => {
    const full = found[index];
    if (full && full.latitude !== null && full.longitude !== null && full.latitude !== undefined) {
      placed.push({ ...place, latitude: full.latitude, longitude: full.longitude });
    } else {
      unplaced.push(place.name);
    }
  });
  const skipped = byPlace.size - wanted.length;
  return { placed, unplaced, skipped };
}

async function drawPlaces() {
  const { placed, unplaced, skipped } = shown.places;
  const notes = [];
  try {
    await drawMap($("map"), placed, settings, (place) => queryOf({ ...state, location: place.slug }));
  } catch (error) {
    $("map").replaceChildren();
    notes.push(`Map unavailable: ${error.message}.`);
  }
  if (unplaced.length) notes.push(`Without coordinates: ${unplaced.join(", ")}.`);
  if (skipped > 0) notes.push(`${skipped} more places are not drawn.`);
  $("map-note").textContent = notes.join(" ");
}

async function loadHistogram(signal) {
  const container = $("histogram");
  if (!shown.events.length) {
    container.replaceChildren(html("p", { class: "note" }, "No events to count."));
    return;
  }
  const days = Math.max(...shown.events.map((e) => dayNumber(e.date.latest)))
    - Math.min(...shown.events.map((e) => dayNumber(e.date.earliest)));
  const interval = state.interval || automaticInterval(days);
  container.setAttribute("aria-busy", "true");
  try {
    drawHistogram(container, await api.histogram(state, interval, signal));
  } catch (error) {
    if (error.name === "AbortError") return;
    unavailable(container, error.status === 404 ? "this server does not count events per interval"
      : error.title || "the request failed");
  } finally {
    container.removeAttribute("aria-busy");
  }
}

function describe(count, capped) {
  if (capped) return `Showing the first ${count} events in date order; the downloads below hold all of them.`;
  return count === 1 ? "1 event." : `${count} events.`;
}

async function load() {
  loading?.abort();
  const request = new AbortController();
  loading = request;
  const { signal } = request;
  drawDownloads();
  showChoices();
  setStatus("Loading…");
  document.body.setAttribute("aria-busy", "true");
  try {
    const { items, capped } = await api.loadTimeline(state, CAP, signal);
    shown = { events: items, places: { placed: [], unplaced: [], skipped: 0 } };
    drawTimeline($("timeline"), items);
    $("events").replaceChildren(...items.map(eventItem));
    setStatus(describe(items.length, capped));
    shown.places = await placesOf(items, signal);
    await Promise.all([drawPlaces(), loadHistogram(signal)]);
  } catch (error) {
    if (error.name === "AbortError") return;
    shown = { events: [], places: { placed: [], unplaced: [], skipped: 0 } };
    for (const id of ["timeline", "events", "map", "histogram"]) $(id).replaceChildren();
    $("map-note").textContent = "";
    setStatus(error.message || String(error), true);
  } finally {
    if (loading === request) document.body.removeAttribute("aria-busy");
  }
}

/** Puts the state into the form: names for the chosen actor and place, ticked types, dates. */
function showChoices() {
  for (const kind of ["actor", "location"]) {
    const picker = pickers[kind];
    const key = state[kind];
    if (!key) {
      picker.show(null);
    } else if (!picker.chosen || (picker.chosen.slug !== key && String(picker.chosen.id) !== key)) {
      picker.show({ slug: key, name: key });
      api.entity(kind, key).then((item) => {
        if (state[kind] !== key) return;
        picker.show(item);
        showTitle();
      }, () => {});
    }
  }
  showTitle();
  for (const box of document.querySelectorAll("input[name=type]")) box.checked = state.types.includes(box.value);
  $("from").value = state.from;
  $("to").value = state.to;
  $("interval").value = state.interval;
}

/** The window's title names the chosen actor and place, for bookmarks and history. */
function showTitle() {
  const names = ["actor", "location"].map((kind) => state[kind] && pickers[kind].chosen?.name).filter(Boolean);
  document.title = names.length ? `${names.join(" · ")} — GeoTimeline` : "GeoTimeline";
}

async function buildTypes() {
  let types = [];
  try {
    types = await api.eventTypes();
  } catch (error) {
    $("type-options").textContent = `Event types unavailable: ${error.title || error.message}`;
    return;
  }
  $("type-options").replaceChildren(...types.map(({ type, description }) => html("label", { title: description },
    html("input", { type: "checkbox", name: "type", value: type, checked: state.types.includes(type) }),
    html("span", { class: "swatch", style: `background: ${colourOf(type)}`, "aria-hidden": "true" }),
    type.toLowerCase())));
}

function fromForm() {
  return {
    ...state,
    types: [...document.querySelectorAll("input[name=type]:checked")].map((box) => box.value),
    from: $("from").value.trim(),
    to: $("to").value.trim(),
  };
}

function redrawLater() {
  let timer = null;
  let lastWidth = window.innerWidth;
  window.addEventListener("resize", () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    clearTimeout(timer);
    timer = setTimeout(() => {
      drawTimeline($("timeline"), shown.events);
      if (shown.events.length) drawPlaces();
      loadHistogram(loading?.signal ?? new AbortController().signal);
    }, 250);
  });
}

async function start() {
  for (const field of document.querySelectorAll("[data-combobox]")) {
    const kind = field.dataset.combobox;
    pickers[kind] = new Combobox(field, (item) => navigate({ ...state, [kind]: item ? item.slug : "" }));
  }
  [settings] = await Promise.all([api.settings(), buildTypes()]);
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    navigate(fromForm());
  });
  $("type-options").addEventListener("change", () => navigate(fromForm()));
  for (const id of ["from", "to"]) $(id).addEventListener("change", () => navigate(fromForm()));
  $("interval").addEventListener("change", () => {
    state = { ...state, interval: $("interval").value };
    writeState(state);
    loadHistogram(loading?.signal ?? new AbortController().signal);
  });
  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-nav], #map a.place");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(readState(new URL(link.getAttribute("href"), window.location.href).search));
    window.scrollTo({ top: 0 });
  });
  window.addEventListener("popstate", () => {
    const next = readState();
    if (queryOf(next) === queryOf(state)) return; // a jump to an event in the list
    state = next;
    load();
  });
  redrawLater();
  await load();
}

start();
