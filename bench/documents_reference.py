#!/usr/bin/env python3
"""The Python side of thidua_documents_bench (bench/README.md), timed inside Python without the
interpreter's start-up and imports, printed as JSON on stdout:
  openpyxl FILE.xlsx        every cell of every sheet read in openpyxl's read-only mode
  docx DATA.json OUT.docx   the decision written with python-docx from the same data as thidua's
  count A.docx B.docx       the rows of each document's last table (a check, not timed)"""
import json, sys, time


def read_openpyxl(path):
    import openpyxl
    t0 = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = cells = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            rows += 1
            cells += sum(1 for v in row if v is not None)
    wb.close()
    return {'seconds': time.perf_counter() - t0, 'rows': rows, 'cells': cells}


def write_docx(data_path, out):
    import docx
    from docx.enum.section import WD_ORIENT  # noqa: F401 (same import cost either way)
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Mm, Pt
    with open(data_path, encoding='utf-8') as f:
        d = json.load(f)
    t0 = time.perf_counter()
    doc = docx.Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(20), Mm(20), Mm(30), Mm(15)
    style = doc.styles['Normal']
    style.font.name = 'Times New Roman'
    style.font.size = Pt(14)

    def para(text, bold=False, italic=False, align=None, size=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        return p

    head = doc.add_table(rows=2, cols=2)
    head.cell(0, 0).text = d['issuer_superior'] + '\n' + d['issuer_name']
    head.cell(0, 1).text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'
    head.cell(1, 0).text = 'Số: ' + d['number_symbol']
    head.cell(1, 1).text = d['place_date']
    para(d['doc_type'], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d['summary'], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d['authority'], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for b in d['bases']:
        para(b['text'], italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para('Theo đề nghị của %s và của Hội đồng Thi đua – Khen thưởng %s.' % (d['proposer_name'], d['council_unit']), italic=True)
    para('QUYẾT ĐỊNH:', bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i in (1, 2, 3):
        para('Điều %d. %s' % (i, d['article%d' % i]), align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    sign = doc.add_table(rows=1, cols=2)
    sign.cell(0, 0).text = 'Nơi nhận:\n' + '\n'.join('- ' + r['text'] for r in d['recipients'])
    sign.cell(0, 1).text = '%s\n%s\n\n\n%s' % (d['signer_authority'], d['signer_position'], d['signer_name'])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para('DANH SÁCH ' + d['list_heading'], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para('(Kèm theo Quyết định số %s %s của %s)' % (d['number_symbol'], d['date_long'], d['issuer_authority']), italic=True,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    rows = d['recipients_list']
    t = doc.add_table(rows=1, cols=5)
    t.style = 'Table Grid'
    for c, h in enumerate(['STT', 'Họ và tên / Tập thể', 'Đơn vị', 'Danh hiệu, hình thức', 'Tiền thưởng (đồng)']):
        t.cell(0, c).text = h
    # python-docx's fastest way: a row appended and its own cells (t.rows[i].cells walks the whole
    # table each time, quadratic: 1,000 rows would take minutes, a straw man)
    from docx.table import _Cell
    for r in rows:
        tr = t.add_row()._tr
        for tc, k in zip(tr.tc_lst, ['ordinal', 'name', 'unit_name', 'award_name', 'cash']):
            _Cell(tc, t).text = r[k]
    para('Tổng số: %s (%s tập thể, %s cá nhân); tổng tiền thưởng %s đồng.' % (
        d['recipient_count'], d['collective_count'], d['individual_count'], d['cash_total']))
    doc.save(out)
    return {'seconds': time.perf_counter() - t0}


def count(paths):
    import docx
    return {'table_rows': [len(docx.Document(p).tables[-1].rows) - 1 for p in paths]}


if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'openpyxl':
        out = read_openpyxl(sys.argv[2])
    elif cmd == 'docx':
        out = write_docx(sys.argv[2], sys.argv[3])
    elif cmd == 'count':
        out = count(sys.argv[2:])
    else:
        sys.exit('usage: documents_reference.py openpyxl FILE | docx DATA OUT | count A B')
    print(json.dumps(out))
