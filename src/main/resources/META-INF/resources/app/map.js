// The map: a bundled world outline (map/world-50m.json, from world-atlas; see scripts/world-outline) in Web
// Mercator, zoomed to the events' places, each place a dot with its name and number of events. Optional map
// tiles (geotimeline.ui.map-tile-url) are laid under the outline; without them nothing loads from elsewhere.
import { html, svg, widthOf } from "./svg.js";

const SIZE = 7200; // the outline's world, in units (see scripts/world-outline/generate.mjs)
const MAX_LAT = 85.0511;
const MIN_EXTENT = 160; // units: about 8 degrees of longitude, so that one place is not a close-up
const DOT_PX = 6;
const LABEL_PX = 12;
const MAX_TILES = 64;

export const mercatorX = (lon) => ((lon + 180) / 360) * SIZE;
export const mercatorY = (lat) => {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (SIZE / 2) * (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI);
};

let outline = null;

function loadOutline() {
  outline ??= fetch("map/world-50m.json").then((r) => {
    if (!r.ok) throw new Error(`world outline: HTTP ${r.status}`);
    return r.json();
  });
  return outline;
}

function viewOf(places, aspect) {
  let x0;
  let x1;
  let y0;
  let y1;
  if (places.length) {
    const xs = places.map((p) => mercatorX(p.longitude));
    const ys = places.map((p) => mercatorY(p.latitude));
    [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const padX = Math.max((x1 - x0) * 0.15, MIN_EXTENT / 2 - (x1 - x0) / 2, 20);
    const padY = Math.max((y1 - y0) * 0.15, MIN_EXTENT / 2 - (y1 - y0) / 2, 20);
    [x0, x1, y0, y1] = [x0 - padX, x1 + padX, y0 - padY, y1 + padY];
  } else {
    [x0, x1, y0, y1] = [0, SIZE, mercatorY(78), mercatorY(-58)];
  }
  let w = x1 - x0;
  let h = y1 - y0;
  if (w / h < aspect) {
    x0 -= (h * aspect - w) / 2;
    w = h * aspect;
  } else {
    y0 -= (w / aspect - h) / 2;
    h = w / aspect;
  }
  return { x: x0, y: y0, w, h };
}

function tiles(template, view, pixelWidth) {
  const unitsPerPx = view.w / pixelWidth;
  const zoom = Math.max(0, Math.min(19, Math.round(Math.log2(SIZE / (256 * unitsPerPx)))));
  const count = 2 ** zoom;
  const size = SIZE / count;
  const out = [];
  const firstY = Math.max(0, Math.floor(view.y / size));
  const lastY = Math.min(count - 1, Math.floor((view.y + view.h) / size));
  for (let ty = firstY; ty <= lastY; ty++) {
    for (let tx = Math.floor(view.x / size); tx <= Math.floor((view.x + view.w) / size); tx++) {
      if (out.length >= MAX_TILES) return out;
      const href = template.replaceAll("{z}", zoom).replaceAll("{x}", ((tx % count) + count) % count)
        .replaceAll("{y}", ty);
      out.push(svg("image", { href, x: tx * size, y: ty * size, width: size, height: size,
        preserveAspectRatio: "none" }));
    }
  }
  return out;
}

/** Whether two label boxes (x, y, w, h in units) overlap. */
const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Draws `places` ({slug, name, latitude, longitude, events: [titles]}) into `container`; `hrefOf(place)` is
 * the link of a place's dot. `settings` may name a tile URL template and its attribution.
 */
export async function drawMap(container, places, settings, hrefOf) {
  const world = await loadOutline();
  const width = widthOf(container);
  const height = Math.round(width * 0.62);
  const view = viewOf(places, width / height);
  const unitsPerPx = view.w / width;
  const withTiles = Boolean(settings.mapTileUrl);
  const names = places.map((p) => p.name).join(", ");
  const chart = svg("svg", {
    width, height, viewBox: `${view.x} ${view.y} ${view.w} ${view.h}`, class: `map${withTiles ? " tiled" : ""}`,
    role: "group", "aria-label": places.length ? `Map of the events' places: ${names}` : "World map: no places",
  });
  chart.append(svg("rect", { x: view.x, y: view.y, width: view.w, height: view.h, class: "sea" }));
  if (withTiles) chart.append(svg("g", { class: "tiles", "aria-hidden": "true" }, tiles(settings.mapTileUrl, view, width)));
  chart.append(
    svg("path", { d: world.land, class: "land", "vector-effect": "non-scaling-stroke", "aria-hidden": "true" }),
    svg("path", { d: world.borders, class: "borders", "vector-effect": "non-scaling-stroke", "aria-hidden": "true" }),
  );
  const labels = [];
  const sorted = [...places].sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
  const layer = svg("g", { class: "places" });
  for (const place of sorted) {
    const cx = mercatorX(place.longitude);
    const cy = mercatorY(place.latitude);
    const count = place.events.length;
    const text = `${place.name}: ${count} event${count === 1 ? "" : "s"}`;
    const dot = svg("a", {
      href: hrefOf(place), class: "place", "data-slug": place.slug, "aria-label": text,
    },
    svg("title", {}, `${text}\n${place.events.map((t) => `• ${t}`).join("\n")}`),
    svg("circle", { cx, cy, r: (DOT_PX + Math.min(4, count - 1)) * unitsPerPx, "vector-effect": "non-scaling-stroke" }));
    const box = {
      x: cx + 9 * unitsPerPx, y: cy - 8 * unitsPerPx, w: place.name.length * 7 * unitsPerPx, h: 15 * unitsPerPx,
    };
    if (!labels.some((other) => overlaps(box, other))) {
      labels.push(box);
      dot.append(svg("text", {
        x: box.x, y: cy + 4 * unitsPerPx, "font-size": LABEL_PX * unitsPerPx, "aria-hidden": "true",
      }, place.name));
    }
    layer.append(dot);
  }
  chart.append(layer);
  const attribution = withTiles && settings.mapTileAttribution
    ? html("p", { class: "attribution" }, settings.mapTileAttribution) : null;
  container.replaceChildren(chart, ...(attribution ? [attribution] : []));
}
