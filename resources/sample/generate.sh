#!/usr/bin/env bash
# Regenerates the sample course media (narration, captions, video). The outputs are committed;
# run this only to change them. Needs ffmpeg (libx264, aac, drawtext), ffprobe and espeak-ng.
set -euo pipefail
cd "$(dirname "$0")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
lines=(
  "Asynchronous learning lets every learner study at their own pace."
  "Lessons are there whenever you need them, wherever you are."
  "Short modules, varied media and a friendly help forum keep you moving."
)

# 1. One WAV per sentence (espeak-ng, English voice, 160 words per minute), plus 0.4 s of silence after each.
vtt="WEBVTT"$'\n'
start=0
list="$work/list.txt"
: > "$list"
for i in "${!lines[@]}"; do
  espeak-ng -v en-us -s 160 -w "$work/line$i.wav" "${lines[$i]}"
  ffmpeg -hide_banner -loglevel error -y -i "$work/line$i.wav" -af "apad=pad_dur=0.4" -ar 22050 -ac 1 "$work/pad$i.wav"
  dur="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/pad$i.wav")"
  end="$(echo "$start + $dur" | bc -l)"
  ts() { printf '00:00:%06.3f' "$1"; }
  vtt+=$'\n'"$((i + 1))"$'\n'"$(ts "$start") --> $(ts "$(echo "$end - 0.4" | bc -l)")"$'\n'"${lines[$i]}"$'\n'
  start="$end"
  echo "file '$work/pad$i.wav'" >> "$list"
done
printf '%s\n' "$vtt" > narration.en.vtt
ffmpeg -hide_banner -loglevel error -y -f concat -safe 0 -i "$list" -c pcm_s16le "$work/narration.wav"
total="$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/narration.wav")"

# 2. Narration as AAC in an .m4a (mono, 48 kb/s), web-optimised.
ffmpeg -hide_banner -loglevel error -y -i "$work/narration.wav" -c:a aac -b:a 48k -ac 1 -ar 44100 \
  -movflags +faststart narration.m4a

# 3. A 640x360 H.264/AAC clip of the same length: a calm colour field, a clock-like moving bar and titles.
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "color=c=0x1a6b5c:s=640x360:r=24:d=$total" \
  -i "$work/narration.wav" \
  -filter_complex "[0:v]drawbox=x='mod(t*60,640)':y=300:w=80:h=8:color=0xf2c14e:t=fill,\
drawtext=fontfile=$font:text='Asynchronous Learning 101':fontcolor=white:fontsize=34:x=(w-text_w)/2:y=110,\
drawtext=fontfile=$font:text='Learn at your own pace':fontcolor=0xdff3ee:fontsize=22:x=(w-text_w)/2:y=170,\
drawtext=fontfile=$font:text='anytime · anywhere':fontcolor=0xdff3ee:fontsize=18:x=(w-text_w)/2:y=215:enable='gte(t,3)',\
format=yuv420p[v]" \
  -map "[v]" -map 1:a -c:v libx264 -profile:v main -preset slow -crf 30 -pix_fmt yuv420p \
  -c:a aac -b:a 48k -ac 1 -ar 44100 -shortest -movflags +faststart welcome.mp4

ls -l narration.m4a welcome.mp4 narration.en.vtt
