# -*- coding: utf-8 -*-
"""Checks pages 01-05 and gold/01-05.json.  usage: python3 validate.py   (prints 'N errors')"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

OUT = gen.OUT
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = {'形势分析', '隐患排查', '责任落实'}
WS = re.compile(r'\s+')
errors = []


def err(nn, msg):
    errors.append(f'{nn}: {msg}')


def nows(s):
    return WS.sub('', s)


built = gen.build_all()
for nn, cfg in gen.PAGES.items():
    path = os.path.join(OUT, f'{nn}.txt')
    gpath = os.path.join(OUT, 'gold', f'{nn}.json')
    if not os.path.exists(path) or not os.path.exists(gpath):
        err(nn, 'page or gold missing')
        continue
    raw = open(path, 'rb').read()
    # encoding, BOM and line ends as stated
    if cfg['bom'] != raw.startswith(b'\xef\xbb\xbf'):
        err(nn, 'BOM presence differs from the stated encoding')
    body = raw[3:] if cfg['bom'] else raw
    try:
        text = body.decode(cfg['encoding'])
    except UnicodeDecodeError as e:
        err(nn, f'does not decode as {cfg["encoding"]}: {e}')
        continue
    if cfg['encoding'] == 'gbk':
        try:
            body.decode('gb18030')
        except UnicodeDecodeError:
            err(nn, 'GBK page not readable as GB18030')
    if cfg['eol'] == '\r\n':
        if re.search(r'(?<!\r)\n', text) or re.search(r'\r(?!\n)', text):
            err(nn, 'mixed line ends in a CRLF page')
    elif '\r' in text:
        err(nn, 'CR in an LF page')
    if raw != gen.page_bytes(nn, built[nn]):
        err(nn, 'page bytes differ from what gen.py builds (re-run gen.py)')

    g = json.load(open(gpath, encoding='utf-8'))
    if g != built[nn].gold():
        err(nn, 'gold differs from what gen.py builds (re-run gen.py)')
    keys = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
    if set(g) != keys:
        err(nn, f'gold keys {sorted(g)}')
    if g['file'] != f'{nn}.txt':
        err(nn, 'file field')
    if g['speeches'] != len(g['titles']):
        err(nn, 'speech count differs from the number of titles')
    for h in g['headings']:
        if h.get('level') not in (1, 2, 3):
            err(nn, f'heading level {h}')
    for p in g['paragraphs']:
        if p.get('category') not in CATS:
            err(nn, f'category {p.get("category")}')
        if not isinstance(p.get('truncated'), bool):
            err(nn, 'truncated not boolean')
        if len(gen.norm(p['text'])) < 4:
            err(nn, f'paragraph too short to be scored: {p["text"]}')
    ncore = sum(1 for p in g['paragraphs'] if p['category'] in CORE)
    if ncore < 4:
        err(nn, f'only {ncore} core paragraphs')

    # every gold text occurs in the page once the noise strings are removed and whitespace ignored
    cleaned = text
    for n in sorted(g['noise'], key=len, reverse=True):
        cleaned = cleaned.replace(n, '')
    cleaned = nows(cleaned)
    golds = [('title', t) for t in g['titles']] + [('heading', h['text']) for h in g['headings']] + \
            [('paragraph', p['text']) for p in g['paragraphs']]
    for kind, t in golds:
        if nows(t) not in cleaned:
            err(nn, f'{kind} not found in page: {t[:30]}')
    # titles stand on a line of their own
    lines = [ln.strip('\ufeff \u3000\t') for ln in text.splitlines()]
    for t in g['titles']:
        if t not in lines:
            err(nn, f'title not on its own line: {t}')
    # noise: occurs in the page, scorable, and nowhere inside a gold text after norm()
    gnorm = [gen.norm(t) for _, t in golds]
    for n in g['noise']:
        if n not in text:
            err(nn, f'noise not in page: {n}')
        nn_ = gen.norm(n)
        if len(nn_) < 2:
            err(nn, f'noise too short after norm: {n}')
        for t in gnorm:
            if nn_ and nn_ in t:
                err(nn, f'noise "{n}" occurs inside gold text')
                break
    # paragraphs with an injection must not carry it in gold
    # speech-level sizes from the source of truth
    for st in built[nn].stats:
        lo = 500 if nn == '03' else 700
        if not lo <= st['han'] <= 1400:
            err(nn, f'{st["title"]}: {st["han"]} Han characters')
        if not 8 <= st['paragraphs'] <= 14:
            err(nn, f'{st["title"]}: {st["paragraphs"]} paragraphs')
    if len(built[nn].stats) != g['speeches']:
        err(nn, 'stats/speeches mismatch')
    print(f'{nn}: {cfg["encoding"]}{"+BOM" if cfg["bom"] else ""} {cfg["eol"]!r} speeches={g["speeches"]} '
          f'paragraphs={len(g["paragraphs"])} core={ncore} headings={len(g["headings"])} noise={len(g["noise"])} '
          f'han={[s["han"] for s in built[nn].stats]}')

for e in errors:
    print('ERROR', e)
print(f'{len(errors)} errors')
sys.exit(1 if errors else 0)
