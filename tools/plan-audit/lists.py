#!/usr/bin/env python3
"""Audit of the plan parser's lists without labels (session 21, issue 14).

Runs `thidua plan parse` on each text and compares what the text itself says there is to find
with what the parser gave: a group listed after "gồm / bao gồm / gồm có" or a colon, "gồm N đơn
vị", "N nội dung / chỉ tiêu / tiêu chí" with a list, "N tập thể / cá nhân / đơn vị … được/đạt", a
unit beside "Cụm trưởng / Khối trưởng / Cụm phó / Khối phó". Also cheap precision checks on the
lists (empty or dangling items, duplicates, a quote inside a measure). One line a flag:
text<TAB>check<TAB>evidence<TAB>output. A flag is a place to read, not a verdict.

Usage: tools/plan-audit/lists.py [--bin build/thidua] DIR_OR_FILE...
"""
import json
import re
import subprocess
import sys

import audit_common

NUM = r"(\d{1,3}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
WORDNUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
GROUP = r"(Cụm|Khối|cụm|khối)( thi đua)?"
UNIT_NOUNS = r"(đơn vị|tỉnh|thành phố|huyện|quận|xã|phường|sở|trường|doanh nghiệp|cơ quan|thành viên|Công an)"
DANGLING = {"và", "của", "các", "với", "cho", "tại", "trong", "là", "được", "để", "gồm", "như"}


def num(s):
    s = s.lower()
    return int(s) if s.isdigit() else WORDNUM.get(s)


def sentences(text):
    # Good enough for cues: split at . ; ! ? followed by space+capital or newline.
    for para in text.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“\"])", para):
            if s.strip():
                yield s.strip()


def list_items(tail):
    """Items of a list written after a colon or "gồm": up to the sentence's end or a clause."""
    tail = re.split(r"[.;]\s|\)\s|\s(?:đã|tổ chức|cùng|với mục|nhằm)\s", tail + " ")[0]
    # Commas only: "và" joins names too ("Sở Tài nguyên và Môi trường"), so the last pair counts once.
    parts = [p.strip() for p in re.split(r",|;", tail) if p.strip()]
    return parts


def audit(path, out):
    text = open(path, encoding="utf-8").read()
    flags = []

    def flag(check, evidence, output):
        flags.append((check, evidence[:140], str(output)[:160]))

    group = out.get("group") or {}
    members = group.get("members") or []
    leader = group.get("leader")
    deputy = group.get("deputy")
    contents = out.get("contents") or []
    targets = out.get("targets") or []
    counts = out.get("counts") or []

    for s in sentences(text):
        # 1. A group followed by gồm/bao gồm and a list (or a colon and a list).
        m = re.search(GROUP + r"[^.:;]{0,80}?\b(bao gồm|gồm có|gồm)\s*(:)?\s*(" + NUM + r"\s+[^:,]{0,30}:)?\s*(.+)", s)
        if m:
            items = list_items(m.group(m.lastindex))
            capital = [i for i in items if re.match(r"[A-ZĐÀ-Ỹ]", i) or re.match(r"(Công an|Sở|Hội|Trường|UBND|Ban)", i)]
            if len(capital) >= 3 and len(members) < len(capital):
                flag("members<list", s[m.start():], f"{len(members)} members vs {len(capital)} items: {members}")
            # A listed name holding "và" cut in two ("Văn phòng Đoàn ĐBQH và HĐND tỉnh").
            for item in items[:-1]:
                if " và " in item:
                    left, right = item.split(" và ", 1)
                    if left.strip() in members and right.strip() in members:
                        flag("member-split-at-và", item, members)
        # 2. "gồm N đơn vị" / "N đơn vị thành viên".
        for m in re.finditer(r"\b(gồm|bao gồm|có)\s+" + NUM + r"\s+" + UNIT_NOUNS, s):
            n = num(m.group(2))
            if n and 2 <= n <= 30 and re.search(GROUP, s) and len(members) != n:
                flag("members!=N", m.group(0) + " … " + s[:80], f"{len(members)} members")
        # 3. "N nội dung / chỉ tiêu / tiêu chí" followed by a list.
        for m in re.finditer(NUM + r"\s+(nội dung|chỉ tiêu|tiêu chí|nhiệm vụ trọng tâm|giải pháp)\b([^:]{0,40}):", s):
            n = num(m.group(1))
            kind = m.group(2)
            got = len(contents) if kind in ("nội dung", "nhiệm vụ trọng tâm", "giải pháp") else len(targets)
            if n and 2 <= n <= 20 and got < n:
                flag(kind.replace(" ", "_") + "<N", s[m.start():m.start() + 100], f"{got} given")
        # 4. "N tập thể / cá nhân … được/đạt".
        for m in re.finditer(NUM + r"\s+(tập thể|cá nhân|đơn vị|học sinh|hộ|đồng chí|cán bộ)\b[^.;]{0,80}?\b(được|đạt|nhận)\b", s):
            n = num(m.group(1))
            if n and not any(c.get("value") == n for c in counts):
                flag("count-missing", s[m.start():m.start() + 100], [(c.get("value"), c.get("what")) for c in counts][:6])
        # 5. A unit beside the group's role.
        for m in re.finditer(r"(là|làm|giữ vai trò|đơn vị|[-–(])\s*(Cụm|Khối|cụm|khối)\s*(trưởng|phó)|(Trưởng|trưởng|Phó|phó)\s+(cụm|khối|Cụm|Khối)\b", s):
            role = (m.group(3) or m.group(4) or "").lower()
            slot = deputy if role == "phó" else leader
            if slot is None and not re.search(r"\bbầu\b", s[:m.start()]):
                flag("role-missing", s[max(0, m.start() - 60):m.end() + 10], f"leader={leader} deputy={deputy}")

    # Precision: empty, dangling, duplicated items; a quote or a year inside a target's measure.
    for name, items in (("members", members), ("contents", contents)):
        seen = set()
        for it in items:
            words = it.split()
            if not words:
                flag(name + "-empty", "", it)
            elif words[-1].lower() in DANGLING or words[0].lower() in DANGLING - {"các"}:
                flag(name + "-dangling", "", it)
            if it.lower() in seen:
                flag(name + "-duplicate", "", it)
            seen.add(it.lower())
    for t in targets:
        mtext = t.get("measure") or ""
        if re.search(r"[”“\"]", mtext):
            flag("target-quote", "", mtext)
    for c in counts:
        if re.search(r"\b(tổng|trị giá|với|gồm)\b", c.get("what") or ""):
            flag("count-what", "", (c.get("value"), c.get("what")))
    return flags


def main():
    args = audit_common.parse_args(audit_common.parser(__doc__))
    files = audit_common.texts(args.paths)
    total = 0
    for path in files:
        r = subprocess.run([args.bin, "plan", "parse", path], capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{path}\texit\t{r.returncode}\t{r.stderr.strip()[:120]}")
            total += 1
            continue
        for check, evidence, output in audit(path, json.loads(r.stdout)):
            print(f"{path}\t{check}\t{evidence}\t{output}")
            total += 1
    print(f"# {total} flags on {len(files)} texts", file=sys.stderr)


if __name__ == "__main__":
    main()
