#!/usr/bin/env bash
# GeoTimeline benchmark: generate data, build and start the service, import through the API,
# load-test the timeline queries with wrk, compare with json-server, print markdown tables.
# Usage: bench/run.sh [--events 10k|100k|1m] [--sizes 10k,100k,1m] [--db h2|postgres]
#                     [--duration 20s] [--warmup 5s] [--chunk 500] [--no-build] [--jvm-opts "..."]
#                     [--no-page-cache] [--reuse-db] [--mix-count 20000] [--mix-warmup 30s] [--shape-duration 5s]
#                     [--no-pgbench] [--pg-log /var/log/postgresql/postgresql-15-main.log] [--no-bulkload]
#                     [--settle-max 180] (0: no warm-up beyond --mix-warmup, see settle_jit)
# Load goes only to 127.0.0.1. Everything it writes is under bench/work/ (git-ignored).
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work"
# JVM_OPTS default: what the Kubernetes manifests give a pod (limit 512 MiB, heap 40 %, initial 20 %, serial GC, native
# heap trimmed every 10 s, MALLOC_ARENA_MAX=2; k8s/base/geotimeline.env).
SIZES="100k"; DB="h2"; DURATION="20s"; WARMUP="5s"; CHUNK=5000; BUILD=1; JVM_OPTS="-XX:MaxRAM=512m -XX:MaxRAMPercentage=40 -XX:InitialRAMPercentage=20 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000"
PORT=18080; JS_PORT=18090; THREADS=2; CONNS=32; PAGE_CACHE=default; REUSE_DB=0
MIX_COUNT=20000; SHAPE_DURATION=5s; PGBENCH=1; MIX_TIMEOUT=10s; MIX_WARMUP=30s; BULKLOAD=1; DISK_EVERY=2
SETTLE_MAX=180
PG_LOG="$(ls /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1 || true)"

while [ $# -gt 0 ]; do
  case "$1" in
    --events) SIZES="$2"; shift 2 ;;
    --sizes) SIZES="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --chunk) CHUNK="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --jvm-opts) JVM_OPTS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --no-page-cache) PAGE_CACHE=false; shift ;;
    --reuse-db) REUSE_DB=1; shift ;;
    --mix-count) MIX_COUNT="$2"; shift 2 ;;
    --mix-warmup) MIX_WARMUP="$2"; shift 2 ;;
    --shape-duration) SHAPE_DURATION="$2"; shift 2 ;;
    --settle-max) SETTLE_MAX="$2"; shift 2 ;;
    --no-pgbench) PGBENCH=0; shift ;;
    --pg-log) PG_LOG="$2"; shift 2 ;;
    --no-bulkload) BULKLOAD=0; shift ;;
    -h|--help) sed -n 2,9p "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$DB" in h2|postgres) ;; *) echo "--db must be h2 or postgres" >&2; exit 2 ;; esac

count() { # 10k -> 10000, 1m -> 1000000
  local s="${1,,}"
  case "$s" in *k) echo $(( ${s%k} * 1000 )) ;; *m) echo $(( ${s%m} * 1000000 )) ;; *) echo "$s" ;; esac
}

STAMP="$(date +%Y%m%d-%H%M%S)"
RESULTS="$WORK/results/$STAMP"
mkdir -p "$RESULTS"
log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

