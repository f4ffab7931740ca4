#!/usr/bin/env bash
# socialplan's read-only commands side by side with taskwarrior and the JSON
# floor, in one run (issue 16, budget 1). Builds the workloads in a temporary
# directory, then times every command in turn, round after round, so that
# whatever else the machine does falls on all of them alike; prints the
# median of each, its ratio to taskwarrior and to the floor, and its peak
# memory.
#
#   benches/compare.sh [RUNS]        # RUNS rounds, 21 by default
#
# Environment: SKIP_BUILD=1 uses the release binaries already built;
# KEEP=DIR keeps the workloads in DIR (and reuses them when present).
#
# Workloads:
#   10k        gen_plan --campaigns 10000 --channels 40 --objectives 200 --measurements 10000 --posts 0
#   10k+posts  gen_plan --campaigns 10000 --channels 40 --objectives 200 --measurements 100000 --posts 100000
#   task       10 000 pending tasks, `scheduled` on a day of 2027 and `due` 0-29 days later,
#              written straight into taskwarrior 2.6's pending.data
#
# Our own loop, not hyperfine: hyperfine times one command's runs in a block,
# and on a shared machine a block can fall on a busy minute that the other
# commands miss. Times are wall clock (`date +%s%N` around the process);
# peak memory is /usr/bin/time's maximum resident set, from one more run.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-21}
bin=target/release
today=2027-03-01
from=2027-03-01
to=2027-05-29 # 90 days, both ends included

if [ -z "${SKIP_BUILD:-}" ]; then
  cargo build --release --quiet --bins --example gen_plan --example json_floor
fi
command -v task >/dev/null || { echo "taskwarrior (task) is not installed" >&2; exit 1; }

if [ -n "${KEEP:-}" ]; then
  work=$KEEP
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

# --- workloads -------------------------------------------------------------
gen() { # name, then gen_plan's arguments
  local name=$1
  shift
  [ -s "$work/$name.json" ] || "$bin/examples/gen_plan" "$@" >"$work/$name.json"
}
gen 10k --campaigns 10000 --channels 40 --objectives 200 --measurements 10000 --posts 0
gen 10k+posts --campaigns 10000 --channels 40 --objectives 200 --measurements 100000 --posts 100000

# taskwarrior 2.6 keeps pending tasks one a line, attributes in brackets,
# dates as epoch seconds. The same spread as the plans' campaigns: a start
# in the year from 2027-01-01, an end up to 29 days later.
taskdata=$work/task
if [ ! -s "$taskdata/pending.data" ]; then
  mkdir -p "$taskdata"
  awk -v start="$(date -u -d 2027-01-01 +%s)" 'BEGIN {
    srand(1)
    for (i = 1; i <= 10000; i++) {
      s = start + int(rand() * 365) * 86400
      d = s + int(rand() * 30) * 86400
      printf "[description:\"Task %d\" due:\"%d\" entry:\"%d\" modified:\"%d\" scheduled:\"%d\" status:\"pending\" uuid:\"00000000-0000-4000-8000-%012d\"]\n", i, d, start, start, s, i
    }
  }' >"$taskdata/pending.data"
  : >"$taskdata/completed.data"
  : >"$taskdata/undo.data"
fi
: >"$work/taskrc"
export TASKRC=$work/taskrc TZ=UTC

# --- commands --------------------------------------------------------------
names=()
cmds=()
add() { # name, then the command
  names+=("$1")
  shift
  cmds+=("$(printf '%q ' "$@")")
}
for w in 10k 10k+posts; do
  plan=$work/$w.json
  sp=("$bin/socialplan" --file "$plan" --today "$today" --color never)
  add "$w calendar" "${sp[@]}" calendar --from "$from" --to "$to" --width 100
  add "$w agenda" "${sp[@]}" --width 100 agenda
  add "$w status" "${sp[@]}" --width 100 status
  add "$w floor" "$bin/examples/json_floor" "$plan"
done
add "taskwarrior" task rc.data.location="$taskdata" rc.gc=off rc.hooks=off \
  rc.confirmation=off rc.verbose=nothing "scheduled.before:$(date -u -d "$to + 1 day" +%F)" \
  "due.after:$from" count

# Each command once, to check it works and warm the page cache.
for i in "${!cmds[@]}"; do
  if ! eval "${cmds[$i]}" >/dev/null; then
    echo "failed: ${names[$i]}: ${cmds[$i]}" >&2
    exit 1
  fi
done
echo "taskwarrior counts $(eval "${cmds[-1]}") tasks in the window" >&2

# --- timing ----------------------------------------------------------------
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A times
for ((r = 0; r < runs; r++)); do
  # Rotate the order each round: no command always follows the same one.
  for ((k = 0; k < ${#cmds[@]}; k++)); do
    i=$(((k + r) % ${#cmds[@]}))
    t0=$(date +%s%N)
    eval "${cmds[$i]}" >/dev/null
    t1=$(date +%s%N)
    times[$i]+="$(((t1 - t0) / 1000)) "
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
peak_kib() { eval "/usr/bin/time -f %M -o $work/rss ${cmds[$1]}" >/dev/null && cat "$work/rss"; }

last=$((${#cmds[@]} - 1))
task_us=$(echo "${times[$last]}" | median)
echo "$(date -u +%F) $(nproc) cores, load average before $load_before, after $load_after; $runs rounds, median wall time"
printf '%-22s %10s %12s %10s %9s\n' "command" "median ms" "vs task" "vs floor" "peak MiB"
floor_us=
for i in "${!cmds[@]}"; do
  name=${names[$i]}
  us=$(echo "${times[$i]}" | median)
  case $name in
    *calendar) floor_us=$(echo "${times[$((i + 3))]}" | median) ;;
  esac
  if [ "$i" = "$last" ]; then floor_col=-; else floor_col=$(awk -v a="$us" -v b="$floor_us" 'BEGIN {printf "%.2f", a / b}'); fi
  printf '%-22s %10.1f %12.3f %10s %9.1f\n' "$name" "$(awk -v a="$us" 'BEGIN {print a / 1000}')" \
    "$(awk -v a="$us" -v b="$task_us" 'BEGIN {print a / b}')" "$floor_col" \
    "$(awk -v k="$(peak_kib "$i")" 'BEGIN {print k / 1024}')"
done
for w in 10k 10k+posts; do
  printf '%s: %s bytes\n' "$w" "$(stat -c %s "$work/$w.json")"
done
