# -*- coding: utf-8 -*-
"""Checks pages 06-10 and gold/NN.json against the brief's labelling conventions.  Run: python3 validate.py"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import speeches as S
from gen import occ, MARKERS

CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = {'形势分析', '隐患排查', '责任落实'}
# page -> (encoding, line ends, BOM, speech objects)
PAGES = {
    '06': ('big5', 'crlf', False, [S.S06]),
    '07': ('utf-8', 'lf', True, [S.S07]),
    '08': ('utf-8', 'crlf', False, [S.S08A, S.S08B]),
    '09': ('gb18030', 'lf', False, [S.S09]),
    '10': ('utf-8', 'mixed', False, [S.S10]),
}
errors = []


def err(page, msg):
    errors.append(f'{page}: {msg}')


def nows(s):
    return ''.join(s.split())


def han(s):
    return len(re.findall(r'[\u3400-\u9fff]', s))


for num, (enc, eol, bom, sps) in PAGES.items():
    raw = open(os.path.join(OUT, f'{num}.txt'), 'rb').read()
    gold = json.load(open(os.path.join(OUT, 'gold', f'{num}.json'), encoding='utf-8'))
    # --- encoding and line ends
    if raw.startswith(b'\xef\xbb\xbf') != bom:
        err(num, f'BOM presence should be {bom}')
    body = raw[3:] if bom else raw
    try:
        text = body.decode(enc)
    except UnicodeDecodeError as e:
        err(num, f'does not decode as {enc}: {e}')
        continue
    if enc == 'gb18030':
        try:
            body.decode('gbk')
            err(num, 'GB18030 page has no character outside GBK (meant to need GB18030)')
        except UnicodeDecodeError:
            pass
    crlf = text.count('\r\n')
    lf_only = len(re.findall(r'(?<!\r)\n', text))
    lone_cr = len(re.findall(r'\r(?!\n)', text))
    if lone_cr:
        err(num, 'lone CR found')
    if eol == 'crlf' and (lf_only or not crlf):
        err(num, f'expected CRLF only (crlf={crlf}, lf={lf_only})')
    if eol == 'lf' and crlf:
        err(num, 'expected LF only')
    if eol == 'mixed' and not (crlf and lf_only):
        err(num, 'expected mixed line ends')
    # --- gold shape
    if set(gold) != {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}:
        err(num, f'gold keys {sorted(gold)}')
    if gold['file'] != f'{num}.txt':
        err(num, 'file name')
    if gold['speeches'] != len(gold['titles']) or gold['speeches'] != len(sps):
        err(num, 'speech count does not equal titles / source')
    for h in gold['headings']:
        if h['level'] not in (1, 2, 3):
            err(num, f'bad level {h}')
    ncore = 0
    for p in gold['paragraphs']:
        if p['category'] not in CATS:
            err(num, f'bad category {p["category"]}')
        if not isinstance(p['truncated'], bool):
            err(num, 'truncated not bool')
        ncore += p['category'] in CORE
        if any(m in p['text'] for m in MARKERS):
            err(num, 'marker left in gold text')
    if ncore < 4:
        err(num, f'only {ncore} core paragraphs')
    # --- per speech size (source of truth)
    npar = 0
    for sp in sps:
        paras = [it for it in sp['body'] if it[0] in ('p', 'hr')]
        npar += len(paras)
        body_txt = ''.join(it[2] if it[0] != 'hr' else it[2] + it[4] for it in sp['body'])
        if not 8 <= len(paras) <= 14:
            err(num, f'{sp["title"]}: {len(paras)} paragraphs')
        if not 700 <= han(body_txt) <= 1400:
            err(num, f'{sp["title"]}: {han(body_txt)} Han characters')
    if npar != len(gold['paragraphs']):
        err(num, 'gold paragraph count differs from source')
    # --- every gold text occurs in the page once noise is removed and whitespace ignored, in order
    stripped = text
    for n in sorted(gold['noise'], key=len, reverse=True):
        if n not in text:
            err(num, f'noise not on page: {n!r}')
        stripped = stripped.replace(n, '')
    flat = nows(stripped)
    for key, items in (('titles', gold['titles']), ('headings', [h['text'] for h in gold['headings']]),
                       ('paragraphs', [p['text'] for p in gold['paragraphs']])):
        pos = 0
        for t in items:
            k = flat.find(nows(t), pos)
            if k < 0:
                err(num, f'{key} not found (in order): {t[:30]}')
            else:
                pos = k + len(nows(t))
    # --- noise vs gold after the scorer's norm()
    gtexts = gold['titles'] + [h['text'] for h in gold['headings']] + [p['text'] for p in gold['paragraphs']]
    folded = occ('fold', gold['noise'] + gtexts)
    fn, fg = folded[:len(gold['noise'])], folded[len(gold['noise']):]
    for n, f in zip(gold['noise'], fn):
        if len(f) < 2:
            err(num, f'noise too short after norm: {n!r}')
        for g in fg:
            if f in g:
                err(num, f'noise {n!r} occurs inside gold text {g[:20]}')
                break
    if any(len(x) < 2 for x in fg):
        err(num, 'empty gold text')
    print(f'{num}: {enc}{" BOM" if bom else ""} {eol}; speeches {gold["speeches"]}, headings {len(gold["headings"])}, '
          f'paragraphs {len(gold["paragraphs"])} (core {ncore}), noise {len(gold["noise"])}')

for e in errors:
    print('ERROR', e)
print(f'{len(errors)} errors')
sys.exit(1 if errors else 0)
