#!/usr/bin/env bash
# The floor of the start-up target (docs/performance.md, "Start-up"): NisIvFloor.java, the job of
# 'andreev nis iv --delta 0.2meV --rt 2kOhm --te 300mK --bias 0:1mV:1001' without any command line,
# run on the launcher's jar, class archive and JVM flags for short commands (keep them in step with
# ../../andreev). Compiled once into bench/target/startup-floor; run ./andreev once first (it builds
# the jar and the archive).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/cli/target/andreev.jar"
jsa="$root/cli/target/andreev.jsa"
out="$root/bench/target/startup-floor"
src="$root/bench/startup/NisIvFloor.java"
if [ ! -f "$out/NisIvFloor.class" ] || [ "$src" -nt "$out/NisIvFloor.class" ] || [ "$jar" -nt "$out/NisIvFloor.class" ]; then
  mkdir -p "$out"
  javac -d "$out" -cp "$jar" "$src"
fi
opts=(-Djava.awt.headless=true -XX:TieredStopAtLevel=1)
if [ -f "$jsa" ] && [ ! "$jar" -nt "$jsa" ]; then
  opts+=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off
         -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
fi
exec java "${opts[@]}" -cp "$jar:$out" NisIvFloor "$@"
