#!/usr/bin/env bash
# End-to-end differential test of the launcher's command server (org.andreev.cli.server.CommandServer
# and the block of ./andreev starting "The command server").
#
# The promise: a command the launcher sends to the resident JVM gives exactly what a fresh JVM gives:
# the same stdout bytes, stderr bytes, exit code and files written. This script holds it: in a
# temporary directory (and a subdirectory of it, for relative paths) it runs each command line once
# in a fresh JVM (ANDREEV_SERVER=0, the reference, stdout to a file) and twice the served way (stdout
# to a file, then to a pipe), and compares stdout, stderr, exit code and every file the command
# writes (cmp). It also checks that the served runs were served: the server's 'served' count (its
# status answer, as 'andreev server status' prints it) must grow by one per served run, and not grow
# where the launcher must not serve (stdout /dev/full, an argument naming /dev/...).
#
# Covered: a short real command of every group (nis iv/params/thermometer, cooler iv/params, mar iv,
# mar iv over a Dorokhov ensemble, neck size/simulate/shape/field/psc/lambdaq/histogram, dvdi peaks
# on a generated sweep, data deriv on a generated I(V)); --help of several commands, --version, the
# root --help, 'help', 'completion bash'; bad input (exit 2, one line on stderr: a negative gap, a
# missing file, a mistyped option with its "did you mean", a malformed file); --out and --plot files
# (CSV, PNG and SVG byte for byte; a PDF carries a random document /ID in its trailer, so its bytes
# before 'startxref' and its length are compared, not the trailer); relative input and output paths
# from a subdirectory (its own server), and from one removed and made again under its name; a device
# file whose renamed key makes the library warn on System.err; '| head -3' (exit 141, silent, under
# pipefail, both ways); '> /dev/full' (not served; exit 2 both ways); '>file 2>&1' (not served: two
# relays could not keep the order of the streams) and '>/dev/null 2>&1' (served); arguments with
# spaces, unicode (µ, Ω) and a newline, and files named so, an empty argument; a loop reading its
# stdin (the launcher must not eat it); ANDREEV_DEBUG (set, set empty), LC_ALL=C (the JVM decodes µ
# in an argument by the locale), the java on the PATH and XDG_CACHE_HOME changed between calls (the server refuses as
# stale, a new one starts, outputs equal, an ensemble's cache file written where the caller's
# XDG_CACHE_HOME says); a touched jar (refused as stale, a new server); 4 parallel invocations (one
# served, those answered 'busy' run their own JVM; all outputs equal); a command ended by SIGTERM or
# SIGINT before it is done (no --out file either way, and its server ends as the fresh JVM did).
#
# Run: bash cli/src/test/launcher/server-vs-direct.sh (from anywhere, on a built jar; Maven's
# 'verify' runs it after the package phase through ServerVsDirectIT, and -DskipTests skips it). It
# starts servers only for its own temporary directories and stops exactly those on exit
# (ANDREEV_SERVER_IDLE=60s is the safety net); servers of other directories are left alone, except
# that the touched-jar case ends every server of the checkout, as a rebuild would; the jar's time is
# restored afterwards. KEEP=1 keeps the temporary directory. On failure it prints each command line
# that differed and how (a diff of the first lines) and exits 1. About 25 s of CPU, 30-40 s on 2
# shared cores (plus ~10 s once if the class archive must be made).
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../../../.." && pwd -P)"
A="$root/andreev"
jar="$root/cli/target/andreev.jar"
servers="$root/cli/target/servers"
unset ANDREEV_SERVER ANDREEV_JAVA_OPTS ANDREEV_DEBUG
export ANDREEV_SERVER_IDLE=60s
start_time=$SECONDS

work="$(mktemp -d "${TMPDIR:-/tmp}/andreev-e2e.XXXXXX")" || exit 1
work="$(cd "$work" && pwd -P)"
mkdir -p "$work/sub" "$work/runs"
# the ensemble cache of the servers and of the reference runs (not the user's ~/.cache)
export XDG_CACHE_HOME="$work/cache"
jar_time=""
failures=0
cases=0
served_runs=0

section() { printf 'server-vs-direct: [%3d s] %s\n' "$((SECONDS - start_time))" "$1"; }
say() { printf 'server-vs-direct: %s\n' "$*"; }

