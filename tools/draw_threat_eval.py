#!/usr/bin/env python3
"""Draws the candidate rows of the issue-11 threat evaluation sets (ru, tr, ar), unlabelled.

Two kinds of rows from ru_toxic (train+val), OffensEval-TR, OSACT4 (train+dev) and L-HSAB, none of them in an earlier
validation file (the written-against and blind sets): rows with a word or construction that can carry a threat
(killing, dying, death wishes, execution, weapons, burning, blood, "may God take you", "I will find you"), which are
mostly not threats (news, insults, idioms: hard negatives), and rows at random. Both are ordered by a seeded hash
(DRAW_SEED) never used before. The candidate words are broader than the threat patterns and were written from
knowledge of the languages before any row was read. Every row is then read and labelled by the rule of the sets'
README; the label column is left as "?" here.

    python3 tools/draw_threat_eval.py ../shared/data OUT_DIR
"""
import csv
import hashlib
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from draw_threat_blind import validated, key, digest, HALF_SEED  # noqa: E402

DRAW_SEED = 'eval12-draw-20261207:'
CANDIDATE_ROWS = {'ru': 420, 'tr': 520, 'ar': 460}
RANDOM_ROWS = 160

CANDIDATES = {
    'ru': r'(?<!\w)(убь|убью|убей|убить|убил|убив|убийц|сдохн|сдох|подох|расстрел|повес|вешать|зареж|резать|пристрел|'
          r'застрел|стрелять|закопа|кров|пул[яюие]|нож|смерт|сжечь|сжечь|сожж|сожг|взорв|урою|грохн|замоч|мочить|прикон|'
          r'чтоб ты|чтобы ты|чтоб вы|чтоб они|чтоб он|на кол|к стенке|к стенке|по стенке|башку|голову оторв|оторв|'
          r'ноги переломa?|переломa?|найд[уеё]м|найду|ответишь|поплатишь|поплатит|казнить|казн|гильотин|уничтож|истребл|'
          r'вырезать|перерезать|перебить|давить|задуш|душить|бить|избить|въебать|уебать|ебнуть|ебашить|отпизд|пизд[ия]ть|'
          r'вздёрн|вздерн|фонар|гроб|могил|закопать|сгорит|сгори|гори|горите|ебал|ебло|рыло|морд|ебальник|вломить|вмазать|'
          r'навалять|надавать|отхуяр|хуярить|пиздюл|пизды|бомбить|бомбан|бомб|ядерк|ядерн|утоп|топить|затоп|газов|печь|'
          r'печк|кастр|дубин|битой|арматур|жечь|палить|концлагер|лагер|перевешать|перестрелять|резня|геноцид|зачист|'
          r'ликвид|мочкан|порвать|порву|разорв|раздав|добить|добивать|гасить|отстрел|отрезать|отрубить|рубить|яйца)',
    'tr': r'(?<!\w)(öldür|ölsün|ölün|ölesi|öleceks|geber|gebert|kurşun|vurun|vurul|vurac|vuracağ|asın|asıl|asmak|idam|'
          r'kafanı|kafasını|kafalarını|kanını|kanın|kan |mezar|bıçak|kesece|keserim|kesin|kesil|yakacağ|yakın|yakıl|'
          r'yansın|yanasıca|kahrolsun|kahrol|canını|canına|belanı|bacaklarını|kırarım|kıracağ|döverim|döveceğ|gebereceks|'
          r'boğaz|doğra|infaz|katlet|katliam|sıkacağ|sıkarım|sıkın|tarayın|patlat|bomba|intikam|hesabını|bedel|'
          r'cehennem|gömeceğ|gömerim|mermi|silah|öldüreceğ|öldürürüm|ölmeli|ölmesi|ölümü|ölüm)',
    'ar': r'(قتل|اقتل|يقتل|نقتل|ذبح|دبح|يذبح|يدبح|حرق|يحرق|احرق|يموت|تموت|موت|رصاص|سحل|شنق|مشنق|اعدام|إعدام|اعدم|'
          r'فجر|تفجير|ياخذك|يأخذك|ياخدك|ياخذكم|ياخدكم|ياخذهم|ياخدهم|ياخذه|ياخده|يأخذه|سكين|طعن|نحر|دمك|دمه|دمهم|دماء|'
          r'يلعن|ينتقم|الله لا يرده|يشل|تنشل|ينشل|يهلك|اهلك|أهلك|عليك ب|سلاح|قنبل|تقطع|يقطع|نقطع|رقب|كسر|نكسر|نفجر|'
          r'سنقتل|سنذبح|بنذبح|بدنا نذبح|هنقتل|رح نقتل|يعدم|تحرق|تولع|يولع|جهنم|مصيرك|يومك|جايكم|سيأتيكم|قبر|كفن|ندعس|دعس)',
}


