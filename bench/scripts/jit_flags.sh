#!/usr/bin/env bash
# The launcher's JIT flags against HotSpot's defaults, in one script: runs the CLI jar with each in
# turn, ROUNDS times, and prints each side's mean wall time and the ratio.
#
#   bench/scripts/jit_flags.sh ROUNDS STORYFOLD-ARGS...
#   bench/scripts/jit_flags.sh 3 cluster --brief --format json /tmp/crawl-11k.jsonl
#
# Run from the repository root after a build (cli/target/storyfold.jar); the flags are read from
# ./storyfold, so this measures what the launcher runs. Output goes to /dev/null; the two sides'
# outputs are compared by md5 on the first round, since the flags must not change an answer.
set -euo pipefail
rounds="$1"; shift
jar=cli/target/storyfold.jar
jit="$(sed -n 's/^jit="\(.*\)"$/\1/p' storyfold)"
[ -n "$jit" ] || { echo "jit_flags: no jit= line in ./storyfold" >&2; exit 2; }
declare -A total
for r in $(seq "$rounds"); do
  for side in default launcher; do
    flags=""; [ "$side" = launcher ] && flags="$jit"
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    java -Xmx4g $flags -Dai.djl.offline=true -jar "$jar" "$@" 2>/dev/null > "/tmp/jit_flags.$side" || true
    end=$(date +%s.%N)
    secs=$(echo "$end - $start" | bc)
    total[$side]=$(echo "${total[$side]:-0} + $secs" | bc)
    echo "round $r $side: $secs s"
  done
  if [ "$r" = 1 ] && ! cmp -s /tmp/jit_flags.default /tmp/jit_flags.launcher; then
    echo "jit_flags: the outputs differ" >&2
  fi
done
d=$(echo "scale=3; ${total[default]} / $rounds" | bc)
l=$(echo "scale=3; ${total[launcher]} / $rounds" | bc)
echo "default $d s, launcher ($jit) $l s: $(echo "scale=2; $d / $l" | bc)x"