# ---- talking to the server of a directory, as 'andreev server status|stop' do (no JVM start) ----
state_of() { printf '%s/%s' "$servers" "${1//\//%}"; }
ask() { # DIR KIND: the server's one-line answer, or nothing
  local st port token _ line=""
  st="$(state_of "$1")"
  [ -f "$st" ] && read -r port token _ <"$st" 2>/dev/null || return 1
  { exec 9<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'andreev-serve-1\0%s\0%s\0' "$token" "$2" >&9 2>/dev/null
  read -r -t 5 line <&9 || true
  exec 9<&-
  [ -n "$line" ] && printf '%s\n' "$line"
}
field() { # STATUS-LINE NAME
  local v="${1#* "$2"=}"
  [ "$v" != "$1" ] && printf '%s' "${v%% *}"
}
served_count() { local s; s="$(ask "$1" status)" && field " $s" served || echo -1; }
server_pid() { local s; s="$(ask "$1" status)" && field " $s" pid || echo none; }
wait_server() { # DIR [PID-THAT-MUST-NOT-ANSWER]: until a server of DIR answers (20 s at most)
  local i p
  for ((i = 0; i < 200; i++)); do
    p="$(server_pid "$1")"
    if [ "$p" != none ] && [ "$p" != "${2:-}" ]; then return 0; fi
    sleep 0.1
  done
  return 1
}
cleanup() {
  local d i
  for d in "$work" "$work/sub" "$work/again"; do
    # a server still starting writes its state within seconds; wait for it, then stop it
    for ((i = 0; i < 50; i++)); do [ -f "$(state_of "$d").starting" ] || break; sleep 0.1; done
    ask "$d" stop >/dev/null || true
  done
  if [ -n "$jar_time" ]; then touch -d "$jar_time" "$jar"; fi
  if [ "${KEEP:-0}" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# ---- comparing ----
fail() { # TITLE DETAIL...
  failures=$((failures + 1))
  printf '\nFAIL %s\n' "$1"
  shift
  printf '  %s\n' "$@"
}
show() { printf '%q ' "$@"; }
# the comparable part of a file: a PDF without its trailer (PDFBox writes a random /ID there)
comparable() { # FILE OUT
  case "$1" in
    *.pdf)
      local offset
      offset="$(tail -c 256 "$1" | grep -a -A1 '^startxref' | tail -1 | tr -dc 0-9)"
      { head -c "${offset:-0}" "$1"; printf '\n[length %s]\n' "$(wc -c <"$1")"; } >"$2" ;;
    *) cp "$1" "$2" ;;
  esac
}
same() { # WHAT EXPECTED GOT: prints how they differ, returns 1 if they do
  if cmp -s "$2" "$3"; then return 0; fi
  printf '  %s differs (direct < > served):\n' "$1"
  if LC_ALL=C grep -qaP '\x00' "$2" "$3" 2>/dev/null; then
    cmp "$2" "$3" 2>&1 | sed 's/^/    /'
  else
    diff "$2" "$3" | head -n 20 | sed 's/^/    /'
  fi
  return 1
}

# One command line, run in the current directory: the reference in a fresh JVM, then served with
# stdout to a file and to a pipe. Set before the call (reset after it):
#   OUTS=(files the command writes)  RC=expected exit code (0; any: not checked)  ERRLINES=expected stderr lines
#   ENVS=(NAME=VALUE ...) for all three runs  SERVED=1 (0: the launcher must not serve it)
OUTS=() ENVS=() RC=0 ERRLINES="" SERVED=1
reset_case() { OUTS=() ENVS=() RC=0 ERRLINES="" SERVED=1; }
t() {
  cases=$((cases + 1))
  local d="$work/runs/$cases" where="${PWD#"$work"}" f i rc_ref rc n0 n1 how bad title
  mkdir -p "$d"
  where="${where#/}"
  title="andreev $(show "$@")(in ${where:-.}${ENVS[*]:+, with ${ENVS[*]}})"
  rm -f -- ${OUTS[@]+"${OUTS[@]}"}
  env ${ENVS[@]+"${ENVS[@]}"} ANDREEV_SERVER=0 "$A" "$@" >"$d/ref.out" 2>"$d/ref.err"
  rc_ref=$?
  i=0
  for f in ${OUTS[@]+"${OUTS[@]}"}; do
    i=$((i + 1))
    if [ -f "$f" ]; then comparable "$f" "$d/ref.$i"; rm -f -- "$f"; else : >"$d/ref.$i.missing"; fi
  done
  # the reference must be what the case is about, or the comparison proves nothing
  if [ "$RC" != any ] && [ "$rc_ref" -ne "$RC" ]; then
    fail "$title" "fresh JVM: exit $rc_ref, expected $RC; stderr: $(head -c 300 "$d/ref.err")"
  fi
  if [ -n "$ERRLINES" ] && [ "$(wc -l <"$d/ref.err")" -ne "$ERRLINES" ]; then
    fail "$title" "fresh JVM: $(wc -l <"$d/ref.err") lines on stderr, expected $ERRLINES: $(head -c 300 "$d/ref.err")"
  fi
  if [ "$RC" = 0 ] && [ ! -s "$d/ref.out" ] && [ "${#OUTS[@]}" -eq 0 ]; then
    fail "$title" "fresh JVM: no output"
  fi
  for how in file pipe; do
    n0="$(served_count "$PWD")"
    if [ "$how" = file ]; then
      env ${ENVS[@]+"${ENVS[@]}"} "$A" "$@" >"$d/$how.out" 2>"$d/$how.err"
      rc=$?
    else
      env ${ENVS[@]+"${ENVS[@]}"} "$A" "$@" 2>"$d/$how.err" | cat >"$d/$how.out"
      rc=${PIPESTATUS[0]}
    fi
    n1="$(served_count "$PWD")"
    bad="$(
      [ "$rc" -eq "$rc_ref" ] || printf '  exit code: direct %s, served %s\n' "$rc_ref" "$rc"
      same stdout "$d/ref.out" "$d/$how.out"
      same stderr "$d/ref.err" "$d/$how.err"
      i=0
      for f in ${OUTS[@]+"${OUTS[@]}"}; do
        i=$((i + 1))
        if [ -f "$f" ]; then
          comparable "$f" "$d/$how.$i"
          if [ -f "$d/ref.$i.missing" ]; then printf '  %s: written served, not direct\n' "$f"
          else same "file $f" "$d/ref.$i" "$d/$how.$i"; fi
          rm -f -- "$f"
        elif [ ! -f "$d/ref.$i.missing" ]; then
          printf '  %s: written direct, not served\n' "$f"
        fi
      done
      if [ "$SERVED" = 1 ] && [ "$n0" -ge 0 ] && [ "$n1" -ne $((n0 + 1)) ]; then
        printf '  not served: the server count went from %s to %s\n' "$n0" "$n1"
      elif [ "$SERVED" = 1 ] && [ "$n0" -lt 0 ]; then
        printf '  not served: no server answers for %s\n' "$PWD"
      elif [ "$SERVED" = 0 ] && [ "$n1" != "$n0" ]; then
        printf '  served, but the launcher must run it in a fresh JVM (count %s to %s)\n' "$n0" "$n1"
      fi
    )"
    if [ -n "$bad" ]; then
      fail "$title" "served, stdout to a $how:"
      printf '%s\n' "$bad"
    elif [ "$SERVED" = 1 ]; then
      served_runs=$((served_runs + 1))
    fi
  done
  reset_case
}