SVC_PID=""; JS_PID=""; DISK_PID=""; PG_CREATED=0; FAILED_SIZES=""
BULK_WORK="$WORK/bulkload-tmp"  # bulkload.py's dumps (and H2 database), removed when it ends
cleanup() {
  [ -n "$SVC_PID" ] && kill "$SVC_PID" 2>/dev/null && wait "$SVC_PID" 2>/dev/null || true
  [ -n "$JS_PID" ] && kill "$JS_PID" 2>/dev/null && wait "$JS_PID" 2>/dev/null || true
  [ -n "$DISK_PID" ] && kill "$DISK_PID" 2>/dev/null && wait "$DISK_PID" 2>/dev/null || true
  SVC_PID=""; JS_PID=""; DISK_PID=""
  if [ "$PG_CREATED" = 1 ]; then
    psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS geotimeline_bench" >/dev/null 2>&1 || true
    psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS geotimeline_bench_copy" >/dev/null 2>&1 || true
    PG_CREATED=0
  fi
  rm -rf "$BULK_WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- tools ---------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  log "installing wrk (Debian package)"
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi
if [ "$DB" = postgres ] && [ "$PGBENCH" = 1 ] && ! command -v pgbench >/dev/null; then
  # Debian ships pgbench with the server package (postgresql-NN); postgresql-contrib depends on it
  log "installing pgbench (Debian package postgresql-contrib)"
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql-contrib >/dev/null
fi
JSON_SERVER="$WORK/node_modules/.bin/json-server"
if [ ! -x "$JSON_SERVER" ]; then
  log "installing json-server 0.17.4 into bench/work"
  mkdir -p "$WORK" && npm install --silent --no-audit --no-fund --prefix "$WORK" json-server@0.17.4 >/dev/null
fi

# ---- build ---------------------------------------------------------------------------------
APP="$WORK/app-$DB"
if [ "$BUILD" = 1 ] || [ ! -f "$APP/quarkus-run.jar" ]; then
  log "building the service ($DB)"
  if [ "$DB" = postgres ]; then
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true -Dquarkus.profile=prod,postgres)
  else
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true)
  fi
  rm -rf "$APP" && mkdir -p "$APP" && cp -a "$ROOT/target/quarkus-app/." "$APP/"  # -a: AppCDS checks jar timestamps
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_service() { # stops the service start_service started, and waits for it to exit
  kill "$SVC_PID"; wait "$SVC_PID" 2>/dev/null || true; SVC_PID=""
}

start_service() { # $1 data dir; sets SVC_PID, STARTUP_WALL_MS, STARTUP_LOG_S
  local data="$1" logf="$2"
  port_free "$PORT" || { log "port $PORT is busy"; exit 1; }
  # The bench signs its own editor token with the development key pair (dev/jwt).
  local env=(MALLOC_ARENA_MAX=2 GEOTIMELINE_DATA_DIR="$data" GEOTIMELINE_DEMO_DATA_ENABLED=false QUARKUS_HTTP_PORT="$PORT"
             QUARKUS_HTTP_HOST=127.0.0.1
             GEOTIMELINE_JWT_PUBLIC_KEY_LOCATION="$ROOT/src/main/resources/jwt/dev-public-key.pem"
             GEOTIMELINE_JWT_ISSUER=urn:geotimeline:dev)
  # The service's own default: page cache on for H2, off for PostgreSQL.
  [ "$PAGE_CACHE" = default ] || env+=(GEOTIMELINE_PAGE_CACHE_ENABLED="$PAGE_CACHE")
  if [ "$DB" = postgres ]; then
    env+=(QUARKUS_PROFILE=prod,postgres DB_URL="jdbc:postgresql://127.0.0.1:5432/geotimeline_bench"
          DB_USERNAME=postgres)
  fi
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  # AppCDS (class data sharing archive made at build time) only loads with the same relative class path.
  local cds=""
  [ -f "$APP/app-cds.jsa" ] && cds="-XX:SharedArchiveFile=app-cds.jsa"
  (cd "$APP" && exec env "${env[@]}" java $JVM_OPTS $cds -jar quarkus-run.jar) >"$logf" 2>&1 &
  SVC_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    if ! kill -0 "$SVC_PID" 2>/dev/null; then log "service died, see $logf"; tail -20 "$logf" >&2; exit 1; fi
    if [ $(( ($(date +%s%N) - t0) / 1000000000 )) -gt 120 ]; then log "service not ready after 120 s"; exit 1; fi
    sleep 0.02
  done
  STARTUP_WALL_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  STARTUP_LOG_S=$(grep -ao 'started in [0-9.]*s' "$logf" | head -1 | grep -o '[0-9.]*' || echo "")
}

