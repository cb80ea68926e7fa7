# -*- coding: utf-8 -*-
"""Check gold/NN.json against the pages NN.ext (standard library only).

Usage: python3 tools/validate.py [dir]     (dir defaults to the parent of tools/)
Exit status 1 if any error.
"""
import codecs
import glob
import json
import os
import re
import sys
import unicodedata

CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = ('形势分析', '隐患排查', '责任落实')
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]')


def decode(b):
    if b.startswith(codecs.BOM_UTF16_LE) or b.startswith(codecs.BOM_UTF16_BE):
        return b.decode('utf-16'), 'utf-16'
    if b.startswith(codecs.BOM_UTF8):
        return b[3:].decode('utf-8'), 'utf-8-sig'
    try:
        return b.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return b.decode('gb18030'), 'gb18030'


def strip_markup(s):
    s = s.replace('**', '').replace('__', '')
    s = re.sub(r'(?m)^[ \t]*#{1,6}[ \t]+', '', s)
    return s


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'\s+', '', s)


def check(root, gpath):
    errs, infos = [], []
    try:
        g = json.load(open(gpath, encoding='utf-8'))
    except Exception as e:  # noqa
        return ['cannot load %s: %s' % (gpath, e)], []
    keys = set(g) if isinstance(g, dict) else set()
    if keys != KEYS:
        errs.append('keys %s (expected %s)' % (sorted(keys), sorted(KEYS)))
        if not KEYS <= keys:
            return errs, infos
    page = os.path.join(root, g['file'])
    if not os.path.exists(page):
        return errs + ['page %s missing' % g['file']], infos
    text, enc = decode(open(page, 'rb').read())
    infos.append('decoded as %s, %d chars, CRLF=%s' % (enc, len(text), '\r\n' in text))

    titles, heads, paras, noise = g['titles'], g['headings'], g['paragraphs'], g['noise']
    if g['speeches'] != len(titles):
        errs.append('speeches=%r but %d titles' % (g['speeches'], len(titles)))
    for h in heads:
        if set(h) != {'text', 'level'}:
            errs.append('heading keys %s' % sorted(h))
        if not isinstance(h.get('level'), int) or h['level'] < 1:
            errs.append('heading level %r: %s' % (h.get('level'), h.get('text')))
        if h['text'].rstrip().endswith('。'):
            errs.append('heading ends with 。: %s' % h['text'])
    for p in paras:
        if set(p) != {'text', 'category', 'truncated'}:
            errs.append('paragraph keys %s' % sorted(p))
        if p.get('category') not in CATS:
            errs.append('bad category %r: %s' % (p.get('category'), p['text'][:20]))
        if not isinstance(p.get('truncated'), bool):
            errs.append('truncated not bool: %s' % p['text'][:20])

    # ---- noise
    content_norm = [norm(t) for t in titles] + [norm(h['text']) for h in heads] + [norm(p['text']) for p in paras]
    if len(set(noise)) != len(noise):
        errs.append('duplicate noise strings: %s' % sorted({n for n in noise if noise.count(n) > 1}))
    for n in noise:
        if len(n) < 4:
            errs.append('noise shorter than 4: %r' % n)
        if n not in text:
            errs.append('noise not in page: %r' % n)
        nn = norm(n)
        for c in content_norm:
            if nn and nn in c:
                errs.append('noise %r occurs inside gold text: %s…' % (n, c[:20]))
                break

    # ---- page text with noise removed, markup stripped, normalised
    t = text
    for n in sorted(set(noise), key=len, reverse=True):
        t = t.replace(n, '\n')
    N = norm(strip_markup(t))
    covered = [False] * len(N)

    # ---- in-order matching: merge the three lists by position
    lists = [('title', [(x, norm(x)) for x in titles]),
             ('heading', [(h['text'], norm(h['text'])) for h in heads]),
             ('paragraph', [(p['text'], norm(p['text'])) for p in paras])]
    ptr = [0, 0, 0]
    cur = 0
    seq = []  # (kind, index, pos)
    while True:
        best = None
        for li, (kind, items) in enumerate(lists):
            if ptr[li] >= len(items):
                continue
            pos = N.find(items[ptr[li]][1], cur)
            if pos < 0:
                errs.append('%s not found (in order) in page: %s' % (kind, items[ptr[li]][0][:30]))
                ptr[li] += 1
                best = 'retry'
                break
            if best is None or pos < best[2]:
                best = (li, ptr[li], pos)
        if best is None:
            break
        if best == 'retry':
            continue
        li, idx, pos = best
        L = len(lists[li][1][idx][1])
        for i in range(pos, pos + L):
            covered[i] = True
        seq.append((li, idx, pos))
        ptr[li] += 1
        cur = pos + L

    # ---- per speech checks
    speeches = []
    for li, idx, pos in seq:
        if li == 0 or not speeches:
            speeches.append({'han': 0, 'cats': {}, 'title': titles[idx] if li == 0 else '(before first title)'})
        sp = speeches[-1]
        if li == 0:
            s = titles[idx]
        elif li == 1:
            s = heads[idx]['text']
        else:
            s = paras[idx]['text']
            c = paras[idx]['category']
            sp['cats'][c] = sp['cats'].get(c, 0) + 1
        sp['han'] += len(HAN.findall(s))
    for sp in speeches:
        infos.append('speech %s: %d Han, cats %s' % (sp['title'][:24], sp['han'],
                                                      ' '.join('%s%d' % kv for kv in sorted(sp['cats'].items()))))
        if not 700 <= sp['han'] <= 1300:
            errs.append('speech %s: %d Han characters (need 700-1300)' % (sp['title'][:20], sp['han']))
        for c in CORE:
            if sp['cats'].get(c, 0) < 2:
                errs.append('speech %s: only %d paragraphs of %s' % (sp['title'][:20], sp['cats'].get(c, 0), c))

    # ---- uncovered text (info)
    runs, i = [], 0
    while i < len(N):
        if not covered[i]:
            j = i
            while j < len(N) and not covered[j]:
                j += 1
            runs.append(N[i:j])
            i = j
        else:
            i += 1
    for r in runs:
        infos.append('uncovered: %s' % r)
    return errs, infos


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    total = 0
    for gpath in sorted(glob.glob(os.path.join(root, 'gold', '*.json'))):
        errs, infos = check(root, gpath)
        total += len(errs)
        print('== %s: %s' % (os.path.basename(gpath), 'OK' if not errs else '%d ERROR(S)' % len(errs)))
        for e in errs:
            print('  ERROR', e)
        for m in infos:
            print('  info ', m)
    print('TOTAL ERRORS: %d' % total)
    sys.exit(1 if total else 0)


if __name__ == '__main__':
    main()