def rows(data, lang):
    """(dataset, row id, text) of every labelled row, the row id being the file and the line or record number."""
    csv.field_size_limit(10 ** 9)
    out = []
    if lang == 'ru':
        for name in ('train.csv', 'val.csv'):
            with open(os.path.join(data, 'ru_toxic', name), encoding='utf-8', newline='') as f:
                reader = csv.reader(f)
                next(reader)
                for i, r in enumerate(reader, 1):
                    if len(r) >= 2 and r[1].strip()[:1] in ('0', '1'):
                        out.append(('ru_toxic', name + ':' + str(i), r[0].strip()))
    elif lang == 'tr':
        with open(os.path.join(data, 'offenseval_tr', 'offenseval-tr-training-v1.tsv'), encoding='utf-8') as f:
            for line in f:
                r = line.rstrip('\n').split('\t')
                if len(r) >= 3 and r[2] in ('OFF', 'NOT'):
                    out.append(('offenseval_tr', 'id:' + r[0], r[1].strip()))
    else:
        for name in ('OSACT2020-sharedTask-train.txt', 'OSACT2020-sharedTask-dev.txt'):
            with open(os.path.join(data, 'osact4_ar', name), encoding='utf-8') as f:
                for i, line in enumerate(f, 1):
                    r = line.rstrip('\n').split('\t')
                    if len(r) >= 2 and r[1] in ('OFF', 'NOT_OFF'):
                        out.append(('osact4', name + ':' + str(i), r[0].replace('<LF>', '\n').strip()))
        with open(os.path.join(data, 'lhsab_ar', 'L-HSAB.tsv'), encoding='utf-8', newline='') as f:
            reader = csv.reader(f, delimiter='\t')
            next(reader)
            for i, r in enumerate(reader, 1):
                if len(r) >= 2 and r[1].strip() in ('normal', 'abusive', 'hate'):
                    out.append(('lhsab', 'L-HSAB.tsv:' + str(i), r[0].strip()))
    return out


def draw(data, lang):
    known = validated(lang)
    pool, seen = [], set()
    for source, rid, text in rows(data, lang):
        k = key(text)
        if k and k not in known and k not in seen:
            seen.add(k)
            pool.append((source, rid, text))
    pool.sort(key=lambda r: digest(DRAW_SEED, r[2]))
    cand = re.compile(CANDIDATES[lang], re.IGNORECASE)
    with_word = [r for r in pool if cand.search(r[2].lower())]
    rest = [r for r in pool if not cand.search(r[2].lower())]
    return with_word[:CANDIDATE_ROWS[lang]], rest[:RANDOM_ROWS], len(with_word), len(pool)


def half(text):
    return 'searched' if digest(HALF_SEED, text)[0] & 1 == 0 else 'unsearched'


# A narrower Turkish list for a second draw: the broad one above matches many harmless words ("kesin", "yakın",
# "sıkıntı"), so its first 260 rows held few threats. Added after those rows were read, before any pattern was run on
# any row, with the same seed; rows of the first draw are not drawn again.
NARROW_TR = (r'(?<!\w)(öldür|ölsün|ölün|geber|gebert|kurşunla|vurun|vurulsun|asın|asılsın|idam|kafanı|kafasını|'
             r'kanını|keserim|kesece|kesilsin|yakacağ|yakılsın|canını al|canını alır|öldüreceğ|öldürürüm|sıkacağ|'
             r'gömeceğ|katled|kahrolsun|gebersin|geberin|ölmeli|ölesi|yok olsun|kırılsın|kurusun)')
