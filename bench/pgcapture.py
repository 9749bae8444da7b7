#!/usr/bin/env python3
"""Turns the statements the service ran for one actor timeline page into a pgbench script (standard library only).

  pgcapture.py script LOG OFFSET DB ACTOR_ID MIN_ID MAX_ID OUT_SQL OUT_JSON
      LOG from byte OFFSET holds PostgreSQL's log of one request (log_min_duration_statement=0 on database DB).
      Keeps the `execute` entries of DB with their parameters, in order, and writes a pgbench script:
        \\set aid random(MIN_ID, MAX_ID)       (the actor, drawn over all actors for every transaction)
        the name lookup as captured            (its cost does not depend on which actor is named)
        the keyset statement with $n = :aid where the captured value was ACTOR_ID, wrapped in a one-row
        select that hands the page's event ids to \\gset (e1, e2, ...)
        every later statement with each captured event id replaced by the matching :eN
      Statements are written on one line each (pgbench ends a statement at the end of the line) with the
      captured values as literals of the parameter types PostgreSQL logged; pgbench -M prepared then prepares them.
  pgcapture.py tps PGBENCH_OUTPUT CAPTURE_JSON CLIENTS THREADS SECONDS ACTORS
      -> JSON {tps, latencyMs, failed, transactions, statements, clients, threads, seconds, actors} for report.py
"""
import json
import re
import sys

ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] ", re.M)
PARAM = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def entries(text):
    starts = [m.start() for m in ENTRY.finditer(text)] + [len(text)]
    for a, b in zip(starts, starts[1:]):
        yield text[a:b]


def capture(text, db):
    """[(sql, {n: literal})] of the execute entries on database db, in order."""
    out = []
    for e in entries(text):
        if "@%s " % db not in e.split("\n", 1)[0]:
            continue
        m = re.search(r"LOG:\s+duration: [\d.]+ ms\s+execute [^:]*: (.*)", e, re.S)
        if m:
            sql = m.group(1).strip()
            out.append([sql, {}])
            continue
        m = re.search(r"DETAIL:\s+parameters: (.*)", e, re.S)
        if m and out and not out[-1][1]:
            out[-1][1] = {int(n): v for n, v in PARAM.findall(m.group(1))}
    return [(" ".join(sql.split()), params) for sql, params in out
            if not re.match(r"(?i)(begin|commit|rollback|set |show |select 1$)", sql)]


def substitute(sql, params, mapping):
    """Replace $n (highest first, so $12 is not read as $1) by a pgbench variable or the captured literal."""
    for n in sorted(params, reverse=True):
        value = params[n]
        sql = re.sub(r"\$%d(?!\d)" % n, mapping.get(value, value), sql)
    return sql


def script(log, offset, db, actor_id, min_id, max_id, out_sql, out_json):
    with open(log, "rb") as f:
        f.seek(int(offset))
        text = f.read().decode(errors="replace")
    statements = capture(text, db)
    keyset = next((i for i, (sql, p) in enumerate(statements)
                   if "actor_id" in sql and "'%s'" % actor_id in p.values() and "fetch first" in sql.lower()), None)
    if keyset is None:
        sys.exit("pgcapture: no keyset statement for actor %s among %d captured statements" % (actor_id, len(statements)))
    lines = ["\\set aid random(%d, %d)" % (int(min_id), int(max_id))]
    for sql, params in statements[:keyset]:
        lines.append(substitute(sql, params, {}) + ";")
    sql, params = statements[keyset]
    m = re.search(r"(?i)fetch first (\d+) rows", sql)
    limit = int(m.group(1)) if m else 21
    keyset_sql = substitute(sql, params, {"'%s'" % actor_id: ":aid"})
    # the page's ids : one row of e1..eN for \gset; 0 where the page is short
    # (the keyset statement selects event_id, sort_key)
    cols = ", ".join("coalesce((array_agg(k.c1))[%d], 0) as e%d" % (i, i) for i in range(1, limit + 1))
    lines.append("select %s from (%s) k(c1, c2)" % (cols, keyset_sql))
    lines.append("\\gset")
    # the captured ids of the page, in keyset order, are the values of the next statement's parameters that
    # are also in the following ones: map each id to its eN by position in the first id list
    later = statements[keyset + 1:]
    ids = []
    if later:
        ids = [v for _, v in sorted(later[0][1].items())]
    mapping = {v: ":e%d" % (i + 1) for i, v in enumerate(ids)}
    for sql, params in later:
        lines.append(substitute(sql, params, mapping) + ";")
    with open(out_sql, "w") as f:
        f.write("\n".join(lines) + "\n")
    with open(out_json, "w") as f:
        json.dump({"statements": len(statements), "keysetIndex": keyset, "pageIds": len(ids),
                   "captured": [s for s, _ in statements]}, f, indent=1)
    print("pgcapture: %d statements captured, %d page ids parametrised" % (len(statements), len(ids)), file=sys.stderr)


def tps(path, capture_json, clients, threads, seconds, actors):
    text = open(path).read()
    cap = json.load(open(capture_json))
    res = {"tps": None, "latencyMs": None, "failed": 0, "statements": cap.get("statements"),
           "clients": int(clients), "threads": int(threads), "seconds": int(seconds), "actors": int(actors)}
    m = re.search(r"tps = ([\d.]+) \(without initial connection time\)", text) or re.search(r"tps = ([\d.]+)", text)
    if m:
        res["tps"] = float(m.group(1))
    m = re.search(r"latency average = ([\d.]+) ms", text)
    if m:
        res["latencyMs"] = float(m.group(1))
    m = re.search(r"number of failed transactions: (\d+)", text)
    if m:
        res["failed"] = int(m.group(1))
    m = re.search(r"number of transactions actually processed: (\d+)", text)
    if m:
        res["transactions"] = int(m.group(1))
    if res["tps"] is None:
        res["error"] = text.strip()[-500:]
    print(json.dumps(res))


if __name__ == "__main__":
    if sys.argv[1] == "script":
        script(*sys.argv[2:10])
    elif sys.argv[1] == "tps":
        tps(*sys.argv[2:8])