run_wrk() { # $1 name, $2 url, $3 out prefix -> writes $3.txt
  wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$2" >/dev/null 2>&1 || true
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$2" >"$3.txt" 2>&1 || true
  python3 "$BENCH/report.py" wrk "$1" "$3.txt" >"$3.json"
}

run_wrk_mix() { # $1 name, $2 URL file, $3 out prefix, $4 warm-up, $5 duration[, $6 "settle": then warm up until the
  # JIT settles, see settle_jit]: a random path of the file per request
  # different seeds for the warm-up and the measured run, so the measured run does not replay what was just cached
  # --timeout: wrk leaves a request slower than its timeout out of the latency figures (and counts it as a socket
  # error); 10 s instead of 2 s keeps slow pages in the p99 of the mix
  [ "$4" = 0 ] || wrk_on_file "$2" 1 "$4" >/dev/null 2>&1 || true
  [ "${6:-}" != settle ] || settle_jit "$1" "$2" "$4"
  wrk_on_file "$2" 2 "$5" --latency >"$3.txt" 2>&1 || true
  python3 "$BENCH/report.py" wrk "$1" "$3.txt" >"$3.json"
}

wrk_on_file() { # $1 URL file, $2 seed, $3 duration, then more wrk options: wrk on a random path of the file per request
  local file="$1" seed="$2" duration="$3"
  shift 3
  wrk -t"$THREADS" -c"$CONNS" -d"$duration" --timeout "$MIX_TIMEOUT" "$@" -s "$BENCH/mix.lua" "http://127.0.0.1:$PORT/" -- "$file" "$seed"
}

jit_seconds() { # the service JVM's compile time so far, in seconds (jstat); empty if it cannot be read
  # (|| true: under set -e a failing jstat, e.g. a JRE without it, must not end the run; settle_jit then stops)
  jstat -compiler "$SVC_PID" 2>/dev/null | awk 'NR == 2 { print $4 }' || true
}

settle_jit() { # $1 name, $2 URL file, $3 fixed warm-up done: more warm-up in 5 s rounds while the JIT still compiles
  # (0.5 s or more of compile time in a round, a tenth of a core), at most SETTLE_MAX s. On the 2 cores the compiler
  # took one core for the first minute of a new JVM's words load: 2,000 req/s, p99 37 ms after 20 s, 3,500 req/s,
  # p99 22 ms once it had settled (100k, PostgreSQL). -> a line of $OUT/warmup.jsonl
  local added=0 first before after settled=false
  first=$(jit_seconds); before="$first"
  while [ -n "$before" ] && [ "$added" -lt "$SETTLE_MAX" ]; do
    wrk_on_file "$2" 3 5s >/dev/null 2>&1 || true
    added=$((added + 5))
    after=$(jit_seconds)
    if [ -z "$after" ] || awk -v a="$after" -v b="$before" 'BEGIN { exit !(a - b < 0.5) }'; then
      [ -n "$after" ] && settled=true
      break
    fi
    before="$after"
  done
  log "[$SIZE] $1: $3 of warm-up, then ${added} s more until the JIT settled ($settled; compile time ${first:-?} -> ${after:-?} s)"
  printf '{"name":"%s","warmup":"%s","settleSeconds":%s,"settled":%s,"jitSecondsBefore":%s,"jitSecondsAfter":%s}\n' \
    "$1" "$3" "$added" "$settled" "${first:-null}" "${after:-null}" >>"$OUT/warmup.jsonl"
}

build_mix() { # $1 out dir; the service runs on $PORT with the data loaded
  log "[$SIZE] building the request mix ($MIX_COUNT distinct URLs) and requesting each once (sequential, untimed)"
  rm -rf "$1"
  python3 "$BENCH/mix.py" --port "$PORT" --data "$DATA" --out "$1" --count "$MIX_COUNT"
}

seconds() { # 20s -> 20, 1m -> 60 (pgbench -T takes seconds)
  case "$1" in *m) echo $(( ${1%m} * 60 )) ;; *s) echo "${1%s}" ;; *) echo "$1" ;; esac
}

