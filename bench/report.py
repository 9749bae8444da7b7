#!/usr/bin/env python3
"""Parses wrk output and prints the benchmark's markdown tables (standard library only).

  report.py wrk NAME FILE          -> JSON {name, rps, p50, p99, non2xx, errors}
  report.py size DIR SIZE          -> markdown table for one dataset size, the request mix first; exits 1 when
                                      any request or the import failed, more than 0.1 % of the mix's (or a words
                                      file's) URLs failed their check, or the engine's bulk load baseline failed
                                      or is missing (a run that failed says FAIL, whatever its speed)
  report.py sizes RESULTS S1 S2 .. -> p99 per query per size, and largest/smallest ratio
"""
import glob
import json
import os
import re
import sys

# targets
ACTOR_P99_MS = 20.0
ACTOR_CEILING_PCT = 40.0
P99_GROWTH = 1.5
JS_RATIO = 10.0
IMPORT_EPS = {"postgres": 20_000, "h2": 10_000}  # events/s through the import API (issue 9)
BULKLOAD_SHARE_PCT = 50.0  # the import's events/s as a share of the engine's own bulk load of the same rows
WORDS_P99_MS = 50.0        # words alone (q=), a common and a rare one
STARTUP_S = 1.5
RSS_MB = 300
MIX_P99_MS = 20.0        # the request mix (issue 9): p99 under 20 ms,
MIX_CEILING_PCT = 10.0   # at least 10 % of the trivial endpoint in the same run,
PGBENCH_PCT = 50.0       # and on PostgreSQL at least 50 % of pgbench running the same statements
MIX_FAILED_SHARE = 0.001  # more than 0.1 % of the mix's URLs failing their check fails the run
SINGLE = "single URL (cache): "


def ms(value):
    m = re.match(r"([\d.]+)(us|ms|s|m)$", value)
    if not m:
        return None
    n, unit = float(m.group(1)), m.group(2)
    return {"us": n / 1000, "ms": n, "s": n * 1000, "m": n * 60000}[unit]


def parse_wrk(name, path):
    text = open(path).read()
    res = {"name": name, "rps": None, "p50": None, "p99": None, "non2xx": 0, "errors": 0, "requests": None}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    if m:
        res["rps"] = float(m.group(1))
    for pct, key in (("50", "p50"), ("99", "p99")):
        m = re.search(r"^\s+%s%%\s+(\S+)" % pct, text, re.M)
        if m:
            res[key] = ms(m.group(1))
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    if m:
        res["non2xx"] = int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if m:
        res["errors"] = sum(int(x) for x in m.groups())
        res["timeouts"] = int(m.group(4))
    m = re.search(r"(\d+) requests in", text)
    if m:
        res["requests"] = int(m.group(1))
    return res


def load(path, default=None):
    try:
        return json.load(open(path))
    except (OSError, ValueError):
        return default


def warmups(out):
    """The warm-ups run.sh extended until the JIT settled (warmup.jsonl, one JSON per line)."""
    try:
        with open(os.path.join(out, "warmup.jsonl")) as f:
            return [json.loads(line) for line in f if line.strip()]
    except (OSError, ValueError):
        return []


def pf(ok):
    return "PASS" if ok else "FAIL"


def f(x, digits=1):
    return "n/a" if x is None else ("%.*f" % (digits, x))


def failed_share(checked):
    """The share of URLs that failed their check, of the mix or of a words file (mix.json)."""
    return checked.get("failed", 0) / max(checked.get("checked") or 1, 1)


