// Volume over time from GET /api/v1/timeline/histogram: one bar per bucket, the first series (events at
// least as precise as the buckets) in front, coarser series ("month only", "year only") as wide pale bars
// over their own month or year behind it. Where the server has no histogram, a short note says so.
import { dayNumber, humanDate, tickLabel, ticks } from "./dates.js";
import { html, svg, widthOf } from "./svg.js";

const HEIGHT = 190;
const TOP = 12;
const BOTTOM = 24;
const LEFT = 34;
const RIGHT = 10;
const SERIES_CLASSES = ["series-0", "series-1", "series-2", "series-3"];

/** The bucket interval for events spread over `days` days, when the user asks for none. */
export function automaticInterval(days) {
  if (days <= 92) return "day";
  if (days <= 366) return "week";
  if (days <= 366 * 4) return "month";
  return "year";
}

export function unavailable(container, reason) {
  container.replaceChildren(html("p", { class: "note unavailable" }, `Volume unavailable: ${reason}.`));
}

export function drawHistogram(container, answer) {
  const series = (answer.series || []).filter((s) => s.buckets && s.buckets.length);
  if (!series.length) {
    container.replaceChildren(html("p", { class: "note" }, "No events to count."));
    return;
  }
  const width = widthOf(container);
  const all = series.flatMap((s) => s.buckets);
  const first = Math.min(...all.map((b) => dayNumber(b.start)));
  const last = Math.max(...all.map((b) => dayNumber(b.end) + 1));
  const top = Math.max(...all.map((b) => b.count));
  const x = (day) => LEFT + ((day - first) / Math.max(1, last - first)) * (width - LEFT - RIGHT);
  const y = (count) => HEIGHT - BOTTOM - (count / top) * (HEIGHT - BOTTOM - TOP);
  const chart = svg("svg", {
    width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, class: "histogram", role: "img",
    "aria-label": `Events per ${answer.interval}: ${answer.total} in all; the table below gives the numbers`,
  });
  const axis = svg("g", { class: "axis", "aria-hidden": "true" });
  for (const count of [0, Math.ceil(top / 2), top].filter((c, i, a) => a.indexOf(c) === i)) {
    axis.append(
      svg("line", { x1: LEFT, x2: width - RIGHT, y1: y(count), y2: y(count), class: "grid" }),
      svg("text", { x: LEFT - 5, y: y(count) + 4, "text-anchor": "end" }, count),
    );
  }
  const scale = ticks(first, last, Math.max(2, Math.floor(width / 90)));
  for (const day of scale.days) {
    axis.append(svg("line", { x1: x(day), x2: x(day), y1: y(0), y2: y(0) + 5, class: "tick" }));
    if (x(day) + 44 < width) axis.append(svg("text", { x: x(day) + 2, y: HEIGHT - 6 }, tickLabel(day, scale.unit)));
  }
  chart.append(axis);
  [...series].reverse().forEach((s) => {
    const index = series.indexOf(s);
    const group = svg("g", { class: `bars ${SERIES_CLASSES[index % SERIES_CLASSES.length]}` });
    for (const bucket of s.buckets) {
      const x0 = x(dayNumber(bucket.start));
      const x1 = x(dayNumber(bucket.end) + 1);
      const gap = x1 - x0 > 4 ? 1 : 0;
      group.append(svg("rect", {
        x: x0 + gap / 2, y: y(bucket.count), width: Math.max(1.5, x1 - x0 - gap), height: y(0) - y(bucket.count),
      }, svg("title", {}, `${bucketLabel(bucket)}: ${bucket.count} (${s.label})`)));
    }
    chart.append(group);
  });
  const legend = html("ul", { class: "legend" }, series.map((s, index) => html("li", {},
    html("span", { class: `swatch ${SERIES_CLASSES[index % SERIES_CLASSES.length]}`, "aria-hidden": "true" }),
    `${s.label}: ${s.buckets.reduce((sum, b) => sum + b.count, 0)}`)));
  const table = html("details", { class: "numbers" },
    html("summary", {}, "The numbers"),
    html("table", {},
      html("thead", {}, html("tr", {}, html("th", { scope: "col" }, "Series"), html("th", { scope: "col" }, "From"),
        html("th", { scope: "col" }, "To"), html("th", { scope: "col" }, "Events"))),
      html("tbody", {}, series.flatMap((s) => s.buckets.map((b) => html("tr", {},
        html("td", {}, s.label), html("td", {}, b.start), html("td", {}, b.end), html("td", {}, b.count)))))));
  container.replaceChildren(legend, chart, table);
}

function bucketLabel(bucket) {
  return bucket.start === bucket.end ? humanDate(bucket.start) : `${humanDate(bucket.start)} – ${humanDate(bucket.end)}`;
}
