#!/usr/bin/env python3
"""Run a probe battery (JSON list of {id, text, group}) through `thidua plan parse` and score the
group's members, leader and deputy (and, separately, its name).

usage: run_members.py BATTERY.json [--bin build/thidua] [-v]"""
import argparse, json, os, subprocess, sys, tempfile

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("battery")
    ap.add_argument("--bin", default="build/thidua")
    ap.add_argument("-v", action="store_true", help="print every failing passage")
    a = ap.parse_args()
    cases = json.load(open(a.battery, encoding="utf-8"))
    ok = name_ok = 0
    with tempfile.TemporaryDirectory() as d:
        for c in cases:
            p = os.path.join(d, "t.txt")
            open(p, "w", encoding="utf-8").write(c["text"] + "\n")
            out = json.loads(subprocess.run([a.bin, "plan", "parse", p], capture_output=True, text=True, check=True).stdout)
            g = out.get("group") or {}
            want = c["group"]
            got = {"members": g.get("members") or [], "leader": g.get("leader"), "deputy": g.get("deputy")}
            good = (sorted(got["members"]) == sorted(want["members"]) and got["leader"] == want["leader"]
                    and got["deputy"] == want["deputy"])
            ok += good
            name_ok += g.get("name") == want["name"]
            if a.v and not good:
                print(f"FAIL {c['id']}")
                for k in ("members", "leader", "deputy"):
                    if (sorted(got[k]) if k == "members" else got[k]) != (sorted(want[k]) if k == "members" else want[k]):
                        print(f"   {k}: got {got[k]!r}\n   {' ' * len(k)}  want {want[k]!r}")
    print(f"members+leader+deputy {ok}/{len(cases)}; name {name_ok}/{len(cases)}")

if __name__ == "__main__":
    main()
