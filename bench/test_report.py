#!/usr/bin/env python3
"""The benchmark's verdict: a run with any failed request, import or bulk load baseline says FAIL and exits non-zero;
the targets of issue 9 are printed beside the figures.

Run with: python3 bench/test_report.py
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

REPORT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "report.py")


def wrk(name, non2xx=0, errors=0, rps=1000.0, p99=5.0):
    return {"name": name, "rps": rps, "p50": 1.0, "p99": p99, "non2xx": non2xx, "errors": errors, "requests": 20000}


def mix(urls=20000, failed=0, words=None):
    return {"version": 2, "words": words or [], "seed": 1, "requested": urls, "urls": urls - failed, "checked": urls, "failed": failed,
            "failures": [{"shape": "actor", "path": "/api/v1/actors/x/timeline", "status": 404, "body": ""}] * min(failed, 1),
            "checkSeconds": 1.0,
            "shapes": [{"shape": "actor", "share": 0.5, "what": "actor timeline, all actors", "urls": urls // 2,
                        "emptyPages": 3},
                       {"shape": "pair", "share": 0.5, "what": "actor pair", "urls": urls // 2, "emptyPages": 0}]}


CLEAN_MIX = [wrk("mix", rps=500.0), wrk("mix: actor"), wrk("mix: pair")]


def words(shape, urls=500, failed=0):
    return {"shape": shape, "what": "q= a %s word" % shape, "words": 5, "checked": urls, "failed": failed,
            "urls": urls - failed, "emptyPages": 7, "failures": []}


def bulkload(events=1000, eps=2000.0):
    """The engine's own bulk load of the import's rows: by default twice the import's 1,000 events/s."""
    return {"engine": "h2", "events": events, "rows": {"EVENT": events, "EVENT_TERM": 17 * events},
            "rowsTotal": 18 * events, "seconds": events / eps, "eventsPerSecond": eps, "method": "test"}


def load(failed=0, received=1000, query_status=200, eps=1000.0):
    return {"meta": {"events": 1000},
            "import": {"events": 1000, "received": received, "created": received, "failedRequests": failed,
                       "seconds": 1.0, "eventsPerSecond": eps, "requests": 1},
            "queries": [{"query": "actor timeline", "path": "/api/v1/actors/a/timeline", "status": query_status,
                         "items": 20 if query_status == 200 else None}]}


CLEAN_BULKLOAD = bulkload()


def write_json(path, value):
    with open(path, "w") as f:
        json.dump(value, f)


def write_size(out, rows, loadinfo, mix_rows, mixinfo, pgbench=None, bulk=CLEAN_BULKLOAD, settings=None, disk=None):
    """bulk None: no bulkload.json (a baseline that did not run)."""
    for i, row in enumerate(rows):
        with open(os.path.join(out, "wrk-%02d.json" % i), "w") as f:
            json.dump(row, f)
    for i, row in enumerate(mix_rows):
        with open(os.path.join(out, "wrkmix-%02d.json" % i), "w") as f:
            json.dump(row, f)
    with open(os.path.join(out, "load.json"), "w") as f:
        json.dump(loadinfo, f)
    if mixinfo:
        os.makedirs(os.path.join(out, "mix"))
        with open(os.path.join(out, "mix", "mix.json"), "w") as f:
            json.dump(mixinfo, f)
    if pgbench:
        with open(os.path.join(out, "pgbench.json"), "w") as f:
            json.dump(pgbench, f)
    if bulk is not None:
        write_json(os.path.join(out, "bulkload.json"), bulk)
    if settings is not None:
        write_json(os.path.join(out, "settings.json"), settings)
    if disk is not None:
        write_json(os.path.join(out, "disk.json"), disk)


class SizeVerdict(unittest.TestCase):

    def run_size(self, rows, loadinfo, mix_rows=CLEAN_MIX, mixinfo=None, pgbench=None):
        """rows: single-URL wrk results; mix_rows: the mix and its shapes; mixinfo: mix.json (default: clean)."""
        with tempfile.TemporaryDirectory() as out:
            write_size(out, rows, loadinfo, mix_rows, mix() if mixinfo is None else mixinfo, pgbench)
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

    def test_json_server_errors_warn_without_failing_the_service(self):
        with tempfile.TemporaryDirectory() as out:
            write_size(out, [wrk("ceiling (/q/health/live)"), wrk("actor timeline")], load(), CLEAN_MIX, mix())
            with open(os.path.join(out, "js-00.json"), "w") as f:
                json.dump(wrk("js: actor timeline", errors=7), f)
            result = subprocess.run([sys.executable, REPORT, "size", out, "10k"], capture_output=True, text=True)
        self.assertEqual(0, result.returncode, result.stdout)
        self.assertIn("RUN: OK", result.stdout)
        self.assertIn("WARNING: json-server (comparison only) actor timeline: 0 non-2xx responses, 7 socket errors",
                      result.stdout)

    def test_a_failed_check_query_fails_the_run(self):
        result = self.run_size([wrk("actor timeline")], load(query_status=500))
        self.assertEqual(1, result.returncode)



