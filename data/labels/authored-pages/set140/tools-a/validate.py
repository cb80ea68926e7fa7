# -*- coding: utf-8 -*-
"""Checks pages 01-05 and gold/NN.json against the labelling conventions. Prints 'N errors'."""
import json, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import SPEC, OUT, norm, gold_text
from speeches import S1, S2, S3, S4, S5, S6, S7

CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = {'形势分析', '隐患排查', '责任落实'}
SPEECHES = {'01': [S1, S2, S3], '02': [S4], '03': [S5], '04': [S6], '05': [S7]}
MIN_HAN = {'01': 500}
errors = []


def err(nn, msg):
    errors.append(f'{nn}: {msg}')


def han(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff')


def nows(s):
    return re.sub(r'\s+', '', s)


for nn, spec in SPEC.items():
    raw = open(os.path.join(OUT, nn + '.txt'), 'rb').read()
    bom = raw.startswith(b'\xef\xbb\xbf')
    if bom != spec['bom']:
        err(nn, f'BOM present={bom}, expected {spec["bom"]}')
    try:
        text = raw[3:].decode(spec['enc']) if bom else raw.decode(spec['enc'])
    except UnicodeDecodeError as e:
        err(nn, f'does not decode as {spec["enc"]}: {e}')
        continue
    if spec['enc'] != 'utf-8':
        try:
            raw.decode('utf-8')
            err(nn, 'page also decodes as UTF-8 (expected a legacy encoding to be visible)')
        except UnicodeDecodeError:
            pass
    crlf, lf = text.count('\r\n'), text.count('\n')
    if spec['eol'] == '\r\n' and crlf != lf:
        err(nn, f'expected CRLF everywhere ({crlf} CRLF of {lf} LF)')
    if spec['eol'] == '\n' and '\r' in text:
        err(nn, 'unexpected CR')

    g = json.load(open(os.path.join(OUT, 'gold', nn + '.json'), encoding='utf-8'))
    if g.get('file') != nn + '.txt':
        err(nn, 'gold file name')
    if set(g) != {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}:
        err(nn, f'gold keys {sorted(g)}')
    if g['speeches'] != len(g['titles']):
        err(nn, 'speeches != number of titles')
    if g['speeches'] != len(SPEECHES[nn]):
        err(nn, 'speech count differs from source')
    for h in g['headings']:
        if h.get('level') not in (1, 2, 3):
            err(nn, f'bad heading level {h}')
    for p in g['paragraphs']:
        if p.get('category') not in CATS:
            err(nn, f'bad category {p.get("category")}')
        if not isinstance(p.get('truncated'), bool):
            err(nn, 'truncated not bool')
    ncore = sum(1 for p in g['paragraphs'] if p['category'] in CORE)
    if ncore < 4:
        err(nn, f'only {ncore} core paragraphs')

    # noise: occurs in the page, measurable, and not inside any gold text after norm()
    golds = g['titles'] + [h['text'] for h in g['headings']] + [p['text'] for p in g['paragraphs']]
    gnorm = [norm(x) for x in golds]
    for n in g['noise']:
        if n not in text:
            err(nn, f'noise not in page: {n!r}')
        t = norm(n)
        if len(t) < 2:
            err(nn, f'noise too short to measure: {n!r}')
        for x, xn in zip(golds, gnorm):
            if t in xn:
                err(nn, f'noise {n!r} occurs inside gold {x[:30]!r}')
    # every gold text occurs once the noise is removed and whitespace ignored; paragraphs in order
    clean = text
    for n in sorted(g['noise'], key=len, reverse=True):
        clean = clean.replace(n, '')
    clean = nows(clean)
    for x in golds:
        if nows(x) not in clean:
            err(nn, f'gold text not found: {x[:40]!r}')
    pos = 0
    for p in g['paragraphs']:
        i = clean.find(nows(p['text']), pos)
        if i < 0:
            err(nn, f'paragraph out of order: {p["text"][:30]!r}')
        else:
            pos = i + 1
    for t in g['titles']:
        if t in [p['text'] for p in g['paragraphs']]:
            err(nn, 'title equals a paragraph')
    # speeches: size and shape
    for sp in SPEECHES[nn]:
        body = ''.join(gold_text(it[2]) if it[0] != 'rh' else it[2] + gold_text(it[3]) for it in sp['body'])
        n_han = han(sp['title'] + body)
        lo = MIN_HAN.get(nn, 700)
        if not lo <= n_han <= 1400:
            err(nn, f'speech {sp["title"][:12]} has {n_han} Han characters')
        n_par = sum(1 for it in sp['body'] if it[0] != 'h')
        if not 8 <= n_par <= 14:
            err(nn, f'speech {sp["title"][:12]} has {n_par} paragraphs')
        print(f'{nn} {sp["title"][:24]:<26} han={n_han} paragraphs={n_par}')
    print(f'{nn}: {len(g["paragraphs"])} paragraphs ({ncore} core), {len(g["headings"])} headings, '
          f'{len(g["noise"])} noise, encoding {spec["enc"]}{"+BOM" if spec["bom"] else ""} {spec["eol"]!r}')

for e in errors:
    print('ERROR', e)
print(f'{len(errors)} errors')
sys.exit(1 if errors else 0)
