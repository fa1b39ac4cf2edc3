#!/usr/bin/env python3
"""Runs hand-labelled probe batteries (tools/plan-audit/probes/*.json) through `thidua plan parse`
and scores the fields each passage is labelled with (session 23, issue 14).

A battery is a JSON list of passages written by an engineer and labelled by the Conventions before
the parser was run on them: {"id" or "name", "text", and any of "organizers" (a list, compared as a
set), "kind" (the event's kind), "group" ({"name", "leader", "deputy", "members"}: members compared
as a set; members, leader and deputy scored together, the name apart), "contents" (a list; its
items compared as a set, folded as `plan eval` folds them: case, marks and punctuation aside; an
empty list is a passage that must yield none)}. `-v` prints each passage
that fails, field by field. The batteries of session 23: organizers-s23.json (s23-orgs),
members-s23.json (s23-probe); of session 24: members-s24.json (s24-lists), contents-s24.json
(s24-contents).

    python3 tools/plan-audit/probe_run.py [--bin build/thidua] [-v] BATTERY.json…
"""
import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter


def parse(binary, text):
    out = subprocess.run([binary, "plan", "parse", "-"], input=text + "\n", capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def fold(s):
    """An item as `plan eval` compares it: marks off, lower case, punctuation as spaces."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def score(item, out):
    """The (field, right, got, want) of each field the item is labelled with."""
    rows = []
    if "organizers" in item:
        got = out.get("organizers") or []
        rows.append(("organizers", sorted(got) == sorted(item["organizers"]), got, item["organizers"]))
    if "kind" in item:
        got = (out.get("event") or {}).get("kind")
        rows.append(("event.kind", got == item["kind"], got, item["kind"]))
    if "group" in item:
        g, want = out.get("group") or {}, item["group"]
        got = {"members": sorted(g.get("members") or []), "leader": g.get("leader"), "deputy": g.get("deputy")}
        wanted = {"members": sorted(want.get("members") or []), "leader": want.get("leader"), "deputy": want.get("deputy")}
        rows.append(("group", got == wanted, got, wanted))
        rows.append(("group.name", g.get("name") == want.get("name"), g.get("name"), want.get("name")))
    if "contents" in item:
        got = out.get("contents") or []
        rows.append(("contents", sorted(map(fold, got)) == sorted(map(fold, item["contents"])), got, item["contents"]))
    return rows


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="build/thidua", help="the thidua binary (default: build/thidua)")
    ap.add_argument("-v", action="store_true", help="print each failing passage, field by field")
    ap.add_argument("batteries", nargs="+", metavar="BATTERY.json")
    args = ap.parse_args(argv)
    if not os.access(args.bin, os.X_OK):
        ap.error(f"no thidua binary at {args.bin} (build it, or give --bin)")
    right, total = Counter(), Counter()
    for path in args.batteries:
        for item in json.load(open(path, encoding="utf-8")):
            for field, ok, got, want in score(item, parse(args.bin, item["text"])):
                total[field] += 1
                right[field] += ok
                if args.v and not ok:
                    print(f"{item.get('id') or item.get('name')}: {field} got {got!r}\n{'':>4}want {want!r}")
    print(", ".join(f"{f} {right[f]}/{total[f]}" for f in total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