NARROW_TR_ROWS = 170


def draw_narrow_tr(data, first_rows):
    taken = {key(r[2]) for r in first_rows}
    known = validated('tr')
    pool, seen = [], set()
    for source, rid, text in rows(data, 'tr'):
        k = key(text)
        if k and k not in known and k not in seen and k not in taken:
            seen.add(k)
            pool.append((source, rid, text))
    pool.sort(key=lambda r: digest(DRAW_SEED + 'narrow:', r[2]))
    narrow = re.compile(NARROW_TR, re.IGNORECASE)
    return [r for r in pool if narrow.search(r[2].lower())][:NARROW_TR_ROWS]


# A third Russian list, of constructions rather than words ("надо их ...", "я бы его ...", "пусть сдохнет", "чтоб ты
# ..."): ru_toxic has few rows with a candidate word that no earlier validation file holds (438), so after they were
# read this list was searched too, with the same seed; rows drawn before are not drawn again.
CONSTRUCTIONS_RU = (r'(?<!\w)((надо|нужно|пора|следует) (бы )?(их|его|её|ее|таких|всех|этих|этого|эту|тебя|вас)(?!\w)|'
                    r'(бы|б) (я|мы) (его|её|ее|их|тебя|вас|таких|этого|эту|им|ему|тебе)(?!\w)|'
                    r'пусть (бы )?(он |она |они |все )?(сдох|подох|сгор|горят|сдыха|умр|умир)|выпил|биореактор|'
                    r'чтоб(ы)? (ты|вы|он|она|они|тебя|вас|их|его|ей|им|тебе|вам) )')


def draw_constructions_ru(data, drawn):
    taken = {key(r[2]) for r in drawn}
    known = validated('ru')
    pool, seen = [], set()
    for source, rid, text in rows(data, 'ru'):
        k = key(text)
        if k and k not in known and k not in seen and k not in taken:
            seen.add(k)
            pool.append((source, rid, text))
    pool.sort(key=lambda r: digest(DRAW_SEED + 'constructions:', r[2]))
    construction = re.compile(CONSTRUCTIONS_RU, re.IGNORECASE)
    return [r for r in pool if construction.search(r[2].lower())]


if __name__ == '__main__':
    # Order of the rows as they were read: the first CANDIDATE_ROWS rows with a word and RANDOM_ROWS at random, then
    # (Turkish) the narrow draw, then the rest of the rows with a word, then (Russian) the construction draw.
    data_dir, out_dir = sys.argv[1], sys.argv[2]

    def write(out, kind, part):
        for source, rid, text in part:
            out.write('\t'.join(('?', source, rid, kind, half(text),
                                 text.replace('\r', ' ').replace('\t', ' ').replace('\n', '\\n'))) + '\n')

    for language in ('ru', 'tr', 'ar'):
        first = CANDIDATE_ROWS[language]
        CANDIDATE_ROWS[language] = 10 ** 9
        words, randoms, n_words, n_pool = draw(data_dir, language)
        print(language, 'pool', n_pool, 'with a candidate word', n_words)
        with open(os.path.join(out_dir, language + '-eval12.unlabelled.tsv'), 'w', encoding='utf-8') as out:
            write(out, 'word', words[:first])
            write(out, 'random', randoms)
            narrow = draw_narrow_tr(data_dir, words[:first] + randoms) if language == 'tr' else []
            write(out, 'narrow', narrow)
            taken = {key(r[2]) for r in narrow}
            write(out, 'word', [r for r in words[first:] if key(r[2]) not in taken])
            if language == 'ru':
                write(out, 'construction', draw_constructions_ru(data_dir, words + randoms))
