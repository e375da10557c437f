#!/usr/bin/env python3
"""Splits the labelled issue-11 threat evaluation sets into a development and a test half and writes them where
ThreatEvaluation reads them (src/main/resources/org/vigil/analysis/threat/validation/eval12/<lang>-dev.tsv and
<lang>-test.tsv).

Input: one labelled file per language, the rows drawn by tools/draw_threat_eval.py with the "?" of the first column
replaced by the label (1 threat, 0 not) after reading each row. The half is fixed by the text alone, before any engine
ran on the rows: SHA-256 of SPLIT_SEED + the whitespace-collapsed text, first byte even = development, odd = test.

    python3 tools/split_threat_eval.py LABELLED_DIR     # reads LABELLED_DIR/<lang>-labelled.tsv
"""
import hashlib
import os
import sys

SPLIT_SEED = 'eval12-split-20261207:'
OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'org', 'vigil', 'analysis', 'threat',
                   'validation', 'eval12')
HEADER = ('# Issue-11 threat evaluation set ({lang}, {half} half): rows of {source} drawn by tools/draw_threat_eval.py,\n'
          '# every row read and labelled by the rule of README.md before any pattern or model ran on it, split by\n'
          '# tools/split_threat_eval.py (SHA-256 of "{seed}" + text, first byte even = dev, odd = test).\n'
          '# Columns: label (1 threat, 0 not), dataset, row (file:record or id:tweet id), draw (word, random, narrow,\n'
          '# construction: how the row was found), half of the corpus (searched / unsearched while the November patterns\n'
          '# were written, see docs/model-card.md), text (newlines as \\n).\n')
SOURCES = {'ru': 'ru_toxic (train+val)', 'tr': 'OffensEval 2020 Turkish', 'ar': 'OSACT4 (train+dev) and L-HSAB'}


def key(text):
    return ' '.join(text.split())


def half(text):
    return 'dev' if hashlib.sha256((SPLIT_SEED + key(text)).encode('utf-8')).digest()[0] % 2 == 0 else 'test'


if __name__ == '__main__':
    src = sys.argv[1]
    os.makedirs(OUT, exist_ok=True)
    for lang in ('ru', 'tr', 'ar'):
        rows = {'dev': [], 'test': []}
        with open(os.path.join(src, lang + '-labelled.tsv'), encoding='utf-8') as f:
            for line in f:
                fields = line.rstrip('\n').split('\t')
                if len(fields) != 6 or fields[0] not in ('0', '1'):
                    raise SystemExit('%s: bad line %r' % (lang, line[:80]))
                rows[half(fields[5].replace('\\n', '\n'))].append(fields)
        for name, part in rows.items():
            with open(os.path.join(OUT, '%s-%s.tsv' % (lang, name)), 'w', encoding='utf-8') as out:
                out.write(HEADER.format(lang=lang, half=name, source=SOURCES[lang], seed=SPLIT_SEED))
                for fields in part:
                    out.write('\t'.join(fields) + '\n')
            print(lang, name, len(part), 'threats', sum(1 for r in part if r[0] == '1'))
