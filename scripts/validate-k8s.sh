#!/usr/bin/env bash
# Render every Kustomize overlay under k8s/overlays and validate each rendered
# object against the Kubernetes API schemas, offline, in strict mode.
#
#   scripts/validate-k8s.sh                 # validate demo and production
#   scripts/validate-k8s.sh demo            # only the named overlay(s)
#   K8S_VALIDATE_SKIP_SELFTEST=1 ...        # skip the negative self-test
#
# Validators (npm packages, installed into target/k8s-validate/, never committed):
#   1. kubernetes-models      JSON-schema validation (types, required fields,
#                             enums, int-or-string, formats) with validators
#                             compiled by ajv from the official Kubernetes
#                             OpenAPI specification.
#   2. @kubernetes/client-node  the official Kubernetes JavaScript client; its
#                             models, generated from the same OpenAPI spec,
#                             list every field of every type. Used for the
#                             strict check: any field the API does not define
#                             (e.g. a typo "contaners") is an error, like
#                             "kubectl apply --validate=strict" or
#                             "kubeconform -strict".
# Plus project rules: probe paths/ports and the Prometheus annotations.
#
# Before validating, a self-test feeds a deliberately broken Deployment to the
# same validator and requires it to be rejected with the expected errors, so the
# validator can never silently pass everything.
#
# Needs: kubectl (kustomize is built in), node >= 18 and npm. On a fresh Debian
# machine, as root, missing node/npm are installed with apt-get.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${K8S_VALIDATE_DIR:-$ROOT/target/k8s-validate}"
KUBERNETES_MODELS_VERSION=5.1.0
CLIENT_NODE_VERSION=2.0.1
JS_YAML_VERSION=4.1.0

log() { printf '[validate-k8s] %s\n' "$*" >&2; }
die() { printf '[validate-k8s] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- tools -----
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "cannot install $* (no apt-get); install it by hand"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  log "installing $* with apt-get"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v kubectl >/dev/null 2>&1 || apt_install kubernetes-client || true
command -v kubectl >/dev/null 2>&1 || die "kubectl is required (it renders the overlays with 'kubectl kustomize')"
# The manifests use kustomize v4+ features (labels:, patches:), i.e. kubectl >= 1.21.
# (Debian 12's kubernetes-client package is 1.20 and too old: install a current kubectl.)
kustomize_version="$(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\{0,1\}\([0-9]*\).*/\1/p')"
[ "${kustomize_version:-0}" -ge 4 ] || die "kubectl $(kubectl version --client 2>/dev/null | head -1) is too old: need kubectl >= 1.21 (built-in Kustomize >= v4)"
command -v node >/dev/null 2>&1 || apt_install nodejs
command -v npm >/dev/null 2>&1 || apt_install npm
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || die "node >= 18 needed, found $(node --version)"

mkdir -p "$WORK"
stamp="$WORK/.installed-$KUBERNETES_MODELS_VERSION-$CLIENT_NODE_VERSION-$JS_YAML_VERSION"
if [ ! -f "$stamp" ]; then
  log "installing validators into ${WORK#"$ROOT"/}: kubernetes-models@$KUBERNETES_MODELS_VERSION @kubernetes/client-node@$CLIENT_NODE_VERSION js-yaml@$JS_YAML_VERSION"
  [ -f "$WORK/package.json" ] || printf '{"name":"k8s-validate","private":true}\n' > "$WORK/package.json"
  (cd "$WORK" && npm install --silent --no-audit --no-fund --no-save --loglevel=error \
      "kubernetes-models@$KUBERNETES_MODELS_VERSION" \
      "@kubernetes/client-node@$CLIENT_NODE_VERSION" \
      "js-yaml@$JS_YAML_VERSION" >&2) || die "npm install failed"
  touch "$stamp"
fi

# ------------------------------------------------------------ validator -----
cat > "$WORK/validate.mjs" <<'JS'
// usage: node validate.mjs LABEL FILE.yaml [--expect-fail PATTERN...]
import fs from "node:fs";
import yaml from "js-yaml";
import * as models from "@kubernetes/client-node/dist/gen/models/all.js";

const [label, file, ...rest] = process.argv.slice(2);
const expectFail = rest[0] === "--expect-fail" ? rest.slice(1) : null;
const docs = yaml.loadAll(fs.readFileSync(file, "utf8")).filter((d) => d != null);
const errors = [];
const err = (obj, msg) => errors.push(`${obj.kind ?? "?"}/${obj.metadata?.name ?? "?"}: ${msg}`);
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// --- 1. schema validation (kubernetes-models, ajv-compiled OpenAPI) --------
async function schemaValidate(obj) {
  if (typeof obj.apiVersion !== "string" || typeof obj.kind !== "string") {
    err(obj, "apiVersion and kind are required strings");
    return false;
  }
  let mod;
  try {
    mod = await import(`kubernetes-models/${obj.apiVersion}/${obj.kind}`);
  } catch {
    err(obj, `no schema for ${obj.apiVersion} ${obj.kind} (unknown kind or API version)`);
    return false;
  }
  const Cls = mod[obj.kind] ?? mod.default;
  try {
    new Cls(structuredClone(obj)).validate();
  } catch (e) {
    for (const line of String(e.message).split(/,\s(?=data)/)) err(obj, `schema: ${line}`);
  }
  return true;
}

// --- 2. strict mode: no field outside the API definition ------------------
function modelFor(obj) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : ["core", obj.apiVersion];
  const candidates = [`${cap(version)}${obj.kind}`, `${cap(group.split(".")[0])}${cap(version)}${obj.kind}`];
  for (const name of candidates) if (models[name]?.attributeTypeMap) return name;
  return null;
}
function walk(obj, value, type, path) {
  if (value == null) return;
  let m;
  if ((m = /^Array<(.+)>$/.exec(type))) {
    if (Array.isArray(value)) value.forEach((v, i) => walk(obj, v, m[1], `${path}[${i}]`));
    return;
  }
  if ((m = /^\{ \[key: string\]: (.+); \}$/.exec(type))) {
    if (typeof value === "object" && !Array.isArray(value))
      for (const [k, v] of Object.entries(value)) walk(obj, v, m[1], `${path}.${k}`);
    return;
  }
  const model = models[type];
  if (!model?.attributeTypeMap || typeof value !== "object" || Array.isArray(value)) return;
  const fields = new Map(model.attributeTypeMap.map((a) => [a.baseName, a.type]));
  for (const [k, v] of Object.entries(value)) {
    if (!fields.has(k)) err(obj, `strict: unknown field "${path ? path + "." : ""}${k}" (not in ${type})`);
    else walk(obj, v, fields.get(k), path ? `${path}.${k}` : k);
  }
}

