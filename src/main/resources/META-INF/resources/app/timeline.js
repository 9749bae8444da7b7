// The timeline, drawn as SVG with honest precision: a day is a point, a month, season, year or interval is
// a bar over every day it may fall on, and an approximate or uncertain date is dashed and marked "≈".
import { colourOf } from "./colours.js";
import { dayNumber, humanDate, isQualified, tickLabel, ticks } from "./dates.js";
import { svg, widthOf } from "./svg.js";

const LANE = 24;
const AXIS = 26;
const MARGIN = 12;
const MAX_LABELLED_LANES = 14;
const MAX_HEIGHT = 720; // lanes beyond it get thinner, down to MIN_LANE
const MIN_LANE = 3;
const CHAR_PX = 6.4;
const LABEL_CHARS = 46;

function shortTitle(title) {
  return title.length > LABEL_CHARS ? `${title.slice(0, LABEL_CHARS - 1)}…` : title;
}

/** Days covered by the events (earliest to the day after latest), widened to at least a month. */
export function domainOf(events) {
  let first = Math.min(...events.map((e) => dayNumber(e.date.earliest)));
  let last = Math.max(...events.map((e) => dayNumber(e.date.latest) + 1));
  const pad = Math.max(2, Math.round((last - first) * 0.03));
  first -= pad;
  last += pad;
  if (last - first < 31) {
    const middle = Math.round((first + last) / 2);
    first = middle - 16;
    last = middle + 16;
  }
  return [first, last];
}

function layout(events, x, width, labelled) {
  const lanes = [];
  return events.map((event) => {
    const approximate = event.date.approximate || isQualified(event.date.edtf);
    const x0 = x(dayNumber(event.date.earliest));
    const x1 = x(dayNumber(event.date.latest) + 1);
    const point = event.date.precision === "DAY" || x1 - x0 < 6;
    const left = point ? (x0 + x1) / 2 - 6 : x0;
    const right = point ? (x0 + x1) / 2 + 6 : x1;
    const label = `${approximate ? "≈ " : ""}${shortTitle(event.title)}`;
    const labelWidth = labelled ? label.length * CHAR_PX + 8 : 0;
    const labelLeft = labelled && right + labelWidth > width - MARGIN;
    const extentLeft = labelLeft ? left - labelWidth : left;
    const extentRight = labelLeft ? right : right + labelWidth;
    let lane = lanes.findIndex((end) => end + 4 < extentLeft);
    if (lane < 0) {
      lane = lanes.length;
      lanes.push(extentRight);
    } else {
      lanes[lane] = extentRight;
    }
    return { event, approximate, x0, x1, point, left, right, label, labelLeft, lane };
  });
}

/** Draws `events` (in timeline order) into `container`; each mark links to the event in the list. */
export function drawTimeline(container, events) {
  container.replaceChildren();
  if (!events.length) return;
  const width = widthOf(container);
  const [first, last] = domainOf(events);
  const x = (day) => MARGIN + ((day - first) / (last - first)) * (width - 2 * MARGIN);
  let marks = layout(events, x, width, true);
  let labelled = true;
  if (Math.max(...marks.map((m) => m.lane)) >= MAX_LABELLED_LANES) {
    marks = layout(events, x, width, false);
    labelled = false;
  }
  const lanes = Math.max(...marks.map((m) => m.lane)) + 1;
  const lane = Math.max(MIN_LANE, Math.min(LANE, Math.floor(MAX_HEIGHT / lanes)));
  const size = Math.min(14, lane - 2 > 0 ? lane - 2 : lane);
  const height = AXIS + lanes * lane + 8;
  const chart = svg("svg", {
    width, height, viewBox: `0 0 ${width} ${height}`, role: "group", class: "timeline",
    "aria-label": `Timeline of ${events.length} events from ${humanDate(events[0].date.edtf)}`
      + ` to ${humanDate(events[events.length - 1].date.edtf)}`,
  });
  const axis = svg("g", { class: "axis", "aria-hidden": "true" });
  const scale = ticks(first, last, Math.max(2, Math.floor(width / 90)));
  for (const day of scale.days) {
    const at = x(day);
    axis.append(
      svg("line", { x1: at, x2: at, y1: AXIS - 6, y2: height, class: "grid" }),
      at + 44 < width ? svg("text", { x: at + 3, y: AXIS - 10 }, tickLabel(day, scale.unit)) : null,
    );
  }
  axis.append(svg("line", { x1: MARGIN, x2: width - MARGIN, y1: AXIS - 6, y2: AXIS - 6, class: "baseline" }));
  chart.append(axis);
  for (const m of marks) {
    const y = AXIS + m.lane * lane + lane / 2;
    const colour = colourOf(m.event.type);
    const when = humanDate(m.event.date.edtf);
    const mark = svg("a", {
      href: `#event-${m.event.id}`, class: `event-mark${m.approximate ? " approximate" : ""}`,
      "data-id": m.event.id, "aria-label": `${when}: ${m.event.title}`,
    }, svg("title", {}, `${when} (${m.event.date.precision.toLowerCase()}): ${m.event.title}`));
    if (m.point) {
      mark.append(svg("circle", { cx: (m.x0 + m.x1) / 2, cy: y, r: Math.min(5.5, size / 2), fill: colour, stroke: colour }));
    } else {
      mark.append(svg("rect", {
        x: m.x0, y: y - size / 2, width: Math.max(3, m.x1 - m.x0), height: size, rx: 2, fill: colour, stroke: colour,
      }));
    }
    if (labelled) {
      mark.append(svg("text", {
        x: m.labelLeft ? m.left - 5 : m.right + 5, y: y + 4, "text-anchor": m.labelLeft ? "end" : "start",
      }, m.label));
    }
    chart.append(mark);
  }
  container.append(chart);
}
