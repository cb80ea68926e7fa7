# -*- coding: utf-8 -*-
"""Check writer b's pages 06-10 against their gold. usage: python3 validate.py   (exit 1 on any error)
Checks: strict decoding with the declared encoding (BOM / line ends as declared); gold consistent with speeches.py;
categories and levels valid; every noise string absent from every gold title/heading/paragraph and from the
unlabelled speaker/date/salutation lines (after the scorer's norm); every title/heading/paragraph (and unlabelled
line) found on the page in order once the noise strings are removed, and nothing left over; sizes (700-1400 Han
characters, 8-14 paragraphs, >= 4 core paragraphs per speech)."""
import json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES, SPEECHES, CATEGORIES, CORE  # noqa: E402
from gen import build  # noqa: E402

errors, warnings = [], []


def err(nn, msg):
    errors.append(f'{nn}: {msg}')


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if unicodedata.category(c)[0] in 'LN' or c in '×*')


def han(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff' or '\u3400' <= c <= '\u4dbf')


for nn in sorted(PAGES):
    page = PAGES[nn]
    path = os.path.join(OUT, f'{nn}.txt')
    raw = open(path, 'rb').read()
    # --- decoding
    enc = page['enc']
    if enc == 'utf-8-sig' and not raw.startswith(b'\xef\xbb\xbf'):
        err(nn, 'declared UTF-8 with BOM but no BOM')
    if enc != 'utf-8-sig' and raw.startswith(b'\xef\xbb\xbf'):
        err(nn, 'unexpected UTF-8 BOM')
    try:
        text = raw.decode(enc, errors='strict')
    except UnicodeDecodeError as e:
        err(nn, f'strict decode failed: {e}')
        continue
    if enc == 'gb18030':
        try:
            raw.decode('utf-8')
            err(nn, 'GB18030 page also decodes as UTF-8 (not really GB18030)')
        except UnicodeDecodeError:
            pass
    if page['nl'] == '\r\n':
        if text.replace('\r\n', '').count('\n') or text.replace('\r\n', '').count('\r'):
            err(nn, 'mixed line ends in a CRLF page')
        text = text.replace('\r\n', '\n')
    elif '\r' in text:
        err(nn, 'CR in an LF page')
    # --- gold file vs speeches.py
    gold = json.load(open(os.path.join(OUT, 'gold', f'{nn}.json'), encoding='utf-8'))
    exp_text, exp_gold, seq = build(nn)
    if gold != exp_gold:
        err(nn, 'gold/NN.json differs from what speeches.py builds (run gen.py)')
    if text != exp_text:
        err(nn, 'page differs from what speeches.py builds (run gen.py)')
    if gold['file'] != f'{nn}.txt':
        err(nn, 'gold file name')
    if gold['speeches'] != len(gold['titles']) or gold['speeches'] != len(SPEECHES[nn]):
        err(nn, 'speech count / titles mismatch')
    for p in gold['paragraphs']:
        if p['category'] not in CATEGORIES:
            err(nn, f'bad category {p["category"]}')
        if set(p) - {'text', 'category', 'truncated'}:
            err(nn, f'bad paragraph keys {sorted(p)}')
    for h in gold['headings']:
        if h['level'] not in (1, 2, 3):
            err(nn, f'bad heading level {h}')
    # --- noise never inside gold text or unlabelled speech lines
    labelled = [t for k, t in seq]
    for n in gold['noise']:
        nn_ = norm(n)
        if len(nn_) < 2:
            warnings.append(f'{nn}: noise {n!r} normalises to <2 chars (ignored by the scorer)')
            continue
        for t in labelled:
            if nn_ in norm(t):
                err(nn, f'noise {n!r} occurs inside gold/unlabelled text {t[:30]!r}')
    # --- order: remove noise from the page, then every speech line in order, nothing left over
    rest = text
    for n in sorted(gold['noise'], key=len, reverse=True):
        rest = rest.replace(n, '\n')
    T = norm(rest)
    pos, leftovers = 0, []
    for kind, t in seq:
        k = norm(t)
        i = T.find(k, pos)
        if i < 0:
            err(nn, f'{kind} not found in order: {t[:40]!r}')
            continue
        if T[pos:i]:
            leftovers.append(T[pos:i])
        pos = i + len(k)
    if T[pos:]:
        leftovers.append(T[pos:])
    for l in leftovers:
        err(nn, f'text on the page that is neither gold, unlabelled nor noise: {l[:60]!r}')
    # each gold list in page order (titles, headings, paragraphs separately)
    for key, items in (('titles', gold['titles']), ('headings', [h['text'] for h in gold['headings']]),
                       ('paragraphs', [p['text'] for p in gold['paragraphs']])):
        p0 = 0
        for t in items:
            i = T.find(norm(t), p0)
            if i < 0:
                err(nn, f'{key} out of order: {t[:30]!r}')
            else:
                p0 = i + len(norm(t))
    # --- sizes per speech
    for sp in SPEECHES[nn]:
        paras = [b for b in sp['blocks'] if b[0] in ('p', 'hr')]
        cats = [b[1] if b[0] == 'p' else b[3] for b in paras]
        body = ''.join((b[2] if b[0] in ('h', 'p') else b[2] + b[4]) for b in sp['blocks'] if b[0] != 'n')
        body_paras = ''.join((b[2] if b[0] == 'p' else b[4]) for b in paras)
        nh = han(body)
        if not 700 <= nh <= 1400:
            err(nn, f'speech has {nh} Han characters (700-1400)')
        if not 8 <= len(paras) <= 14:
            err(nn, f'speech has {len(paras)} paragraphs (8-14)')
        ncore = sum(c in CORE for c in cats)
        if ncore < 4:
            err(nn, f'speech has {ncore} core paragraphs (>= 4)')
        print(f'{nn}: {page["enc"]:9s} {"CRLF" if page["nl"] == chr(13) + chr(10) else "LF"}  speeches={len(SPEECHES[nn])} '
              f'paragraphs={len(paras)} core={ncore} headings={len(gold["headings"])} han={nh} (paras {han(body_paras)}) noise={len(gold["noise"])}')

for w in warnings:
    print('warning:', w)
for e in errors:
    print('ERROR:', e)
print(f'{len(errors)} errors, {len(warnings)} warnings')
sys.exit(1 if errors else 0)
