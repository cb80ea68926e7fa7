#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check gold/NN.json against the pages NN.ext (standard library only).

Usage: /usr/bin/python3 tools/validate.py [DIR]
Exit status 1 if any error is found.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAT_ORDER = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CATS = set(CAT_ORDER)
CORE = ('形势分析', '隐患排查', '责任落实')
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
# known encodings of the pages; anything else is sniffed (utf-8 first, then gb18030)
ENC = {'06.txt': 'utf-8', '07.txt': 'gb18030', '08.txt': 'utf-8', '09.txt': 'gbk', '10.txt': 'utf-8'}
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff]')


def decode(fn, data):
    if fn in ENC:
        return data.decode(ENC[fn])
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('gb18030')


def norm(s):
    """NFKC, drop markdown emphasis marks and heading hashes, drop all whitespace."""
    s = unicodedata.normalize('NFKC', s)
    s = s.replace('**', '')
    s = re.sub(r'(?m)^\s*#{1,6}\s*', '', s)
    return re.sub(r'\s+', '', s)


def han(s):
    return len(HAN.findall(s))


def check(gold_path):
    errs, info = [], []
    try:
        with open(gold_path, encoding='utf-8') as f:
            g = json.load(f)
    except Exception as e:  # noqa
        return ['cannot read gold: %s' % e], info
    if set(g) != KEYS:
        errs.append('gold keys %s != %s' % (sorted(g), sorted(KEYS)))
        return errs, info
    fn = g['file']
    page_path = os.path.join(ROOT, fn)
    if not os.path.exists(page_path):
        return ['page %s missing' % fn], info
    with open(page_path, 'rb') as f:
        raw = decode(fn, f.read())
    titles, heads, paras, noise = g['titles'], g['headings'], g['paragraphs'], g['noise']
    if g['speeches'] != len(titles):
        errs.append('speeches=%s but %d titles' % (g['speeches'], len(titles)))
    for h in heads:
        if set(h) != {'text', 'level'}:
            errs.append('heading keys %s' % sorted(h))
        if not isinstance(h.get('level'), int) or h['level'] < 1:
            errs.append('bad heading level: %r' % h)
        if h['text'].rstrip().endswith('。'):
            errs.append('heading ends with 。: %s' % h['text'])
    for p in paras:
        if set(p) != {'text', 'category', 'truncated'}:
            errs.append('paragraph keys %s' % sorted(p))
        if p.get('category') not in CATS:
            errs.append('bad category %r: %s' % (p.get('category'), p['text'][:20]))
        if not isinstance(p.get('truncated'), bool):
            errs.append('truncated not bool: %s' % p['text'][:20])
    gold_items = [t for t in titles] + [h['text'] for h in heads] + [p['text'] for p in paras]
    ngold = [norm(t) for t in gold_items]

    # ---- noise
    seen = set()
    for n in noise:
        if len(n.strip()) < 4:
            errs.append('noise shorter than 4: %r' % n)
        if n in seen:
            errs.append('duplicate noise: %r' % n)
        seen.add(n)
        if n not in raw:
            errs.append('noise not in page: %r' % n)
        nn = norm(n)
        for gi in ngold:
            if nn and nn in gi:
                errs.append('noise %r inside gold item %s' % (n, gi[:25]))
                break

    # ---- normalised page, noise masked out
    N = norm(raw)
    covered = [0] * len(N)  # 0 none, 1 noise, 2 gold
    for n in noise:
        nn = norm(n)
        if not nn:
            continue
        i = N.find(nn)
        while i >= 0:
            for j in range(i, i + len(nn)):
                covered[j] = 1
            i = N.find(nn, i + 1)
    keep = [j for j in range(len(N)) if covered[j] == 0]
    P1 = ''.join(N[j] for j in keep)

    def find_seq(items, label):
        pos, out = 0, []
        for it in items:
            s = norm(it)
            i = P1.find(s, pos)
            if i < 0:
                j = P1.find(s)
                errs.append('%s %s: %s' % (label, 'out of order' if j >= 0 else 'not in page', it[:40]))
                out.append(j)
                if j < 0:
                    continue
                i = j
            for k in range(i, i + len(s)):
                covered[keep[k]] = 2
            out.append(i)
            pos = i + len(s)
        return out

    tpos = find_seq(titles, 'title')
    hpos = find_seq([h['text'] for h in heads], 'heading')
    ppos = find_seq([p['text'] for p in paras], 'paragraph')

    # ---- per speech
    nsp = len(titles)
    han_cnt = [han(t) for t in titles]
    cats = [dict() for _ in range(nsp)]

    def which(p):
        k = -1
        for i, t in enumerate(tpos):
            if t >= 0 and t <= p:
                k = i
        return k

    for h, p in zip(heads, hpos):
        k = which(p)
        if k < 0:
            errs.append('heading before first title: %s' % h['text'][:20])
            continue
        han_cnt[k] += han(h['text'])
    for para, p in zip(paras, ppos):
        k = which(p)
        if k < 0:
            errs.append('paragraph before first title: %s' % para['text'][:20])
            continue
        han_cnt[k] += han(para['text'])
        cats[k][para['category']] = cats[k].get(para['category'], 0) + 1
    for k in range(nsp):
        if not 700 <= han_cnt[k] <= 1300:
            errs.append('speech %d: %d Han characters (want 700-1300)' % (k + 1, han_cnt[k]))
        for c in CORE:
            if cats[k].get(c, 0) < 2:
                errs.append('speech %d: only %d paragraphs of %s' % (k + 1, cats[k].get(c, 0), c))
        info.append('speech %d: %d Han chars, %s' % (k + 1, han_cnt[k],
                    ' '.join('%s%d' % (c, cats[k][c]) for c in sorted(cats[k], key=CAT_ORDER.index))))

    # ---- uncovered text
    run, runs = '', []
    for j, ch in enumerate(N):
        if covered[j] == 0:
            run += ch
        elif run:
            runs.append(run)
            run = ''
    if run:
        runs.append(run)
    for r in runs:
        if re.search(r'\w', r):
            info.append('uncovered: %s' % r)
    return errs, info


def main():
    gdir = os.path.join(ROOT, 'gold')
    golds = sorted(f for f in os.listdir(gdir) if f.endswith('.json'))
    pages = sorted(f for f in os.listdir(ROOT) if re.match(r'^\d\d\.\w+$', f))
    total = 0
    for pgf in pages:
        if pgf.split('.')[0] + '.json' not in golds:
            print('ERROR %s: no gold file' % pgf)
            total += 1
    for gf in golds:
        errs, info = check(os.path.join(gdir, gf))
        print('== %s: %d error(s)' % (gf, len(errs)))
        for e in errs:
            print('  ERROR', e)
        for i in info:
            print('  info ', i)
        total += len(errs)
    print('TOTAL: %d file(s), %d error(s)' % (len(golds), total))
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
