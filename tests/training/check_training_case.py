#!/usr/bin/env python3
"""Checks a training case (frameworks/builtin/training/*.xml) against its framework.

Standard library only. Usage:
    python3 tests/training/check_training_case.py CASE.xml [--framework FRAMEWORK.xml] [--languages en,fr,ru]

Without --framework, the framework is the file beside the case's folder
(frameworks/builtin/*.xml) whose <framework id> the case names. Prints one line per problem as
FILE:LINE: message and exits with 1 if there is any, 0 otherwise.

What it verifies (issue 21, training mode):
- the case's id is its file name, it has a format and a version, and it
  names the framework's id and version;
- every indicator of the framework has exactly one <indicator>, and no
  <indicator> names an id the framework does not have;
- every key level is 1..5;
- each <decisive> text is a whole sentence of the descriptor of the level it
  decides, in the same language: the level just above the key (the first
  condition the evidence does not meet), or the key's own level when it is 5;
- system owners name an institution, flows name systems, ids are unique,
  categories and flow mechanisms are the ones the assessment format knows,
  profile answers name the framework's profile questions;
- every text (title, name, profile, notes, data, frequency, document,
  interview, rationale, decisive) exists in each required language, once;
- English documents and interview notes are 40 to 120 words long.
"""
import argparse
import os
import re
import sys
from xml.parsers import expat

# The keys of frameworks/system_category.cpp and of assessment/system_map.cpp
# (mechanism_key, status_key): the case's systems go into a .socle file.
CATEGORIES = {
    'civil_registration', 'national_id', 'social_registry', 'beneficiary_registry', 'programme_mis',
    'social_insurance', 'health_insurance', 'payment_platform', 'id_account_mapper',
    'financial_service_provider', 'tax', 'employment_services', 'grievance', 'data_warehouse', 'gis',
    'data_exchange', 'other',
}
MECHANISMS = {'manual', 'file', 'database', 'api', 'standard_api'}
STATUSES = {'planned', 'pilot', 'operational', 'legacy', 'retiring'}
TEXT_TAGS = {'title', 'name', 'profile', 'notes', 'data', 'frequency', 'document', 'interview', 'rationale',
             'decisive'}


class Node:
    def __init__(self, tag, attrs, line):
        self.tag, self.attrs, self.line = tag, attrs, line
        self.children, self.text = [], ''

    def get(self, name, default=None):
        return self.attrs.get(name, default)

    def all(self, tag):
        return [c for c in self.children if c.tag == tag]


def load(path):
    """Parses with expat so that every element keeps its line number."""
    parser = expat.ParserCreate('UTF-8')
    root, stack = [], []

    def start(tag, attrs):
        node = Node(tag, attrs, parser.CurrentLineNumber)
        (stack[-1].children if stack else root).append(node)
        stack.append(node)

    def end(tag):
        stack.pop()

    def data(text):
        if stack:
            stack[-1].text += text

    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, data
    with open(path, 'rb') as fh:
        parser.ParseFile(fh)
    return root[0]


def sentences(text):
    return [s.strip() for s in re.split(r'(?<=[.!?])\s+', text.strip()) if s.strip()]


def framework_facts(fw):
    indicators = {}  # id -> {(level, lang): descriptor}
    for domain in fw.all('domain'):
        for ind in domain.all('indicator'):
            desc = {}
            for d in ind.all('descriptor'):
                desc[(int(d.get('level')), d.get('lang'))] = d.text
            indicators[ind.get('id')] = desc
    questions = set()
    for profile in fw.all('profile'):
        for q in profile.all('question'):
            questions.add(q.get('id'))
    return indicators, questions


