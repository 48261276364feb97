#!/usr/bin/env bash
# Regenerates the sample videos ({key}.mp4) and posters ({key}.jpg) in this
# folder from ../Content/stories.json.
#
# For every entry in stories.json:
#   1. each cue text is spoken with espeak-ng (German voice),
#   2. the length of every spoken cue is measured with ffprobe,
#   3. the cues are joined with a short pause, and the measured start/end
#      times are written back into stories.json (so captions match the audio),
#   4. a 640x360 H.264/AAC video with three simple title cards is rendered
#      (title + business, quote, "sample content" notice). Captions are NOT
#      burned into the picture; the portal serves them as WebVTT tracks,
#   5. a 1280x720 JPEG poster of the first card is rendered.
#
# Requirements: bash, python3, ffmpeg/ffprobe (with libx264 and drawtext),
# espeak-ng. Usage: ./make-sample-media.sh [path/to/stories.json]
# Output is deterministic for a given tool version (bitexact flags, fixed
# encoder settings, no timestamps in metadata).

set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STORIES="${1:-$HERE/../Content/stories.json}"

for tool in python3 ffmpeg ffprobe espeak-ng; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: '$tool' is required (apt-get install ffmpeg espeak-ng python3)" >&2
    exit 1
  fi
done

if [[ ! -f "$STORIES" ]]; then
  echo "error: stories file not found: $STORIES" >&2
  exit 1
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$STORIES" "$HERE" "$WORK" <<'PY'
import json
import os
import subprocess
import sys
import textwrap
import wave

stories_path, out_dir, work = sys.argv[1], sys.argv[2], sys.argv[3]

# ---------------------------------------------------------------- settings
PAUSE = 0.4          # silence between two cues (seconds)
TAIL = 0.8           # silence after the last cue (seconds)
SPEED = 150          # espeak-ng words per minute (slow and clear)
FPS = 25
CRF = 34
AUDIO_BITRATE = "32k"
# Voice per entry (espeak-ng German voice with a variant); default "de".
VOICES = {
    "cloppenburg-syrisches-catering": "de+f3",
    "holzminden-schneiderei": "de+m3",
    "werra-meissner-webseiten": "de+f2",
    "training-info-film": "de",
}
# Calm background colours for the three cards.
COLOURS = ["0x1F4E5F", "0x2F5D50", "0x3B3F58"]
TEXT = "white"
TEXT_SOFT = "0xDCE6EA"

FONT_CANDIDATES = {
    "regular": ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
                "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"],
    "bold": ["/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
             "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"],
}


def find_font(kind):
    for path in FONT_CANDIDATES[kind]:
        if os.path.isfile(path):
            return path
    out = subprocess.run(["fc-match", "-f", "%{file}",
                          "Noto Sans:bold" if kind == "bold" else "Noto Sans"],
                         capture_output=True, text=True)
    if out.returncode == 0 and os.path.isfile(out.stdout.strip()):
        return out.stdout.strip()
    sys.exit(f"error: no {kind} sans-serif font found")


FONT = {"regular": find_font("regular"), "bold": find_font("bold")}


def run(cmd):
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        sys.exit(f"error: command failed: {' '.join(cmd[:3])} ...")
    return res.stdout


def probe_duration(path):
    return float(run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
                      "-of", "default=noprint_wrappers=1:nokey=1", path]).strip())


def fmt_time(seconds):
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


# ------------------------------------------------------------------- audio
def make_audio(entry):
    """Speak every cue, measure it, join with pauses. Returns (wav, cues)."""
    key = entry["key"]
    voice = VOICES.get(key, "de")
    pieces, timed = [], []
    t = 0.0
    for i, cue in enumerate(entry["cues"]):
        txt = os.path.join(work, f"{key}-{i}.txt")
        wav = os.path.join(work, f"{key}-{i}.wav")
        with open(txt, "w", encoding="utf-8") as f:
            f.write(cue["text"])
        run(["espeak-ng", "-v", voice, "-s", str(SPEED), "-f", txt, "-w", wav])
        dur = probe_duration(wav)
        start = round(t, 3)
        end = round(t + dur, 3)
        timed.append((start, end))
        pieces.append(wav)
        t = end + PAUSE

    # Join the pieces with silence; all espeak-ng files share one format.
    joined = os.path.join(work, f"{key}.wav")
    with wave.open(pieces[0], "rb") as w0:
        params = w0.getparams()
    rate, width, channels = params.framerate, params.sampwidth, params.nchannels
    with wave.open(joined, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(width)
        out.setframerate(rate)
        written = 0
        for (start, _end), wav in zip(timed, pieces):
            # pad with silence up to the cue start (keeps times exact)
            target = int(round(start * rate))
            if target > written:
                out.writeframes(b"\x00" * (target - written) * width * channels)
                written = target
            with wave.open(wav, "rb") as w:
                frames = w.readframes(w.getnframes())
                out.writeframes(frames)
                written += w.getnframes()
        tail = int(round(TAIL * rate))
        out.writeframes(b"\x00" * tail * width * channels)
        written += tail
    total = written / rate
    return joined, timed, total


# ------------------------------------------------------------------- cards
def esc(path):
    # escape a path for use as a filter option value
    return path.replace("\\", "\\\\").replace(":", "\\:").replace("'", "\\'")


def text_block(lines, scale, prefix):
    """lines: list of (text, font kind, size, colour, gap-after). Returns filters."""
    heights = [int(size * 1.3 * scale) + int(gap * scale) for _t, _k, size, _c, gap in lines]
    height = sum(heights)
    y = None
    filters = []
    base_h = 360 * scale
    y = (base_h - height) // 2
    for n, ((text, kind, size, colour, _gap), h) in enumerate(zip(lines, heights)):
        tf = os.path.join(work, f"{prefix}-{n}.txt")
        with open(tf, "w", encoding="utf-8") as f:
            f.write(text)
        filters.append(
            f"drawtext=fontfile='{esc(FONT[kind])}':textfile='{esc(tf)}':expansion=none"
            f":fontsize={int(size * scale)}:fontcolor={colour}"
            f":x=(w-text_w)/2:y={y}")
        y += h
    return filters


def wrap(text, width):
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)


