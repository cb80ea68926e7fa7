#!/usr/bin/python3
"""Check gold/NN.json against pages. Standard library only."""
import json, os, re, sys, unicodedata, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'开场','形势分析','思想认识','隐患排查','监管执法','责任落实','应急管理','宣传培训','基层基础','结尾'}
CORE = ('形势分析', '隐患排查', '责任落实')
KEYS = {'file','speeches','titles','headings','paragraphs','noise'}

def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = s.replace('**', '')
    s = re.sub(r'(?m)^#+', '', s)
    return re.sub(r'\s+', '', s)

def decode(b):
    if b.startswith(b'\xef\xbb\xbf'): return b[3:].decode('utf-8'), 'utf-8-sig'
    try: return b.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError: return b.decode('gb18030'), 'gb18030'

def han(s): return sum(1 for c in s if '\u4e00' <= c <= '\u9fff')

total_err = 0
for gp in sorted(glob.glob(os.path.join(D, 'gold', '*.json'))):
    errs = []; info = []
    g = json.load(open(gp, encoding='utf-8'))
    if set(g) != KEYS: errs.append(f'keys {sorted(set(g) ^ KEYS)}')
    page, enc = decode(open(os.path.join(D, g['file']), 'rb').read())
    if g['speeches'] != len(g['titles']): errs.append('speeches != len(titles)')
    for h in g['headings']:
        if not isinstance(h.get('level'), int) or h['level'] < 1: errs.append(f'bad level {h}')
        if h['text'].rstrip().endswith('。'): errs.append(f'heading ends with 。 {h["text"]}')
    for p in g['paragraphs']:
        if p['category'] not in CATS: errs.append(f'bad category {p["category"]}')
        if not isinstance(p.get('truncated'), bool): errs.append('truncated not bool')
    gold = g['titles'] + [h['text'] for h in g['headings']] + [p['text'] for p in g['paragraphs']]
    ngold = [norm(x) for x in gold]
    seen = set()
    for n in g['noise']:
        if len(n) < 4: errs.append(f'noise too short {n}')
        if n in seen: errs.append(f'noise dup {n}')
        seen.add(n)
        if n not in page: errs.append(f'noise not in page {n}')
        if any(norm(n) in x for x in ngold): errs.append(f'noise inside gold {n}')
    npage = norm(page)
    for name, lst in (('title', g['titles']), ('heading', [h['text'] for h in g['headings']]),
                      ('paragraph', [p['text'] for p in g['paragraphs']])):
        cur = 0
        for x in lst:
            i = npage.find(norm(x), cur)
            if i < 0:
                errs.append(f'{name} missing/out of order: {x[:30]}'); continue
            cur = i + len(norm(x))
    if g['speeches'] == 1:
        n = han(''.join(gold))
        if not 700 <= n <= 1300: errs.append(f'han count {n}')
        for c in CORE:
            k = sum(1 for p in g['paragraphs'] if p['category'] == c)
            if k < 2: errs.append(f'only {k} {c}')
    else:
        info.append('multi-speech file: per-speech counts not checked')
    # uncovered text
    nnoise = sorted((norm(n) for n in g['noise']), key=len, reverse=True)
    for line in page.splitlines():
        s = norm(line)
        if not s: continue
        for n in nnoise: s = s.replace(n, '')
        for x in sorted(ngold, key=len, reverse=True): s = s.replace(x, '')
        s = s.strip('。')
        if s and not (len(s) >= 4 and any(s in x for x in ngold)):
            info.append(f'uncovered: {s}')
    print(f"{g['file']} [{enc}] han={han(''.join(gold))} paras={len(g['paragraphs'])} noise={len(g['noise'])} errors={len(errs)}")
    for e in errs: print('  ERROR', e)
    for i in info: print('  info', i)
    total_err += len(errs)
print('TOTAL ERRORS', total_err)
sys.exit(1 if total_err else 0)