pg_capture() { # $1 out dir. Runs one actor page with PostgreSQL logging every statement of the bench database,
  # and turns the statements into a pgbench script (bench/pgcapture.py). Logging is on only for this start.
  local a aid off psqlb=(psql -h 127.0.0.1 -U postgres -q -At)
  if [ -z "$PG_LOG" ] || [ ! -r "$PG_LOG" ]; then log "[$SIZE] no readable PostgreSQL log (--pg-log): pgbench skipped"; return 0; fi
  a=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["topActor"])' "$DATA/meta.json")
  aid=$("${psqlb[@]}" -d geotimeline_bench -c "select id from actor where slug = '$a'")
  "${psqlb[@]}" -c "ALTER DATABASE geotimeline_bench SET log_min_duration_statement = 0"
  start_service "$DBDIR" "$1/service-capture.log"
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/actors/$a/timeline?from=2000" || true  # first use of the path
  sleep 0.5; off=$(stat -c %s "$PG_LOG")
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/actors/$a/timeline"
  sleep 1
  stop_service
  "${psqlb[@]}" -c "ALTER DATABASE geotimeline_bench RESET log_min_duration_statement"
  read -r lo hi < <("${psqlb[@]}" -F ' ' -d geotimeline_bench -c "select min(id), max(id) from actor")
  python3 "$BENCH/pgcapture.py" script "$PG_LOG" "$off" geotimeline_bench "$aid" "$lo" "$hi" \
    "$1/pgbench.sql" "$1/pgcapture.json" || log "[$SIZE] could not build the pgbench script: pgbench skipped"
}

run_pgbench() { # $1 out dir: the database's own ceiling for an actor page, with the service stopped
  [ -f "$1/pgbench.sql" ] || return 0
  # The service's connections plan every statement for its parameters (plan_cache_mode, application.properties):
  # the ceiling runs its statements the same way, not with the generic plans -M prepared would settle on.
  local actors pgb=(env PGOPTIONS="-c plan_cache_mode=force_custom_plan" pgbench -n -h 127.0.0.1 -U postgres
    -c "$CONNS" -j "$THREADS" -M prepared -f "$1/pgbench.sql" geotimeline_bench)
  log "[$SIZE] pgbench: an actor page's statements, -c$CONNS -j$THREADS -M prepared, custom plans"
  "${pgb[@]}" -T "$(seconds "$WARMUP")" >/dev/null 2>&1 || true
  "${pgb[@]}" -T "$(seconds "$DURATION")" >"$1/pgbench.txt" 2>&1 || true
  actors=$(psql -h 127.0.0.1 -U postgres -At -d geotimeline_bench -c 'select count(*) from actor')
  python3 "$BENCH/pgcapture.py" tps "$1/pgbench.txt" "$1/pgcapture.json" "$CONNS" "$THREADS" "$(seconds "$DURATION")" "$actors" >"$1/pgbench.json"
}

run_words() { # $1 out dir: a common and a rare word alone (issue 9: p99 < 50 ms), not part of the mix.
  # A few hundred URLs each: the page cache would answer them from memory after their check, so they run on
  # the database path, on a start of the service with the page cache off.
  # The JVM is new again: the first row warms up as the mix does, --mix-warmup and then until the JIT settles (3 s
  # of warm-up left the common words' p99 at 102 ms at 1M on PostgreSQL, 36 ms for words + year in the warm mix).
  local saved="$PAGE_CACHE" j=91 warmup="$MIX_WARMUP" settle=settle
  PAGE_CACHE=false
  start_service "$DBDIR" "$1/service-words.log"
  PAGE_CACHE="$saved"
  for words in common rare; do
    log "[$SIZE] wrk: words $words, page cache off ($SHAPE_DURATION after $warmup of warm-up)"
    run_wrk_mix "words: $words" "$1/mix/words-$words.txt" "$1/wrkmix-$j-words-$words" "$warmup" "$SHAPE_DURATION" "$settle"
    warmup="$WARMUP"; settle=""; j=$((j + 1))
  done
  stop_service
}

