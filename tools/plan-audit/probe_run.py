#!/usr/bin/env python3
"""Run a hand-labelled probe battery (tools/plan-audit/probes/*.json) through `thidua plan parse`.

    tools/plan-audit/probe_run.py [--bin build/thidua] [-v] BATTERY.json

Each item: {"name", "text", "organizers": [...], optional "kind"}. Prints the passages whose
organizers (as a set) or event kind differ from the labels, then the score.
"""
import json
import subprocess
import sys


def main(argv):
    binary, verbose, files = "build/thidua", False, []
    it = iter(argv)
    for a in it:
        if a == "--bin":
            binary = next(it)
        elif a == "-v":
            verbose = True
        else:
            files.append(a)
    org_ok = kind_ok = kind_n = n = 0
    for path in files:
        for item in json.load(open(path, encoding="utf-8")):
            n += 1
            out = json.loads(subprocess.run([binary, "plan", "parse", "-"], input=item["text"],
                                            capture_output=True, text=True, check=True).stdout)
            got = out.get("organizers") or []
            good = sorted(got) == sorted(item["organizers"])
            org_ok += good
            kgood = True
            if "kind" in item:
                kind_n += 1
                kgood = (out.get("event") or {}).get("kind") == item["kind"]
                kind_ok += kgood
            if not good or (verbose and not kgood):
                print(f"{item['name']}: organizers {got} want {item['organizers']}")
            if verbose and not kgood:
                print(f"  kind {(out.get('event') or {}).get('kind')} want {item['kind']}")
    print(f"organizers {org_ok}/{n}, event.kind {kind_ok}/{kind_n}")


if __name__ == "__main__":
    main(sys.argv[1:])
