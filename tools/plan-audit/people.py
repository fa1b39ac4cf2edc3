#!/usr/bin/env python3
"""Recall audit of people and counts, without labels (issue 14, session 21).

Runs `thidua plan parse` on every text of the given directories (or files) and compares the
surface evidence of the text (a rank before a name, a title beside a name, a number before an
award noun and a verb of commendation) with the output's `people` and `counts`. One line per
flag: text, check, evidence, output. A flag is a question to read against the text: the
Conventions (tests/fixtures/plans/README.md) decide many counts null (attendance, results of a
period, "trong đó", shares, earlier years).

    tools/plan-audit/people.py [--bin build/thidua] DIR_OR_FILE...

Checks (R = the output may miss something; P = the output holds something doubtful):
  R-rank-name     a rank ("Đại tá", "Thiếu tướng" …) followed by a capitalised name: that name
                  among people
  R-title-after   "đồng chí/ông/bà NAME, TITLE" (TITLE opens with an office word): NAME among
                  people and the title's first two words in its position
  R-title-before  "TITLE NAME" where TITLE is an office ending in a place and NAME is two to four
                  capitalised syllables: NAME among people
  R-count-award   a number + award noun (tập thể, cá nhân, gia đình, học sinh, hộ, đơn vị …) with
                  a verb of commendation within its clause: a count with that value
  P-pos-verb      a position holding a verb ("phát biểu", "trao", "tặng", "chủ trì", "cho biết")
  P-pos-name      a position holding another person's name
  P-pos-abbrev    a position holding an abbreviation the Conventions write out (PGĐ, PCT, CAX …)
  P-count-verb    a count's noun holding a verb or running past its clause (> 12 words)
  P-count-dup     the same value and noun twice
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import audit_common  # noqa: E402

UP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
LO = "a-zđâăêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
SYL = f"[{UP}][{LO}]+"
NAME = f"{SYL}(?: {SYL}){{1,3}}"
RANK = (r"(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|"
        r"Đại úy|Đại uý|Thượng úy|Thượng uý|Trung úy|Trung uý|Thiếu úy|Thiếu uý)")
OFFICE = (r"(?:Phó |Nguyên )?(?:Giám đốc|Chủ tịch|Bí thư|Trưởng|Chánh|Chỉ huy trưởng|Thứ trưởng|"
          r"Bộ trưởng|Cục trưởng|Tổng cục trưởng|Ủy viên|Uỷ viên|Chính ủy|Chính uỷ|Tư lệnh|"
          r"Hiệu trưởng|Tổng Giám đốc|PGĐ|GĐ|PCT|PBT|UVBTV|Đội trưởng|Viện trưởng)")
AWARD_NOUN = r"(?:tập thể|cá nhân|gia đình|học sinh|hộ|đơn vị|hộ gia đình|cán bộ|đoàn viên|hội viên|gương|điển hình)"
AWARD_VERB = (r"(?:được tặng|được trao|được nhận|được khen|khen thưởng|tặng Giấy khen|tặng Bằng khen|"
              r"nhận Giấy khen|nhận Bằng khen|được tuyên dương|được biểu dương|vinh danh|tôn vinh)")
POS_VERB = r"\b(?:phát biểu|trao tặng|trao|tặng|chủ trì|cho biết|nhấn mạnh|khẳng định|đề nghị)\b"
POS_ABBREV = r"(?<![\w.])(?:PGĐ|GĐ|PCT|PBT|UVBTV|BTV|CAX|CAP|CAH|CAT|CATP|BR-VT)(?![\w])"
SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Đinh", "Đào", "Lương", "Trương", "Tạ", "Mai", "Lâm", "Tô", "Vương",
            "Triệu", "Trịnh", "Đoàn", "Lưu", "Châu", "Thân", "Quách", "Hứa", "Khúc", "Nông", "Lò", "Cầm"}
NOT_NAME = {"Công", "Ủy", "Uỷ", "Ban", "Hội", "Sở", "Bộ", "Phòng", "Cục", "Đảng", "Tỉnh", "Huyện",
            "Thành", "Xã", "Phường", "Quận", "Đoàn", "Trung", "Cụm", "Khối", "Đội", "Trường", "Nhà",
            "Lễ", "Giám", "Chủ", "Phó", "Trưởng", "Mặt", "Liên", "Văn", "Tổng", "Cảnh", "Bảo",
            "Viện", "Sư", "Lữ", "Trung", "Chi", "Tiểu", "Ngày", "Tháng", "Năm", "Học", "Thi", "Huân",
            "Bằng", "Giấy", "Cờ", "Chiến", "Anh", "Nhân", "Quân", "Thượng", "Đại", "Thiếu"}


def names(out):
    return [p.get("name") or "" for p in out.get("people") or []]


def person(out, name):
    for p in out.get("people") or []:
        n = p.get("name") or ""
        if n and (n == name or n in name or name in n):
            return p
    return None


def clauses(text):
    return [c for c in re.split(r"[.;:\n]\s|\n", text) if c.strip()]


def check(path, out):
    text = open(path, encoding="utf-8").read()
    name = os.path.basename(path).rsplit(".", 1)[0]
    flags = []
    seen = set()

    def flag(check, evidence, output):
        key = (check, evidence)
        if key in seen:
            return
        seen.add(key)
        flags.append(f"{name}\t{check}\t{evidence[:140]}\t{json.dumps(output, ensure_ascii=False)[:160]}")

    people = out.get("people") or []
    # R-rank-name
    for m in re.finditer(RANK + r"\s+(" + NAME + r")", text):
        n = m.group(1)
        if n.split()[0] in NOT_NAME:
            continue
        if not person(out, n):
            flag("R-rank-name", m.group(0), names(out))
    # R-title-after
    for m in re.finditer(r"(?:[Đđ]ồng chí|\bông|\bbà)\s+(" + NAME + r")\s*,\s*(" + OFFICE + r"[^,.;()\n]{0,80})", text):
        n, title = m.group(1), m.group(2).strip()
        if n.split()[0] in NOT_NAME:
            continue
        p = person(out, n)
        if not p:
            flag("R-title-after", m.group(0), names(out))
            continue
        head = " ".join(title.split()[:3])
        if head not in (p.get("position") or "") and not re.match(r"PGĐ|GĐ|PCT|PBT|UVBTV", head):
            flag("R-title-after-pos", m.group(0), p)
    # R-title-before
    for m in re.finditer(r"(?:" + RANK + r"\s+)?(" + OFFICE + r"[^,.;()\n]{3,70}?(?:tỉnh|huyện|xã|phường|"
                         r"thành phố|quận|Bộ Công an|Trung ương)(?: " + SYL + r")*)\s+(" + NAME + r")(?=[\s,.;()])",
                         text):
        n = m.group(2)
        if n.split()[0] not in SURNAMES or len(n.split()) < 2:
            continue
        if not person(out, n):
            flag("R-title-before", m.group(0), names(out))
    # R-count-award
    for c in clauses(text):
        for m in re.finditer(r"(?<![\d/.,])(\d{1,3}(?:\.\d{3})*|\d+)\s+(" + AWARD_NOUN + r")\b", c):
            rest = c[m.end():m.end() + 140]
            if not re.search(AWARD_VERB, rest) and not re.search(AWARD_VERB, c[max(0, m.start() - 60):m.start()]):
                continue
            # the Conventions' parts after "trong đó" and shares "45/50" are no counts
            if re.search(r"trong đó|/\s*$", c[max(0, m.start() - 40):m.start()]):
                continue
            v = int(m.group(1).replace(".", ""))
            if not any(k.get("value") == v for k in out.get("counts") or []):
                flag("R-count-award", c[max(0, m.start() - 40):m.end() + 60].strip(), out.get("counts"))
    # P checks on people
    allnames = names(out)
    for p in people:
        pos = p.get("position") or ""
        if re.search(POS_VERB, pos):
            flag("P-pos-verb", pos, p)
        for other in allnames:
            if other and other != p.get("name") and other in pos:
                flag("P-pos-name", pos, p)
        if re.search(POS_ABBREV, pos):
            flag("P-pos-abbrev", pos, p)
    # P checks on counts
    dup = set()
    for k in out.get("counts") or []:
        w = k.get("what") or ""
        if re.search(r"\b(?:được|đã|tham gia|nhận|tặng|trao)\b", w) or len(w.split()) > 12:
            flag("P-count-verb", w, k)
        key = (k.get("value"), w.lower())
        if key in dup:
            flag("P-count-dup", w, k)
        dup.add(key)
    return flags


if __name__ == "__main__":
    audit_common.run(sys.argv[1:], check, __doc__)
