#!/usr/bin/env bash
# Upload memory benchmark: publishes the portal, starts it (Production settings, fresh SQLite database),
# signs in as a PortalAdmin and uploads a large video (default 300 MB) to a story through the staff form,
# while sampling the server's resident memory every 0.2 s. The upload is streamed to storage, so the
# peak should stay close to the resting size, not grow by the file size. Prints a Markdown table row.
# Usage: tests/bench/upload-memory/run.sh [megabytes]   (needs curl)
set -euo pipefail
megabytes="${1:-300}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$(mktemp -d)"
port=5088
base="http://127.0.0.1:$port"
trap 'kill "${pid:-0}" "${sampler:-0}" 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

dotnet publish "$root/src/MigoekPortal.Web" -c Release -o "$work/app" --nologo -v quiet >/dev/null
cd "$work/app"
export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" ConnectionStrings__Portal="Data Source=$work/portal.db" \
  Media__Root="$work/media" Pdf__CacheFolder="$work/pdf-cache" Pdf__WarmUpInterval=00:00:00 Serilog__MinimumLevel__Default=Warning
password="bench-password-$(date +%s)"
dotnet MigoekPortal.Web.dll migrate >/dev/null
echo "$password" | dotnet MigoekPortal.Web.dll create-admin --email bench@portal.example --password-stdin >/dev/null
dotnet MigoekPortal.Web.dll >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  curl -fs "$base/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done

token() { grep -m1 -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//'; }
jar="$work/cookies"
login_token=$(curl -fs -c "$jar" -b "$jar" "$base/admin/account/login" | token)
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$login_token" \
  --data-urlencode "Email=bench@portal.example" --data-urlencode "Password=$password" "$base/admin/account/login"
# Every staff account needs an authenticator: enrol with the key shown on the page (RFC 6238 code in Python).
totp() { python3 -c 'import base64,hmac,hashlib,struct,sys,time;k=base64.b32decode(sys.argv[1].upper());h=hmac.new(k,struct.pack(">Q",int(time.time())//30),hashlib.sha1).digest();o=h[-1]&15;print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$1"; }
setup=$(curl -fs -c "$jar" -b "$jar" "$base/admin/account/two-factor/setup")
key=$(printf '%s' "$setup" | grep -o 'id="shared-key" dir="ltr">[a-z2-7 ]*' | sed 's/.*>//; s/ //g')
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$(printf '%s' "$setup" | token)" \
  --data-urlencode "Code=$(totp "$key")" "$base/admin/account/two-factor/setup"
story=1
upload_token=$(curl -fs -c "$jar" -b "$jar" "$base/admin/stories/$story/media" | token)
[ -n "$upload_token" ] || { echo "could not open the media page (sign-in failed?)" >&2; exit 1; }

# A file that starts like an MP4 (so the type check passes) and is padded to the size.
sample="$root/src/MigoekPortal.Web/Data/Seed/Media/holzminden-schneiderei.mp4"
{ head -c 4096 "$sample"; head -c $((megabytes * 1024 * 1024 - 4096)) /dev/zero; } >"$work/big.mp4"

# Warm up the upload path once with the small sample, then measure the resting size.
curl -fs -o /dev/null -b "$jar" -F "__RequestVerificationToken=$upload_token" -F "file=@$sample;type=video/mp4" "$base/admin/stories/$story/media/video"
sleep 2
rss() { awk '/^VmRSS:/ {print $2}' "/proc/$pid/status"; }
hwm() { awk '/^VmHWM:/ {print $2}' "/proc/$pid/status"; }
resting=$(rss)
hwm_before=$(hwm)
( peak=0; while kill -0 "$pid" 2>/dev/null; do r=$(rss); [ "$r" -gt "$peak" ] && peak=$r && echo "$peak" >"$work/peak"; sleep 0.05; done ) &
sampler=$!
# Limited to 100 MB/s (a fast LAN) so that the sampler sees the upload for a few seconds.
status=$(curl -s --limit-rate 100M -o /dev/null -w '%{http_code} %{time_total}' -b "$jar" -F "__RequestVerificationToken=$upload_token" \
  -F "file=@$work/big.mp4;type=video/mp4" "$base/admin/stories/$story/media/video")
sleep 0.5
kill "$sampler" 2>/dev/null || true
peak=$(cat "$work/peak")
hwm_after=$(hwm)
stored=$(find "$work/media/stories/$story" -name "video-*" -size +1M -printf "%s\n" | sort -n | tail -1)

echo "| date | commit | upload | HTTP | time | resting RSS | peak RSS during upload | growth | high-water mark before → after | stored |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '| %s | %s | %d MB | %s | %.1f s | %d MB | %d MB | %d MB | %d → %d MB | %s |\n' "$(date +%F)" "$(git -C "$root" rev-parse --short HEAD)" "$megabytes" \
  "${status% *}" "${status#* }" $((resting / 1024)) $((peak / 1024)) $(((peak - resting) / 1024)) $((hwm_before / 1024)) $((hwm_after / 1024)) "$([ "${stored:-0}" -eq $((megabytes * 1024 * 1024)) ] && echo 'whole file' || echo "NO (${stored:-none})")"
