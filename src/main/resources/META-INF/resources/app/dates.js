// Calendar arithmetic on whole days (UTC) and EDTF dates in words.
const DAY_MS = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));
const SUB_YEARS = {
  21: "spring", 22: "summer", 23: "autumn", 24: "winter",
  33: "first quarter of", 34: "second quarter of", 35: "third quarter of", 36: "fourth quarter of",
  37: "early", 38: "mid-", 39: "late", 40: "first half of", 41: "second half of",
};

/** Days since 1970-01-01 of an ISO calendar date (YYYY-MM-DD). */
export function dayNumber(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return Math.round(date.getTime() / DAY_MS);
}

/** The UTC date of a day number. */
export function dateOf(day) {
  return new Date(day * DAY_MS);
}

/** "12 Feb", "Feb 2025", "2025": a short label for an axis tick. */
export function tickLabel(day, unit) {
  const date = dateOf(day);
  const year = date.getUTCFullYear();
  if (unit === "year") return String(year);
  if (unit === "month") {
    const month = date.getUTCMonth();
    return month === 0 ? `${SHORT_MONTHS[0]} ${year}` : SHORT_MONTHS[month];
  }
  return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]}`;
}

/** Whether an EDTF date is marked approximate (~), uncertain (?) or both (%), anywhere in it. */
export function isQualified(edtf) {
  return /[~?%]/.test(edtf);
}

/** An EDTF date in words: "12 February 2025", "December 2024", "≈ December 2024", "spring 2025". */
export function humanDate(edtf) {
  if (edtf.includes("/")) {
    return edtf.split("/").map((part) => (part === ".." ? "open" : humanDate(part))).join(" – ");
  }
  const qualifier = /[~?%]$/.exec(edtf)?.[0] ?? "";
  const bare = qualifier ? edtf.slice(0, -1) : edtf;
  const [year, month, day] = bare.split("-");
  const y = String(Number(year));
  let text = bare;
  if (day && MONTHS[month - 1]) {
    text = `${Number(day)} ${MONTHS[month - 1]} ${y}`;
  } else if (month && Number(month) <= 12) {
    text = `${MONTHS[month - 1]} ${y}`;
  } else if (month && SUB_YEARS[Number(month)]) {
    const words = SUB_YEARS[Number(month)];
    text = words.endsWith("-") ? `${words}${y}` : `${words} ${y}`;
  } else if (!month) {
    text = y;
  }
  if (qualifier === "~") return `≈ ${text}`;
  if (qualifier === "?") return `${text} (uncertain)`;
  if (qualifier === "%") return `≈ ${text} (uncertain)`;
  return text;
}

/** Ticks for a day range: whole days, months or years, at most about `count` of them. */
export function ticks(first, last, count) {
  const span = last - first;
  const start = dateOf(first);
  const out = [];
  if (span <= count * 7) {
    const step = [1, 2, 7, 14].find((s) => span / s <= count) ?? 14;
    for (let day = first; day <= last; day += step) out.push(day);
    return { unit: "day", days: out };
  }
  if (span <= count * 92) {
    const step = [1, 2, 3, 6].find((s) => span / (30.4 * s) <= count) ?? 6;
    let y = start.getUTCFullYear();
    let m = start.getUTCMonth() + (start.getUTCDate() === 1 ? 0 : 1);
    m = Math.ceil(m / step) * step;
    for (;;) {
      while (m >= 12) { m -= 12; y += 1; }
      const day = dayNumber(`${y}-${m + 1}-1`);
      if (day > last) break;
      if (day >= first) out.push(day);
      m += step;
    }
    return { unit: "month", days: out };
  }
  const years = span / 365.25;
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500].find((s) => years / s <= count) ?? 1000;
  for (let y = Math.ceil(start.getUTCFullYear() / step) * step; ; y += step) {
    const day = dayNumber(`${y}-1-1`);
    if (day > last) break;
    if (day >= first) out.push(day);
  }
  return { unit: "year", days: out };
}
