"""Does the parse of a text survive the ways a text reaches the officer? (session 22, issue 14)

Each text is parsed as it is and after each change a paste or an export makes without changing what
it says — lines cut at 65, 80 or 110 columns as a PDF gives them, those cut lines with a blank line
after each, Windows line ends, decomposed accents (NFD), tab-indented lines, Word's symbol bullets —
and every field of the contract that differs is flagged. It works without labels: any text will do, and a flag is
a defect of reading, whatever the right answer is. `--summary` prints only the share of texts whose
fields all stay the same, by change. Session 22 found with it that text cut at a fixed width lost
ten points of fields on the development set (PlanPatterns61), and (s22-noise) that an article pasted
with its web page around it — menu, breadcrumb, stamp, share line, captions, tags, "Tin liên quan"
with other units' headlines, footer: the changes page-news, page-portal, page-paper — was read the same
in 0/348 texts (PlanPatterns62).

    python3 tools/plan-audit/invariance.py [--bin build/thidua] [--summary] [--only page-] DIR_OR_FILE...
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import textwrap
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import audit_common  # noqa: E402
import forms  # noqa: E402

FIELDS = ["title", "event", "organizers", "movement", "phases", "contents", "targets", "group", "people", "counts"]


def cut(width, blank=False):
    def change(text):
        out = []
        for line in text.split("\n"):
            out.extend(textwrap.wrap(line, width) if len(line) > width else [line])
        return ("\n\n" if blank else "\n").join(line for line in out if line.strip() or not blank)
    return change


def stamp(base, form):
    """The page's publication stamp on the day the text's own parse gives its event (a page is dated
    the day of its article), or a clock time alone when the text gives no day: a stamp names no
    other day than the article's, so that what differs is a defect of reading, not a new date."""
    day = ((base or {}).get("event") or {}).get("date")
    if not day:
        return "08:30"
    y, m, d = day.split("-")
    return form.format(d=d, m=m, y=y)


def page(top, after_title, captions, bottom, blank=False):
    """The text as a web page pastes it: `top` lines before the headline (the text's first line),
    `after_title` after it, a caption after the third and sixth lines of the body, `bottom` after the
    text; the text's own lines and blank lines kept. `top`, `after_title` and `bottom` are functions
    of the base parse (for the stamp) giving lines; `blank` puts a blank line between them (a caption
    keeps to the paragraph it follows)."""
    def change(text, base):
        sep = "\n\n" if blank else "\n"
        lines = text.rstrip("\n").split("\n")
        first = next(i for i, line in enumerate(lines) if line.strip())
        out, seen = [], 0
        for i, line in enumerate(lines):
            if i == first:
                out += [sep.join(top(base) + [line])] if top(base) else [line]
                out += [sep.join([""] + after_title(base))[1:]] if after_title(base) else []
                continue
            out.append(line)
            if line.strip():
                seen += 1
                if seen in (3, 6) and captions:
                    out.append(captions[0 if seen == 3 else 1 % len(captions)])
        out.append(("\n" if blank else "") + sep.join(bottom(base)))
        return "\n".join(out) + "\n"
    change.needs_base = True
    return change


# A news site: menu, breadcrumb, stamp and share line, captions, author, tags, related headlines of
# other units and days, the footer.
PAGE_NEWS = page(
    lambda b: ["Thời sự | Pháp luật | Kinh tế | Xã hội | Văn hóa | Thể thao", "Trang chủ > Tin tức > An ninh trật tự"],
    lambda b: [stamp(b, "Thứ Hai, {d}/{m}/{y} - 08:30"), "Chia sẻ   Bình luận (0)"],
    ["Quang cảnh hội nghị. Ảnh: PV", "Các đại biểu dự buổi lễ. Ảnh: Thanh Hà"],
    lambda b: ["Trần Minh Đức - Công an tỉnh Hà Giang",
               "Từ khóa: thi đua, Công an, phong trào",
               "Chia sẻ Facebook | In bài viết",
               "Tin liên quan",
               "Công an tỉnh Lào Cai phát động đợt thi đua cao điểm 100 ngày đêm (20/03/2019)",
               "Hội nghị ký kết giao ước thi đua Cụm thi đua số 7 năm 2019 (15/01/2019)",
               "Cụm thi đua số 2 tổng kết công tác thi đua năm 2018",
               "Bản quyền thuộc Báo Hà Giang",
               "Địa chỉ: Số 12 đường Nguyễn Trãi, thành phố Hà Giang",
               "Điện thoại: 0219.3866.123 - Email: toasoan@baohagiang.vn",
               "Giấy phép số 123/GP-BTTTT ngày 10/5/2021 của Bộ Thông tin và Truyền thông"])

