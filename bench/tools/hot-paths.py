#!/usr/bin/env python3
"""Where a dotnet-trace thread-time sample spends its running (not waiting) time.

Usage: dotnet dotnet-trace convert --format Speedscope X.nettrace -o X  &&  python3 bench/tools/hot-paths.py X.speedscope.json [filter]

Reads the speedscope 'evented' profiles (one per thread), drops time whose innermost frame is a wait (semaphores,
Monitor.Wait, sleeps, socket reads), and prints: the methods with the most running time inclusive, and, for methods
whose name contains FILTER (say RecordsBot), their own callees' share, to see where a turn's CPU goes.
"""
import json, sys, collections

WAITS = ("WaitNative", "Monitor.Wait", "WaitOneNoCheck", "Thread.Sleep", "Interop+Sys.Read", "Missing Symbol", "RunFinalizers",
         "SpinThenBlockingWait", "EventLoop", "WaitForSignal", "Interop+Sys.WaitForSocketEvents", "epoll")

data = json.load(open(sys.argv[1]))
frames = [f["name"] for f in data["shared"]["frames"]]
wanted = sys.argv[2] if len(sys.argv) > 2 else None
inclusive = collections.Counter()
leaf = collections.Counter()
total = 0.0
for profile in data["profiles"]:
    stack, last = [], None
    for e in profile["events"]:
        at = e["at"]
        if last is not None and stack:
            top = frames[stack[-1]]
            below = frames[stack[-2]] if len(stack) > 1 else ""
            # dotnet-sampled-thread-time marks each sample CPU_TIME (managed code running) or UNMANAGED_CODE_TIME (in
            # native code: a wait, or real work such as SQLite's); the frame below says which.
            running = top == "CPU_TIME" or (top == "UNMANAGED_CODE_TIME" and not any(w in below for w in WAITS))
            if running:
                top = below if top == "UNMANAGED_CODE_TIME" else top
                span = at - last
                total += span
                leaf[below] += span
                for name in set(frames[i] for i in stack):
                    inclusive[name] += span
        last = at
        if e["type"] == "O":
            stack.append(e["frame"])
        else:
            stack.pop()

print(f"running time sampled: {total:.0f} ms")
print("\nmost running time, inclusive:")
for name, t in inclusive.most_common(400):
    if wanted is None or wanted in name:
        print(f"{100 * t / total:6.1f}%  {name[:150]}")
print("\nmost running time, exclusive:")
for name, t in leaf.most_common(25):
    print(f"{100 * t / total:6.1f}%  {name[:150]}")
