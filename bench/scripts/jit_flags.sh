#!/usr/bin/env bash
# The launcher's JIT flags against HotSpot's defaults, in one script: runs ./storyfold ARGS with its
# flags and with STORYFOLD_JIT= (none) in turn, ROUNDS times (the order swapped every other round),
# and prints each side's mean wall time and the ratio. Exits 1 when a run fails or when the two sides'
# outputs differ (compared with cmp on every round): the flags must not change an answer.
#
#   bench/scripts/jit_flags.sh ROUNDS STORYFOLD-ARGS...
#   bench/scripts/jit_flags.sh 3 cluster --brief --format json /tmp/crawl-11k.jsonl
#
# STORYFOLD_JAVA_OPTS applies to both sides, as in the launcher. Needs bash 5 (EPOCHREALTIME).
set -euo pipefail
if [ $# -lt 2 ] || ! [[ $1 =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 ROUNDS STORYFOLD-ARGS..." >&2
  exit 2
fi
rounds="$1"; shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$root/storyfold" --version >/dev/null # builds the jar first when it is stale, outside the clock
declare -A total=([defaults]=0 [launcher]=0)
for r in $(seq "$rounds"); do
  order="defaults launcher"
  if (( r % 2 == 0 )); then order="launcher defaults"; fi
  for side in $order; do
    status=0
    start=$EPOCHREALTIME
    if [ "$side" = defaults ]; then
      STORYFOLD_JIT= "$root/storyfold" "$@" > "$tmp/$side.out" 2> "$tmp/$side.err" || status=$?
    else
      "$root/storyfold" "$@" > "$tmp/$side.out" 2> "$tmp/$side.err" || status=$?
    fi
    end=$EPOCHREALTIME
    if [ "$status" -ne 0 ]; then
      echo "jit_flags: the $side run failed in round $r (exit $status):" >&2
      tail -5 "$tmp/$side.err" >&2
      exit 1
    fi
    secs=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    total[$side]=$(awk -v t="${total[$side]}" -v s="$secs" 'BEGIN { print t + s }')
    echo "round $r $side: $secs s"
  done
  if ! cmp -s "$tmp/defaults.out" "$tmp/launcher.out"; then
    echo "jit_flags: the two sides' outputs differ in round $r" >&2
    exit 1
  fi
done
awk -v d="${total[defaults]}" -v l="${total[launcher]}" -v n="$rounds" 'BEGIN {
  printf "HotSpot defaults %.3f s, launcher flags %.3f s (means of %d): %.2fx\n", d / n, l / n, n, d / l }'