def check(case_path, fw_path, langs):
    problems = []

    def bad(node, message):
        problems.append(f'{case_path}:{node.line}: {message}')

    case = load(case_path)
    fw = load(fw_path)
    indicators, questions = framework_facts(fw)
    if case.tag != 'training-case':
        bad(case, f'the root element is <{case.tag}>, expected <training-case>')
        return problems
    stem = os.path.splitext(os.path.basename(case_path))[0]
    if case.get('id') != stem:
        bad(case, f'the case id "{case.get("id")}" differs from the file name "{stem}"; '
                  f'"socle-cli training new" finds a case by the name it lists')
    for attr in ('format', 'version'):
        if not case.get(attr):
            bad(case, f'<training-case> needs a {attr} attribute')
    if case.get('framework') != fw.get('id') or case.get('framework-version') != fw.get('version'):
        bad(case, f'the case is for {case.get("framework")} {case.get("framework-version")}, '
                  f'but {fw_path} is {fw.get("id")} {fw.get("version")}')

    # Every text in every required language, once, below any parent.
    def walk(node):
        groups = {}
        for c in node.children:
            if c.tag in TEXT_TAGS:
                groups.setdefault(c.tag, []).append(c)
        for tag, items in groups.items():
            seen = {}
            for item in items:
                lang = item.get('lang')
                if lang in seen:
                    bad(item, f'<{tag}> in language "{lang}" appears twice under <{node.tag}>')
                seen[lang] = item
                if not item.text.strip():
                    bad(item, f'<{tag} lang="{lang}"> is empty')
            for lang in langs:
                if lang not in seen:
                    bad(items[0], f'<{tag}> under <{node.tag}> has no "{lang}" text; add <{tag} lang="{lang}">')
        for c in node.children:
            walk(c)
    walk(case)

    # References: institutions, systems, flows, profile answers.
    institutions, systems = set(), set()
    for inst in (c for block in case.all('institutions') for c in block.all('institution')):
        if inst.get('id') in institutions:
            bad(inst, f'institution id "{inst.get("id")}" is used twice')
        institutions.add(inst.get('id'))
    system_block = case.all('systems')
    for s in (c for block in system_block for c in block.all('system')):
        if s.get('id') in systems:
            bad(s, f'system id "{s.get("id")}" is used twice')
        systems.add(s.get('id'))
        if s.get('owner') not in institutions:
            bad(s, f'system "{s.get("id")}" has owner "{s.get("owner")}", which is no <institution> id')
        if s.get('category') not in CATEGORIES:
            bad(s, f'system "{s.get("id")}" has unknown category "{s.get("category")}"; '
                   f'use one of: {", ".join(sorted(CATEGORIES))}')
        if s.get('status', 'operational') not in STATUSES:
            bad(s, f'system "{s.get("id")}" has unknown status "{s.get("status")}"')
    for f in (c for block in system_block for c in block.all('flow')):
        for end in ('from', 'to'):
            if f.get(end) not in systems:
                bad(f, f'flow {end}="{f.get(end)}" names no <system> id')
        if f.get('mechanism') not in MECHANISMS:
            bad(f, f'flow mechanism "{f.get("mechanism")}" is unknown; use one of: {", ".join(sorted(MECHANISMS))}')
        if f.get('agreement', 'no') not in ('yes', 'no'):
            bad(f, 'flow agreement must be "yes" or "no"')
    for country in case.all('country'):
        for a in country.all('answer'):
            if a.get('question') not in questions:
                bad(a, f'profile answer names question "{a.get("question")}", which the framework does not have')

    # Indicators and the key.
    found = {}
    for ind in case.all('indicator'):
        iid = ind.get('id')
        if iid not in indicators:
            bad(ind, f'indicator "{iid}" is not in the framework')
            continue
        if iid in found:
            bad(ind, f'indicator "{iid}" appears twice (first at line {found[iid].line})')
        found[iid] = ind
        keys = ind.all('key')
        if len(keys) != 1:
            bad(ind, f'indicator "{iid}" must have exactly one <key>, it has {len(keys)}')
            continue
        key = keys[0]
        try:
            level = int(key.get('level', ''))
        except ValueError:
            level = 0
        if not 1 <= level <= 5:
            bad(key, f'indicator "{iid}": key level "{key.get("level")}" must be 1 to 5')
            continue
        decides = level if level == 5 else level + 1
        for d in key.all('decisive'):
            lang = d.get('lang')
            descriptor = indicators[iid].get((decides, lang))
            if descriptor is None:
                bad(d, f'indicator "{iid}": the framework has no level-{decides} descriptor in "{lang}"')
            elif d.text.strip() not in sentences(descriptor):
                bad(d, f'indicator "{iid}": <decisive lang="{lang}"> is not a sentence of the level-{decides} '
                       f'descriptor; copy the sentence from the framework')
        for tag in ('document', 'interview'):
            items = ind.all(tag)
            if not items:
                bad(ind, f'indicator "{iid}" has no <{tag}>')
            for item in items:
                if item.get('lang') == 'en':
                    words = len(item.text.split())
                    if not 40 <= words <= 120:
                        bad(item, f'indicator "{iid}": the English <{tag}> has {words} words; write 40 to 120')
            if tag == 'document' and any(not i.get('title') for i in items):
                bad(ind, f'indicator "{iid}": every <document> needs a title')
            if tag == 'interview' and any(not i.get('who') for i in items):
                bad(ind, f'indicator "{iid}": every <interview> needs who')
    for iid in indicators:
        if iid not in found:
            bad(case, f'indicator "{iid}" of the framework has no <indicator> in the case')
    return problems


def find_framework(case_path):
    """The framework file, beside the case's folder, whose id the case names."""
    fw_id = load(case_path).get('framework')
    folder = os.path.dirname(os.path.dirname(os.path.abspath(case_path)))
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith('.xml') and os.path.isfile(path):
            with open(path, 'rb') as fh:
                head = fh.read(4096).decode('utf-8', 'replace')
            if re.search(r'<framework\b[^>]*\bid="' + re.escape(fw_id or '') + '"', head):
                return path
    raise OSError(2, f'no framework with id "{fw_id}" in {folder}', folder)


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument('case')
    args.add_argument('--framework')
    args.add_argument('--languages', default='en,fr,ru')
    opts = args.parse_args()
    try:
        fw_path = opts.framework or find_framework(opts.case)
        problems = check(opts.case, fw_path, [l for l in opts.languages.split(',') if l])
    except expat.ExpatError as e:
        print(f'{opts.case}: not well-formed XML: {e}')
        return 1
    except OSError as e:
        print(f'cannot read {e.filename}: {e.strerror}')
        return 1
    for p in problems:
        print(p)
    print(f'{opts.case}: {"OK" if not problems else str(len(problems)) + " problem(s)"}')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