# ---- set-up: the jar, the class archive, the generated inputs, the servers ----
cd "$work" || exit 1
if ! ANDREEV_SERVER=0 "$A" --version >/dev/null 2>"$work/setup.err"; then
  say "cannot run $A:"; cat "$work/setup.err"; exit 1
fi
# a generated I(V) (I = V/2kOhm * (1 + 0.3 sin(3000 V))) and a dV/dI sweep with two peaks at +-2.5 mV
awk 'BEGIN { print "V[V],I[A]"; for (i = 0; i <= 200; i++) { v = -1e-3 + i * 1e-5
  printf "%.6e,%.9g\n", v, v / 2000 * (1 + 0.3 * sin(v * 3000)) } }' >iv.csv
awk 'BEGIN { print "V[V],dVdI[Ohm]"; for (i = 0; i <= 400; i++) { v = -4e-3 + i * 2e-5; r = 10 + 0.5 * v / 4e-3
  for (k = -1; k <= 1; k += 2) { x = (v - k * 2.5e-3) / 4e-5; r += 1.5 * exp(-x * x / 2) }
  printf "%.6e,%.9g\n", v, r } }' >sweep.csv
printf 'V[V],I[A]\n1e-4,2e-9\n2e-4,two\n3e-4,6e-9\n' >bad.csv
cp iv.csv "iv µΩ data.csv"
# the cooler device with its old key 'dos' (renamed dos_total): the library warns on System.err
ANDREEV_SERVER=0 "$A" cooler params | sed 's/^dos_total:/dos:/' >old-device.yaml
# start the servers of both directories (the first served call starts one) and wait for them
"$A" --version >/dev/null 2>&1
(cd sub && "$A" --version >/dev/null 2>&1)
wait_server "$work" || { say "no server started for $work"; exit 1; }
wait_server "$work/sub" || { say "no server started for $work/sub"; exit 1; }
say "servers up after $((SECONDS - start_time)) s"

