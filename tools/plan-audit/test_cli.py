#!/usr/bin/env python3
"""(s22-tidy) Every plan audit answers `--help` with its usage and description, and a missing
binary or no text with a usage error (exit 2), instead of parsing "--help" as a text.

    python3 -m unittest discover -s tools/plan-audit -p 'test_*.py'
"""
import os
import subprocess
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
AUDITS = ["lead", "dates", "orgs", "people", "lists", "gate", "invariance"]


def audit(name, *args):
    return subprocess.run([sys.executable, os.path.join(HERE, name + ".py"), *args], capture_output=True, text=True)


class CommandLine(unittest.TestCase):
    def test_help_prints_usage_and_description(self):
        for name in AUDITS:
            with self.subTest(audit=name):
                r = audit(name, "--help")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn(f"usage: {name}.py", r.stdout)
                self.assertIn("--bin", r.stdout)
                self.assertIn("without labels" if name != "gate" else "emulation gate", r.stdout)

    def test_no_text_is_a_usage_error(self):
        for name in AUDITS:
            with self.subTest(audit=name):
                r = audit(name)
                self.assertEqual(r.returncode, 2)
                self.assertIn("usage:", r.stderr)

    def test_missing_binary_is_a_usage_error(self):
        for name in AUDITS:
            with self.subTest(audit=name):
                r = audit(name, "--bin", "/nonexistent/thidua", "a.txt")
                self.assertEqual(r.returncode, 2)
                self.assertIn("no thidua binary", r.stderr)
                self.assertNotIn("Traceback", r.stderr)


class ProbeBatteries(unittest.TestCase):
    """(session 23) probe_run.py scores a labelled battery: a right label counts, a wrong one fails."""

    BIN = os.path.join(HERE, "..", "..", "build", "thidua")

    def assert_scored(self, battery, scores, failing):
        """probe_run.py -v over `battery` prints `scores` and the field `failing`, nothing of "right"."""
        r = self.run_battery(battery)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn(scores, r.stdout)
        self.assertIn(failing, r.stdout)
        self.assertNotIn("right:", r.stdout)

    def run_battery(self, battery):
        """probe_run.py -v over `battery` written to a temporary file."""
        import json
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
            json.dump(battery, f, ensure_ascii=False)
        try:
            return audit("probe_run", "--bin", self.BIN, "-v", f.name)
        finally:
            os.unlink(f.name)

    def test_help_and_usage(self):
        r = audit("probe_run", "--help")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("usage: probe_run.py", r.stdout)
        self.assertEqual(audit("probe_run").returncode, 2)
        r = audit("probe_run", "--bin", "/nonexistent/thidua", "b.json")
        self.assertEqual(r.returncode, 2)
        self.assertIn("no thidua binary", r.stderr)

    @unittest.skipUnless(os.access(BIN, os.X_OK), "build/thidua is not built")
    def test_a_battery_is_scored_field_by_field(self):
        text = ("Sáng 15/3/2025, Cụm thi đua số 4 tổ chức ký kết giao ước thi đua năm 2025. Cụm gồm Công an tỉnh "
                "Nghệ An, Công an tỉnh Hà Tĩnh và Công an tỉnh Quảng Bình.")
        members = ["Công an tỉnh Nghệ An", "Công an tỉnh Hà Tĩnh", "Công an tỉnh Quảng Bình"]
        battery = [
            {"id": "right", "text": text, "kind": "pledge_signing",
             "group": {"name": "Cụm thi đua số 4", "leader": None, "deputy": None, "members": members}},
            {"id": "wrong", "text": text, "kind": "review",
             "group": {"name": "Cụm thi đua số 4", "leader": None, "deputy": None, "members": members[:2]}},
        ]
        self.assert_scored(battery, "event.kind 1/2, group 1/2, group.name 2/2", "wrong: group")

    @unittest.skipUnless(os.access(BIN, os.X_OK), "build/thidua is not built")
    def test_contents_are_scored_as_folded_sets(self):
        """(session 24) contents compared as a set, case and punctuation aside; [] wants none."""
        text = ("Công an tỉnh phát động thi đua năm 2025 với 3 nội dung chính gồm: Thi đua tấn công tội phạm; "
                "thi đua cải cách hành chính; thi đua xây dựng lực lượng.")
        items = ["thi đua tấn công tội phạm", "Thi đua cải cách hành chính.", "thi đua xây dựng lực lượng"]
        battery = [
            {"id": "right", "text": text, "contents": list(reversed(items))},
            {"id": "short", "text": text, "contents": items[:2]},
            {"id": "none", "text": "Tham dự buổi lễ có 150 cán bộ, chiến sĩ.", "contents": []},
        ]
        self.assert_scored(battery, "contents 2/3", "short: contents")


if __name__ == "__main__":
    unittest.main()