def run_failures(rows, loadinfo, mixinfo=None):
    """Why this run's figures cannot be trusted: failed requests, a failed or partial import, bad checks,
    a request mix that was not built, not run, or whose check failed for more than 0.1 % of its URLs.
    mixinfo None: the caller does not expect a mix (older result directories)."""
    failures = []
    if mixinfo is not None:
        if not mixinfo.get("urls"):
            failures.append("mix: not built (no URLs in mix/mix.json)")
        else:
            share = failed_share(mixinfo)
            if share > MIX_FAILED_SHARE:
                failures.append("mix: %d of %d URLs failed their check (%.2f %%, at most %.1f %% allowed)" % (
                    mixinfo["failed"], mixinfo.get("checked"), 100 * share, 100 * MIX_FAILED_SHARE))
        if not any(r["name"] == "mix" for r in rows):
            failures.append("mix: no wrk result")
        for w in mixinfo.get("words", []):
            if not w.get("urls"):
                failures.append("words %s: no URLs built" % w["shape"])
            elif failed_share(w) > MIX_FAILED_SHARE:
                failures.append("words %s: %d of %d URLs failed their check" % (w["shape"], w["failed"], w["checked"]))
        pgbench = mixinfo.get("pgbench")
        if pgbench is not None and (not pgbench.get("tps") or pgbench.get("failed")):
            failures.append("pgbench: %s failed transactions, %s transactions/s %s" % (
                pgbench.get("failed"), pgbench.get("tps"), pgbench.get("error", "")[:200]))
    for r in rows:
        if r["non2xx"] or r["errors"]:
            failures.append("%s: %d non-2xx responses, %d socket errors" % (r["name"], r["non2xx"], r["errors"]))
        if not r["rps"]:
            failures.append("%s: no request completed" % r["name"])
    imp = loadinfo.get("import")
    if not imp:
        failures.append("no import figures (the load step did not finish)")
    else:
        if imp.get("failedRequests"):
            failures.append("import: %s failed requests" % imp["failedRequests"])
        if imp.get("received") != imp.get("events"):
            failures.append("import: %s of %s events received" % (imp.get("received"), imp.get("events")))
    for k in ("actors", "locations"):
        if loadinfo.get(k, {}).get("errors"):
            failures.append("%s: %s failed creations" % (k, loadinfo[k]["errors"]))
    for q in loadinfo.get("queries", []):
        if q.get("status") != 200 or not q.get("items"):
            failures.append("check %s: status %s with %s items" % (q["query"], q.get("status"), q.get("items")))
    if not rows:
        failures.append("no wrk results")
    return failures


def label(r, mixinfo=None, settings=None):
    """Display name: the mix first and plainly, its shapes, and the single-URL rows marked as cache-served
    (unless the run turned the page cache off)."""
    n = r["name"]
    if n == "mix":
        urls = (mixinfo or {}).get("urls")
        return "**mix: %s distinct URLs in random order**" % ("{:,}".format(urls) if urls else "?")
    if n.startswith("mix: "):
        what = {x["shape"]: x.get("what", x["shape"]) for x in (mixinfo or {}).get("shapes", [])}
        shape = n[len("mix: "):]
        return "mix shape: %s" % what.get(shape, shape)
    if n.startswith("words: "):
        what = {x["shape"]: x.get("what") for x in (mixinfo or {}).get("words", [])}.get(n[len("words: "):])
        return "%s (%s; page cache off)" % (n, what) if what else n + " (page cache off)"
    if n.startswith("ceiling") or n.startswith("pgbench"):
        return n
    settings = settings or {}
    # the service's default: page cache on for H2, off for PostgreSQL
    if settings.get("pageCache") == "false" or (settings.get("pageCache") == "default" and settings.get("db") == "postgres"):
        return "single URL (page cache off): " + n
    return SINGLE + n


def mix_rows(out):
    rows = [load(p) for p in sorted(glob.glob(os.path.join(out, "wrkmix-*.json")))]
    return [r for r in rows if r]


def checked_stats(mixinfo, kind, shape):
    """mix.json's entry of a shape of the mix (kind "shapes") or of a words file (kind "words"), or {}."""
    return next((x for x in mixinfo.get(kind, []) if x["shape"] == shape), {})


def bulkload_line(bulk, settings, imp):
    """-> (the line with the import's share of the engine's own bulk load and its verdict, failure or None).
    bulk None: bulkload.json is missing. A baseline that failed or loaded other rows fails the run."""
    target = "import share target >= %g %%" % BULKLOAD_SHARE_PCT
    if settings.get("bulkload") == "off":
        return "- engine bulk load: not measured (--no-bulkload) — %s: not measured" % target, None
    if bulk is None:
        why = "no result (bulkload.json missing)"
    elif bulk.get("error") or not bulk.get("eventsPerSecond"):
        why = "failed: %s" % (bulk.get("error") or "no figure")[:300]
    elif imp.get("received") is not None and bulk.get("events") != imp.get("received"):
        why = "loaded %s events, the import %s" % (bulk.get("events"), imp.get("received"))
    else:
        eps, bulk_eps = imp.get("eventsPerSecond"), bulk["eventsPerSecond"]
        share = 100.0 * eps / bulk_eps if eps is not None else None
        rows = bulk.get("rows", {})
        return ("- engine bulk load: %s events/s (%s events, %s rows in %d tables, in %s s; %s); import share: %s %% — "
                "target >= %g %%: %s" % (f(bulk_eps, 0), bulk.get("events"), bulk.get("rowsTotal", sum(rows.values())),
                                         len(rows), bulk.get("seconds"), bulk.get("method", "?"), f(share, 0),
                                         BULKLOAD_SHARE_PCT, pf(share is not None and share >= BULKLOAD_SHARE_PCT)),
                None)
    return "- engine bulk load: %s — %s: FAIL" % (why, target), "bulk load: " + why


