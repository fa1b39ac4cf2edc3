"""What the plan audits share (issue 14, session 21): run `thidua plan parse` on every text of the
given directories or files and print each flag a text's check returns, then a count by check.

    run(sys.argv[1:], check)   # check(path, parsed_json) -> lines "text\tcheck\tevidence\toutput"
"""
import json
import os
import subprocess


def run(argv, check):
    binary = "build/thidua"
    if len(argv) > 1 and argv[0] == "--bin":
        binary, argv = argv[1], argv[2:]
    files = []
    for a in argv:
        if os.path.isdir(a):
            files += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith(".txt"))
        else:
            files.append(a)
    total, counts = 0, {}
    for f in files:
        r = subprocess.run([binary, "plan", "parse", f], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{os.path.basename(f)}\tEXIT-{r.returncode}\t{r.stderr.strip()[:140]}\t")
            continue
        for line in check(f, json.loads(r.stdout)):
            print(line)
            total += 1
            k = line.split("\t")[1]
            counts[k] = counts.get(k, 0) + 1
    print(f"# {len(files)} texts, {total} flags: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
