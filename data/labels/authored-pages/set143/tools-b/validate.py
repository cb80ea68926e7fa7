# -*- coding: utf-8 -*-
"""Check pages 06-10 and their gold.  Run: python3 validate.py   (prints `0 errors` when all is well)"""
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import SPEC, gold_text  # noqa: E402
from speeches import S06, S07A, S07B, S08, S09, S10  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = {'形势分析', '隐患排查', '责任落实'}
SPEECHES = {'06': [S06], '07': [S07A, S07B], '08': [S08], '09': [S09], '10': [S10]}
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]')


def norm(s):
    """the scorer's norm(): NFKC, keep letters, digits, × and * (no Traditional text on these pages)"""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if unicodedata.category(c)[0] in 'LN' or c in '×*')


def nows(s):
    return re.sub(r'\s+', '', s)


errors = []


def err(no, msg):
    errors.append(f'{no}: {msg}')
    print(f'ERROR {no}: {msg}')


for no in ['06', '07', '08', '09', '10']:
    spec = SPEC[no]
    raw = open(os.path.join(OUT, no + '.txt'), 'rb').read()
    # --- encoding
    try:
        if spec.get('bom'):
            if not raw.startswith(spec['bom']):
                err(no, 'missing BOM')
            text = raw[len(spec['bom']):].decode(spec['encoding'], errors='strict')
        else:
            text = raw.decode(spec['encoding'], errors='strict')
    except UnicodeDecodeError as e:
        err(no, f'does not decode as {spec["encoding"]}: {e}')
        continue
    if spec['encoding'] == 'utf-8-sig' and not raw.startswith(b'\xef\xbb\xbf'):
        err(no, 'missing UTF-8 BOM')
    if spec['encoding'] == 'utf-8' and raw.startswith(b'\xef\xbb\xbf'):
        err(no, 'unexpected BOM')
    if spec['encoding'] == 'gb18030':
        try:
            raw.decode('utf-8')
            err(no, 'GB18030 page also decodes as UTF-8 (not really GB bytes)')
        except UnicodeDecodeError:
            pass
    # --- line ends
    eol = spec['eol']
    if eol == '':
        if '\n' in text or '\r' in text:
            err(no, 'single-line page has a line break')
    elif eol == '\r\n':
        if re.search(r'(?<!\r)\n', text) or re.search(r'\r(?!\n)', text):
            err(no, 'mixed line ends in a CRLF page')
    elif eol == '\n':
        if '\r' in text:
            err(no, 'CR in an LF page')

    g = json.load(open(os.path.join(OUT, 'gold', no + '.json'), encoding='utf-8'))
    if g.get('file') != no + '.txt':
        err(no, 'gold file name')
    if set(g) != {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}:
        err(no, f'gold keys {sorted(g)}')
    if g['speeches'] != len(g['titles']):
        err(no, 'speech count differs from number of titles')
    if g['speeches'] != len(SPEECHES[no]):
        err(no, 'speech count differs from source')

    # --- noise: present in the page, not inside any gold text after norm()
    golds = g['titles'] + [h['text'] for h in g['headings']] + [p['text'] for p in g['paragraphs']]
    ngolds = [norm(x) for x in golds]
    page_nows = nows(text)
    for n in g['noise']:
        if nows(n) not in page_nows:
            err(no, f'noise not in page: {n!r}')
        t = norm(n)
        if len(t) < 2:
            err(no, f'noise too short after norm (scorer skips it): {n!r}')
        if len(nows(n)) < 4 and len(t) < 2:
            err(no, f'noise shorter than 4 characters: {n!r}')
        for x, nx in zip(golds, ngolds):
            if t and t in nx:
                err(no, f'noise {n!r} occurs inside gold text {x[:20]!r}')

    # --- noise must not hit the unlabelled speech lines either (speaker/date lines, salutations)
    for S in SPEECHES[no]:
        for m in S['meta'] + [S['salutation']]:
            for n in g['noise']:
                if norm(n) and norm(n) in norm(m):
                    err(no, f'noise {n!r} occurs inside the speech line {m!r}')

    # --- every gold text in the page once the noise is removed (whitespace ignored), in order
    stripped = text
    for n in sorted(g['noise'], key=len, reverse=True):
        stripped = stripped.replace(n, '')
    sn = nows(stripped)
    for t in g['titles']:
        if nows(t) not in sn:
            err(no, f'title not found: {t}')
    pos = 0
    for h in g['headings']:
        if h['level'] not in (1, 2, 3):
            err(no, f'bad level {h}')
        k = sn.find(nows(h['text']))
        if k < 0:
            err(no, f'heading not found: {h["text"]}')
    pos = 0
    for p in g['paragraphs']:
        if set(p) != {'text', 'category', 'truncated'}:
            err(no, f'paragraph keys {sorted(p)}')
        if p['category'] not in CATS:
            err(no, f'bad category {p["category"]}')
        k = sn.find(nows(p['text']), pos)
        if k < 0:
            err(no, f'paragraph not found (in order): {p["text"][:30]}')
        else:
            pos = k + 1
        if '⟦' in p['text'] or '⟧' in p['text']:
            err(no, 'injection marker left in gold')
    ncore = sum(p['category'] in CORE for p in g['paragraphs'])
    if ncore < 4:
        err(no, f'only {ncore} core paragraphs')
    trunc = [p for p in g['paragraphs'] if p['truncated']]
    if no == '09':
        if len(trunc) != 1 or g['paragraphs'][-1] is not trunc[0]:
            err(no, 'expected the last paragraph truncated')
    elif trunc:
        err(no, 'unexpected truncated paragraph')

    # --- per speech: size and paragraph count, from the source
    for S in SPEECHES[no]:
        heads = [it[2] for it in S['body'] if it[0] in ('h', 'rh')]
        paras = [gold_text(it[2]) if it[0] == 'p' else gold_text(it[4]) for it in S['body'] if it[0] in ('p', 'rh')]
        han = len(HAN.findall(''.join(heads + paras)))
        if not 700 <= han <= 1400:
            err(no, f'speech has {han} Han characters')
        if not 8 <= len(paras) <= 14:
            err(no, f'speech has {len(paras)} paragraphs')
        print(f'{no}: {S.get("title") or S["title_main"]}: {han} Han, {len(paras)} paragraphs, {len(heads)} headings')
    print(f'{no}: {len(g["paragraphs"])} paragraphs ({ncore} core), {len(g["headings"])} headings, {len(g["noise"])} noise; {spec["label"]}')

print(f'{len(errors)} errors')
sys.exit(1 if errors else 0)
