"""Does the parser read the language, or the texts it was shown? (session 28, issue 14)

Each labelled text is changed the way another text of the same kind would differ — another province,
another year, a headline in capitals, "bao gồm" for "gồm", a body of another sector, members written
with one head or each in full — and its expected JSON is changed the same way, so that the right
reading of the changed text is known. Both the text as it is and the changed text are scored with
`thidua plan eval --failures`; a field whose failures grow under a change is a rule that keyed on the
wording of the texts it was written from, not on the pattern of the language. Unlike
invariance.py (the same text pasted differently), these changes make a new text whose labels are
known, so they measure what a fresh text would: how much of what is read survives another place,
another year, another house style. (Changes that keep the labels as they are and need none — quotes,
dashes, dates with dashes, "Thi đua" in capitals — are invariance.py's.)

    python3 tools/plan-audit/metamorphic.py [--bin build/thidua] [--only place,year] [--details] DIR...

Prints, per change, the texts it applies to, fields right before → after over those texts, and
(--details) each text and field that lost (or gained) a right reading.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
LEXICON = os.path.join(HERE, "..", "..", "src", "text", "plan", "lexicon_data.cpp")


def fold_char(c):
    """One character folded to one: accents off, đ → d, lower case (so that positions line up)."""
    if c in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", c)[0]
    return base.lower() if len(base) == 1 else c.lower()


def fold(s):
    return "".join(fold_char(c) for c in s)


def provinces():
    """The provinces' own names from the lexicon (not its abbreviations and variants: a variant
    `{"Đắc Lắc", 0, "Đắk Lắk"}` names the canonical form third)."""
    src = open(LEXICON, encoding="utf-8").read()
    block = src[src.index("const Entry kProvinces[]"):]
    block = block[: block.index("};")]
    names, cities, variants = [], set(), {}
    for m in re.finditer(r'\{"([^"]+)"(?:, *(\w+))?(?:, *"([^"]+)")?\}', block):
        # Not "Huế" (a city inside Thừa Thiên Huế) nor "Hồ Chí Minh" (a person's name as often: "Đoàn TNCS Hồ
        # Chí Minh", "tư tưởng Hồ Chí Minh"): the change would rename what is no province.
        if m.group(3) is None and not re.fullmatch(r"[A-Z]+", m.group(1)) and m.group(1) not in ("Huế", "Hồ Chí Minh"):
            names.append(m.group(1))
            if m.group(2) == "kCentralCity":
                cities.add(m.group(1))
        else:
            variants.setdefault(m.group(3) or m.group(1), []).append(m.group(1))
    return names, cities, variants


PROVINCES, CITIES, VARIANTS = provinces()
LETTER = r"[^\W\d_]"


def name_pattern(names):
    """One pattern of the names folded, longest first, each a whole word."""
    alts = "|".join(re.escape(fold(n)).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<!" + LETTER + r")(?:" + alts + r")(?!" + LETTER + r")")


PROVINCE_PATTERN = name_pattern(PROVINCES)
BY_FOLD = {re.sub(r"\s+", " ", fold(n)): n for n in PROVINCES}


def find_names(text, longer=None):
    """(start, end, province) of each whole-word mention of a province, matched folded (so that
    "Đăk Lăk" is "Đắk Lắk" and "Hoà" is "Hòa") and written with its capital. A mention a capitalised
    word follows may start a longer name ("phường Phú Thọ Hòa"): it is left out, and added to `longer`."""
    f = fold(text)
    out = []
    for m in PROVINCE_PATTERN.finditer(f):
        if not text[m.start()].isupper():
            continue
        name = BY_FOLD[re.sub(r"\s+", " ", m.group(0))]
        if re.match(r" [^\W\d_]", text[m.end():m.end() + 2]) and text[m.end() + 1].isupper() and not text[m.start():m.end()].isupper():
            if longer is not None:
                longer.add(name)
            continue
        out.append((m.start(), m.end(), name))
    return out


def replace_spans(text, spans, new):
    """Each span replaced by its new name, in capitals where the text writes the old one so."""
    out, last = [], 0
    for a, b, name in spans:
        out += [text[last:a], new[name].upper() if text[a:b].isupper() else new[name]]
        last = b
    return "".join(out + [text[last:]])


def map_strings(value, fn):
    """Every string of a JSON value changed by fn."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [map_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: map_strings(v, fn) for k, v in value.items()}
    return value