# A government portal, its pieces a paragraph each: the portal's name in capitals, breadcrumb, stamp,
# view count, source, print line, the section's other news with their days, "Xem thêm", the footer.
PAGE_PORTAL = page(
    lambda b: ["CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH YÊN BÁI", "Trang chủ » Tin tức - Sự kiện » Hoạt động của Công an tỉnh"],
    lambda b: ["Cập nhật: " + stamp(b, "14:05 {d}/{m}/{y}"), "Lượt xem: 1.234"],
    ["(Ảnh: Hoàng Nam)"],
    lambda b: ["(Nguồn: Phòng Công tác đảng và công tác chính trị)",
               "In bài viết | Gửi email | Quay lại",
               "Tin cùng chuyên mục",
               "- Công an huyện Văn Chấn ra quân tấn công trấn áp tội phạm (05/02/2018)",
               "- Đoàn Thanh niên Công an tỉnh tổ chức Ngày hội thanh niên với văn hóa giao thông (28/01/2018)",
               "- Khối thi đua số 3 ký kết giao ước thi đua năm 2018 (10/01/2018)",
               "Xem thêm",
               "Bản quyền © Công an tỉnh Yên Bái. Giấy phép số 45/GP-TTĐT ngày 12/3/2020 của Sở Thông tin và Truyền thông.",
               "Địa chỉ: Đường Điện Biên, thành phố Yên Bái. Điện thoại: 069.2345.678"], blank=True)

# A newspaper's article as its body pastes: a "Xem thêm:" link and a credited caption inside the text,
# "Theo …" and the reporter at the end, other news under "Tin khác".
PAGE_PAPER = page(
    lambda b: [],
    lambda b: ["PV"],
    ["Xem thêm: Công an tỉnh Điện Biên phát động thi đua đặc biệt chào mừng 70 năm Chiến thắng Điện Biên Phủ",
     "Đồng chí lãnh đạo trao Bằng khen cho các tập thể có thành tích xuất sắc. Ảnh: Ngọc Minh"],
    lambda b: ["Theo Báo Nghệ An",
               "Tin khác:",
               "Ra mắt mô hình “Tổ tự quản an ninh trật tự” tại phường Hưng Dũng",
               "Liên đoàn Lao động tỉnh phát động thi đua lao động giỏi năm 2017",
               "Lượt đọc: 2.103"])

CHANGES = {
    "cut-65": cut(65),
    "cut-80": cut(80),
    "cut-110": cut(110),
    "cut-80-spaced": cut(80, blank=True),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    "tab-indent": lambda t: "\n".join("\t" + line if line.strip() else line for line in t.split("\n")),
    "word-bullets": lambda t: re.sub(r"(?m)^- ", "\uf0b7\t", t),
    "page-news": PAGE_NEWS,
    "page-portal": PAGE_PORTAL,
    "page-paper": PAGE_PAPER,
}
# (s22-forms) the same thing written another accepted way: compared through forms.same, the
# scorer's fold, since a value may be printed as written.
CHANGES.update(forms.FORMS)
SAME = {name: forms.same for name in forms.FORMS}


def parse(binary, text):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", newline="", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        r = subprocess.run([binary, "plan", "parse", path], capture_output=True, text=True)
        return json.loads(r.stdout) if r.returncode == 0 else {"exit": r.returncode}
    finally:
        os.unlink(path)


def main(argv):
    ap = audit_common.parser(__doc__)
    ap.add_argument("--summary", action="store_true", help="only the share of texts read the same, by change")
    ap.add_argument("--only", default="", help="only the changes whose name starts so (e.g. date-, cut-, page-)")
    args = audit_common.parse_args(ap, argv)
    files = audit_common.texts(args.paths)
    changes = {name: c for name, c in CHANGES.items() if name.startswith(args.only)}
    same = {name: 0 for name in changes}
    for f in files:
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        base = parse(args.bin, text)
        for name, change in changes.items():
            changed = change(text, base) if getattr(change, "needs_base", False) else change(text)
            if changed == text:
                same[name] += 1
                continue
            other = parse(args.bin, changed)
            alike = SAME.get(name, lambda a, b: a == b)
            differ = [k for k in FIELDS if not alike(base.get(k), other.get(k))]
            if "exit" in base or "exit" in other:
                differ = ["exit"] if base.get("exit") != other.get("exit") else []
            if not differ:
                same[name] += 1
            elif not args.summary:
                for k in differ:
                    a = json.dumps(base.get(k), ensure_ascii=False)[:100]
                    b = json.dumps(other.get(k), ensure_ascii=False)[:100]
                    print(f"{os.path.basename(f)}\t{name}\t{k}\t{a}\t{b}")
    n = len(files)
    print(f"# {n} texts read the same after: " +
          ", ".join(f"{name} {same[name]}/{n}" for name in changes))


if __name__ == "__main__":
    main(sys.argv[1:])