nis=(nis iv --delta 0.2meV --rt 2kOhm --te 300mK --ts 300mK)

# ---- every group, a short real command ----
section "every group, a short real command"
t "${nis[@]}" --bias 0:1mV:21
t nis iv --seed-004-probe --te 105mK --ts 90mK --bias -0.1mV:0.1mV:5
t nis params --seed-004-probe
t nis thermometer --delta 0.228meV --rt 2.76kOhm --current 1nA --temps 50mK:300mK:6
t cooler iv --tbath 90mK --bias 0.01mV:0.6mV:12 --ka 1.5e-10 --m 0.6
t cooler params
t mar iv --delta 1.35meV --tau 0.5,0.99 --temperature 0K --eta 1e-3 --bias 0.135mV:5.4mV:5
t neck size --resistance 5Ohm
OUTS=(short.csv); t neck simulate --theta 70deg --resistance 5Ohm --outer-radius 76.5nm --noise 0.3% --seed 2 --out short.csv
ANDREEV_SERVER=0 "$A" neck simulate --theta 70deg --resistance 5Ohm --outer-radius 76.5nm --noise 0.3% --seed 2 --out short.csv
t neck shape short.csv --json
ANDREEV_SERVER=0 "$A" neck simulate --theta 60deg --resistance 1kOhm --length 20nm --traces 20 --noise 1% --out many.csv
t neck histogram many.csv --bin 100G0 --max 20000G0
t neck field --theta 35deg --r0 6.45nm --temperature 4.2K --field 0.1T:0.5T:5
t neck psc --theta 35deg --r0 6.45nm --temperature 4.2K --field 0.1T:0.4T:4
t neck lambdaq --temperature 4.2K:6.6K:3
t dvdi peaks sweep.csv
t data deriv iv.csv --dvdi --order 3 --window-width 50uV

# ---- help, version ----
section "help, version"
t --version
t --help
t nis iv --help
t help cooler iv
t completion bash

# ---- bad input: exit 2, one line on stderr ----
section "bad input"
RC=2 ERRLINES=1 t nis iv --delta -1 --rt 2kOhm --te 300mK
RC=2 ERRLINES=1 t data deriv nosuch.csv
RC=2 ERRLINES=1 t nis iv --delt 0.2meV --rt 2kOhm --te 300mK
RC=2 ERRLINES=1 t data deriv bad.csv --out never.csv
RC=2 ERRLINES=1 t neck simulate --theta 95deg --resistance 5Ohm --length 200nm

# ---- files written: --out, --plot (PNG, SVG, PDF) ----
section "files written"
OUTS=(iv-out.csv iv.png); t "${nis[@]}" --bias 0:1mV:41 --out iv-out.csv --plot iv.png
OUTS=(iv.svg); t "${nis[@]}" --bias 0:1mV:41 --plot iv.svg
OUTS=(mar.pdf); t mar iv --delta 1.35meV --tau 0.5,0.99 --temperature 0K --eta 1e-3 --bias 0.135mV:5.4mV:9 --plot mar.pdf
OUTS=(didv.csv didv.png); t data deriv iv.csv --out didv.csv --plot didv.png

# ---- a library warning on System.err ----
section "a library warning on System.err"
ERRLINES=1 t cooler iv --device old-device.yaml --tbath 100mK --bias 0.1mV:0.5mV:3

