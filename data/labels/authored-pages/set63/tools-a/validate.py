#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check gold/NN.json against page NN.* for set 63, writer a.  Standard library only.

How the page's "decoded text" is rebuilt before the speech parts are looked up (see README):
  1. decode with the page's encoding (BOM-aware);
  2. undo the converter's in-paragraph marks listed in MARKS (footnote anchors of 1-3 characters);
  3. drop every line whose trimmed text is a gold noise string, and every short page-number line matching
     PAGEMARK (e.g. "—3—", "-3-"); cut out of the remaining lines any gold noise string that is never a whole
     line of its own (a string injected inside a line);
  4. join all remaining lines (this undoes hard wraps, form feeds and page breaks) and normalise like the scorer:
     NFKC, then drop punctuation, separators, controls and white space.
Titles, headings and paragraphs must then occur in that stream, each list in order, without overlapping;
what is left between them may only be unlabelled text (salutation, speaker/date lines listed in UNLABELLED)
or fragments of at most 3 characters.  Exit status is non-zero on any failure.
"""
import json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
KEYS = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']

ENCODING = {'01.txt': 'gb18030', '02.txt': 'utf-8', '03.txt': 'utf-16', '04.txt': 'gbk', '05.txt': 'utf-8'}
SPEECHES = {'01.txt': 1, '02.txt': 2, '03.txt': 1, '04.txt': 1, '05.txt': 1}
MARKS = {
    '01.txt': [('年行动1。', '年行动。')],
    '02.txt': [('“两客一危一货” 1', '“两客一危一货”')],
    '03.txt': [],
    '04.txt': [('危大工程1作为', '危大工程作为'), ('“三管三必须”2的', '“三管三必须”的')],
    '05.txt': [('责任制[1]落到', '责任制落到')],
}
PAGEMARK = {
    '01.txt': r'^—\s*\d+\s*—$',
    '02.txt': r'^-\s*\d+\s*-$',
}
UNLABELLED = {
    '01.txt': ['程立新', '（2025年2月20日）', '同志们：'],
    '02.txt': ['市政府副市长　邵明远', '（2025年4月8日）', '同志们：', '东溪县人民政府县长　韦晓岚',
               '尊敬的邵市长，各位领导，同志们：'],
    '03.txt': ['镇党委书记　周海峰', '同志们：'],
    '04.txt': ['县住房和城乡建设局局长　谭振华', '（2025年3月18日）', '同志们：'],
    '05.txt': ['总经理　孙建军', '（2025年7月3日）', '同志们：'],
}


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(ch for ch in s if not (ch.isspace() or unicodedata.category(ch)[0] in 'PZC'))


def han(s):
    return sum(1 for ch in s if '\u4e00' <= ch <= '\u9fff' or '\u3400' <= ch <= '\u4dbf')


def decode(path, enc):
    raw = open(path, 'rb').read()
    if enc == 'utf-16':
        if not raw.startswith(b'\xff\xfe'):
            raise ValueError('expected UTF-16LE BOM')
        return raw[2:].decode('utf-16-le')
    if enc == 'utf-8' and raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    return raw.decode(enc)


def check(num):
    errs = []
    gpath = os.path.join(ROOT, 'gold', num + '.json')
    g = json.load(open(gpath, encoding='utf-8'))
    fname = g.get('file')
    E = lambda m: errs.append('%s: %s' % (num, m))
    # ---- structure
    if list(g.keys()) != KEYS:
        E('keys/order %r' % list(g.keys()))
        return errs
    if fname != num + '.txt' or not os.path.exists(os.path.join(ROOT, fname)):
        E('file name %r' % fname)
        return errs
    if not isinstance(g['speeches'], int) or g['speeches'] != SPEECHES[fname]:
        E('speeches %r' % g['speeches'])
    if not (isinstance(g['titles'], list) and all(isinstance(t, str) and t for t in g['titles'])):
        E('titles must be non-empty strings')
    if len(g['titles']) != g['speeches']:
        E('titles count %d != speeches %d' % (len(g['titles']), g['speeches']))
    for h in g['headings']:
        if list(h.keys()) != ['text', 'level'] or not isinstance(h['text'], str) or type(h['level']) is not int:
            E('heading form %r' % h)
            continue
        if h['level'] not in (1, 2, 3):
            E('heading level %r' % h)
        if h['text'].endswith('。'):
            E('heading ends with 。: %s' % h['text'])
    for p in g['paragraphs']:
        if list(p.keys()) != ['text', 'category', 'truncated'] or not isinstance(p['text'], str) \
                or type(p['truncated']) is not bool:
            E('paragraph form %r' % p)
            continue
        if p['category'] not in CATS:
            E('bad category %r' % p['category'])
        if not p['truncated'] and not (60 <= len(p['text']) <= 350):
            E('paragraph length %d: %s' % (len(p['text']), p['text'][:20]))
    if not (isinstance(g['noise'], list) and all(isinstance(n, str) for n in g['noise'])):
        E('noise must be strings')
    if len(set(g['noise'])) != len(g['noise']):
        E('noise listed twice')
    for c in CORE:
        k = sum(1 for p in g['paragraphs'] if p.get('category') == c)
        if k < 2:
            E('core category %s has %d paragraphs (<2)' % (c, k))
    if errs:
        return errs

    # ---- page text
    text = decode(os.path.join(ROOT, fname), ENCODING[fname])
    for n in g['noise']:
        if n != n.strip() or not n:
            E('noise not trimmed: %r' % n)
        if n not in text:
            E('noise not in page: %r' % n)
        if len(norm(n)) < 4:
            E('noise shorter than 4 after normalisation: %r' % n)
    blocks = [('title', t) for t in g['titles']] + [('heading', h['text']) for h in g['headings']] + \
             [('paragraph', p['text']) for p in g['paragraphs']]
    for n in g['noise']:
        nn = norm(n)
        for kind, b in blocks:
            if nn and nn in norm(b):
                E('noise %r leaks into %s %r' % (n, kind, b[:20]))
    # rebuild the stream
    for a, b in MARKS[fname]:
        if a not in text:
            E('mark context not found: %r' % a)
        text = text.replace(a, b)
    noise_set = set(g['noise'])
    pm = re.compile(PAGEMARK[fname]) if fname in PAGEMARK else None
    stream, owner, lines = [], [], []
    whole = set(l.strip() for l in text.split('\n'))
    injected = sorted((n for n in g['noise'] if n not in whole), key=len, reverse=True)
    for line in text.split('\n'):
        t = line.strip()
        if not t or t in noise_set or (pm and pm.match(t)):
            continue
        for n in injected:          # a noise string the converter put inside a line of the speech
            if n in t:
                t = t.replace(n, '')
        k = norm(t)
        if not k:
            continue
        lines.append(t)
        for ch in k:
            stream.append(ch)
            owner.append(len(lines) - 1)
    S = ''.join(stream)
    covered = [False] * len(S)
    spans = {}
    for kind, items in (('title', g['titles']), ('heading', [h['text'] for h in g['headings']]),
                        ('paragraph', [p['text'] for p in g['paragraphs']])):
        cur = 0
        spans[kind] = []
        for it in items:
            k = norm(it)
            pos = S.find(k, cur)
            if not k or pos < 0:
                E('%s not found in order: %s' % (kind, it[:30]))
                spans[kind].append(None)
                continue
            for i in range(pos, pos + len(k)):
                if covered[i]:
                    E('%s overlaps another part: %s' % (kind, it[:30]))
                    break
            for i in range(pos, pos + len(k)):
                covered[i] = True
            spans[kind].append(pos)
            cur = pos + len(k)
    if errs:
        return errs
    # leftovers: only unlabelled lines or short fragments
    allowed = set(norm(u) for u in UNLABELLED[fname])
    left = {}
    for i, ch in enumerate(S):
        if not covered[i]:
            left.setdefault(owner[i], []).append(ch)
    for li, chars in sorted(left.items()):
        frag = ''.join(chars)
        if len(frag) <= 3 or frag in allowed:
            continue
        E('unlabelled text left in page: %r (line %r)' % (frag, lines[li][:40]))
    # speech assignment and Han counts
    tpos = spans['title'] + [len(S)]
    if (spans['heading'] and spans['heading'][0] < tpos[0]) or (spans['paragraph'] and spans['paragraph'][0] < tpos[0]):
        E('speech part before the first title')
    for si in range(len(g['titles'])):
        lo, hi = tpos[si], tpos[si + 1]
        hs = [h['text'] for h, p in zip(g['headings'], spans['heading']) if lo <= p < hi]
        ps = [q['text'] for q, p in zip(g['paragraphs'], spans['paragraph']) if lo <= p < hi]
        cnt = sum(han(x) for x in hs + ps)
        if not (900 <= cnt <= 1400):
            E('speech %d (%s) has %d Han characters' % (si + 1, g['titles'][si], cnt))
        else:
            print('%s speech %d: %d Han, %d headings, %d paragraphs' % (fname, si + 1, cnt, len(hs), len(ps)))
    return errs


def main():
    nums = sys.argv[1:] or ['01', '02', '03', '04', '05']
    errs = []
    for n in nums:
        errs += check(n)
    for e in errs:
        print('FAIL', e)
    if errs:
        sys.exit(1)
    print('OK: %d gold files valid' % len(nums))


if __name__ == '__main__':
    main()