class MixRows(unittest.TestCase):
    """The request mix is the headline: first row, its own targets, and its failures fail the run."""

    def run_size(self, mix_rows=CLEAN_MIX, mixinfo=None, pgbench=None, ceiling_rps=1000.0):
        return SizeVerdict.run_size(self, [wrk("ceiling (/q/health/live)", rps=ceiling_rps), wrk("actor timeline")],
                                    load(), mix_rows, mixinfo, pgbench)

    def table_rows(self, stdout):
        return [line for line in stdout.splitlines() if line.startswith("| ") and not line.startswith("| query")]

    def test_the_mix_is_the_first_row_and_single_urls_are_labelled(self):
        result = self.run_size()
        self.assertEqual(0, result.returncode, result.stdout)
        rows = self.table_rows(result.stdout)
        self.assertIn("mix: 20,000 distinct URLs", rows[0])
        self.assertTrue(rows[1].startswith("| ceiling"), rows[1])
        self.assertIn("mix shape: actor timeline, all actors", result.stdout)
        self.assertIn("| single URL (cache): actor timeline |", result.stdout)
        self.assertIn("20000 URLs", rows[0])

    def test_single_urls_are_not_called_cached_when_the_page_cache_is_off(self):
        with tempfile.TemporaryDirectory() as out:
            write_size(out, [wrk("ceiling (/q/health/live)"), wrk("actor timeline")], load(), CLEAN_MIX, mix())
            with open(os.path.join(out, "settings.json"), "w") as f:
                json.dump({"pageCache": "false", "db": "h2"}, f)
            stdout = subprocess.run([sys.executable, REPORT, "size", out, "10k"], capture_output=True, text=True).stdout
        self.assertIn("| single URL (page cache off): actor timeline |", stdout)
        self.assertNotIn("single URL (cache)", stdout)

    def test_postgresql_runs_without_the_page_cache_by_default(self):
        with tempfile.TemporaryDirectory() as out:
            write_size(out, [wrk("actor timeline")], load(), CLEAN_MIX, mix())
            with open(os.path.join(out, "settings.json"), "w") as f:
                json.dump({"pageCache": "default", "db": "postgres"}, f)
            stdout = subprocess.run([sys.executable, REPORT, "size", out, "10k"], capture_output=True, text=True).stdout
        self.assertIn("| single URL (page cache off): actor timeline |", stdout)

    def test_the_mix_targets_are_printed_beside_it(self):
        ok = self.table_rows(self.run_size(ceiling_rps=1000.0).stdout)[0]   # 500 of 1000 req/s, p99 5 ms
        self.assertIn("p99<20ms PASS", ok)
        self.assertIn(">=10% ceiling PASS", ok)
        slow = self.run_size(mix_rows=[wrk("mix", rps=50.0, p99=250.0)], ceiling_rps=1000.0)
        self.assertEqual(0, slow.returncode, "missing a target is not a failed run")
        row = self.table_rows(slow.stdout)[0]
        self.assertIn("p99<20ms FAIL", row)
        self.assertIn(">=10% ceiling FAIL", row)

    def test_non_2xx_responses_in_the_mix_fail_the_run(self):
        result = self.run_size(mix_rows=[wrk("mix", non2xx=5)])
        self.assertEqual(1, result.returncode)
        self.assertIn("RUN: FAIL", result.stdout)
        self.assertIn("mix: 5 non-2xx", result.stdout)

    def test_socket_errors_in_a_mix_shape_fail_the_run(self):
        result = self.run_size(mix_rows=[wrk("mix"), wrk("mix: pair", errors=1)])
        self.assertEqual(1, result.returncode)
        self.assertIn("RUN: FAIL", result.stdout)

    def test_up_to_a_tenth_of_a_percent_of_failed_urls_is_tolerated(self):
        result = self.run_size(mixinfo=mix(urls=20000, failed=20))
        self.assertEqual(0, result.returncode, result.stdout)
        self.assertIn("mix check failed: /api/v1/actors/x/timeline -> 404", result.stdout)

    def test_more_failed_urls_fail_the_run(self):
        result = self.run_size(mixinfo=mix(urls=20000, failed=21))
        self.assertEqual(1, result.returncode)
        self.assertIn("mix: 21 of 20000 URLs failed their check", result.stdout)

    def test_a_mix_that_was_not_built_fails_the_run(self):
        result = self.run_size(mixinfo={})
        self.assertEqual(1, result.returncode)
        self.assertIn("mix: not built", result.stdout)

    def test_a_mix_that_was_not_run_fails_the_run(self):
        result = self.run_size(mix_rows=[])
        self.assertEqual(1, result.returncode)
        self.assertIn("mix: no wrk result", result.stdout)

    def test_pgbench_share_is_printed_for_the_mix_and_the_actor_shape(self):
        result = self.run_size(pgbench={"tps": 2000.0, "clients": 32, "threads": 2, "latencyMs": 16.0,
                                        "statements": 4, "actors": 5000, "seconds": 10, "failed": 0})
        self.assertEqual(0, result.returncode, result.stdout)
        rows = self.table_rows(result.stdout)
        self.assertIn("25% of pgbench (>=50%) FAIL", rows[0])                       # 500 of 2000
        self.assertIn("50% of pgbench (>=50%) PASS", next(r for r in rows if "mix shape: actor" in r))
        self.assertIn("| pgbench: an actor page's statements", result.stdout)

    def test_a_failed_pgbench_fails_the_run(self):
        result = self.run_size(pgbench={"tps": None, "failed": 0, "error": "connection refused"})
        self.assertEqual(1, result.returncode)
        self.assertIn("pgbench: 0 failed transactions", result.stdout)

    def test_the_higher_ceiling_is_the_reference(self):
        rows = [wrk("ceiling (/q/health/live)", rps=1000.0), wrk("actor timeline"),
                wrk("ceiling (/q/health/live), again at the end", rps=10000.0)]
        result = SizeVerdict.run_size(self, rows, load(), [wrk("mix", rps=500.0)], None, None)
        mix_row = self.table_rows(result.stdout)[0]
        self.assertIn("| 5.0 |", mix_row)   # 500 of 10,000 req/s
        self.assertIn(">=10% ceiling FAIL", mix_row)