def size_table(out, size):
    singles = [r for r in (load(p) for p in sorted(glob.glob(os.path.join(out, "wrk-*.json")))) if r]
    mixes = mix_rows(out)
    js = {r["name"].replace("js: ", ""): r for r in
          (load(p) for p in sorted(glob.glob(os.path.join(out, "js-*.json")))) if r}
    loadinfo = load(os.path.join(out, "load.json"), {})
    mixinfo = load(os.path.join(out, "mix", "mix.json"), {})
    pgbench = load(os.path.join(out, "pgbench.json"))
    startup = load(os.path.join(out, "startup.json"), {})
    settings = load(os.path.join(out, "settings.json"), {})
    rss = load(os.path.join(out, "rss.json"), {})
    bulk = load(os.path.join(out, "bulkload.json"))
    # the ceiling runs first and again at the end (warm JVM): the higher one is the reference
    ceilings = [r for r in singles if r["name"].startswith("ceiling")]
    ceil_rps = max((r["rps"] or 0 for r in ceilings), default=0) or None
    pg_tps = pgbench.get("tps") if pgbench else None
    lines = ["", "### %s events (%s)" % (size, loadinfo.get("meta", {}).get("events", "?")), "",
             "| query | req/s | p50 ms | p99 ms | % of ceiling | ratio to json-server | errors | items | target |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    items = {q["query"]: q for q in loadinfo.get("queries", [])}
    mix = [r for r in mixes if r["name"] == "mix"]
    ordered = mix + ceilings + [r for r in mixes if r["name"] != "mix"] + [r for r in singles if r not in ceilings]
    for r in ordered:
        pct = (100.0 * r["rps"] / ceil_rps) if (ceil_rps and r["rps"]) else None
        j = js.get(r["name"])
        ratio = (r["rps"] / j["rps"]) if (j and j["rps"] and r["rps"]) else None
        target = ""
        if r["name"] == "actor timeline":
            target = "p99<%gms %s; >=%g%% ceiling %s" % (ACTOR_P99_MS, pf(bool(r["rps"]) and r["p99"] is not None and r["p99"] < ACTOR_P99_MS),
                                                         ACTOR_CEILING_PCT, pf(pct is not None and pct >= ACTOR_CEILING_PCT))
            if ratio is not None:
                target += "; >=%gx json-server %s" % (JS_RATIO, pf(ratio >= JS_RATIO))
        if r["name"] == "mix":
            target = "p99<%gms %s; >=%g%% ceiling %s" % (MIX_P99_MS, pf(bool(r["rps"]) and r["p99"] is not None and r["p99"] < MIX_P99_MS),
                                                         MIX_CEILING_PCT, pf(pct is not None and pct >= MIX_CEILING_PCT))
        if r["name"].startswith("words: "):
            target = "p99<%gms %s" % (WORDS_P99_MS, pf(bool(r["rps"]) and r["p99"] is not None and r["p99"] < WORDS_P99_MS))
        if r["name"] in ("mix", "mix: actor") and pg_tps:
            share = 100.0 * (r["rps"] or 0) / pg_tps
            target += "%s%.0f%% of pgbench (>=%g%%) %s" % ("; " if target else "", share, PGBENCH_PCT, pf(share >= PGBENCH_PCT))
        errs = r["non2xx"] + r["errors"]
        if not r["rps"]:
            target += " (no request completed within wrk's 2 s timeout)"
        if r["name"] == "mix":
            shown = "%s URLs" % mixinfo.get("urls", "?")
        elif r["name"].startswith(("mix: ", "words: ")):
            prefix, shape = r["name"].split(": ", 1)
            st = checked_stats(mixinfo, "shapes" if prefix == "mix" else "words", shape)
            shown = "%s URLs, %s empty" % (st.get("urls", "?"), st.get("emptyPages", "?"))
        else:
            shown = items.get(r["name"], {}).get("items", "")
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            label(r, mixinfo, settings), f(r["rps"]), f(r["p50"], 2), f(r["p99"], 2), f(pct), f(ratio, 2), errs,
            shown, target))
    if not mix:
        lines.append("| **mix** | not run | | | | | | | |")
    for w in mixinfo.get("words", []):
        if not any(r["name"] == "words: " + w["shape"] for r in mixes):
            lines.append("| %s | not run | | | | | | %s URLs | p99<%gms: not measured |" % (
                label({"name": "words: " + w["shape"]}, mixinfo), w.get("urls"), WORDS_P99_MS))
    if pgbench:
        lines.append("| pgbench: an actor page's statements (-c%s -j%s -M prepared, random actor) | %s | | %s (mean) | | | %s | | the database's own ceiling for the actor shape |" % (
            pgbench.get("clients"), pgbench.get("threads"), f(pg_tps), f(pgbench.get("latencyMs"), 2),
            pgbench.get("failed", 0)))
    for name, j in js.items():
        lines.append("| json-server: %s | %s | %s | %s | | | %d | | |" % (
            name, f(j["rps"]), f(j["p50"], 2), f(j["p99"], 2), j["non2xx"] + j["errors"]))
    if not js:
        lines.append("| json-server | skipped | | | | | | | not run above 100k events (loads all in memory) |")
    rows = singles + mixes
    imp = loadinfo.get("import", {})
    eps = imp.get("eventsPerSecond")
    engine = settings.get("db", "h2")
    import_eps = IMPORT_EPS.get(engine, IMPORT_EPS["postgres"])
    lines.append("")
    # A request carries at most --chunk events, and never more than one generated file holds.
    per_request = round(imp["received"] / imp["requests"]) if imp.get("requests") and imp.get("received") else None
    lines.append("- import: %s events/s (%s of %s events in %s s, %s requests of about %s events, %s failed)"
                 " — target >= %d on %s: %s" % (
        f(eps, 0), imp.get("received"), imp.get("events"), imp.get("seconds"), imp.get("requests"),
        per_request, imp.get("failedRequests"), import_eps, engine, pf(eps is not None and eps >= import_eps)))
    bulk_line, bulk_failure = bulkload_line(bulk, settings, imp)
    lines.append(bulk_line)
    for k in ("actors", "locations"):
        if loadinfo.get(k):
            lines.append("- %s created via API: %s in %s s (%s/s, %s errors)" % (
                k, loadinfo[k]["count"], loadinfo[k]["seconds"], loadinfo[k]["perSecond"], loadinfo[k]["errors"]))
    wall = startup.get("wallMs")
    lines.append("- start-up (loaded database): %s s to first 200 on /q/health/ready, Quarkus log 'started in %ss' — "
                 "target < %g s: %s" % (f(wall / 1000 if wall else None, 2), startup.get("logSeconds"), STARTUP_S,
                                        pf(wall is not None and wall / 1000 < STARTUP_S)))
    disk = load(os.path.join(out, "disk.json"), {})
    if disk.get("bytes"):
        events = loadinfo.get("meta", {}).get("events")
        per_event = disk["bytes"] / 1024 / events if events else None
        what = "the H2 files" if disk.get("engine") == "h2" else "pg_database_size"
        lines.append("- disk after the run (%s): %s MB, %s KB per event — target: H2 at most 3x PostgreSQL's for the "
                     "same size (compare the two engines' runs)" % (what, f(disk["bytes"] / 1024 / 1024, 0),
                                                                   f(per_event, 2)))
    if disk.get("peakBytes"):
        lines.append("- disk peak during import: %s MB (largest of %s samples, one every %s s, of %s) — target: H2's "
                     "never above 3x PostgreSQL's at rest (compare the two engines' runs)" % (
                         f(disk["peakBytes"] / 1024 / 1024, 0), disk.get("peakSamples"), disk.get("peakEverySeconds"),
                         "the H2 files" if disk.get("engine") == "h2" else "pg_database_size"))
    mb = rss["rssKb"] / 1024 if rss.get("rssKb") else None
    lines.append("- RSS after the mix, its shapes and the single URLs: %s MB — target < %d MB (issue 9: at 1M): %s"
                 % (f(mb, 0), RSS_MB, pf(mb is not None and mb < RSS_MB)))
    bad = [q for q in loadinfo.get("queries", []) if q.get("status") != 200 or not q.get("items")]
    for q in bad:
        lines.append("- WARNING: %s returned status %s with %s items (%s)" % (q["query"], q["status"], q["items"], q["path"]))
    dp = loadinfo.get("deepPaging", {})
    lines.append("- deep page: followed %s `next` links in %s s" % (dp.get("pagesFollowed"), dp.get("seconds")))
    if mixinfo:
        shares = ", ".join("%s %g %%" % (x["shape"], round(100 * x["share"])) for x in mixinfo.get("shapes", []))
        lines.append("- mix: %s distinct URLs (seed %s; %s), each checked once before the run: %s failed (%s s, "
                     "sequential)" % (mixinfo.get("urls"), mixinfo.get("seed"), shares, mixinfo.get("failed"),
                                      mixinfo.get("checkSeconds")))
        for x in mixinfo.get("failures", [])[:5]:
            lines.append("- mix check failed: %s -> %s %s" % (x["path"], x["status"], x.get("body", "")[:100]))
    for w in warmups(out):
        lines.append("- warm-up, %s: %s, then %s s more until the JIT settled (%s; JIT compile time %s -> %s s)" % (
            w.get("name"), w.get("warmup"), w.get("settleSeconds"),
            "settled" if w.get("settled") else "not settled, measured anyway",
            w.get("jitSecondsBefore"), w.get("jitSecondsAfter")))
    if pgbench:
        lines.append("- pgbench: %s transactions/s, each the %s statements the service ran for one actor page "
                     "(captured from PostgreSQL's log), actor id drawn over all %s actors; %s s" % (
                         f(pg_tps), pgbench.get("statements"), pgbench.get("actors"), pgbench.get("seconds")))
    # json-server is only the comparison: its failed requests leave the service's verdict alone.
    for name, j in js.items():
        if j["non2xx"] or j["errors"] or not j["rps"]:
            lines.append("- WARNING: json-server (comparison only) %s: %d non-2xx responses, %d socket errors; "
                         "its ratio is not meaningful" % (name, j["non2xx"], j["errors"]))
    failures = run_failures(rows, loadinfo, dict(mixinfo, pgbench=pgbench) if pgbench else mixinfo)
    if bulk_failure:
        failures.append(bulk_failure)
    if failures:
        lines.append("- RUN: FAIL — " + "; ".join(failures))
    else:
        lines.append("- RUN: OK — every request and the whole import succeeded")
    return "\n".join(lines), failures


