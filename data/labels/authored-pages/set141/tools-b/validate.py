# -*- coding: utf-8 -*-
"""Checks pages 06-10 against their gold.  Run: python3 validate.py  -> prints 'N errors'."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import norm, PAGES, CATEGORIES, CORE  # noqa: E402

OUT = os.path.dirname(HERE)
errors = []


def err(nn, msg):
    errors.append(f'{nn}: {msg}')


def han(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))


for nn, meta in PAGES.items():
    raw = open(os.path.join(OUT, f'{nn}.txt'), 'rb').read()
    try:
        text = raw.decode(meta['enc'])
    except UnicodeDecodeError as e:
        err(nn, f'does not decode as {meta["enc"]}: {e}')
        continue
    if meta['bom'] != text.startswith('\ufeff'):
        err(nn, 'BOM presence wrong')
    text = text.lstrip('\ufeff')
    if meta['eol'] == '\r\n':
        if text.count('\n') != text.count('\r\n'):
            err(nn, 'mixed line ends (expected CRLF only)')
    elif '\r' in text:
        err(nn, 'CR found (expected LF only)')
    g = json.load(open(os.path.join(OUT, 'gold', f'{nn}.json'), encoding='utf-8'))
    if g['file'] != f'{nn}.txt':
        err(nn, 'file field wrong')
    if g['speeches'] != len(g['titles']):
        err(nn, 'speeches != len(titles)')
    # noise strings: present in page, long enough, not inside any gold text
    golds = g['titles'] + [h['text'] for h in g['headings']] + [p['text'] for p in g['paragraphs']]
    ngolds = [norm(x) for x in golds]
    for n in g['noise']:
        if n not in text:
            err(nn, f'noise not in page: {n!r}')
        if len(norm(n)) < 2:
            err(nn, f'noise too short after norm: {n!r}')
        for x in ngolds:
            if norm(n) in x:
                err(nn, f'noise {n!r} occurs inside gold {x[:20]!r}')
    # gold texts found, in order, in the page with noise removed and whitespace ignored
    clean = text
    for n in sorted(g['noise'], key=len, reverse=True):
        clean = clean.replace(n, '')
    clean = re.sub(r'\s+', '', clean)
    for t in g['titles']:
        if re.sub(r'\s+', '', t) not in clean:
            err(nn, f'title not found: {t}')
    # headings and paragraphs in document order: rebuild the order from the page position
    seq = [('h', h['text']) for h in g['headings']] + [('p', p['text']) for p in g['paragraphs']]
    pos_list = []
    for kind, t in seq:
        tt = re.sub(r'\s+', '', t)
        i = clean.find(tt)
        if i < 0:
            err(nn, f'{kind} not found: {t[:30]}')
        pos_list.append(i)
    # paragraphs must appear in their listed order
    ppos = pos_list[len(g['headings']):]
    if ppos != sorted(ppos):
        err(nn, 'paragraphs out of page order')
    hpos = pos_list[:len(g['headings'])]
    if hpos != sorted(hpos):
        err(nn, 'headings out of page order')
    # categories and counts
    for p in g['paragraphs']:
        if p['category'] not in CATEGORIES:
            err(nn, f'bad category {p["category"]}')
        if not isinstance(p.get('truncated'), bool):
            err(nn, 'truncated flag missing')
    for h in g['headings']:
        if h['level'] not in (1, 2, 3):
            err(nn, 'bad heading level')
    ncore = sum(p['category'] in CORE for p in g['paragraphs'])
    if ncore < 4:
        err(nn, f'only {ncore} core paragraphs')
    npar = len(g['paragraphs'])
    if not 8 <= npar <= 14:
        err(nn, f'{npar} paragraphs (want 8-14)')
    nh = han(''.join([p['text'] for p in g['paragraphs']] + [h['text'] for h in g['headings']]))
    if not 700 <= nh <= 1400:
        err(nn, f'{nh} Han characters in the speech body (want 700-1400)')
    if g['paragraphs'][0]['category'] != '开场' or g['paragraphs'][-1]['category'] not in ('结尾',):
        err(nn, 'first paragraph not 开场 or last not 结尾')
    print(f'{nn}: {meta["enc"]}{"+BOM" if meta["bom"] else ""} {"CRLF" if meta["eol"] == chr(13)+chr(10) else "LF"}'
          f'  speeches={g["speeches"]} paragraphs={npar} core={ncore} headings={len(g["headings"])}'
          f' noise={len(g["noise"])} han={nh}')

for e in errors:
    print('ERROR', e)
print(f'{len(errors)} errors')
