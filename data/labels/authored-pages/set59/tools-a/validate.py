#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate set59a pages against gold/NN.json (standard library only).

Text model: decode by the page's declared charset; for .html drop <script>/<style> content and
comments, strip every tag (replaced by nothing), decode entities.  Normalised text = NFKC per
character with all whitespace removed, with a map back to the decoded text.
Noise strings are masked first (all occurrences); titles, headings and paragraphs are then looked
up, each list in order, in the remaining text; whatever is still uncovered must be a
salutation / speaker / date / signature line (printed as info) or bare punctuation."""
import glob
import html
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = ('形势分析', '隐患排查', '责任落实')
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff]')

SALUT = re.compile(r'^((尊敬的|各位)[^。:]{0,30}[、,])*(各位)?[^。:,]{0,12}(同志们|同事们|朋友们|领导)[:!,]?$')
DATE = re.compile(r'^[(]?\d{4}年\d{1,2}月\d{1,2}日[)]?$')
SPEAKER = re.compile(r'^[\u4e00-\u9fff、()]{0,30}(书记|县长|市长|区长|局长|主任|经理|董事长|厂长|矿长|主席|处长)[\u4e00-\u9fff·]{2,4}$')
SIGN = re.compile(r'^[\u4e00-\u9fff()]{2,30}(办公室|人民政府|委员会|公司|集团)$')


def decode_page(path):
    raw = open(path, 'rb').read()
    enc = 'utf-8'
    if path.endswith(('.html', '.htm')):
        m = re.search(rb'<meta[^>]+charset=["\']?([A-Za-z0-9_-]+)', raw[:4096], re.I)
        if m:
            enc = m.group(1).decode('ascii').lower()
    text = raw.decode(enc)  # strict
    if path.endswith(('.html', '.htm')):
        text = re.sub(r'(?is)<(script|style)\b.*?</\1\s*>', '', text)
        text = re.sub(r'(?s)<!--.*?-->', '', text)
        text = re.sub(r'<[^>]*>', '', text)
        text = html.unescape(text)
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return enc, text


def norm_map(s):
    out, idx = [], []
    for i, ch in enumerate(s):
        for c in unicodedata.normalize('NFKC', ch):
            if not c.isspace():
                out.append(c)
                idx.append(i)
    return ''.join(out), idx


def norm(s):
    return norm_map(s)[0]


def is_punct(s):
    return all(unicodedata.category(c)[0] in 'PSZ' for c in s)


def check(gold_path):
    errs, infos = [], []
    g = json.load(open(gold_path, encoding='utf-8'))
    if set(g) != KEYS:
        errs.append('keys %s' % sorted(g))
        return g.get('file', gold_path), errs, infos, ''
    page = os.path.join(ROOT, g['file'])
    if os.path.basename(gold_path).split('.')[0] != g['file'].split('.')[0]:
        errs.append('gold name does not match file')
    if not os.path.exists(page):
        return g['file'], ['missing page'], infos, ''
    # --- types
    if not isinstance(g['speeches'], int) or not isinstance(g['titles'], list) or g['speeches'] != len(g['titles']):
        errs.append('speeches/titles mismatch')
    for t in g['titles']:
        if not isinstance(t, str) or not t.strip():
            errs.append('bad title %r' % (t,))
    for h in g['headings']:
        if set(h) != {'text', 'level'} or not isinstance(h['text'], str) or not isinstance(h['level'], int) or h['level'] < 1:
            errs.append('bad heading %r' % (h,))
        elif '。' in h['text'] or h['text'] != h['text'].strip():
            errs.append('heading has 。 or padding: %s' % h['text'])
    for p in g['paragraphs']:
        if set(p) != {'text', 'category', 'truncated'} or not isinstance(p['text'], str) or not isinstance(p['truncated'], bool):
            errs.append('bad paragraph %r' % (p,))
        elif p['category'] not in CATS:
            errs.append('bad category %s' % p['category'])
        elif p['text'] != p['text'].strip():
            errs.append('paragraph has leading/trailing space: %s' % p['text'][:20])
    noise = g['noise']
    if len(set(noise)) != len(noise):
        errs.append('duplicate noise strings')
    enc, text = decode_page(page)
    N, idx = norm_map(text)
    lines = [ln.strip() for ln in text.split('\n')]
    line_of = []
    ln_no = 0
    for i, ch in enumerate(text):
        line_of.append(ln_no)
        if ch == '\n':
            ln_no += 1
    labelled = [norm(t) for t in g['titles']] + [norm(h['text']) for h in g['headings']] + [norm(p['text']) for p in g['paragraphs']]
    cov = [None] * len(N)
    # --- noise
    for s in noise:
        if not isinstance(s, str) or len(s) < 4:
            errs.append('noise too short: %r' % (s,))
            continue
        if s not in text:
            errs.append('noise not in page: %r' % s)
            continue
        if s != s.strip():
            errs.append('noise not stripped: %r' % s)
        if s not in lines:
            infos.append('noise not a whole line: %r' % s)
        ns = norm(s)
        for lt in labelled:
            if ns in lt:
                errs.append('noise inside labelled text: %r' % s)
                break
            if lt in ns:
                errs.append('labelled text inside noise: %r' % s)
                break
        start = N.find(ns)
        while start >= 0:
            for k in range(start, start + len(ns)):
                cov[k] = 'noise'
            start = N.find(ns, start + 1)
    # --- labelled text, each list in order, in the unmasked remainder
    rest_pos = [k for k in range(len(N)) if cov[k] is None]
    R = ''.join(N[k] for k in rest_pos)
    spans = {}

    def locate(kind, items):
        pos = 0
        found = []
        for it in items:
            ns = norm(it)
            j = R.find(ns, pos)
            if not ns or j < 0:
                errs.append('%s not found in order: %s' % (kind, it[:30]))
                found.append(None)
                continue
            for k in range(j, j + len(ns)):
                nk = rest_pos[k]
                if cov[nk] is not None:
                    errs.append('%s overlaps %s: %s' % (kind, cov[nk], it[:30]))
                    break
            for k in range(j, j + len(ns)):
                cov[rest_pos[k]] = kind
            found.append(j)
            pos = j + len(ns)
        spans[kind] = found

    locate('title', g['titles'])
    locate('heading', [h['text'] for h in g['headings']])
    locate('paragraph', [p['text'] for p in g['paragraphs']])
    # --- leftovers, grouped by decoded line
    left = {}
    for k, c in enumerate(cov):
        if c is None:
            left.setdefault(line_of[idx[k]], []).append(N[k])
    n_punct = 0
    for ln in sorted(left):
        s = ''.join(left[ln])
        if is_punct(s):
            n_punct += 1
            continue
        for name, rx in (('salutation', SALUT), ('date', DATE), ('speaker', SPEAKER), ('signature', SIGN)):
            if rx.match(s):
                infos.append('leftover %s: %s' % (name, s))
                break
        else:
            errs.append('unlabelled text: %s' % s[:60])
    # --- per speech
    tpos = [p if p is not None else 0 for p in spans['title']] + [len(R) + 1]
    hans = []
    for si in range(len(g['titles'])):
        lo, hi = tpos[si], tpos[si + 1]
        cats = {}
        han_p = han_h = 0
        for p, j in zip(g['paragraphs'], spans['paragraph']):
            if j is not None and lo <= j < hi:
                cats[p['category']] = cats.get(p['category'], 0) + 1
                han_p += len(HAN.findall(p['text']))
        for h, j in zip(g['headings'], spans['heading']):
            if j is not None and lo <= j < hi:
                han_h += len(HAN.findall(h['text']))
        for c in CORE:
            if cats.get(c, 0) < 2:
                errs.append('speech %d: fewer than 2 %s paragraphs' % (si + 1, c))
        if not (900 <= han_p and han_p + han_h <= 1400):
            errs.append('speech %d: Han count out of range (%d body + %d headings)' % (si + 1, han_p, han_h))
        hans.append('%d+%d' % (han_p, han_h))
    summary = '%s enc=%s speeches=%d headings=%d paragraphs=%d noise=%d han=[%s] punct-leftovers=%d' % (
        g['file'], enc, g['speeches'], len(g['headings']), len(g['paragraphs']), len(noise), ','.join(hans), n_punct)
    return g['file'], errs, infos, summary


def main():
    total = 0
    verbose = '-q' not in sys.argv
    for gp in sorted(glob.glob(os.path.join(ROOT, 'gold', '*.json'))):
        name, errs, infos, summary = check(gp)
        total += len(errs)
        print('%s %s' % ('OK ' if not errs else 'ERR', summary or name))
        if verbose:
            for i in infos:
                print('    info:', i)
        for e in errs:
            print('    ERROR:', e)
    print('TOTAL ERRORS %d' % total)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