// --- 3. project rules ------------------------------------------------------
const EXPECTED_PROBES = {
  startupProbe: "/q/health/started",
  livenessProbe: "/q/health/live",
  readinessProbe: "/q/health/ready",
};
function projectRules(obj) {
  if (obj.kind !== "Deployment") return;
  const tpl = obj.spec?.template ?? {};
  const containers = tpl.spec?.containers ?? [];
  if (containers.length === 0) return; // already reported by the schema check
  for (const c of containers) {
    const ports = c.ports ?? [];
    const http = ports.find((p) => p.name === "http");
    if (!http || http.containerPort !== 8080) err(obj, `container ${c.name}: needs port "http" = containerPort 8080`);
    for (const [probe, path] of Object.entries(EXPECTED_PROBES)) {
      const get = c[probe]?.httpGet;
      if (!get) { err(obj, `container ${c.name}: ${probe} must be an httpGet probe on ${path}`); continue; }
      if (get.path !== path) err(obj, `container ${c.name}: ${probe} path is ${JSON.stringify(get.path)}, expected ${path}`);
      if (get.port !== "http" && get.port !== 8080) err(obj, `container ${c.name}: ${probe} port is ${JSON.stringify(get.port)}, expected "http" or 8080`);
    }
  }
  const a = tpl.metadata?.annotations ?? {};
  if (a["prometheus.io/scrape"] !== "true" || a["prometheus.io/port"] !== "8080" || a["prometheus.io/path"] !== "/q/metrics")
    err(obj, "pod template needs annotations prometheus.io/scrape=true, prometheus.io/port=8080, prometheus.io/path=/q/metrics");
}

for (const obj of docs) {
  if (typeof obj !== "object" || Array.isArray(obj)) { errors.push(`non-object document: ${JSON.stringify(obj)}`); continue; }
  if (!(await schemaValidate(obj))) continue;
  const model = modelFor(obj);
  if (!model) err(obj, `strict: no field list for ${obj.apiVersion} ${obj.kind}`);
  else walk(obj, obj, model, "");
  projectRules(obj);
}