mix_reusable() { # $1 dir: a mix built by this mix.py version (2: with the words files) with the same count
  [ -f "$1/mix.json" ] && python3 -c '
import json, sys
m = json.load(open(sys.argv[1] + "/mix.json"))
sys.exit(0 if m.get("version") == 2 and m.get("requested") == int(sys.argv[2]) and m.get("urls") else 1)' "$1" "$MIX_COUNT"
}

db_bytes() { # the database's size now: PostgreSQL's pg_database_size, or H2's files in the data directory
  if [ "$DB" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -At -c "select pg_database_size('geotimeline_bench')"
  else
    find "$DBDIR" -maxdepth 1 -name '*.db' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'
  fi
}

sample_disk() { # $1 file: "<largest size seen> <samples>", rewritten every DISK_EVERY seconds until killed
  local peak=0 n=0 b
  while :; do
    b=$(db_bytes 2>/dev/null) || b=""
    n=$((n + 1))
    if [ -n "$b" ] && [ "$b" -gt "$peak" ]; then peak=$b; fi
    echo "$peak $n" >"$1.tmp" && mv "$1.tmp" "$1"
    sleep "$DISK_EVERY"
  done
}

load_sampled() { # $1 out dir: load.py, with the database's size sampled meanwhile (issue 9: H2's files never grow
  # past 3x PostgreSQL's during the import) -> $1/load.json, $1/disk-peak.txt ("<peak bytes> <samples>")
  local peak n b
  sample_disk "$1/disk-peak.txt" &
  DISK_PID=$!
  GEOTIMELINE_TOKEN="$("$ROOT/scripts/dev-token.sh" bench editor 86400)" python3 "$BENCH/load.py" --port "$PORT" --data "$DATA" --chunk "$CHUNK" >"$1/load.json"
  kill "$DISK_PID"; wait "$DISK_PID" 2>/dev/null || true; DISK_PID=""
  read -r peak n <"$1/disk-peak.txt" || { peak=0; n=0; }
  b=$(db_bytes) || b=""
  if [ -n "$b" ] && [ "$b" -gt "$peak" ]; then peak=$b; fi
  echo "$peak $((n + 1))" >"$1/disk-peak.txt"
}

run_bulkload() { # $1 out dir: the engine's own bulk load of the rows the import wrote (bench/bulkload.py), with the
  # service stopped (H2's file mode locks the file) -> $1/bulkload.json; a failure there fails the run (report.py)
  local args=(postgres --db geotimeline_bench)
  [ "$DB" = h2 ] && args=(h2 --dbdir "$DBDIR" --app "$APP" --jvm-opts "$JVM_OPTS")
  log "[$SIZE] the engine's own bulk load of the imported rows (service stopped)"
  python3 "$BENCH/bulkload.py" "${args[@]}" --work "$BULK_WORK" >"$1/bulkload.json" \
    || log "[$SIZE] the bulk load baseline failed, see $1/bulkload.json"
}

for SIZE in ${SIZES//,/ }; do
  N=$(count "$SIZE")
  OUT="$RESULTS/$SIZE"; mkdir -p "$OUT"
  DATA="$WORK/data-$SIZE"
  JS=0; [ "$N" -le 100000 ] && JS=1
  if [ ! -f "$DATA/meta.json" ] || [ "$JS" = 1 -a ! -f "$DATA/db.json" ]; then
    log "generating $N events into $DATA"
    rm -rf "$DATA"
    python3 "$BENCH/gen.py" --events "$N" --out "$DATA" $([ "$JS" = 1 ] && echo --jsonserver) >/dev/null
  fi
  LAST="$WORK/db-$DB-$SIZE-last"
  REUSED=""
  if [ "$REUSE_DB" = 1 ] && [ "$DB" = h2 ] && [ -f "$LAST/load.json" ]; then
    # H2 only (a PostgreSQL scratch database is dropped after each run): query the database an
    # earlier run loaded; its import figures are reported again, marked as reused.
    DBDIR="$(readlink -f "$LAST")"; REUSED="$DBDIR"
    cp "$DBDIR/load.json" "$OUT/load.json"
    [ -f "$DBDIR/disk-peak.txt" ] && cp "$DBDIR/disk-peak.txt" "$OUT/disk-peak.txt"
    log "[$SIZE] reusing the database loaded in $DBDIR"
    if ! mix_reusable "$DBDIR/mix"; then
      start_service "$DBDIR" "$OUT/service-mix.log"
      build_mix "$DBDIR/mix"
      stop_service
    fi
    cp -r "$DBDIR/mix" "$OUT/mix"
  else
    DBDIR="$WORK/db-$DB-$SIZE-$STAMP"; rm -rf "$DBDIR"; mkdir -p "$DBDIR"
    if [ "$DB" = postgres ]; then
      psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS geotimeline_bench" >/dev/null
      psql -h 127.0.0.1 -U postgres -q -c "CREATE DATABASE geotimeline_bench" >/dev/null
      PG_CREATED=1
    fi
    log "[$SIZE] starting the service (first start: empty database)"
    start_service "$DBDIR" "$OUT/service-load.log"
    log "[$SIZE] ready after ${STARTUP_WALL_MS} ms (log: started in ${STARTUP_LOG_S}s); loading data, chunk $CHUNK"
    load_sampled "$OUT"
    build_mix "$OUT/mix"
    stop_service
    if [ "$DB" = h2 ]; then
      cp "$OUT/load.json" "$OUT/disk-peak.txt" "$DBDIR/"; cp -r "$OUT/mix" "$DBDIR/mix"; ln -sfn "$DBDIR" "$LAST"
    fi
    if [ "$DB" = postgres ] && [ "$PGBENCH" = 1 ]; then pg_capture "$OUT"; fi
  fi
  if [ "$BULKLOAD" = 1 ]; then run_bulkload "$OUT"; fi
  # (re)start on the loaded database: start-up is measured here, and queries run on a fresh JVM
  start_service "$DBDIR" "$OUT/service.log"
  log "[$SIZE] restarted on loaded data: ready after ${STARTUP_WALL_MS} ms (log: started in ${STARTUP_LOG_S}s)"
  printf '{"wallMs":%s,"logSeconds":%s}\n' "$STARTUP_WALL_MS" "${STARTUP_LOG_S:-null}" >"$OUT/startup.json"

  run_wrk "ceiling (/q/health/live)" "http://127.0.0.1:$PORT/q/health/live" "$OUT/wrk-00-ceiling"
  # the headline: the whole mix, a random URL of it per request, every cache as configured
  log "[$SIZE] wrk: mix ($(wc -l <"$OUT/mix/mix.txt") URLs)"
  # Its warm-up is longer than the single URLs' (--mix-warmup): thousands of different pages take the JIT far
  # longer to settle than one cached URL (on this 2-core machine the mix's req/s still grew for ~40 s).
  run_wrk_mix "mix" "$OUT/mix/mix.txt" "$OUT/wrkmix-00" "$MIX_WARMUP" "$DURATION" settle
  if [ "$SHAPE_DURATION" != 0 ]; then
    j=1
    for shape in $(python3 -c 'import json,sys; print(" ".join(s["shape"] for s in json.load(open(sys.argv[1]))["shapes"]))' "$OUT/mix/mix.json"); do
      log "[$SIZE] wrk: mix shape $shape ($SHAPE_DURATION)"
      run_wrk_mix "mix: $shape" "$OUT/mix/mix-$shape.txt" "$(printf '%s/wrkmix-%02d-%s' "$OUT" "$j" "$shape")" 1s "$SHAPE_DURATION"
      j=$((j + 1))
    done
  fi
  i=1
  python3 -c 'import json,sys; [print(q["query"]+"\t"+q["path"]) for q in json.load(open(sys.argv[1]))["queries"]]' \
    "$OUT/load.json" | while IFS=$'\t' read -r name path; do
      log "[$SIZE] wrk: $name"
      run_wrk "$name" "http://127.0.0.1:$PORT$path" "$OUT/wrk-0$i"
      i=$((i + 1))
    done
  # the ceiling again on the now warm JVM: the table's "% of ceiling" uses the higher of the two
  run_wrk "ceiling (/q/health/live), again at the end" "http://127.0.0.1:$PORT/q/health/live" "$OUT/wrk-99-ceiling-end"
  RSS_KB=$(ps -o rss= -p "$SVC_PID" | tr -d ' ')
  echo "{\"rssKb\":$RSS_KB}" >"$OUT/rss.json"
  stop_service
  # disk at rest after the run (issue 9: H2's files at most 3x PostgreSQL's pg_database_size for the same data),
  # and the peak sampled during the import
  DISK_BYTES=$(db_bytes) || DISK_BYTES=""
  PEAK=null; SAMPLES=null
  [ -f "$OUT/disk-peak.txt" ] && read -r PEAK SAMPLES <"$OUT/disk-peak.txt"
  printf '{"engine":"%s","bytes":%s,"peakBytes":%s,"peakSamples":%s,"peakEverySeconds":%s}\n' \
    "$DB" "${DISK_BYTES:-null}" "$PEAK" "$SAMPLES" "$DISK_EVERY" >"$OUT/disk.json"
  if [ "$SHAPE_DURATION" != 0 ]; then run_words "$OUT"; fi
  run_pgbench "$OUT"
  if [ "$PG_CREATED" = 1 ]; then cleanup; fi

  if [ "$JS" = 1 ]; then
    log "[$SIZE] json-server 0.17.4 on the same events"
    port_free "$JS_PORT" || { log "port $JS_PORT is busy"; exit 1; }
    node "$JSON_SERVER" --host 127.0.0.1 --port "$JS_PORT" --quiet "$DATA/db.json" >"$OUT/json-server.log" 2>&1 &
    JS_PID=$!
    until curl -sf -o /dev/null "http://127.0.0.1:$JS_PORT/events?_limit=1"; do
      kill -0 "$JS_PID" 2>/dev/null || { log "json-server died"; cat "$OUT/json-server.log" >&2; exit 1; }
      sleep 0.1
    done
    A=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["topActor"])' "$DATA/meta.json")
    W=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["word"])' "$DATA/meta.json")
    run_wrk "js: actor timeline" "http://127.0.0.1:$JS_PORT/events?primaryActor=$A&_sort=date&_order=asc&_limit=20&_page=1" "$OUT/js-01"
    run_wrk "js: full text" "http://127.0.0.1:$JS_PORT/events?q=$W&_limit=20" "$OUT/js-02"
    run_wrk "js: deep page (101st)" "http://127.0.0.1:$JS_PORT/events?_sort=date&_order=asc&_limit=20&_page=101" "$OUT/js-03"
    kill "$JS_PID"; wait "$JS_PID" 2>/dev/null || true; JS_PID=""
  fi
  printf '{"pageCache":"%s","db":"%s","bulkload":"%s"}\n' "$PAGE_CACHE" "$DB" "$([ "$BULKLOAD" = 1 ] && echo on || echo off)" >"$OUT/settings.json"
  python3 "$BENCH/report.py" size "$OUT" "$SIZE" >"$OUT/table.md" || FAILED_SIZES="$FAILED_SIZES $SIZE"
  { [ -z "$REUSED" ] || echo "- database reused from an earlier run ($REUSED): the import and disk peak lines are that run's, the bulk load is measured again"
    echo "- page cache: $PAGE_CACHE (default: on for H2, off for PostgreSQL); JVM options: $JVM_OPTS"; } >>"$OUT/table.md"
  cat "$OUT/table.md"
done

{
  echo
  echo "Machine: $(nproc) cores, $(lscpu | grep 'Model name' | sed 's/ \+/ /g'), $(java -version 2>&1 | head -1), db=$DB"
  python3 "$BENCH/report.py" sizes "$RESULTS" ${SIZES//,/ }
} | tee "$RESULTS/summary.md"
log "results in $RESULTS"
if [ -n "$FAILED_SIZES" ]; then
  log "FAIL: failed requests or import at:$FAILED_SIZES (see the RUN lines above); these figures are not valid"
  exit 1
fi
