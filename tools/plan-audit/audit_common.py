"""What the plan audits share (issue 14, session 21): the command line every audit takes, and
running `thidua plan parse` on every text of the given directories or files, printing each flag a
text's check returns, then a count by check.

    run(sys.argv[1:], check, __doc__)   # check(path, parsed_json) -> lines "text\tcheck\tevidence\toutput"

(s22-tidy) `parser(__doc__)` is the one argument parser of every audit (lead, dates, orgs, people,
lists, gate): `--bin`, the texts, and `--help` printing the audit's own description.
"""
import argparse
import json
import os
import subprocess


def parser(doc):
    """`--bin BINARY` and one or more texts or directories of texts; `--help` prints `doc`."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="build/thidua", help="the thidua binary (default: build/thidua)")
    ap.add_argument("paths", nargs="+", metavar="DIR_OR_FILE", help="a text (.txt) or a directory of texts")
    return ap


def parse_args(ap, argv=None):
    """The arguments, with a clear usage error (exit 2) for a binary that is not there."""
    args = ap.parse_args(argv)
    if not os.access(args.bin, os.X_OK):
        ap.error(f"no thidua binary at {args.bin} (build it, or give --bin)")
    return args


def texts(paths):
    """The .txt files of each directory, in name order, and each file as given."""
    files = []
    for a in paths:
        if os.path.isdir(a):
            files += sorted(os.path.join(a, f) for f in os.listdir(a) if f.endswith(".txt"))
        else:
            files.append(a)
    return files


def run(argv, check, doc=None):
    args = parse_args(parser(doc), argv)
    files = texts(args.paths)
    total, counts = 0, {}
    for f in files:
        r = subprocess.run([args.bin, "plan", "parse", f], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{os.path.basename(f)}\tEXIT-{r.returncode}\t{r.stderr.strip()[:140]}\t")
            continue
        for line in check(f, json.loads(r.stdout)):
            print(line)
            total += 1
            k = line.split("\t")[1]
            counts[k] = counts.get(k, 0) + 1
    print(f"# {len(files)} texts, {total} flags: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
