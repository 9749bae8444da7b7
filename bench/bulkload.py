#!/usr/bin/env python3
"""The engine's own bulk load of the rows the import wrote (issue 9, target 1; standard library only).

  bulkload.py postgres --db geotimeline_bench --work DIR
  bulkload.py h2 --dbdir DIR --app APP_DIR --work DIR [--jvm-opts "..."]

Run with the service stopped (H2's file mode locks the file). The import tables are `event` and every
`event_*` table (the events, their links, the word index, the actor pairs, the date counts, the document
queue); every other table (actors, places, their names, Flyway's history) was written before the import and
is loaded untimed, so that the foreign keys hold. Then, into an empty database with the source's schema
(same indexes and constraints), the import tables' rows are loaded in one transaction and timed:

  postgres  `\\copy … to` files from --db; a database --db + "_copy" from `pg_dump --schema-only`, the other
            tables' rows from `pg_dump --data-only`; timed: one psql session, BEGIN, `\\copy … from` per
            table, COMMIT (PostgreSQL's clock before and after). The copy database is dropped afterwards.
  h2        CSVWRITE of every table and `SCRIPT NODATA` from the service's database file (its JDBC URL,
            user and settings such as WRITE_DELAY read from the built app); a fresh database file in --work
            from that schema; timed: INSERT INTO t SELECT * FROM CSVREAD(…) per table between
            SET AUTOCOMMIT FALSE and COMMIT (System.nanoTime in the same JVM before and after).

Row counts and each column's non-null count are compared between the source and the copy. Prints one JSON
object {"engine", "events", "rows": {table: count}, "seconds", "eventsPerSecond", "method"}; when the
baseline could not be measured, {"engine", "error"} and exit status 1, never a figure.
"""
import argparse
import csv
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

PSQL = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-X", "-q", "-v", "ON_ERROR_STOP=1"]
PG_DUMP = ["pg_dump", "-h", "127.0.0.1", "-U", "postgres"]


class Failure(Exception):
    pass


def is_import(table):
    t = table.lower()
    return t == "event" or t.startswith("event_")


def load_order(tables):
    """event first: on H2 its link tables have foreign keys to it."""
    return sorted(tables, key=lambda t: (t.lower() != "event", t.lower()))


def run(cmd, **kw):
    res = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if res.returncode != 0:
        out = res.stderr or res.stdout
        # the exception is on the first lines, where it was thrown on the last ones
        raise Failure("%s exited with %d: %s" % (" ".join(cmd[:3]), res.returncode, out if len(out) <= 1600 else out[:800] + " … " + out[-800:]))
    return res.stdout


def quote(name):
    """A table or column name as written in the catalog (both engines quote the SQL standard way)."""
    return '"%s"' % name


def count_sql(tables, columns):
    """One row per table: its name and 'rows nonnull(c1) nonnull(c2) …', a check that needs no row order."""
    return " UNION ALL ".join(
        "SELECT '%s', CONCAT_WS(' ', COUNT(*), %s) FROM %s" % (
            t, ", ".join("COUNT(%s)" % quote(c) for c in columns[t]), quote(t)) for t in tables)


def compare(before, after):
    bad = ["%s: %s in the source, %s loaded" % (t, before[t], after.get(t)) for t in sorted(before)
           if after.get(t) != before[t]]
    if bad:
        raise Failure("rows differ after the load (rows, then non-null values per column): " + "; ".join(bad))


def result(engine, counts, imported, seconds, method):
    rows = {t: int(counts[t].split()[0]) for t in imported}
    events = next(n for t, n in rows.items() if t.lower() == "event")
    if not events or seconds <= 0:
        raise Failure("nothing to measure: %s events in %s s" % (events, seconds))
    return {"engine": engine, "events": events, "rows": rows, "rowsTotal": sum(rows.values()),
            "seconds": round(seconds, 3), "eventsPerSecond": round(events / seconds, 1), "method": method}


# ---- PostgreSQL ------------------------------------------------------------------------------------------

def psql(db, sql=None, script=None):
    cmd = PSQL + ["-At", "-F", "\t", "-d", db] + (["-c", sql] if sql else ["-f", script])
    return run(cmd)