const kinds = docs.map((d) => d?.kind).join(", ");
if (expectFail) {
  const missing = expectFail.filter((p) => !errors.some((e) => e.includes(p)));
  if (errors.length === 0 || missing.length > 0) {
    console.error(`self-test FAILED: the broken manifest was ${errors.length ? "only partly" : "NOT"} rejected`);
    for (const p of missing) console.error(`  expected an error mentioning: ${p}`);
    for (const e of errors) console.error(`  got: ${e}`);
    process.exit(1);
  }
  console.log(`self-test passed: broken manifest rejected with ${errors.length} errors:`);
  for (const e of errors) console.log(`  - ${e}`);
  process.exit(0);
}
if (docs.length === 0) errors.push("no objects rendered");
if (errors.length) {
  console.error(`${label}: ${errors.length} error(s) in ${docs.length} objects:`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
console.log(`${label}: ${docs.length} objects valid (${kinds})`);
console.log(`COUNT ${docs.length}`);
JS

run_validator() { (cd "$WORK" && node validate.mjs "$@"); }

# ------------------------------------------------------------ self-test -----
if [ "${K8S_VALIDATE_SKIP_SELFTEST:-0}" != 1 ]; then
  broken="$(mktemp -d)/broken.yaml"
  trap 'rm -rf "$(dirname "$broken")"' EXIT
  # Render the real demo overlay, then break it the way people do.
  kubectl kustomize "$ROOT/k8s/overlays/demo" > "$broken.ok"
  node -e '
    const fs = require("fs"), yaml = require(process.argv[3] + "/node_modules/js-yaml");
    const docs = yaml.loadAll(fs.readFileSync(process.argv[1], "utf8")).filter(Boolean);
    const d = docs.find((o) => o.kind === "Deployment");
    const s = d.spec.template.spec, c = s.containers[0];
    d.spec.replicas = "three";                         // wrong type
    s.contaners = s.containers; delete s.containers;   // typo: unknown field, required one missing
    fs.writeFileSync(process.argv[2], docs.map((o) => yaml.dump(o)).join("---\n"));
  ' "$broken.ok" "$broken" "$WORK"
  log "self-test: validating a deliberately broken copy of the demo Deployment (must be rejected)"
  run_validator self-test "$broken" --expect-fail \
    'spec/replicas must be integer' \
    'must have required property containers' \
    'strict: unknown field "spec.template.spec.contaners"' || die "self-test failed: the validator does not catch broken manifests"
  # Container-level checks need the containers in place: second broken copy.
  node -e '
    const fs = require("fs"), yaml = require(process.argv[3] + "/node_modules/js-yaml");
    const docs = yaml.loadAll(fs.readFileSync(process.argv[1], "utf8")).filter(Boolean);
    const c = docs.find((o) => o.kind === "Deployment").spec.template.spec.containers[0];
    c.resources.limts = { memory: "1Gi" };             // unknown nested field
    c.readinessProbe.httpGet.port = true;              // neither int nor string
    c.startupProbe.httpGet.path = "/q/health";         // wrong path
    docs.find((o) => o.kind === "Service").spec.ports[0].port = "eighty";
    fs.writeFileSync(process.argv[2], docs.map((o) => yaml.dump(o)).join("---\n"));
  ' "$broken.ok" "$broken" "$WORK"
  run_validator self-test "$broken" --expect-fail \
    'strict: unknown field "spec.template.spec.containers[0].resources.limts"' \
    'readinessProbe/httpGet/port must be' \
    'startupProbe path is "/q/health"' \
    'spec/ports/0/port must be integer' || die "self-test failed: the validator does not catch broken manifests"
fi

# ------------------------------------------------------------- overlays -----
if [ "$#" -gt 0 ]; then overlays=("$@"); else
  overlays=()
  for d in "$ROOT"/k8s/overlays/*/; do overlays+=("$(basename "$d")"); done
fi
failed=0
summary=()
for overlay in "${overlays[@]}"; do
  dir="$ROOT/k8s/overlays/$overlay"
  [ -f "$dir/kustomization.yaml" ] || die "no overlay $overlay ($dir/kustomization.yaml)"
  rendered="$WORK/rendered-$overlay.yaml"
  if ! kubectl kustomize "$dir" > "$rendered"; then
    log "FAIL: kubectl kustomize k8s/overlays/$overlay"
    failed=1; continue
  fi
  if out="$(run_validator "$overlay" "$rendered")"; then
    printf '%s\n' "$out" | grep -v '^COUNT ' >&2
    summary+=("$(printf '%s\n' "$out" | sed -n 's/^COUNT //p') in $overlay")
  else
    failed=1
  fi
done

if [ "$failed" -ne 0 ]; then
  die "Kubernetes manifests are INVALID (see above)"
fi
# e.g. "validated 5 objects in demo, 6 in production"
line="validated ${summary[0]/ in / objects in }"
for item in "${summary[@]:1}"; do line+=", $item"; done
echo "$line"
