#!/usr/bin/env bash
# Mints a DEVELOPMENT bearer token signed with dev/jwt/dev-private-key.pem.
# The dev and test profiles trust the matching public key; the prod profile never does.
#   scripts/dev-token.sh [subject] [groups, comma-separated] [lifetime in seconds]
#   export TOKEN=$(scripts/dev-token.sh alice editor)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUBJECT="${1:-dev-editor}"
GROUPS_CSV="${2:-editor}"
LIFETIME="${3:-3600}"
ISSUER="${GEOTIMELINE_JWT_ISSUER:-urn:geotimeline:dev}"

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
groups_json=$(printf '%s' "$GROUPS_CSV" | awk -F, '{for(i=1;i<=NF;i++) printf "%s\"%s\"", (i>1?",":""), $i}')
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d,"jti":"%s"}' \
  "$ISSUER" "$SUBJECT" "$SUBJECT" "$groups_json" "$now" "$((now + LIFETIME))" "$(openssl rand -hex 8)" | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$ROOT/dev/jwt/dev-private-key.pem" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