def strings(value):
    """Every string of a JSON value."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    return []


def place(text, expected, name):
    """Each province the text names becomes another the text does not name (chosen by the text's
    name, so that a run is repeatable), in the text and in every expected string: a province for a
    province, a city of the centre for a city ("tỉnh Hà Nội" is no name)."""
    longer = set()
    found = {n for _, _, n in find_names(text, longer)}
    if found & longer:
        return None  # a province also written as the start of a longer name: which mention is which is unsure
    labelled = {n for s in strings(expected) for _, _, n in find_names(s)}
    if not found or not labelled <= found or len(found) > len(PROVINCES) // 3:
        return None  # no province, a label naming one the text does not write, or too many to swap
    if any(re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text) for p in found for v in VARIANTS.get(p, [])):
        return None  # "BR-VT", "TPHCM": a province written short too would not change with it
    seed = zlib.crc32(name.encode())
    new = {}
    for i, p in enumerate(sorted(found)):
        free = [q for q in PROVINCES if q not in found and q not in new.values() and (q in CITIES) == (p in CITIES)]
        new[p] = free[(seed + 7 * i) % len(free)] if free else p
    swap = lambda s: replace_spans(s, find_names(s), new)  # noqa: E731
    return swap(text), map_strings(expected, swap)


YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-3]\d)(?![\d])")
ISO = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")


def year(text, expected, name):
    """Every year a year later, in the text and the labels (ISO dates included); texts naming a
    29 February are left out (the day would not exist)."""
    if not YEAR.search(text) or re.search(r"29\s*[/.-]\s*0?2\b|-02-29", text + json.dumps(expected)):
        return None
    later = lambda s: YEAR.sub(lambda m: str(int(m.group(1)) + 1), s)  # noqa: E731

    def label(s):
        m = ISO.match(s)
        return f"{int(m.group(1)) + 1}-{m.group(2)}-{m.group(3)}" if m else later(s)
    return later(text), map_strings(expected, label)


def caps_head(text, expected, name):
    """The headline (the first line, when it is one: short, no full stop at its end) in capitals,
    as many pages print it; labels stay (fields are scored without case)."""
    lines = text.split("\n")
    i = next((k for k, line in enumerate(lines) if line.strip()), None)
    if i is None or lines[i].upper() == lines[i] or len(lines[i]) > 200 or lines[i].rstrip().endswith("."):
        return None
    lines[i] = lines[i].upper()
    return "\n".join(lines), expected


INCLUDES = re.compile(r"(?<!bao )\bgồm\b")


def includes(text, expected, name):
    """"gồm" written "bao gồm", where no label holds the word."""
    if not INCLUDES.search(text) or "gồm" in json.dumps(expected, ensure_ascii=False):
        return None
    return INCLUDES.sub("bao gồm", text), expected


# Bodies of one form in other sectors, each pair swapped both ways in the text and its labels: a
# rule that reads one and not the other has learnt a sector, not the form.
SECTORS = [("Viện kiểm sát nhân dân", "Tòa án nhân dân"), ("VKSND", "TAND"),
           ("Hội Nông dân", "Hội Cựu chiến binh"), ("Sở Tư pháp", "Sở Y tế"), ("Sở Nội vụ", "Sở Công Thương"),
           ("Cục Thuế", "Cục Hải quan"), ("Chi cục Thuế", "Chi cục Thống kê"), ("Liên đoàn Lao động", "Hội Liên hiệp Phụ nữ"),
           ("Cảnh sát PCCC", "Cảnh sát giao thông"), ("Bộ Chỉ huy Bộ đội Biên phòng", "Bộ Chỉ huy Quân sự")]


def sector(text, expected, name):
    """Each body named in SECTORS written as its pair (both ways at once) — left out where a label
    names one the text does not write as the label does (an abbreviation written out, "Bộ CHQS" for
    "Bộ Chỉ huy Quân sự": swapped in the label only) or where the name is part of a compound ("PCCC&CNCH")."""
    table = {a: b for a, b in SECTORS} | {b: a for a, b in SECTORS}
    pat = re.compile(r"(?<!" + LETTER + r")(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
                     + r")(?![\w&])")
    if not pat.search(text) or any(pat.search(s) and s not in text for s in strings(expected)):
        return None
    swap = lambda s: pat.sub(lambda m: table[m.group(1)], s)  # noqa: E731
    return swap(text), map_strings(expected, swap)


LEVELS = ["thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"]
LEVEL_AT = re.compile(r"^(.+?) (" + "|".join(LEVELS) + r") (\S.*)$")
NAMES_AFTER = r"((?:[^\W\d_][^,;.:()]*?)(?:, (?:[^\W\d_][^,;.:()]*?))*,? và (?:[^\W\d_][^,;.:()]*?))(?=[.;,()\n]| là | thuộc | đã | tổ chức | cùng )"


def heads(text, expected, name):
    """Members written with one head for all ("Công an các tỉnh A, B và C") written each in full
    ("Công an tỉnh A, Công an tỉnh B và Công an tỉnh C"), and members written each in full written with
    one head — only where every member so written is one of the labels' members, which stay."""
    members = set(((expected.get("group") or {}).get("members") or []))
    parts = [LEVEL_AT.match(m) for m in members]
    pairs = {(p.group(1), p.group(2)) for p in parts if p}
    for head, level in sorted(pairs):
        shared = re.compile(re.escape(head) + r" các " + level + r":? " + NAMES_AFTER)
        for m in shared.finditer(text):
            if re.search(r"(,| và| hoặc) $", text[:m.start()]):
                continue  # one of several heads sharing the places ("Công an, Cảnh sát PCCC các tỉnh …")
            names = re.split(r", và |, | và ", m.group(1))
            if len(names) >= 2 and all(f"{head} {level} {n}" in members for n in names):
                full = [f"{head} {level} {n}" for n in names]
                return text[:m.start()] + ", ".join(full[:-1]) + " và " + full[-1] + text[m.end():], expected
        each = re.compile("(?:" + re.escape(head) + " " + level + r" [^,;.:()]+?, )+" + re.escape(head) + " " + level
                          + r" [^,;.:()]+? và " + re.escape(head) + " " + level + r" [^,;.:()]+?(?=[.;,()\n]| là | đã )")
        for m in each.finditer(text):
            full = re.split(r", | và ", m.group(0))
            if len(full) >= 3 and all(f in members for f in full):
                names = [f[len(head) + len(level) + 2:] for f in full]
                return (text[:m.start()] + f"{head} các {level} " + ", ".join(names[:-1]) + " và " + names[-1]
                        + text[m.end():]), expected
    return None