def run_report(*args):
    return subprocess.run([sys.executable, REPORT] + list(args), capture_output=True, text=True)


def line_of(stdout, start):
    return next((line for line in stdout.splitlines() if line.startswith(start)), "")


class ImportTargets(unittest.TestCase):
    """Target 1 of issue 9: import events/s per engine, and its share of the engine's own bulk load."""

    def run_size(self, loadinfo=None, bulk=CLEAN_BULKLOAD, settings=None):
        with tempfile.TemporaryDirectory() as out:
            write_size(out, [wrk("ceiling (/q/health/live)"), wrk("actor timeline")], loadinfo or load(), CLEAN_MIX,
                       mix(), bulk=bulk, settings=settings)
            return run_report("size", out, "10k")

    def test_the_import_target_is_10000_events_per_second_on_h2(self):
        result = self.run_size(load(eps=15000.0), bulkload(eps=20000.0), {"pageCache": "default", "db": "h2"})
        self.assertIn("target >= 10000 on h2: PASS", line_of(result.stdout, "- import:"))
        result = self.run_size(load(eps=9999.0), bulkload(eps=20000.0), {"pageCache": "default", "db": "h2"})
        self.assertIn("target >= 10000 on h2: FAIL", line_of(result.stdout, "- import:"))

    def test_the_import_target_is_20000_events_per_second_on_postgresql(self):
        result = self.run_size(load(eps=15000.0), bulkload(eps=20000.0), {"pageCache": "default", "db": "postgres"})
        self.assertIn("target >= 20000 on postgres: FAIL", line_of(result.stdout, "- import:"))
        result = self.run_size(load(eps=20000.0), bulkload(eps=30000.0), {"pageCache": "default", "db": "postgres"})
        self.assertIn("target >= 20000 on postgres: PASS", line_of(result.stdout, "- import:"))

    def test_the_share_of_the_bulk_load_is_printed_with_its_target(self):
        result = self.run_size(bulk=bulkload(eps=2000.0))    # the import's 1,000 events/s: 50 %
        self.assertEqual(0, result.returncode, result.stdout)
        line = line_of(result.stdout, "- engine bulk load:")
        self.assertIn("2000 events/s (1000 events, 18000 rows in 2 tables, in 0.5 s; test)", line)
        self.assertIn("import share: 50 % — target >= 50 %: PASS", line)
        result = self.run_size(bulk=bulkload(eps=2500.0))    # 40 %
        self.assertEqual(0, result.returncode, "missing the share target is not a failed run")
        self.assertIn("import share: 40 % — target >= 50 %: FAIL", line_of(result.stdout, "- engine bulk load:"))

    def test_a_failed_bulk_load_says_so_and_fails_the_run(self):
        result = self.run_size(bulk={"engine": "h2", "error": "rows differ after the load: EVENT_TERM"})
        self.assertEqual(1, result.returncode)
        line = line_of(result.stdout, "- engine bulk load:")
        self.assertIn("failed: rows differ after the load: EVENT_TERM", line)
        self.assertIn("target >= 50 %: FAIL", line)
        self.assertNotIn("events/s", line)
        self.assertIn("RUN: FAIL", result.stdout)

    def test_a_missing_bulk_load_fails_the_run(self):
        result = self.run_size(bulk=None)
        self.assertEqual(1, result.returncode)
        self.assertIn("bulkload.json missing", line_of(result.stdout, "- engine bulk load:"))
        self.assertIn("target >= 50 %: FAIL", line_of(result.stdout, "- engine bulk load:"))

    def test_a_bulk_load_of_other_rows_fails_the_run(self):
        result = self.run_size(bulk=bulkload(events=999))
        self.assertEqual(1, result.returncode)
        self.assertIn("loaded 999 events, the import 1000", result.stdout)

    def test_no_bulkload_skips_it_without_a_verdict(self):
        result = self.run_size(bulk=None, settings={"pageCache": "default", "db": "h2", "bulkload": "off"})
        self.assertEqual(0, result.returncode, result.stdout)
        line = line_of(result.stdout, "- engine bulk load:")
        self.assertIn("not measured (--no-bulkload)", line)
        self.assertNotIn("PASS", line)
        self.assertNotIn("FAIL", line)

    def test_the_disk_peak_during_the_import_is_printed(self):
        with tempfile.TemporaryDirectory() as out:
            write_size(out, [wrk("actor timeline")], load(), CLEAN_MIX, mix(),
                       disk={"engine": "h2", "bytes": 10 * 1024 * 1024, "peakBytes": 30 * 1024 * 1024,
                             "peakSamples": 6, "peakEverySeconds": 2})
            stdout = run_report("size", out, "10k").stdout
        self.assertIn("- disk after the run (the H2 files): 10 MB", stdout)
        self.assertIn("- disk peak during import: 30 MB (largest of 6 samples, one every 2 s, of the H2 files)", stdout)