# ---- arguments with spaces, unicode and newlines ----
section "arguments with spaces, unicode and newlines"
# a UTF-8 locale reads these names; another (LANG unset: POSIX) gives exit 2, both ways
case "$(locale charmap 2>/dev/null)" in UTF-8) named=0 ;; "") named=any ;; *) named=2 ;; esac
OUTS=("out µΩ file.csv"); RC=$named t data deriv "iv µΩ data.csv" --out "out µΩ file.csv"
OUTS=($'two\nlines.csv'); t neck size --resistance 5Ohm --out $'two\nlines.csv'
# (valid under a UTF-8 locale; under LANG=C the JVM sees 300\ufffd\ufffdK: exit 2, see below)
RC=$named t nis iv --delta 0.2meV --rt 2kΩ --te 300µK --bias 0:1mV:3
t nis iv --delta $'0.2\nmeV' --rt 2kOhm --te 300mK
RC=2 ERRLINES=1 t data deriv "no such µ file.csv"
RC=2 ERRLINES=1 t nis iv --delta "" --rt 2kOhm --te 300mK
# a loop reading its own stdin: the launcher must not eat it (three lines, three commands)
cases=$((cases + 1))
loop() { local x; while read -r x; do "$A" neck size --resistance "$x" || echo "exit $?"; done; }
printf '5Ohm\n1kOhm\n12Ohm\n' | ANDREEV_SERVER=0 loop >"$work/runs/loop.ref" 2>&1
n0="$(served_count "$work")"
printf '5Ohm\n1kOhm\n12Ohm\n' | loop >"$work/runs/loop.out" 2>"$work/runs/loop.err"
n1="$(served_count "$work")"
bad="$(same "output of the loop" "$work/runs/loop.ref" "$work/runs/loop.out"
  [ "$n1" -eq $((n0 + 3)) ] || printf '  not 3 commands served (count %s to %s)\n' "$n0" "$n1")"
[ -z "$bad" ] || { fail "printf '5Ohm\\n1kOhm\\n12Ohm\\n' | while read -r x; do andreev neck size --resistance \"\$x\"; done"; printf '%s\n' "$bad"; }

# ---- relative paths, from a subdirectory (its own server) ----
section "relative paths, from a subdirectory (its own server)"
cd sub || exit 1
t data deriv ../iv.csv --window 5
OUTS=(../rel.csv rel.svg); t data deriv ../iv.csv --out ../rel.csv --plot rel.svg
t neck shape ../short.csv
RC=2 ERRLINES=1 t data deriv iv.csv
cd "$work" || exit 1
# a directory removed and made again under its name ('rm -rf build && mkdir build'): its old server
# still sits in the removed one, where relative paths would open nothing; it must refuse as stale
mkdir again && cd again && "$A" --version >/dev/null 2>&1 && wait_server "$work/again" \
  || fail "no server started for $work/again"
cd "$work" && rm -rf again && mkdir again && cd again && cp ../iv.csv . || exit 1
old="$(server_pid "$work/again")"
cases=$((cases + 1))
again=(data deriv iv.csv --out again.csv)
ANDREEV_SERVER=0 "$A" "${again[@]}" >"$work/runs/again.ref.out" 2>"$work/runs/again.ref.err"; rc_ref=$?
mv again.csv "$work/runs/again.ref.csv" 2>/dev/null
"$A" "${again[@]}" >"$work/runs/again.out" 2>"$work/runs/again.err"; rc=$?
bad="$(
  [ "$rc_ref" -eq 0 ] && [ "$rc" -eq 0 ] || printf '  exit code: direct %s, served way %s\n' "$rc_ref" "$rc"
  same stdout "$work/runs/again.ref.out" "$work/runs/again.out"
  same stderr "$work/runs/again.ref.err" "$work/runs/again.err"
  if [ -f again.csv ]; then same "file again.csv" "$work/runs/again.ref.csv" again.csv; else echo "  again.csv not written"; fi
  wait_server "$work/again" "$old" || printf '  no new server (old pid %s, now %s)\n' "$old" "$(server_pid "$work/again")"
)"
[ -z "$bad" ] || { fail "andreev $(show "${again[@]}")(in again/, made anew)"; printf '%s\n' "$bad"; }
rm -f again.csv
t data deriv iv.csv
cd "$work" || exit 1