CHANGES = {"place": place, "year": year, "caps-head": caps_head, "includes": includes, "sector": sector,
           "heads": heads}


def failures(binary, directory):
    """{(text, field): number of failures} from `thidua plan eval --failures DIR`, and the total line."""
    r = subprocess.run([binary, "plan", "eval", "--failures", directory], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"plan eval failed on {directory}: {r.stderr.strip()}")
    counts, total = {}, ""
    for line in r.stdout.splitlines():
        m = re.match(r"  (\S+)\.txt, ([^:]+): ", line)
        if m:
            counts[(m.group(1), m.group(2))] = counts.get((m.group(1), m.group(2)), 0) + 1
        elif "fields right" in line:
            total = line.split("fields right:")[1].strip()
    return counts, total


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="build/thidua")
    ap.add_argument("--only", default="", help="comma-separated changes (default: all): " + ", ".join(CHANGES))
    ap.add_argument("--details", action="store_true", help="each text and field that lost or gained")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args(argv)
    if not os.access(args.bin, os.X_OK):
        ap.error(f"no thidua binary at {args.bin}")
    names = [n for n in args.only.split(",") if n] or list(CHANGES)
    for n in names:
        if n not in CHANGES:
            ap.error(f"no change {n}")
    texts = []
    for d in args.dirs:
        for f in sorted(os.listdir(d)):
            if f.endswith(".txt") and os.path.exists(os.path.join(d, f[:-4] + ".expected.json")):
                texts.append(os.path.join(d, f))
    with tempfile.TemporaryDirectory() as tmp:
        for change in names:
            before_dir, after_dir = os.path.join(tmp, change + "-before"), os.path.join(tmp, change + "-after")
            os.makedirs(before_dir)
            os.makedirs(after_dir)
            applied = []
            for path in texts:
                name = os.path.basename(path)[:-4]
                text = open(path, encoding="utf-8").read()
                expected = json.load(open(path[:-4] + ".expected.json", encoding="utf-8"))
                changed = CHANGES[change](text, expected, name)
                if changed is None:
                    continue
                applied.append(name)
                for d, (t, e) in ((before_dir, (text, expected)), (after_dir, changed)):
                    open(os.path.join(d, name + ".txt"), "w", encoding="utf-8").write(t)
                    json.dump(e, open(os.path.join(d, name + ".expected.json"), "w", encoding="utf-8"),
                              ensure_ascii=False, indent=2)
            if not applied:
                print(f"{change:11s} applies to no text")
                continue
            before, total_before = failures(args.bin, before_dir)
            after, total_after = failures(args.bin, after_dir)
            keys = sorted(set(before) | set(after))
            worse = sorted(k for k in keys if after.get(k, 0) > before.get(k, 0))
            better = sorted(k for k in keys if after.get(k, 0) < before.get(k, 0))
            same = len(applied) - len({k[0] for k in worse + better})
            print(f"{change:11s} {len(applied):4d} texts, {same} read alike; fields right {total_before} → "
                  f"{total_after}; {len(worse)} text fields worse, {len(better)} better")
            if args.details:
                for k in worse:
                    print(f"  worse  {k[0]}  {k[1]}: {before.get(k, 0)} → {after.get(k, 0)} failures")
                for k in better:
                    print(f"  better {k[0]}  {k[1]}: {before.get(k, 0)} → {after.get(k, 0)} failures")


if __name__ == "__main__":
    main(sys.argv[1:])