class WordsRows(unittest.TestCase):
    """Target 5 of issue 9: q= alone, a common and a rare word, p99 < 50 ms."""

    def run_size(self, mix_rows, mixinfo):
        with tempfile.TemporaryDirectory() as out:
            write_size(out, [wrk("ceiling (/q/health/live)"), wrk("actor timeline")], load(), mix_rows, mixinfo)
            return run_report("size", out, "10k")

    def test_words_rows_have_a_50_ms_target(self):
        result = self.run_size(CLEAN_MIX + [wrk("words: common", p99=49.9), wrk("words: rare", p99=50.0)],
                               mix(words=[words("common"), words("rare")]))
        self.assertEqual(0, result.returncode, result.stdout)
        common = line_of(result.stdout, "| words: common")
        self.assertIn("(q= a common word; page cache off)", common)
        self.assertIn("| 500 URLs, 7 empty | p99<50ms PASS |", common)
        self.assertIn("p99<50ms FAIL", line_of(result.stdout, "| words: rare"))

    def test_words_rows_that_did_not_run_are_listed_without_a_verdict(self):
        result = self.run_size(CLEAN_MIX, mix(words=[words("common"), words("rare")]))
        self.assertIn("not run", line_of(result.stdout, "| words: rare"))
        self.assertIn("p99<50ms: not measured", line_of(result.stdout, "| words: rare"))

    def test_failed_words_urls_fail_the_run(self):
        result = self.run_size(CLEAN_MIX + [wrk("words: common"), wrk("words: rare")],
                               mix(words=[words("common"), words("rare", urls=500, failed=1)]))
        self.assertEqual(1, result.returncode)
        self.assertIn("words rare: 1 of 500 URLs failed their check", result.stdout)

    def test_errors_in_a_words_run_fail_the_run(self):
        result = self.run_size(CLEAN_MIX + [wrk("words: common", non2xx=2), wrk("words: rare")],
                               mix(words=[words("common"), words("rare")]))
        self.assertEqual(1, result.returncode)
        self.assertIn("words: common: 2 non-2xx", result.stdout)