# ---- not served: stdout /dev/full (exit 2 both ways), an argument naming /dev, stdout and stderr one file ----
section "not served"
cases=$((cases + 1))
ANDREEV_SERVER=0 "$A" "${nis[@]}" --bias 0:1mV:21 >/dev/full 2>"$work/full.ref.err"; rc_ref=$?
n0="$(served_count "$work")"
"$A" "${nis[@]}" --bias 0:1mV:21 >/dev/full 2>"$work/full.err"; rc=$?
n1="$(served_count "$work")"
bad="$(
  [ "$rc_ref" -eq 2 ] && [ "$rc" -eq 2 ] || printf '  exit code: direct %s, served way %s (expected 2)\n' "$rc_ref" "$rc"
  same stderr "$work/full.ref.err" "$work/full.err"
  [ "$n1" = "$n0" ] || printf '  served (count %s to %s), but /dev/full must run in a fresh JVM\n' "$n0" "$n1"
  [ "$(wc -l <"$work/full.ref.err")" -eq 1 ] || printf '  stderr of the fresh JVM is not one line\n'
)"
[ -z "$bad" ] || { fail "$(show "$A" "${nis[@]}" --bias 0:1mV:21)>/dev/full"; printf '%s\n' "$bad"; }
SERVED=0 t data deriv /dev/stdin --window 5 <iv.csv
# stdout and stderr one file: a fresh JVM writes them in program order, two relays could not keep it
# (the warning came after the CSV in ~1 of 10 served runs), so not served; but '>/dev/null 2>&1' is
cases=$((cases + 1))
warned=(cooler iv --device old-device.yaml --tbath 100mK --bias 0.1mV:0.5mV:3)
ANDREEV_SERVER=0 "$A" "${warned[@]}" >"$work/runs/both.ref" 2>&1; rc_ref=$?
n0="$(served_count "$work")"
"$A" "${warned[@]}" >"$work/runs/both" 2>&1; rc=$?
n1="$(served_count "$work")"
"$A" "${warned[@]}" >/dev/null 2>&1; rc_null=$?
n2="$(served_count "$work")"
bad="$(
  [ "$rc_ref" -eq 0 ] && [ "$rc" -eq 0 ] && [ "$rc_null" -eq 0 ] || printf '  exit code: direct %s, served way %s, to /dev/null %s\n' "$rc_ref" "$rc" "$rc_null"
  same "stdout and stderr" "$work/runs/both.ref" "$work/runs/both"
  [ "$n1" = "$n0" ] || printf '  served (count %s to %s), but one file for both must run in a fresh JVM\n' "$n0" "$n1"
  [ "$n2" -eq $((n1 + 1)) ] || printf '  >/dev/null 2>&1 not served (count %s to %s)\n' "$n1" "$n2"
)"
[ -z "$bad" ] || { fail "$(show "$A" "${warned[@]}")>file 2>&1"; printf '%s\n' "$bad"; }

# ---- '| head -3': exit 141, nothing on stderr, under pipefail ----
section "'| head -3'"
cases=$((cases + 1))
ANDREEV_SERVER=0 "$A" "${nis[@]}" --bias 0:1mV:5001 2>"$work/head.ref.err" | head -3 >"$work/head.ref.out"; rc_ref=$?
n0="$(served_count "$work")"
"$A" "${nis[@]}" --bias 0:1mV:5001 2>"$work/head.err" | head -3 >"$work/head.out"; rc=$?
n1="$(served_count "$work")"
bad="$(
  [ "$rc_ref" -eq 141 ] && [ "$rc" -eq 141 ] || printf '  exit code: direct %s, served %s (expected 141)\n' "$rc_ref" "$rc"
  [ ! -s "$work/head.ref.err" ] && [ ! -s "$work/head.err" ] || printf '  stderr not empty: %s | %s\n' \
      "$(head -c 200 "$work/head.ref.err")" "$(head -c 200 "$work/head.err")"
  same stdout "$work/head.ref.out" "$work/head.out"
  [ "$(wc -l <"$work/head.out")" -eq 3 ] || printf '  not 3 lines\n'
  [ "$n1" -eq $((n0 + 1)) ] || printf '  not served (count %s to %s)\n' "$n0" "$n1"
)"
if [ -n "$bad" ]; then fail "$(show "$A" "${nis[@]}" --bias 0:1mV:5001)| head -3"; printf '%s\n' "$bad"; else served_runs=$((served_runs + 1)); fi
# the server is still good after its reader went away
t "${nis[@]}" --bias 0:1mV:11

# ---- 4 at once: one is served, those answered 'busy' run their own JVM; all outputs equal ----
section "4 at once"
cases=$((cases + 1))
par=(cooler iv --tbath 90mK --bias 0.01mV:0.6mV:40 --ka 1.5e-10 --m 0.6)
ANDREEV_SERVER=0 "$A" "${par[@]}" >"$work/par.ref.out" 2>"$work/par.ref.err"
n0="$(served_count "$work")"
pids=()
for k in 1 2 3 4; do
  "$A" "${par[@]}" >"$work/par.$k.out" 2>"$work/par.$k.err" &
  pids+=($!)
done
bad=""
for k in 1 2 3 4; do
  wait "${pids[$((k - 1))]}"; rc=$?
  [ "$rc" -eq 0 ] || bad+="  run $k: exit $rc"$'\n'
  bad+="$(same "run $k stdout" "$work/par.ref.out" "$work/par.$k.out"; same "run $k stderr" "$work/par.ref.err" "$work/par.$k.err")"
