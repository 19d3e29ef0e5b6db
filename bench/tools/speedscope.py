"""Running time in a dotnet-trace thread-time trace converted to speedscope (the two tools here share this walk).

dotnet-sampled-thread-time marks each sample CPU_TIME (managed code running) or UNMANAGED_CODE_TIME (native code: a
wait, or real work such as SQLite's). The frame below the mark says which: time spent under a wait (semaphores,
Monitor.Wait, sleeps, socket reads, GC waits, idle logger and finalizer threads) is left out, whichever the mark.
"""
import json

WAITS = ("WaitNative", "Monitor.Wait", "WaitOneNoCheck", "Thread.Sleep", "Interop+Sys.Read", "Missing Symbol",
         "RunFinalizers", "SpinThenBlockingWait", "EventLoop", "WaitForSignal", "Interop+Sys.WaitForSocketEvents",
         "epoll", "PollGC", "TryDequeue")


def running_stacks(path):
    """Yields (frame names from the thread's root to the mark's caller, milliseconds) for each stretch of running time."""
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    for profile in data["profiles"]:
        stack, last = [], None
        for e in profile["events"]:
            at = e["at"]
            if last is not None and len(stack) > 1:
                top, below = frames[stack[-1]], frames[stack[-2]]
                if top in ("CPU_TIME", "UNMANAGED_CODE_TIME") and not any(w in below for w in WAITS):
                    yield [frames[i] for i in stack[:-1]], at - last
            last = at
            if e["type"] == "O":
                stack.append(e["frame"])
            else:
                stack.pop()
