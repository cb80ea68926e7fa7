#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set61a.  Run:  /usr/bin/python3 tools/validate.py [NN ...]

For each page NN.txt with gold/NN.json:
  * checks the gold structure (key order, types, categories, levels, noise length/uniqueness);
  * decodes the page strictly in its declared encoding;
  * every noise string must occur in the page and must not lie inside a title/heading/paragraph;
  * removes every noise occurrence (longest first), drops Markdown marks (** and leading #),
    normalises (NFKC, whitespace removed) and finds every title, heading and paragraph in page order;
  * lists every leftover line; only salutation / speaker / date lines and marks shorter than
    4 characters are allowed, anything else is an error (unlabelled text);
  * per speech: 900-1400 Han characters in headings + paragraphs, >=2 paragraphs of each of
    形势分析 / 隐患排查 / 责任落实, an 开场 and a 结尾 paragraph.
Exit status 1 when there are errors.
"""
import json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENC = {'01': 'utf-8', '02': 'gb18030', '03': 'utf-8', '04': 'utf-8', '05': 'gbk'}
CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
KEYS = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]')
MD = re.compile(r'\*\*|^\s*#{1,6}(?=\s)')
ALLOWED = [
    ('salutation', re.compile(r'^(同志们|各位[\u4e00-\u9fff、]{1,30}|女士们、?先生们)[:：,，]?$')),
    ('speaker', re.compile(r'^[\u4e00-\u9fff]{0,14}(县长|区长|市长|镇长|局长|书记|主任|主席)[\u4e00-\u9fff]{2,4}$')),
    ('date', re.compile(r'^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$')),
]


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def check(nn):
    errs, info = [], []
    gp = os.path.join(ROOT, 'gold', nn + '.json')
    tp = os.path.join(ROOT, nn + '.txt')
    try:
        with open(gp, encoding='utf-8') as f:
            g = json.load(f)
    except Exception as e:
        return ['gold unreadable: %s' % e], info
    if list(g.keys()) != KEYS:
        errs.append('gold keys %s != %s' % (list(g.keys()), KEYS))
        return errs, info
    if g['file'] != nn + '.txt':
        errs.append('file field %r' % g['file'])
    if not isinstance(g['speeches'], int) or g['speeches'] != len(g['titles']) or g['speeches'] < 1:
        errs.append('speeches=%r but %d titles' % (g['speeches'], len(g['titles'])))
    for h in g['headings']:
        if list(h.keys()) != ['text', 'level'] or h['level'] not in (1, 2, 3) or not h['text']:
            errs.append('bad heading %r' % h)
        elif h['text'].endswith('。'):
            errs.append('heading ends with 。: %r' % h['text'])
    for p in g['paragraphs']:
        if list(p.keys()) != ['text', 'category', 'truncated'] or p['category'] not in CATS \
                or not isinstance(p['truncated'], bool) or not p['text']:
            errs.append('bad paragraph %r' % (p,))
    if len(set(g['noise'])) != len(g['noise']):
        errs.append('duplicate noise strings')
    for n in g['noise']:
        if not isinstance(n, str) or len(n) < 4:
            errs.append('noise shorter than 4 chars: %r' % n)
    if errs:
        return errs, info

    raw = open(tp, 'rb').read()
    try:
        text = raw.decode(ENC[nn])
    except UnicodeDecodeError as e:
        return ['page does not decode as %s: %s' % (ENC[nn], e)], info
    if ENC[nn] != 'utf-8':
        try:
            raw.decode('utf-8')
            errs.append('page declared %s but is valid UTF-8' % ENC[nn])
        except UnicodeDecodeError:
            pass

    labelled = g['titles'] + [h['text'] for h in g['headings']] + [p['text'] for p in g['paragraphs']]
    nlab = [norm(x) for x in labelled]
    for n in g['noise']:
        if n not in text:
            errs.append('noise not found in page: %r' % n)
        if any(n in x for x in labelled) or any(norm(n) and norm(n) in x for x in nlab):
            errs.append('noise lies inside labelled text: %r' % n)

    # remove noise, longest first, line by line
    lines = text.split('\n')
    order = sorted(g['noise'], key=len, reverse=True)
    for i, l in enumerate(lines):
        for n in order:
            if n in l:
                l = l.replace(n, '')
        lines[i] = MD.sub('', l)
    stream, owner = [], []
    for i, l in enumerate(lines):
        for ch in l:
            for c in unicodedata.normalize('NFKC', ch):
                if not c.isspace():
                    stream.append(c)
                    owner.append(i)
    stream = ''.join(stream)
    covered = [False] * len(stream)
    spans = {}

    def find(kind, items):
        cur = 0
        out = []
        for t in items:
            nt = norm(t)
            k = cur
            while True:
                at = stream.find(nt, k)
                if at < 0:
                    errs.append('%s not found in order: %r' % (kind, t[:40]))
                    out.append(None)
                    break
                if any(covered[at:at + len(nt)]):
                    k = at + 1
                    continue
                for q in range(at, at + len(nt)):
                    covered[q] = True
                out.append(at)
                cur = at + len(nt)
                break
        spans[kind] = out

    find('title', g['titles'])
    find('paragraph', [p['text'] for p in g['paragraphs']])
    find('heading', [h['text'] for h in g['headings']])

    # leftover lines
    left = {}
    for q, c in enumerate(stream):
        if not covered[q]:
            left.setdefault(owner[q], []).append(c)
    for i in sorted(left):
        s = ''.join(left[i])
        kind = None
        if len(s) < 4:
            kind = 'short mark'
        else:
            for name, rx in ALLOWED:
                if rx.match(s):
                    kind = name
                    break
        if kind:
            info.append('  leftover line %d (%s): %s' % (i + 1, kind, s))
        else:
            errs.append('unlabelled leftover on line %d: %r' % (i + 1, s[:60]))

    # per speech checks
    tpos = spans['title']
    if None in tpos or None in spans['paragraph'] or None in spans['heading']:
        return errs, info
    bounds = tpos + [len(stream) + 1]
    for k in range(len(tpos)):
        lo, hi = bounds[k], bounds[k + 1]
        han = 0
        cats = {}
        for h, at in zip(g['headings'], spans['heading']):
            if lo <= at < hi:
                han += len(HAN.findall(h['text']))
        for p, at in zip(g['paragraphs'], spans['paragraph']):
            if lo <= at < hi:
                han += len(HAN.findall(p['text']))
                cats[p['category']] = cats.get(p['category'], 0) + 1
        info.append('  speech %d %r: %d Han chars; %s' % (k + 1, g['titles'][k], han,
                    ' '.join('%s%d' % (c, cats.get(c, 0)) for c in CATS if cats.get(c))))
        if not 900 <= han <= 1400:
            errs.append('speech %d: %d Han chars (900-1400)' % (k + 1, han))
        for c in CORE:
            if cats.get(c, 0) < 2:
                errs.append('speech %d: only %d %s paragraphs' % (k + 1, cats.get(c, 0), c))
        for c in ('开场', '结尾'):
            if not cats.get(c):
                errs.append('speech %d: no %s paragraph' % (k + 1, c))
    return errs, info


def main():
    pages = sys.argv[1:] or sorted(ENC)
    total = 0
    for nn in pages:
        errs, info = check(nn)
        total += len(errs)
        print('%s.txt (%s): %d error(s)' % (nn, ENC[nn], len(errs)))
        for x in info:
            print(x)
        for e in errs:
            print('  ERROR ' + e)
    print('TOTAL: %d error(s) in %d page(s)' % (total, len(pages)))
    sys.exit(1 if total else 0)


if __name__ == '__main__':
    main()