done
n1="$(served_count "$work")"
if [ "$n1" -lt $((n0 + 1)) ] || [ "$n1" -gt $((n0 + 4)) ]; then bad+="  served count went from $n0 to $n1 (expected 1 to 4 more)"; fi
if [ -n "$bad" ]; then fail "4 at once: $(show "$A" "${par[@]}")" "$bad"; else served_runs=$((served_runs + n1 - n0)); fi
say "4 at once: $((n1 - n0)) served, $((4 - n1 + n0)) answered busy and ran a fresh JVM"

# ---- what 'andreev server status' says ----
section "what 'andreev server status' says"
status="$("$A" server status)"
line="$(grep -F " dir=$work" <<<"$status" | grep -vF " dir=$work/" || true)"
n="$(field " $line" served)"
if [ -z "$line" ] || [ -z "$n" ] || [ "$n" -lt 10 ]; then
  fail "andreev server status" "no line for $work with served >= 10:" "$status"
fi

# ---- a changed environment: the server refuses as stale and a new one starts ----
section "a changed environment"
stale() { # [NAME=VALUE [LABEL]]: the next served run here is refused as stale and a new server takes over
  cases=$((cases + 1))
  local old new bad d="$work/runs/stale.$cases" what="${2:-${1:-the base environment}}"
  mkdir -p "$d"
  old="$(server_pid "$PWD")"
  env ${1:+"$1"} ANDREEV_SERVER=0 "$A" "${nis[@]}" --bias 0:1mV:7 >"$d/ref.out" 2>"$d/ref.err"
  env ${1:+"$1"} "$A" "${nis[@]}" --bias 0:1mV:7 >"$d/out" 2>"$d/err"
  bad="$(same stdout "$d/ref.out" "$d/out"; same stderr "$d/ref.err" "$d/err")"
  if ! wait_server "$PWD" "$old"; then
    bad+="  no new server after the refusal (old pid $old, now $(server_pid "$PWD"))"
  fi
  new="$(server_pid "$PWD")"
  if [ -n "$bad" ]; then fail "stale with $what: $(show "$A" "${nis[@]}" --bias 0:1mV:7)" "$bad"
  else say "with $what: server $old refused as stale, server $new took over"; fi
}
# another java on the PATH (here the same binary under another name, so that the class archive is
# not made again): a server started by the other one is stale (the first change: nothing else differs)
mkdir -p "$work/jbin" && ln -s "$(command -v java)" "$work/jbin/java"
stale PATH="$work/jbin:$PATH" "another java on the PATH (jbin/java)"

stale ANDREEV_DEBUG=1
# the new server runs with ANDREEV_DEBUG=1: served, equal (bad input, where the variable matters)
ENVS=(ANDREEV_DEBUG=1); RC=2 ERRLINES=1 t nis iv --delta -1 --rt 2kOhm --te 300mK
OUTS=(debug.csv); ENVS=(ANDREEV_DEBUG=1); t "${nis[@]}" --bias 0:1mV:9 --out debug.csv
# set but empty is not unset (the tool reads 'set' as debug on)
stale ANDREEV_DEBUG=
ENVS=(ANDREEV_DEBUG=); RC=2 t nis iv --delta -1 --rt 2kOhm --te 300mK

# under a non-UTF-8 locale the JVM decodes its arguments by it (µ is two malformed bytes): served too
stale LC_ALL=C
ENVS=(LC_ALL=C); RC=2 ERRLINES=1 t nis iv --delta 0.2meV --rt 2kOhm --te 300µK --bias 0:1mV:3
ENVS=(LC_ALL=C); RC=2 ERRLINES=1 t data deriv "iv µΩ data.csv"
ENVS=(LC_ALL=C); t data deriv iv.csv --window 3