class WarmUps(unittest.TestCase):
    """run.sh warms a new JVM up until its JIT settles before the mix and the words rows, and says how long."""

    def test_each_extended_warm_up_is_printed_with_the_jit_time(self):
        with tempfile.TemporaryDirectory() as out:
            write_size(out, [wrk("ceiling (/q/health/live)")], load(), CLEAN_MIX, mix())
            with open(os.path.join(out, "warmup.jsonl"), "w") as f:
                f.write('{"name":"mix","warmup":"30s","settleSeconds":45,"settled":true,'
                        '"jitSecondsBefore":12.5,"jitSecondsAfter":58.2}\n')
                f.write('{"name":"words: common","warmup":"30s","settleSeconds":180,"settled":false,'
                        '"jitSecondsBefore":3.1,"jitSecondsAfter":70.0}\n')
            result = run_report("size", out, "10k")
        self.assertEqual(0, result.returncode, result.stdout)
        self.assertIn("- warm-up, mix: 30s, then 45 s more until the JIT settled (settled; JIT compile time 12.5 -> "
                      "58.2 s)", result.stdout)
        self.assertIn("- warm-up, words: common: 30s, then 180 s more until the JIT settled (not settled, measured "
                      "anyway;", result.stdout)

    def test_no_warm_up_line_without_the_file(self):
        with tempfile.TemporaryDirectory() as out:
            write_size(out, [wrk("ceiling (/q/health/live)")], load(), CLEAN_MIX, mix())
            result = run_report("size", out, "10k")
        self.assertNotIn("- warm-up", result.stdout)


class SizesTable(unittest.TestCase):

    def test_p99_per_size_lists_the_mix_and_its_shapes_first(self):
        with tempfile.TemporaryDirectory() as results:
            for size, p99 in (("10k", 10.0), ("100k", 12.0)):
                d = os.path.join(results, size)
                os.makedirs(d)
                write_size(d, [wrk("ceiling (/q/health/live)"), wrk("actor timeline")], load(),
                           [wrk("mix", p99=p99), wrk("mix: actor", p99=p99)], mix())
            out = subprocess.run([sys.executable, REPORT, "sizes", results, "10k", "100k"], capture_output=True,
                                 text=True).stdout
        rows = [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| query")]
        self.assertIn("mix: 20,000 distinct URLs", rows[0])
        self.assertIn("| 10.00 | 12.00 | 1.20 | PASS |", rows[0])
        self.assertIn("mix shape: actor timeline, all actors", rows[1])
        self.assertTrue(any("single URL (cache): actor timeline" in r for r in rows))

    def growth(self, p99_10k, p99_1m):
        with tempfile.TemporaryDirectory() as results:
            for size, p99 in (("10k", p99_10k), ("1m", p99_1m)):
                d = os.path.join(results, size)
                os.makedirs(d)
                write_size(d, [wrk("actor timeline", p99=p99)], load(),
                           [wrk("mix", p99=p99), wrk("words: rare", p99=p99)], mix(words=[words("rare")]))
            out = run_report("sizes", results, "10k", "1m").stdout
        return [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| query")], out

    def test_p99_may_grow_at_most_one_and_a_half_times(self):
        rows, out = self.growth(10.0, 15.0)
        self.assertIn("target <= 1.5x", out)
        self.assertIn("| 10.00 | 15.00 | 1.50 | PASS |", rows[0])
        rows, _ = self.growth(10.0, 16.0)
        self.assertIn("| 10.00 | 16.00 | 1.60 | FAIL |", rows[0])
        self.assertIn("| 10.00 | 16.00 | 1.60 | FAIL |", next(r for r in rows if r.startswith("| words: rare")))


if __name__ == "__main__":
    unittest.main()
