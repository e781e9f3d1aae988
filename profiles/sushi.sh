#!/usr/bin/env bash
# Compiles the FSH sources into fsh-generated/ with SUSHI, fully offline.
#
#   profiles/sushi.sh          regenerate fsh-generated/ (commit the result)
#   profiles/sushi.sh --check  regenerate and fail if it differs from what is committed (CI)
#   SUSHI_OUT=/tmp/x profiles/sushi.sh   compile into /tmp/x/fsh-generated instead (a dry run)
#
# SUSHI reads its dependency hl7.fhir.r4.core#4.0.1 from $HOME/.fhir/packages. No FHIR package
# registry is reachable, so the package is laid out from HAPI's validation-resources jar (Maven
# Central) into target/sushi-home by the package-builder module, and SUSHI runs with HOME pointing there.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)
home="$PWD/target/sushi-home"

if [ ! -f "$home/.fhir/packages/hl7.fhir.r4.core#4.0.1/package/.index.json" ]; then
  (cd "$root" && ./mvnw -B -q -pl package-builder compile exec:java@assemble-r4-core \
      "-Dsushi.core.dir=$home/.fhir/packages/hl7.fhir.r4.core#4.0.1")
fi
if [ ! -x node_modules/.bin/sushi ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

out="${SUSHI_OUT:-$PWD}"
log="$out/sushi.log"
[ "$out" = "$PWD" ] && log="target/sushi.log"
mkdir -p "$out"
rm -rf "$out/fsh-generated"
HOME="$home" node_modules/.bin/sushi build . -o "$out" 2>&1 | tee "$log"
grep -q " 0 Errors" "$log" || { echo "SUSHI reported errors" >&2; exit 1; }

if [ "${1:-}" = "--check" ]; then
  if [ -n "$(git -C "$root" status --porcelain -- profiles/fsh-generated)" ]; then
    git -C "$root" status --short -- profiles/fsh-generated | head -20 >&2
    echo "fsh-generated/ is not what the FSH sources compile to: run profiles/sushi.sh and commit" >&2
    exit 1
  fi
fi
