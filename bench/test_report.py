#!/usr/bin/env python3
"""The benchmark's verdict: a run with any failed request or import says FAIL and exits non-zero.

Run with: python3 bench/test_report.py
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

REPORT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "report.py")


def wrk(name, non2xx=0, errors=0, rps=1000.0):
    return {"name": name, "rps": rps, "p50": 1.0, "p99": 5.0, "non2xx": non2xx, "errors": errors, "requests": 20000}


def load(failed=0, received=1000, query_status=200):
    return {"meta": {"events": 1000},
            "import": {"events": 1000, "received": received, "created": received, "failedRequests": failed,
                       "seconds": 1.0, "eventsPerSecond": 1000.0, "requests": 1},
            "queries": [{"query": "actor timeline", "path": "/api/v1/actors/a/timeline", "status": query_status,
                         "items": 20 if query_status == 200 else None}]}


class SizeVerdict(unittest.TestCase):

    def run_size(self, rows, loadinfo):
        with tempfile.TemporaryDirectory() as out:
            for i, row in enumerate(rows):
                with open(os.path.join(out, "wrk-%02d.json" % i), "w") as f:
                    json.dump(row, f)
            with open(os.path.join(out, "load.json"), "w") as f:
                json.dump(loadinfo, f)
            return subprocess.run([sys.executable, REPORT, "size", out, "10k"], capture_output=True, text=True)

    def test_a_clean_run_is_ok(self):
        result = self.run_size([wrk("ceiling (/q/health/live)"), wrk("actor timeline")], load())
        self.assertEqual(0, result.returncode, result.stdout)
        self.assertIn("RUN: OK", result.stdout)

    def test_non_2xx_responses_fail_the_run(self):
        result = self.run_size([wrk("ceiling (/q/health/live)"), wrk("actor timeline", non2xx=3)], load())
        self.assertEqual(1, result.returncode)
        self.assertIn("RUN: FAIL", result.stdout)
        self.assertIn("actor timeline: 3 non-2xx", result.stdout)

    def test_socket_errors_fail_the_run(self):
        result = self.run_size([wrk("ceiling (/q/health/live)"), wrk("actor timeline", errors=2)], load())
        self.assertEqual(1, result.returncode)

    def test_a_failed_import_request_fails_the_run(self):
        result = self.run_size([wrk("actor timeline")], load(failed=1))
        self.assertEqual(1, result.returncode)
        self.assertIn("import: 1 failed requests", result.stdout)

    def test_a_partial_import_fails_the_run(self):
        result = self.run_size([wrk("actor timeline")], load(received=400))
        self.assertEqual(1, result.returncode)

    def test_a_missing_import_fails_the_run(self):
        result = self.run_size([wrk("actor timeline")], {})
        self.assertEqual(1, result.returncode)

    def test_a_failed_check_query_fails_the_run(self):
        result = self.run_size([wrk("actor timeline")], load(query_status=500))
        self.assertEqual(1, result.returncode)


if __name__ == "__main__":
    unittest.main()