def sizes_table(results, sizes):
    per, names, mixinfo, settings = {}, [], None, {}
    for s in sizes:
        d = os.path.join(results, s)
        # file order: the mix, then its shapes in mix order, then the ceiling and the single URLs
        rows = mix_rows(d) + [r for r in (load(p) for p in sorted(glob.glob(os.path.join(d, "wrk-*.json")))) if r]
        per[s] = {r["name"]: r for r in rows}
        for r in rows:
            if r["name"] not in names:
                names.append(r["name"])
        mixinfo = mixinfo or load(os.path.join(d, "mix", "mix.json"))
        settings = load(os.path.join(d, "settings.json"), {})
    if len(sizes) < 2:
        return "\n(one size only: no p99 growth table; the growth target needs 10k and 1m)\n"
    lo, hi = sizes[0], sizes[-1]
    lines = ["", "### p99 (ms) per size", "",
             "| query | " + " | ".join(sizes) + " | %s/%s p99 | target <= %gx |" % (hi, lo, P99_GROWTH),
             "|---|" + "---:|" * len(sizes) + "---:|---|"]
    for n in names:
        vals = [per[s].get(n, {}).get("p99") for s in sizes]
        ratio = vals[-1] / vals[0] if (vals[0] and vals[-1]) else None
        lines.append("| %s | %s | %s | %s |" % (label({"name": n}, mixinfo, settings), " | ".join(f(v, 2) for v in vals), f(ratio, 2),
                                                pf(ratio is not None and ratio <= P99_GROWTH)))
    return "\n".join(lines)


def main():
    mode = sys.argv[1]
    if mode == "wrk":
        print(json.dumps(parse_wrk(sys.argv[2], sys.argv[3])))
    elif mode == "size":
        table, failures = size_table(sys.argv[2], sys.argv[3])
        print(table)
        sys.exit(1 if failures else 0)
    elif mode == "sizes":
        print(sizes_table(sys.argv[2], sys.argv[3:]))


if __name__ == "__main__":
    main()
