#!/usr/bin/env bash
# Regenerates src/main/resources/META-INF/resources/map/world-50m.json from the npm packages
# world-atlas 2.0.2 and topojson-client 3.1.0 (see generate.mjs). Needs node and npm; run once, commit the
# output. No mvnpm or WebJars artifact of either package is served from Maven Central.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/main/resources/META-INF/resources/map/world-50m.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 > /dev/null
mkdir world-atlas topojson-client
tar xzf world-atlas-2.0.2.tgz -C world-atlas --strip-components=1
tar xzf topojson-client-3.1.0.tgz -C topojson-client --strip-components=1
cp "$here/generate.mjs" .
mkdir -p "$(dirname "$out")"
node generate.mjs world-atlas "$out"
ls -l "$out"