def pg_pipe(dump_args, db):
    """pg_dump … | psql db, failing if either side fails."""
    dump = subprocess.Popen(PG_DUMP + dump_args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    load = subprocess.run(PSQL + ["-d", db], stdin=dump.stdout, capture_output=True, text=True)
    dump.stdout.close()
    err = dump.stderr.read().decode(errors="replace")
    if dump.wait() != 0 or load.returncode != 0:
        raise Failure("pg_dump %s | psql %s failed: %s %s" % (" ".join(dump_args[:2]), db, err[-400:],
                                                             load.stderr[-400:]))


def pg_counts(db, tables, columns):
    out = psql(db, count_sql(tables, columns))
    return dict(line.split("\t", 1) for line in out.splitlines() if line)


def postgres(a, work):
    src, dst = a.db, a.db + "_copy"
    tables = psql(src, "select tablename from pg_tables where schemaname = 'public' order by 1").split()
    imported = load_order([t for t in tables if is_import(t)])
    others = [t for t in tables if not is_import(t)]
    columns = {t: psql(src, "select column_name from information_schema.columns where table_schema = 'public' "
                            "and table_name = '%s' order by ordinal_position" % t).split() for t in tables}
    before = pg_counts(src, tables, columns)
    files = {t: os.path.join(work, t + ".copy") for t in imported}
    dump = os.path.join(work, "dump.sql")
    with open(dump, "w") as f:
        f.writelines("\\copy public.%s to '%s'\n" % (quote(t), files[t]) for t in imported)
    psql(src, script=dump)

    psql("postgres", "DROP DATABASE IF EXISTS %s" % dst)
    psql("postgres", "CREATE DATABASE %s" % dst)
    try:
        pg_pipe(["--schema-only", src], dst)
        # untimed: the rows the import found in place (a place's parent is a foreign key to the same table)
        pg_pipe(["--data-only", "--disable-triggers"] + [x for t in others for x in ("-t", "public." + quote(t))]
                + [src], dst)
        timed = os.path.join(work, "load.sql")
        with open(timed, "w") as f:
            f.write("select extract(epoch from clock_timestamp());\nBEGIN;\n")
            f.writelines("\\copy public.%s from '%s'\n" % (quote(t), files[t]) for t in imported)
            f.write("COMMIT;\nselect extract(epoch from clock_timestamp());\n")
        clock = [float(x) for x in psql(dst, script=timed).split()]
        compare(before, pg_counts(dst, tables, columns))
    finally:
        subprocess.run(PSQL + ["-d", "postgres", "-c", "DROP DATABASE IF EXISTS %s" % dst], capture_output=True)
    return result("postgres", before, imported, clock[-1] - clock[0], "psql \\copy … from, one transaction")


# ---- H2 --------------------------------------------------------------------------------------------------

def lit(s):
    return "'%s'" % s.replace("'", "''")


def app_datasource(app):
    """JDBC URL (with ${geotimeline.data-dir}), user and password of the built app's H2 profile."""
    jars = glob.glob(os.path.join(app, "app", "*.jar"))
    if not jars:
        raise Failure("no application jar in %s/app" % app)
    with zipfile.ZipFile(jars[0]) as z:
        text = z.read("application.properties").decode()
    props = {}
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            k, v = line.split("=", 1)
            props[k.strip()] = v.strip()
    url = props.get("quarkus.datasource.jdbc.url", "")
    if not url.startswith("jdbc:h2:") or "${geotimeline.data-dir}" not in url:
        raise Failure("unexpected H2 URL in the app: %r" % url)
    return url, props.get("quarkus.datasource.username", ""), props.get("quarkus.datasource.password", "")


class H2:
    def __init__(self, jar, url, user, password, jvm_opts):
        self.jar, self.url, self.user, self.password, self.jvm = jar, url, user, password, jvm_opts.split()

    def script(self, path, statements):
        with open(path, "w") as f:
            f.write(";\n".join(statements) + ";\n")
        run(["java"] + self.jvm + ["-cp", self.jar, "org.h2.tools.RunScript", "-url", self.url, "-user", self.user,
                                   "-password", self.password, "-script", path])


def csvwrite(path, query):
    return "CALL CSVWRITE(%s, %s, 'charset=UTF-8')" % (lit(path), lit(query))


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))[1:]