# the cache of an ensemble goes where the caller's XDG_CACHE_HOME says, served or not
stale XDG_CACHE_HOME="$work/cache-call"
ens=(mar iv --delta 1.35meV --tc 7.2K --temperature 1.5K --distribution dorokhov --rn 5Ohm --bias 0.5mV:4mV:3)
cases=$((cases + 1))
rm -rf "$work/cache-call"
XDG_CACHE_HOME="$work/cache-call" ANDREEV_SERVER=0 "$A" "${ens[@]}" >"$work/ens.ref.out" 2>"$work/ens.ref.err"
ls -R "$work/cache-call" >"$work/ens.ref.files" 2>&1
rm -rf "$work/cache-call"
n0="$(served_count "$work")"
XDG_CACHE_HOME="$work/cache-call" "$A" "${ens[@]}" >"$work/ens.out" 2>"$work/ens.err"
n1="$(served_count "$work")"
ls -R "$work/cache-call" >"$work/ens.files" 2>&1
bad="$(same stdout "$work/ens.ref.out" "$work/ens.out"; same stderr "$work/ens.ref.err" "$work/ens.err"
  same "files under \$XDG_CACHE_HOME" "$work/ens.ref.files" "$work/ens.files"
  [ "$n1" -eq $((n0 + 1)) ] || printf '  not served (count %s to %s)\n' "$n0" "$n1")"
if [ -n "$bad" ]; then fail "$(show "$A" "${ens[@]}") with XDG_CACHE_HOME=$work/cache-call"; printf '%s\n' "$bad"
else served_runs=$((served_runs + 1)); fi
stale

# ---- ended by a signal before it is done: no file written, both ways, and the server ends ----
section "ended by a signal"
long=(cooler iv --tbath 90mK --bias 0.01mV:0.6mV:100000 --ka 1.5e-10 --m 0.6 --out killed.csv)
ended() { # SIGNAL: 'timeout -s SIGNAL 0.5' ends the long command, in a fresh JVM and served
  cases=$((cases + 1))
  local d="$work/runs/ended.$1" rc_ref rc old i bad
  mkdir -p "$d"
  rm -f killed.csv
  timeout -s "$1" 0.5 env ANDREEV_SERVER=0 "$A" "${long[@]}" >"$d/ref.out" 2>"$d/ref.err"; rc_ref=$?
  ls -a >"$d/ref.files"
  rm -f killed.csv
  old="$(server_pid "$work")"
  timeout -s "$1" 0.5 "$A" "${long[@]}" >"$d/out" 2>"$d/err"; rc=$?
  # a server whose caller is gone ends as the fresh JVM did (10 s to show it; a signal ignored since
  # this script started, as under nohup, is ignored both ways and the command runs to its end)
  for ((i = 0; i < 100; i++)); do [ "$(server_pid "$work")" = none ] && break; [ -f killed.csv ] && break; sleep 0.1; done
  ls -a >"$d/files"
  bad="$(
    [ "$rc_ref" -eq "$rc" ] || printf '  exit code: direct %s, served %s\n' "$rc_ref" "$rc"
    same "files in the directory" "$d/ref.files" "$d/files"
    same stdout "$d/ref.out" "$d/out"
    same stderr "$d/ref.err" "$d/err"
    if ! grep -qx killed.csv "$d/ref.files" && [ "$(server_pid "$work")" != none ]; then
      printf '  server %s still runs the command of a caller that is gone\n' "$old"
    fi
  )"
  [ -z "$bad" ] || { fail "$(show timeout -s "$1" 0.5 "$A" "${long[@]}")"; printf '%s\n' "$bad"; }
  rm -f killed.csv
  "$A" --version >/dev/null 2>&1   # a new server for what follows
  wait_server "$work" || fail "no new server for $work after the ended command"
}
ended TERM   # timeout's default, kill's default
ended INT    # the launcher alone (Ctrl-C sends it to the whole process group)

# ---- a rebuilt jar: the server refuses as stale (and exits), a new one starts ----
section "a rebuilt jar"
# the jar's time moves back by a second, not forward: newer than the class archive, the jar would
# have the launcher remake it (10 s); restored on exit
jar_time="$(stat -c '%y' "$jar")"
if [ -n "$(find "$root/core/src/main" "$root/cli/src/main" "$root/pom.xml" "$root/core/pom.xml" "$root/cli/pom.xml" \
      -newermt "$jar_time - 2 seconds" -print -quit 2>/dev/null)" ]; then
  touch "$jar"   # a source as new as the jar: forward instead (the archive is remade once)
else
  touch -d "$jar_time - 1 second" "$jar"
fi
stale
t "${nis[@]}" --bias 0:1mV:21
touch -d "$jar_time" "$jar"   # (the server of the moved time ends by itself now, or on exit)
jar_time=""

elapsed=$((SECONDS - start_time))
if [ "$failures" -gt 0 ]; then
  say "$failures FAILED of $cases command lines ($served_runs runs served; ${elapsed} s)"
  exit 1
fi
say "$cases command lines: served and fresh JVM agree on stdout, stderr, exit code and files ($served_runs runs served; ${elapsed} s)"
