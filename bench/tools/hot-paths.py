#!/usr/bin/env python3
"""The methods with the most running (not waiting) time in a dotnet-trace thread-time trace.

Usage: dotnet dotnet-trace convert --format Speedscope X.nettrace -o X  &&  python3 bench/tools/hot-paths.py X.speedscope.json [filter]

Prints the methods with the most running time inclusive (only those whose name contains FILTER, say RecordsBot, when
given) and exclusive. What counts as running: see speedscope.py.
"""
import collections, sys
from speedscope import running_stacks

wanted = sys.argv[2] if len(sys.argv) > 2 else None
inclusive, leaf, total = collections.Counter(), collections.Counter(), 0.0
for names, span in running_stacks(sys.argv[1]):
    total += span
    leaf[names[-1]] += span
    for name in set(names):
        inclusive[name] += span

print(f"running time sampled: {total:.0f} ms")
print("\nmost running time, inclusive:")
for name, t in inclusive.most_common(400):
    if wanted is None or wanted in name:
        print(f"{100 * t / total:6.1f}%  {name[:150]}")
print("\nmost running time, exclusive:")
for name, t in leaf.most_common(25):
    print(f"{100 * t / total:6.1f}%  {name[:150]}")
