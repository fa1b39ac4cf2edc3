#!/usr/bin/env python3
"""Test fixtures for imports, written with openpyxl or by hand (zipfile) so thidua reads files it
did not write. Usage: make_workbook.py KIND OUT [JSON]  (see each function)."""
import json, sys, zipfile, datetime, openpyxl


def fill_form(out, spec):
    """spec: {"form": path of a downloaded report form, "values": {code: value-as-typed}}"""
    wb = openpyxl.load_workbook(spec['form'])
    ws = wb.worksheets[0]
    head = None
    for row in ws.iter_rows():
        if row[0].value == 'Mã chỉ số':
            head = row[0].row
            continue
        if head and row[0].value in spec['values']:
            row[3].value = spec['values'][row[0].value]
    for code, v in spec.get('extra', []):
        ws.append([code, 'thêm', '', v])
    wb.save(out)


def table(out, spec):
    """spec: {"rows": [[...], ...], "date1904": bool, "merge": "A1:C1", "formula": [cell, formula, cached], "font": name}
    Cells "date:YYYY-MM-DD" become dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = spec.get('sheet', 'Danh sách')
    if spec.get('date1904'):
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    for r in spec['rows']:
        ws.append([datetime.date.fromisoformat(v[5:]) if isinstance(v, str) and v.startswith('date:') else v for v in r])
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, (datetime.date, datetime.datetime)):
                c.number_format = 'dd/mm/yyyy'
            if spec.get('font'):
                c.font = openpyxl.styles.Font(name=spec['font'])
    if spec.get('merge'):
        ws.merge_cells(spec['merge'])
    wb.save(out)
    if spec.get('formula'):  # openpyxl stores no cached value: patch one in by hand
        cell, formula, cached = spec['formula']
        z = zipfile.ZipFile(out)
        parts = {n: z.read(n) for n in z.namelist()}
        z.close()
        xml = parts['xl/worksheets/sheet1.xml'].decode()
        import re
        xml = re.sub(r'<c r="%s"([^>]*)>.*?</c>' % cell, '<c r="%s" t="str"><f>%s</f><v>%s</v></c>' % (cell, formula, cached), xml, count=1)
        parts['xl/worksheets/sheet1.xml'] = xml.encode()
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
            for n, b in parts.items():
                z.writestr(n, b)


def bomb(out, spec):
    """A valid-looking .xlsx whose sheet inflates to `mb` megabytes of spaces."""
    table(out, {'rows': [['Họ và tên', 'Mã đơn vị', 'Từ ngày']]})
    z = zipfile.ZipFile(out)
    parts = {n: z.read(n) for n in z.namelist()}
    z.close()
    xml = parts['xl/worksheets/sheet1.xml'].decode()
    parts['xl/worksheets/sheet1.xml'] = xml.replace('<sheetData>', '<sheetData>' + ' ' * (spec.get('mb', 60) << 20)).encode()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


def ods(out, spec):
    with zipfile.ZipFile(out, 'w') as z:
        z.writestr('mimetype', 'application/vnd.oasis.opendocument.spreadsheet')
        z.writestr('content.xml', '<office:document-content/>')


def many(out, spec):
    """A people roster of n rows written straight as XML (fast)."""
    n = spec['n']
    rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Mã đơn vị</t></is></c>'
            '<c r="C1" t="inlineStr"><is><t>Từ ngày</t></is></c></row>']
    for i in range(2, n + 2):
        rows.append('<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s %d</t></is></c><c r="B%d" t="inlineStr"><is><t>%s</t></is></c>'
                    '<c r="C%d" t="inlineStr"><is><t>01/07/2025</t></is></c></row>' % (i, i, spec.get('name', 'Người'), i, i, spec['unit'], i))
    table(out, {'rows': [['x']]})
    z = zipfile.ZipFile(out)
    parts = {n_: z.read(n_) for n_ in z.namelist()}
    z.close()
    xml = parts['xl/worksheets/sheet1.xml'].decode()
    import re
    xml = re.sub(r'<sheetData>.*</sheetData>', '<sheetData>' + ''.join(rows) + '</sheetData>', xml, flags=re.S)
    parts['xl/worksheets/sheet1.xml'] = xml.encode()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for n_, b in parts.items():
            z.writestr(n_, b)


if __name__ == '__main__':
    kind, out = sys.argv[1], sys.argv[2]
    spec = json.loads(sys.argv[3]) if len(sys.argv) > 3 else {}
    {'fill_form': fill_form, 'table': table, 'bomb': bomb, 'ods': ods, 'many': many}[kind](out, spec)
