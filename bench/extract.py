#!/usr/bin/env python3
"""Times POST /api/v1/extractions on a 1,000-word report against a running GeoTimeline (standard library).

The report is the seed story (src/test/resources/extraction/seed-article.txt) repeated to 1,000 words, so
that it names the demo data's actors and places: start the service with the demo data loaded.

  python3 bench/extract.py --port 8080 [--requests 300] [--warmup 50]

Prints p50, p99 and max over the timed requests, each beside the target (p99 < 50 ms), and exits
non-zero when a request fails.
"""
import argparse
import http.client
import json
import os
import sys
import time

TARGET_MS = 50.0
SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "extraction",
                    "seed-article.txt")


def report(words):
    story = open(SEED, encoding="utf-8").read()
    text = story
    while len(text.split()) < words:
        text += "\n\n" + story
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--words", type=int, default=1000)
    a = ap.parse_args()
    text = report(a.words)
    body = json.dumps({"text": text, "publishedOn": "2025-02-13", "url": "https://example.org/bench",
                       "publisher": "Bench"}).encode()
    conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=30)
    times = []
    candidates = None
    for i in range(a.warmup + a.requests):
        started = time.perf_counter()
        conn.request("POST", "/api/v1/extractions", body=body, headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        data = resp.read()
        elapsed = (time.perf_counter() - started) * 1000
        if resp.status != 200:
            print("FAIL: %d %s" % (resp.status, data[:300].decode(errors="replace")))
            sys.exit(1)
        if i >= a.warmup:
            times.append(elapsed)
            candidates = len(json.loads(data)["candidates"])
    times.sort()
    p50 = times[len(times) // 2]
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    print("extraction of a %d-word report (%d candidates), %d requests after %d warm-up, one connection:"
          % (len(text.split()), candidates, a.requests, a.warmup))
    print("  p50 %.1f ms, p99 %.1f ms, max %.1f ms — target p99 < %.0f ms: %s"
          % (p50, p99, times[-1], TARGET_MS, "PASS" if p99 < TARGET_MS else "FAIL"))


if __name__ == "__main__":
    main()
