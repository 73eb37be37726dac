#!/usr/bin/env python3
"""Whole-process times of several commands, paired and alternated in one run (docs/performance.md,
"Start-up"): round k runs every arm once, in an order that rotates from round to round, so that a
change of machine load hits all arms alike. Prints, per arm, the median wall and CPU (user + sys of
the process and its children) and the median over rounds of the ratio wall(arm) / wall(first arm).

usage: compare.py ROUNDS 'name=shell command' 'name=shell command' ...
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def run(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main(argv):
    rounds = int(argv[0])
    arms = [a.split("=", 1) for a in argv[1:]]
    wall = {n: [] for n, _ in arms}
    cpu = {n: [] for n, _ in arms}
    for name, command in arms:  # one untimed run each: builds, archives, disk cache
        run(command)
    for k in range(rounds):
        order = arms[k % len(arms):] + arms[:k % len(arms)]
        for name, command in order:
            w, c = run(command)
            wall[name].append(w)
            cpu[name].append(c)
    base = arms[0][0]
    print(f"{rounds} rounds, load average before/after: {os.getloadavg()[0]:.1f}")
    print(f"{'arm':<12} {'wall median (s)':>16} {'CPU median (s)':>15} {'wall / ' + base + ' (median of rounds)':>30}")
    for name, _ in arms:
        ratios = [a / b for a, b in zip(wall[name], wall[base])]
        print(f"{name:<12} {statistics.median(wall[name]):>16.3f} {statistics.median(cpu[name]):>15.3f} "
              f"{statistics.median(ratios):>30.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
