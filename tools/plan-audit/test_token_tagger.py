#!/usr/bin/env python3
"""(session 28) The token labeller tried for the lists: labels projected onto tokens and back, and the
learner able to learn a list's form from examples — so that its poor reading of real texts
(tests/fixtures/plans/README.md, "Session 28") is the approach's, not a defect of the tool.

    python3 -m unittest discover -s tools/plan-audit -p 'test_*.py'
"""
import os
import random
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import token_tagger as tt  # noqa: E402

WORDS = "an ninh trật tự phòng cháy giao thông môi trường văn hóa giáo dục y tế kinh tế nông thôn đô thị".split()


def doc(rnd, items):
    return f"Ngày 3/4, đơn vị tổ chức hội nghị. Phong trào gồm {len(items)} nội dung: " + "; ".join(items) + ". Hội nghị kết thúc."


class TokenTagger(unittest.TestCase):
    def test_items_found_word_for_word_go_onto_tokens_and_back(self):
        text = "Cụm gồm: Bảo đảm an ninh; giữ gìn trật tự, an toàn. Hết."
        tokens = tt.tokenize(text)
        tags = tt.project(tokens, ["bảo đảm an ninh", "giữ gìn trật tự, an toàn", "không có trong văn bản"])
        self.assertEqual(tt.spans(text, tokens, tags), ["Bảo đảm an ninh", "giữ gìn trật tự, an toàn"])
        self.assertEqual(tt.project(tokens, []), ["O"] * len(tokens))

    def test_the_learner_reads_a_list_form_with_words_it_never_saw(self):
        rnd = random.Random(1)
        model = tt.Perceptron()
        train = []
        for _ in range(40):
            items = [" ".join(rnd.sample(WORDS[:10], 2)) for _ in range(rnd.randint(2, 4))]
            text = doc(rnd, items)
            tokens = tt.tokenize(text)
            train.append((tt.features(tokens), ["OBI".index(t) for t in tt.project(tokens, items)]))
        for _ in range(5):
            for feats, gold in train:
                model.learn(feats, gold)
        model.average()
        items = ["y tế kinh tế", "nông thôn đô thị", "văn hóa"]  # words of no training text
        text = doc(rnd, items)
        tokens = tt.tokenize(text)
        found = tt.spans(text, tokens, ["OBI"[t] for t in model.decode(tt.features(tokens))])
        self.assertEqual(found, items)


if __name__ == "__main__":
    unittest.main()
