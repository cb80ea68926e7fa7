# -*- coding: utf-8 -*-
"""Checks pages 06-10 and gold/06-10.json; prints the problems and 'N errors'.
usage: python3 validate.py
"""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = {'形势分析', '隐患排查', '责任落实'}
errors = []


def err(nn, msg):
    errors.append('%s: %s' % (nn, msg))


def norm(s):
    """the scorer's norm() without the Traditional->Simplified fold (gold is in the page's own script)"""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(ch for ch in s if unicodedata.category(ch)[0] in 'LN' or ch in '×*')


def squash(s):
    return re.sub(r'\s+', '', s)


def han(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))


manifest = json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8'))
for nn, m in sorted(manifest.items()):
    raw = open(os.path.join(OUT, nn + '.txt'), 'rb').read()
    codec, eol = m['codec'], m['eol']
    # --- encoding and line ends
    try:
        page = raw.decode(codec, errors='strict')
    except UnicodeDecodeError as e:
        err(nn, 'does not decode as %s: %s' % (codec, e))
        continue
    if codec == 'utf-8-sig' and not raw.startswith(b'\xef\xbb\xbf'):
        err(nn, 'BOM missing')
    if codec == 'utf-8' and raw.startswith(b'\xef\xbb\xbf'):
        err(nn, 'unexpected BOM')
    if codec == 'gbk':
        try:
            raw.decode('utf-8')
            err(nn, 'GBK page also decodes as UTF-8 (no non-ASCII?)')
        except UnicodeDecodeError:
            pass
    if eol == '\r\n':
        if re.search(r'(?<!\r)\n', page) or re.search(r'\r(?!\n)', page):
            err(nn, 'line ends are not all CRLF')
    elif '\r' in page:
        err(nn, 'CR in an LF page')
    # --- gold shape
    g = json.load(open(os.path.join(OUT, 'gold', nn + '.json'), encoding='utf-8'))
    if g.get('file') != nn + '.txt':
        err(nn, 'file field %r' % g.get('file'))
    if g.get('speeches') != len(g.get('titles', [])):
        err(nn, 'speeches %s != titles %d' % (g.get('speeches'), len(g.get('titles', []))))
    if g.get('speeches') != 1:
        err(nn, 'expected 1 speech')
    for h in g['headings']:
        if h.get('level') not in (1, 2, 3):
            err(nn, 'bad heading level %r' % h)
    paras = g['paragraphs']
    for p in paras:
        if p.get('category') not in CATS:
            err(nn, 'bad category %r' % p.get('category'))
        if not isinstance(p.get('truncated'), bool):
            err(nn, 'truncated not bool in %r' % p['text'][:20])
    core = sum(p['category'] in CORE for p in paras)
    if core < 4:
        err(nn, 'only %d core paragraphs' % core)
    if not 8 <= len(paras) <= 14:
        err(nn, '%d paragraphs (want 8-14)' % len(paras))
    nhan = han(''.join([h['text'] for h in g['headings']] + [p['text'] for p in paras]))
    if not 700 <= nhan <= 1400:
        err(nn, 'speech has %d Han characters (want 700-1400)' % nhan)
    if paras and paras[0]['category'] != '开场':
        err(nn, 'first paragraph is not 开场')
    if paras and paras[-1]['category'] != '结尾':
        err(nn, 'last paragraph is not 结尾')
    golds = list(g['titles']) + [h['text'] for h in g['headings']] + [p['text'] for p in paras]
    # --- noise: present in page, counted by the scorer, inside no gold text
    flat = squash(page)
    # page-number lines (— 3 —) are chrome that the noise list cannot carry: norm() leaves one digit, which the
    # scorer skips and which occurs inside gold text; they are cut here, as a reader would cut them
    unpaged = squash(re.sub(r'(?m)^[ \t\u3000]*— \d+ —[ \t\u3000]*$', '', page))
    gnorm = [norm(t) for t in golds]
    for n in g['noise']:
        if squash(n) not in flat:
            err(nn, 'noise not in page: %r' % n)
        t = norm(n)
        if len(t) < 2:
            err(nn, 'noise too short for the scorer: %r' % n)
        for gt in gnorm:
            if t and t in gt:
                err(nn, 'noise %r occurs inside gold text %r' % (n, gt[:30]))
    if len(set(g['noise'])) != len(g['noise']):
        err(nn, 'duplicate noise strings')
    # --- every gold text occurs in the page once the noise is removed (whitespace ignored)
    clean = unpaged
    for n in sorted(g['noise'], key=len, reverse=True):
        clean = clean.replace(squash(n), '')
    for t in golds:
        if squash(t) not in clean:
            err(nn, 'gold text not in page: %r' % t[:40])
    # a salutation is neither gold nor noise
    for t in golds + g['noise']:
        if norm(t) in ('同志们', '同志們'):
            err(nn, 'salutation labelled')
    # --- page 10: gold in the page's own (Traditional) script
    if nn == '10':
        for t in golds:
            if re.search(r'[们这会讲县区长话]', t):
                err(nn, 'Simplified character in Traditional gold: %r' % t[:30])
    print('%s  %-28s %2d paragraphs (%d core)  %2d headings  %4d Han  %2d noise' % (
        nn, m['desc'], len(paras), core, len(g['headings']), nhan, len(g['noise'])))

for e in errors:
    print('ERROR', e)
print('%d errors' % len(errors))