def h2(a, work):
    jars = glob.glob(os.path.join(a.app, "lib", "main", "com.h2database.h2-*.jar"))
    if not jars:
        raise Failure("no H2 jar in %s/lib/main" % a.app)
    if not os.path.exists(os.path.join(a.dbdir, "geotimeline.mv.db")):
        raise Failure("no H2 database in %s" % a.dbdir)
    url, user, password = app_datasource(a.app)
    # the service's database is only read (the dumps), and left as it was; the dumps are not timed and run with
    # the JVM's default heap (in the pod's heap, dumping all tables in one JVM ran out of memory at 100k)
    src = H2(jars[0], url.replace("${geotimeline.data-dir}", os.path.abspath(a.dbdir)) + ";ACCESS_MODE_DATA=r",
             user, password, "")
    dst = H2(jars[0], url.replace("${geotimeline.data-dir}", os.path.join(work, "db")), user, password, a.jvm_opts)
    f = lambda name: os.path.join(work, name)

    src.script(f("columns.sql"), [csvwrite(f("columns.csv"),
        "SELECT c.TABLE_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t "
        "ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
        "WHERE t.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_TYPE = 'BASE TABLE' ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")])
    columns = {}
    for table, column in read_csv(f("columns.csv")):
        columns.setdefault(table, []).append(column)
    tables = sorted(columns)
    imported = load_order([t for t in tables if is_import(t)])
    others = [t for t in tables if not is_import(t)]
    data = {t: f("table-%d.csv" % i) for i, t in enumerate(tables)}
    src.script(f("export.sql"), ["SCRIPT NODATA TO %s" % lit(f("schema.sql"))]
               + [csvwrite(data[t], "SELECT * FROM %s" % quote(t)) for t in tables]
               + [csvwrite(f("before.csv"), count_sql(tables, columns))])
    before = dict(read_csv(f("before.csv")))

    def insert(t):
        return "INSERT INTO %s SELECT * FROM CSVREAD(%s, NULL, 'charset=UTF-8')" % (quote(t), lit(data[t]))
    # untimed: the schema, then the rows the import found in place (a place's parent is a foreign key to the
    # same table, so the checks are off while they load and on again before the timed load)
    dst.script(f("prepare.sql"), ["RUNSCRIPT FROM %s" % lit(f("schema.sql")), "SET REFERENTIAL_INTEGRITY FALSE"]
               + [insert(t) for t in others] + ["SET REFERENTIAL_INTEGRITY TRUE"])
    dst.script(f("load.sql"), ["CREATE ALIAS BULK_NANOS FOR 'java.lang.System.nanoTime'",
                               csvwrite(f("t0.csv"), "SELECT BULK_NANOS()"), "SET AUTOCOMMIT FALSE"]
               + [insert(t) for t in imported]
               + ["COMMIT", csvwrite(f("t1.csv"), "SELECT BULK_NANOS()"),
                  csvwrite(f("after.csv"), count_sql(tables, columns))])
    compare(before, dict(read_csv(f("after.csv"))))
    nanos = int(read_csv(f("t1.csv"))[0][0]) - int(read_csv(f("t0.csv"))[0][0])
    return result("h2", before, imported, nanos / 1e9, "INSERT … SELECT FROM CSVREAD, one transaction, %s"
                  % ";".join(url.split(";")[1:]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("engine", choices=("h2", "postgres"))
    ap.add_argument("--work", required=True, help="a directory for the dumps (a temporary one inside is removed)")
    ap.add_argument("--db", default="geotimeline_bench", help="PostgreSQL: the loaded database")
    ap.add_argument("--dbdir", help="H2: the service's data directory (GEOTIMELINE_DATA_DIR)")
    ap.add_argument("--app", help="H2: the built app (quarkus-app copy) whose H2 jar and URL are used")
    ap.add_argument("--jvm-opts", default="", help="H2: flags of the JVM that runs the load")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    work = tempfile.mkdtemp(prefix="bulkload-", dir=os.path.abspath(a.work))
    try:
        out = postgres(a, work) if a.engine == "postgres" else h2(a, work)
        code = 0
    except (Failure, OSError, ValueError, KeyError, IndexError, StopIteration) as e:
        out, code = {"engine": a.engine, "error": str(e)}, 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(out))
    if code:
        print("bulk load baseline failed: %s" % out["error"], file=sys.stderr)
    sys.exit(code)


if __name__ == "__main__":
    main()
