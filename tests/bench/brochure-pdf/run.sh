#!/usr/bin/env bash
# Brochure PDF benchmark: publishes the portal, starts it on a fresh SQLite database with the seeded
# brochures, and times GET brochure.pdf for a district in German and Arabic: the first request prints
# the PDF with Chromium (cold), the second is served from the cache. Prints a Markdown table row each.
# Usage: tests/bench/brochure-pdf/run.sh [district]   (needs chromium and curl)
set -euo pipefail
district="${1:-holzminden}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
port=5087
trap 'kill "${pid:-0}" 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

dotnet publish "$root/src/MigoekPortal.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
cd "$work/app"
ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
  ConnectionStrings__Portal="Data Source=$work/portal.db" Pdf__CacheFolder="$work/pdf-cache" \
  Serilog__MinimumLevel__Default=Warning dotnet MigoekPortal.Web.dll >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

echo "| date | commit | district | culture | cold | cached | size | pages |"
echo "|---|---|---|---|---|---|---|---|"
for culture in de ar; do
  url="http://127.0.0.1:$port/$culture/districts/$district/brochure.pdf"
  cold=$(curl -fs -o "$work/$culture.pdf" -w '%{time_total}' "$url")
  cached=$(curl -fs -o /dev/null -w '%{time_total}' "$url")
  size=$(stat -c %s "$work/$culture.pdf")
  pages=$(pdfinfo "$work/$culture.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  printf '| %s | %s | %s | %s | %.2f s | %.0f ms | %d KB | %s |\n' "$(date +%F)" "$(git -C "$root" rev-parse --short HEAD)" \
    "$district" "$culture" "$cold" "$(echo "$cached * 1000" | bc -l)" $((size / 1024)) "${pages:-?}"
done
