#!/usr/bin/env bash
# The OpenAPI contract as client developers meet it:
#   1. Redocly CLI lints openapi/openapi.yaml with its recommended rules (redocly.yaml): it must
#      report 0 errors and 0 warnings;
#   2. openapi-generator (typescript-fetch) generates a client from the committed document, and
#      tsc --strict type-checks it together with src/smoke.ts;
#   3. src/smoke.ts calls a running service through the client: the packaged service
#      (target/quarkus-app, built by ./mvnw package or verify) is started on a free port with the
#      demo data in a temporary data directory, or GEOTIMELINE_URL names one that already runs.
# Needs node/npm and java; installs the npm tools with npm ci and the generator jar through ./mvnw.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(cd ../.. && pwd)
GENERATOR_VERSION=7.25.0
GENERATOR_JAR=tools/openapi-generator-cli-$GENERATOR_VERSION.jar

log() { printf '\n--> %s\n' "$*"; }

log "npm ci"
npm ci --no-audit --no-fund --loglevel=error

log "Redocly lint (recommended rules, redocly.yaml)"
npx redocly lint "$ROOT/openapi/openapi.yaml" --config "$ROOT/redocly.yaml" --format=stylish || true
npx redocly lint "$ROOT/openapi/openapi.yaml" --config "$ROOT/redocly.yaml" --format=json > build-lint.json 2>/dev/null || true
node -e '
  const totals = JSON.parse(require("fs").readFileSync("build-lint.json", "utf8")).totals;
  console.log(`redocly lint: ${totals.errors} errors, ${totals.warnings} warnings, ${totals.ignored} ignored`);
  process.exit(totals.errors === 0 && totals.warnings === 0 && totals.ignored === 0 ? 0 : 1);'
rm -f build-lint.json

if [ ! -f "$GENERATOR_JAR" ]; then
  log "openapi-generator-cli $GENERATOR_VERSION (Maven artifact, through ./mvnw)"
  "$ROOT/mvnw" -B -q -f "$ROOT/pom.xml" dependency:copy \
    -Dartifact=org.openapitools:openapi-generator-cli:$GENERATOR_VERSION \
    -DoutputDirectory="$PWD/tools"
fi

log "generate the typescript-fetch client from openapi/openapi.yaml"
rm -rf generated build
java -jar "$GENERATOR_JAR" generate -g typescript-fetch -i "$ROOT/openapi/openapi.yaml" -o generated \
  --additional-properties=supportsES6=true > build-generate.log 2>&1 || { cat build-generate.log; exit 1; }
rm -f build-generate.log

log "tsc --strict"
npx tsc -p tsconfig.json --strict
echo "the generated client and src/smoke.ts type-check with --strict"

SERVICE_PID=
stop_service() {
  if [ -n "$SERVICE_PID" ]; then
    kill "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  if [ -n "${DATA_DIR:-}" ]; then rm -rf "$DATA_DIR"; fi
}
trap stop_service EXIT

if [ -z "${GEOTIMELINE_URL:-}" ]; then
  JAR="$ROOT/target/quarkus-app/quarkus-run.jar"
  [ -f "$JAR" ] || { echo "$JAR is missing: run ./mvnw package first" >&2; exit 1; }
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  DATA_DIR=$(mktemp -d)
  log "start the packaged service on port $PORT (demo data, data dir $DATA_DIR)"
  GEOTIMELINE_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 \
    java -jar "$JAR" > "$DATA_DIR/service.log" 2>&1 &
  SERVICE_PID=$!
  export GEOTIMELINE_URL="http://127.0.0.1:$PORT"
  for _ in $(seq 1 120); do
    if curl -fsS "$GEOTIMELINE_URL/q/health/ready" > /dev/null 2>&1; then break; fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then cat "$DATA_DIR/service.log"; exit 1; fi
    sleep 1
  done
  curl -fsS "$GEOTIMELINE_URL/q/health/ready" > /dev/null || { cat "$DATA_DIR/service.log"; exit 1; }
fi

log "call $GEOTIMELINE_URL through the generated client"
node build/src/smoke.js
