#!/usr/bin/env python3
"""Loads a generated dataset into a running GeoTimeline through its HTTP API and
prepares the benchmark URLs (standard library only, keep-alive connection).

Prints one JSON object: timings of each phase, import events/s, and the query
paths (with the deep-page cursor already followed).
"""
import argparse
import glob
import http.client
import json
import os
import sys
import time
import urllib.parse


class Api:
    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)

    def call(self, method, path, body=None):
        headers = {"Accept": "application/json"}
        token = os.environ.get("GEOTIMELINE_TOKEN")
        if token and method != "GET":
            headers["Authorization"] = "Bearer " + token
        if body is not None:
            headers["Content-Type"] = "application/json"
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=body, headers=headers)
                resp = self.conn.getresponse()
                data = resp.read()
                return resp.status, data
            except (http.client.HTTPException, ConnectionError):
                if attempt:
                    raise
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)


def post_all(api, path, items, label):
    errors = 0
    t0 = time.perf_counter()
    for item in items:
        status, data = api.call("POST", path, json.dumps(item).encode())
        if status not in (200, 201):
            errors += 1
            if errors <= 5:
                print("%s %s -> %d %s" % (label, item.get("slug"), status, data[:300].decode(errors="replace")),
                      file=sys.stderr)
    return time.perf_counter() - t0, errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--deep-pages", type=int, default=100)
    ap.add_argument("--chunk", type=int, default=500, help="events per import request")
    ap.add_argument("--skip-catalog", action="store_true", help="actors and locations already loaded")
    a = ap.parse_args()
    api = Api(a.port)
    meta = json.load(open(os.path.join(a.data, "meta.json")))
    out = {"meta": meta}

    actors = json.load(open(os.path.join(a.data, "actors.json")))
    locations = json.load(open(os.path.join(a.data, "locations.json")))
    if a.skip_catalog:
        actors, locations = [], []
    secs, errs = post_all(api, "/api/v1/actors", actors, "actor")
    out["actors"] = {"count": len(actors), "seconds": round(secs, 2), "errors": errs,
                     "perSecond": round(len(actors) / secs, 1) if actors else None}
    secs, errs = post_all(api, "/api/v1/locations", locations, "location")
    out["locations"] = {"count": len(locations), "seconds": round(secs, 2), "errors": errs,
                        "perSecond": round(len(locations) / secs, 1) if locations else None}
    print("loaded %d actors, %d locations" % (len(actors), len(locations)), file=sys.stderr)

    files = sorted(glob.glob(os.path.join(a.data, "events", "*.json")))
    total = created = failed = 0
    chunk_secs = []
    t0 = time.perf_counter()
    n = 0
    for path in files:
        with open(path) as f:
            events = json.load(f)
        for start in range(0, len(events), a.chunk):
            body = json.dumps(events[start:start + a.chunk], separators=(",", ":")).encode()
            c0 = time.perf_counter()
            status, data = api.call("POST", "/api/v1/events/import", body)
            chunk_secs.append(time.perf_counter() - c0)
            n += 1
            if status != 200:
                failed += 1
                print("import %s[%d:] -> %d after %.1fs %s" % (os.path.basename(path), start, status, chunk_secs[-1],
                      data[:300].decode(errors="replace")), file=sys.stderr)
                if failed >= 3:
                    break
                continue
            result = json.loads(data)
            total += result.get("received", 0)
            created += result.get("created", 0)
            if n % 20 == 1:
                el = time.perf_counter() - t0
                print("  import request %d: %d events in %.1fs (%.0f ev/s so far, last request %.2fs)"
                      % (n, total, el, total / el, chunk_secs[-1]), file=sys.stderr)
        if failed >= 3:
            print("  import aborted after 3 failed requests", file=sys.stderr)
            break
    wall = time.perf_counter() - t0
    out["import"] = {"events": meta["events"], "received": total, "created": created, "failedRequests": failed,
                     "requests": n, "chunkSize": a.chunk,
                     "seconds": round(wall, 2), "eventsPerSecond": round(total / wall, 1) if wall else 0,
                     "firstRequestSeconds": round(chunk_secs[0], 3) if chunk_secs else None,
                     "lastRequestSeconds": round(chunk_secs[-1], 3) if chunk_secs else None,
                     "maxRequestSeconds": round(max(chunk_secs), 3) if chunk_secs else None}

    q = urllib.parse.quote
    actor, country, word = meta["topActor"], meta["topCountry"], meta["word"]
    pair = meta["pair"]
    queries = [
        ("actor timeline", "/api/v1/actors/%s/timeline" % q(actor)),
        ("location timeline", "/api/v1/locations/%s/timeline" % q(country)),
        ("actor+location+dates", "/api/v1/actors/%s/timeline?location=%s&from=2010&to=2020-06"
         % (q(actor), q(country))),
        ("actor pair", "/api/v1/timeline?actor=%s&actor=%s" % (q(pair[0]), q(pair[1]))),
        ("full text", "/api/v1/timeline?q=%s" % q(word)),
    ]
    # deep page: follow `next` deep-pages times from the actor timeline (limit 20)
    path = "/api/v1/actors/%s/timeline?limit=20" % q(actor)
    reached = 0
    d0 = time.perf_counter()
    for _ in range(a.deep_pages):
        status, data = api.call("GET", path)
        if status != 200:
            print("deep paging %s -> %d %s" % (path, status, data[:300]), file=sys.stderr)
            break
        nxt = json.loads(data).get("next")
        if not nxt:
            break
        reached += 1
        path = "/api/v1/actors/%s/timeline?limit=20&cursor=%s" % (q(actor), q(nxt))
    out["deepPaging"] = {"pagesFollowed": reached, "seconds": round(time.perf_counter() - d0, 2)}
    queries.append(("deep page (101st)", path))

    checks = []
    for name, p in queries:
        s0 = time.perf_counter()
        status, data = api.call("GET", p)
        ms = (time.perf_counter() - s0) * 1000
        items = len(json.loads(data).get("items", [])) if status == 200 else None
        checks.append({"query": name, "path": p, "status": status, "items": items, "firstCallMs": round(ms, 1)})
    out["queries"] = checks
    print(json.dumps(out))


if __name__ == "__main__":
    main()