def card_lines(entry, card):
    is_film = entry["kind"] == "infoFilm"
    if card == 0:
        label = "MIGOEK – Infofilm" if is_film else "MIGOEK – Erfolgsgeschichte"
        lines = [(label, "regular", 15, TEXT_SOFT, 10)]
        for t in wrap(entry["title"], 32):
            lines.append((t, "bold", 28, TEXT, 0))
        lines[-1] = lines[-1][:4] + (14,)
        # "Name – description": put the name on its own line
        for part in entry["business"].split(" – ", 1):
            for t in wrap(part, 44):
                lines.append((t, "regular", 20, TEXT_SOFT, 0))
        return lines
    if card == 1:
        lines = [(t, "regular", 24, TEXT, 0) for t in wrap(f"„{entry['quote']}“", 40)]
        lines[-1] = lines[-1][:4] + (14,)
        lines.append(("– " + entry["person"], "regular", 18, TEXT_SOFT, 0))
        return lines
    if is_film:
        return [("Beispielfilm", "bold", 32, TEXT, 10),
                ("MIGOEK-Portal", "regular", 18, TEXT_SOFT, 0)]
    return [("Beispielinhalt – fiktive Person", "bold", 30, TEXT, 10),
            ("Person und Unternehmen sind erfunden.", "regular", 18, TEXT_SOFT, 0)]


def render(entry, wav, timed, total):
    key = entry["key"]
    # card 1 until the third cue starts, card 3 from the last cue on
    t1 = timed[2][0] if len(timed) > 3 else total / 3
    t2 = timed[-1][0] if len(timed) > 3 else 2 * total / 3
    durs = [t1, t2 - t1, total - t2]

    cmd = ["ffmpeg", "-y", "-v", "error", "-fflags", "+bitexact"]
    graph = []
    for i, d in enumerate(durs):
        cmd += ["-f", "lavfi", "-i", f"color=c={COLOURS[i]}:s=640x360:r={FPS}:d={d:.3f}"]
        filters = text_block(card_lines(entry, i), 1, f"{key}-v{i}")
        graph.append(f"[{i}:v]" + ",".join(filters) + f"[c{i}]")
    graph.append("[c0][c1][c2]concat=n=3:v=1:a=0,format=yuv420p[v]")
    cmd += ["-i", wav, "-filter_complex", ";".join(graph),
            "-map", "[v]", "-map", "3:a",
            "-c:v", "libx264", "-profile:v", "main", "-preset", "slow",
            "-tune", "stillimage", "-crf", str(CRF), "-g", str(FPS * 10),
            "-r", str(FPS), "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", AUDIO_BITRATE, "-ac", "1",
            "-map_metadata", "-1", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
            "-movflags", "+faststart", "-shortest",
            os.path.join(out_dir, entry["video"])]
    run(cmd)

    # poster: first card at 1280x720
    filters = text_block(card_lines(entry, 0), 2, f"{key}-p")
    run(["ffmpeg", "-y", "-v", "error", "-fflags", "+bitexact",
         "-f", "lavfi", "-i", f"color=c={COLOURS[0]}:s=1280x720:r=1:d=1",
         "-vf", ",".join(filters) + ",format=yuvj420p", "-frames:v", "1", "-q:v", "3",
         "-map_metadata", "-1", "-flags:v", "+bitexact",
         os.path.join(out_dir, entry["poster"])])


# -------------------------------------------------------------------- main
with open(stories_path, encoding="utf-8") as f:
    data = json.load(f)

for entry in data["stories"]:
    wav, timed, total = make_audio(entry)
    for cue, (start, end) in zip(entry["cues"], timed):
        cue["start"], cue["end"] = fmt_time(start), fmt_time(end)
    speech = timed[-1][1]
    note = "" if 25 <= speech <= 40 else "   WARNING: narration should be 25-40 s"
    print(f"{entry['key']}: {len(timed)} cues, narration {speech:.2f} s, media {total:.2f} s{note}")
    for cue in entry["cues"]:
        print(f"  {cue['start']} --> {cue['end']}  {cue['text']}")
    render(entry, wav, timed, total)

with open(stories_path, "w", encoding="utf-8") as f:
    json.dump(data, f, indent=2, ensure_ascii=False)
    f.write("\n")
print(f"cue times written to {stories_path}")
PY

ls -l "$HERE"/*.mp4 "$HERE"/*.jpg
