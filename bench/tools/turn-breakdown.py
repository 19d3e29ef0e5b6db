#!/usr/bin/env python3
"""Where a server's turns spend their running time, by kind of work.

Usage: dotnet dotnet-trace convert --format Speedscope X.nettrace -o X
       python3 bench/tools/turn-breakdown.py X.speedscope.json [ROOT]

ROOT is the frame a turn runs under (default: CloudAdapterBase.ProcessActivityAsync, which both RecordsBot and the echo
bot run). Running time only (what counts as running: see speedscope.py). Each sample goes to the
first kind, in the order below, that has a frame on its stack under ROOT: so the PDF's own Newtonsoft or regex work
counts as "pdf", storage's EF Core work as "state storage", and so on.
"""
import collections, sys
from speedscope import running_stacks

KINDS = [
    ("pdf (letters)", ("PdfSharp", "LetterPdfRenderer")),
    ("state storage (EfCoreStorage: EF Core, SQLite, JSON)", ("EfCoreStorage",)),
    ("bot state (BotState load/save, hashing, typed values)", ("Microsoft.Bot.Builder.BotState",)),
    ("other queries (EF Core)", ("EntityFrameworkCore", "Sqlite")),
    ("SDK clients made per turn (ConnectorClient, UserTokenClient)", ("ConnectorFactoryImpl", "CreateUserTokenClient")),
    ("dialogs (engine, prompts, texts, recognizers)", ("RecordsBot.Dialogs", "Recognizers")),
    ("RecordsBot handlers", ("RecordsBot!",)),
    ("JSON (Newtonsoft)", ("Newtonsoft",)),
]

root = sys.argv[2] if len(sys.argv) > 2 else "CloudAdapterBase.ProcessActivityAsync"
kinds, total = collections.Counter(), 0.0
for names, span in running_stacks(sys.argv[1]):
    under = [i for i, n in enumerate(names) if root in n]
    if under:
        sub = names[under[0] + 1:]
        kind = next((k for k, pats in KINDS if any(p in n for n in sub for p in pats)), "other (adapter, ASP.NET, HTTP)")
        kinds[kind] += span
        total += span

print(f"running time under {root}: {total:.0f} ms sampled")
for kind, t in kinds.most_common():
    print(f"{100 * t / total:5.1f}%  {kind}")
