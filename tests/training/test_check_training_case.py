#!/usr/bin/env python3
"""Shows that check_training_case.py finds each kind of problem it promises to find.

Each test breaks one thing in a copy of the built-in Veridia case and expects
the checker to name it; the untouched case must pass. Usage:
    python3 tests/training/test_check_training_case.py [REPO_ROOT]
"""
import os
import re
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(sys.argv.pop(1)) if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import check_training_case  # noqa: E402

CASE = os.path.join(ROOT, 'frameworks', 'builtin', 'training', 'veridia-sp-dmf.xml')
FRAMEWORK = os.path.join(ROOT, 'frameworks', 'builtin', 'sp-dmf.xml')


class CheckTrainingCase(unittest.TestCase):
    def setUp(self):
        with open(CASE, encoding='utf-8') as fh:
            self.text = fh.read()

    def problems(self, text):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'veridia-sp-dmf.xml')
            with open(path, 'w', encoding='utf-8') as fh:
                fh.write(text)
            return check_training_case.check(path, FRAMEWORK, ['en', 'fr', 'ru'])

    def broken(self, old, new, count=1):
        self.assertIn(old, self.text)
        return self.problems(self.text.replace(old, new, count))

    def assertFound(self, problems, fragment):
        self.assertTrue(any(fragment in p for p in problems), f'no problem mentions {fragment!r}: {problems}')

    def test_the_built_in_case_passes(self):
        self.assertEqual(self.problems(self.text), [])

    def test_the_quick_scan_case_passes_against_the_framework_named_by_its_id(self):
        case = os.path.join(ROOT, 'frameworks', 'builtin', 'training', 'veridia-quick-scan.xml')
        framework = check_training_case.find_framework(case)
        self.assertEqual(os.path.basename(framework), 'quick-scan.xml')
        self.assertEqual(check_training_case.check(case, framework, ['en', 'fr', 'ru']), [])

    def test_a_missing_indicator_is_named(self):
        text = re.sub(r'  <indicator id="D7\.4">.*?</indicator>\n', '', self.text, flags=re.S)
        self.assertFound(self.problems(text), 'indicator "D7.4" of the framework has no <indicator>')

    def test_an_indicator_twice_is_named(self):
        block = re.search(r'  <indicator id="D3\.2">.*?</indicator>\n', self.text, flags=re.S).group(0)
        self.assertFound(self.problems(self.text.replace(block, block + block)), 'indicator "D3.2" appears twice')

    def test_an_unknown_indicator_is_named(self):
        self.assertFound(self.broken('<indicator id="D1.1">', '<indicator id="D1.4">'), '"D1.4" is not in the framework')

    def test_a_key_level_outside_1_to_5_is_named(self):
        block = re.search(r'<indicator id="D3\.2">.*?<key level="1">', self.text, flags=re.S).group(0)
        problems = self.problems(self.text.replace(block, block.replace('level="1"', 'level="6"')))
        self.assertFound(problems, 'key level "6" must be 1 to 5')

    def test_a_decisive_sentence_not_in_the_descriptor_is_named(self):
        problems = self.broken('<decisive lang="fr">', '<decisive lang="fr">Phrase inventée. ')
        self.assertFound(problems, 'lang="fr"> is not a sentence of the level-')

    def test_a_decisive_sentence_of_the_wrong_level_is_named(self):
        # D1.1's key is 2, so its decisive sentence comes from level 3, not 2.
        block = re.search(r'<indicator id="D1\.1">.*?<key level="2">', self.text, flags=re.S).group(0)
        problems = self.problems(self.text.replace(block, block.replace('level="2"', 'level="1"')))
        self.assertFound(problems, 'indicator "D1.1": <decisive lang="en"> is not a sentence of the level-2')

    def test_an_owner_that_is_no_institution_is_named(self):
        self.assertFound(self.broken('owner="sif"', 'owner="fund"'), 'owner "fund", which is no <institution> id')

    def test_a_flow_to_an_unknown_system_is_named(self):
        self.assertFound(self.broken('to="nhi"', 'to="nhif"'), 'flow to="nhif" names no <system> id')

    def test_an_unknown_category_and_mechanism_are_named(self):
        problems = self.problems(self.text.replace('category="gis"', 'category="maps"')
                                 .replace('mechanism="manual"', 'mechanism="paper"', 1))
        self.assertFound(problems, 'unknown category "maps"')
        self.assertFound(problems, 'flow mechanism "paper" is unknown')

    def test_an_unknown_profile_question_is_named(self):
        self.assertFound(self.broken('question="external_funding"', 'question="donors"'),
                         'question "donors", which the framework does not have')

    def test_a_missing_translation_is_named(self):
        problems = self.problems(re.sub(r'\n\s*<interview lang="ru"[^\n]*</interview>', '', self.text, count=1))
        self.assertFound(problems, '<interview> under <indicator> has no "ru" text')

    def test_a_text_twice_in_one_language_is_named(self):
        line = re.search(r'\n(\s*<rationale lang="fr">[^\n]*</rationale>)', self.text).group(1)
        problems = self.problems(self.text.replace(line, line + '\n' + line, 1))
        self.assertFound(problems, '<rationale> in language "fr" appears twice under <key>')

    def test_a_too_short_english_document_is_named(self):
        problems = self.problems(re.sub(r'(<document lang="en" title="[^"]*">)[^<]*', r'\1Too short.', self.text,
                                        count=1))
        self.assertFound(problems, 'the English <document> has 2 words')

    def test_a_case_id_other_than_the_file_name_is_named(self):
        self.assertFound(self.broken('id="veridia-sp-dmf"', 'id="veridia"'),
                         'the case id "veridia" differs from the file name "veridia-sp-dmf"')

    def test_a_case_for_another_framework_version_is_named(self):
        self.assertFound(self.broken('framework-version="2.0.0"', 'framework-version="1.0.0"'),
                         'the case is for sp-dmf 1.0.0')


if __name__ == '__main__':
    unittest.main()
