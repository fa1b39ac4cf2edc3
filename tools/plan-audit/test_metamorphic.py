#!/usr/bin/env python3
"""(session 28) metamorphic.py changes a labelled text and its expected JSON together, so that the
right reading of the changed text is known: each change is checked on sentences written here.

    python3 -m unittest discover -s tools/plan-audit -p 'test_*.py'
"""
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import metamorphic as m  # noqa: E402

TEXT = ("Cụm thi đua số 4 ký kết giao ước\n\nNgày 09/02/2023, tại Công an tỉnh Đăk Lăk, Cụm thi đua số 4 "
        "gồm Công an các tỉnh Đắk Lắk, Gia Lai và thành phố Đà Nẵng ký kết giao ước thi đua năm 2023.\n")
EXPECTED = {"event": {"date": "2023-02-09", "place": "Công an tỉnh Đắk Lắk"},
            "group": {"name": "Cụm thi đua số 4",
                      "members": ["Công an tỉnh Đắk Lắk", "Công an tỉnh Gia Lai", "Công an thành phố Đà Nẵng"]}}


class Changes(unittest.TestCase):
    def test_a_province_becomes_another_in_text_and_labels_alike(self):
        text, expected = m.place(TEXT, EXPECTED, "x")
        new = {n for _, _, n in m.find_names(text)}
        self.assertEqual(len(new), 3)
        self.assertFalse({"Đắk Lắk", "Gia Lai", "Đà Nẵng"} & new)
        # the accent variant "Đăk Lăk" is the same province, swapped with it
        self.assertEqual(text.count(expected["event"]["place"].split("tỉnh ")[1]), 2)
        for member in expected["group"]["members"]:
            self.assertIn(member.split(" ", 3)[-1], text)
        city = [n for n in new if n in m.CITIES]
        self.assertEqual(len(city), 1, "a city of the centre stays a city ('tỉnh Hà Nội' is no name)")
        self.assertEqual(m.place(TEXT, EXPECTED, "x"), (text, expected), "the same text changes the same way")

    def test_a_province_in_capitals_stays_in_capitals_and_a_longer_name_leaves_the_text_out(self):
        text, _ = m.place("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nUBND tỉnh Gia Lai phát động thi đua.", {}, "x")
        head, body = text.split("\n")
        self.assertTrue(head.isupper(), head)
        self.assertIn(head.split("TỈNH ")[1].title().split()[0], body)
        self.assertIsNone(m.place("Phường Phú Thọ Hòa và tỉnh Phú Thọ.", {}, "x"), "'Phú Thọ Hòa' is no province")
        self.assertIsNone(m.place("Cụm gồm Công an tỉnh BR-VT và Bà Rịa - Vũng Tàu.", {}, "x"), "the short form would stay")

    def test_a_label_naming_a_province_the_text_does_not_write_leaves_the_text_out(self):
        self.assertIsNone(m.place(TEXT, {"organizers": ["Công an tỉnh Quảng Nam"]}, "x"))
        self.assertIsNone(m.place("Hội nghị ký kết giao ước thi đua.", {}, "x"))

    def test_every_year_a_year_later_dates_of_the_labels_too(self):
        text, expected = m.year(TEXT, EXPECTED, "x")
        self.assertIn("Ngày 09/02/2024", text)
        self.assertIn("năm 2024.", text)
        self.assertEqual(expected["event"]["date"], "2024-02-09")
        self.assertIsNone(m.year("Ngày 29/02/2024, Cụm họp.", {}, "x"), "no 29 February a year later")

    def test_a_headline_in_capitals_but_not_a_lead_sentence(self):
        text, expected = m.caps_head(TEXT, EXPECTED, "x")
        self.assertTrue(text.startswith("CỤM THI ĐUA SỐ 4 KÝ KẾT GIAO ƯỚC\n"))
        self.assertIs(expected, EXPECTED)
        self.assertIsNone(m.caps_head("Ngày 9/2, Cụm thi đua số 4 ký kết giao ước.\n", {}, "x"))

    def test_gom_written_bao_gom_only_where_no_label_holds_it(self):
        self.assertEqual(m.includes("Cụm gồm: A, B.", {}, "x")[0], "Cụm bao gồm: A, B.")
        self.assertIsNone(m.includes("Cụm bao gồm: A, B.", {}, "x"))
        self.assertIsNone(m.includes("Cụm gồm: A, B.", {"contents": ["gồm A"]}, "x"))

    def test_one_head_for_all_members_written_each_in_full_and_back(self):
        expected = {"group": {"members": ["Hội Nông dân tỉnh A", "Hội Nông dân tỉnh Bê", "Hội Nông dân tỉnh Cê"]}}
        shared = "Cụm thi đua số 3 gồm Hội Nông dân các tỉnh A, Bê và Cê đã ký kết giao ước."
        full = "Cụm thi đua số 3 gồm Hội Nông dân tỉnh A, Hội Nông dân tỉnh Bê và Hội Nông dân tỉnh Cê đã ký kết giao ước."
        self.assertEqual(m.heads(shared, expected, "x"), (full, expected))
        self.assertEqual(m.heads(full, expected, "x"), (shared, expected))
        self.assertIsNone(m.heads("Lãnh đạo Công an, Hội Nông dân các tỉnh A, Bê và Cê dự.", expected, "x"),
                          "a head sharing the places with another is not the members' alone")

    def test_bodies_of_one_form_in_another_sector_both_ways_at_once(self):
        text, expected = m.sector("Tòa án nhân dân tỉnh A và Viện kiểm sát nhân dân tỉnh A",
                                  {"organizers": ["Tòa án nhân dân tỉnh A"]}, "x")
        self.assertEqual(text, "Viện kiểm sát nhân dân tỉnh A và Tòa án nhân dân tỉnh A")
        self.assertEqual(expected, {"organizers": ["Viện kiểm sát nhân dân tỉnh A"]})
        self.assertIsNone(m.sector("VKSND tỉnh A họp.", {"organizers": ["Viện kiểm sát nhân dân tỉnh A"]}, "x"),
                          "a label writing out what the text abbreviates would change alone")
        self.assertIsNone(m.sector("Phòng Cảnh sát PCCC&CNCH họp.", {}, "x"), "part of a compound")

    def test_a_missing_binary_is_a_usage_error(self):
        r = subprocess.run([sys.executable, os.path.join(HERE, "metamorphic.py"), "--bin", "/nonexistent", HERE],
                           capture_output=True, text=True)
        self.assertEqual(r.returncode, 2)
        self.assertIn("no thidua binary", r.stderr)


if __name__ == "__main__":
    unittest.main()
