#!/usr/bin/env python3
"""Writes N rows in the layout of an ACLED CSV export (invented data: made-up countries, districts,
villages and armed groups, never real ACLED rows) and times their import through the API of a
running GeoTimeline (POST /api/v1/events/import, Content-Type text/csv), standard library only.

  GEOTIMELINE_TOKEN=$(scripts/dev-token.sh bench editor 86400) \\
    python3 bench/acled.py --port 18741 --rows 100000 [--per-request 100000] [--out bench/work/acled.csv]

The places form a country > admin1 > admin2 > location hierarchy in which many villages share a
name (as in real exports); dates come in the layouts ACLED files use (2020-05-09, 9-May-20,
09 May 2020) with all three time precisions. Prints one JSON object: rows, requests, seconds,
events/s, and the import answers' counts. A second run against the same database re-imports the
same keys and should create nothing.
"""
import argparse
import csv
import http.client
import json
import os
import random
import sys
import time

HEADER = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
          "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
          "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
          "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
          "fatalities", "tags", "timestamp"]

TYPES = [
    ("Political violence", "Battles", ["Armed clash", "Government regains territory",
                                       "Non-state actor overtakes territory"]),
    ("Political violence", "Explosions/Remote violence", ["Air/drone strike", "Shelling/artillery/missile attack",
                                                          "Remote explosive/landmine/IED", "Grenade"]),
    ("Political violence", "Violence against civilians", ["Attack", "Abduction/forced disappearance"]),
    ("Demonstrations", "Protests", ["Peaceful protest", "Protest with intervention",
                                    "Excessive force against protesters"]),
    ("Demonstrations", "Riots", ["Violent demonstration", "Mob violence"]),
    ("Strategic developments", "Strategic developments", ["Agreement", "Arrests", "Change to group/activity",
                                                          "Looting/property destruction", "Other"]),
]
INTERS = ["State forces", "Rebel groups", "Political militias", "Identity militias", "Rioters", "Protesters",
          "Civilians", "External/Other forces"]
SYLLABLES = ["ka", "ra", "mi", "to", "sa", "le", "nu", "bo", "di", "fa", "go", "hu", "ja", "ve", "zo", "qi"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def word(rng, parts):
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def gazetteer(rng):
    """20 countries x 8 admin1 x 5 admin2, 1,500 village names reused across districts."""
    villages = sorted({word(rng, 3) for _ in range(1500)})
    places = []
    for c in range(20):
        country = "Benchland %s" % word(rng, 2)
        lat0, lon0 = rng.uniform(-40, 50), rng.uniform(-100, 120)
        for a in range(8):
            admin1 = "%s Province" % word(rng, 2)
            for b in range(5):
                admin2 = "%s District" % word(rng, 2)
                for _ in range(6):
                    places.append((c, country, admin1, admin2, rng.choice(villages),
                                   round(lat0 + rng.uniform(-3, 3), 4), round(lon0 + rng.uniform(-3, 3), 4)))
    return places


def write_rows(path, rows, seed=13):
    rng = random.Random(seed)
    places = gazetteer(rng)
    groups = ["%s %s" % (word(rng, 2), rng.choice(["Brigade", "Front", "Militia", "Movement", "Guard"]))
              for _ in range(300)]
    with open(path, "w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(HEADER)
        for i in range(rows):
            disorder, event_type, subs = rng.choice(TYPES)
            sub = rng.choice(subs)
            c, country, admin1, admin2, village, lat, lon = rng.choice(places)
            y, m, d = rng.randint(2018, 2024), rng.randint(1, 12), rng.randint(1, 28)
            layout = rng.random()
            if layout < 0.8:
                date = "%04d-%02d-%02d" % (y, m, d)
            elif layout < 0.9:
                date = "%d-%s-%02d" % (d, MONTHS[m - 1], y % 100)
            else:
                date = "%02d %s %04d" % (d, MONTHS[m - 1], y)
            precision = rng.choices(["1", "2", "3"], weights=[90, 8, 2])[0]
            actor1 = "Military Forces of %s (2018-)" % country if rng.random() < 0.3 else rng.choice(groups)
            actor2 = rng.choice(groups) if event_type in ("Battles", "Explosions/Remote violence") else ""
            if event_type in ("Protests", "Riots"):
                actor1 = "%s (%s)" % ("Protesters" if event_type == "Protests" else "Rioters", country)
            assoc = "; ".join(rng.sample(groups, rng.randint(0, 2)))
            notes = ("On %s, %s and %s met near %s, %s. [size=no report]"
                     % (date, actor1, actor2 or "civilians", village, admin2))
            w.writerow(["BEN%d" % (i + 1), date, y, precision, disorder, event_type, sub, actor1, assoc,
                        rng.choice(INTERS), actor2, "", rng.choice(INTERS) if actor2 else "", "", "",
                        900 + c, "Invented", country, admin1, admin2, "", village, lat, lon, 1,
                        "Bench Wire", "National", notes, rng.randint(0, 5), "", 1700000000])


def post_csv(port, body, token):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=3600)
    headers = {"Content-Type": "text/csv", "Accept": "application/json", "Content-Length": str(len(body))}
    if token:
        headers["Authorization"] = "Bearer " + token
    conn.request("POST", "/api/v1/events/import", body=body, headers=headers)
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--per-request", type=int, default=0, help="rows per import request (0: the whole file)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "work", "acled.csv"))
    args = ap.parse_args()
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    write_rows(args.out, args.rows)
    with open(args.out, "rb") as f:
        lines = f.read().split(b"\n")
    header, rows = lines[0], [line for line in lines[1:] if line]
    per = args.per_request or len(rows)
    token = os.environ.get("GEOTIMELINE_TOKEN")
    totals = {"received": 0, "created": 0, "updated": 0, "unchanged": 0, "skipped": 0}
    requests, t0 = 0, time.perf_counter()
    for start in range(0, len(rows), per):
        body = b"\n".join([header] + rows[start:start + per]) + b"\n"
        status, data = post_csv(args.port, body, token)
        requests += 1
        if status != 200:
            print("import request %d -> %d %s" % (requests, status, data[:500].decode(errors="replace")),
                  file=sys.stderr)
            sys.exit(1)
        answer = json.loads(data)
        for key in totals:
            totals[key] += answer.get(key, 0)
    seconds = time.perf_counter() - t0
    print(json.dumps({"rows": len(rows), "requests": requests, "seconds": round(seconds, 1),
                      "eventsPerSecond": round(len(rows) / seconds), "file": args.out,
                      "fileBytes": os.path.getsize(args.out), **totals}))


if __name__ == "__main__":
    main()
