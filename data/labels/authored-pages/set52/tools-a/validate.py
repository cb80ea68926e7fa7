#!/usr/bin/env python3
"""Checks gold/NN.json against the pages NN.* in set52a (standard library only).

Usage: python3 tools/validate.py [dir]      (dir defaults to the set directory)
Exit status 0 when there are no errors.
"""
import json
import os
import re
import sys
import unicodedata

BASE = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = ('形势分析', '隐患排查', '责任落实')
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff]')
# per-file exceptions from the brief: (min Han, max Han, rule)
#   'core2'   : >= 2 paragraphs of each of the three core categories
#   'core1'   : >= 1 paragraph of each core category
#   'two-of-3': >= 2 paragraphs in at least two of the three core categories
RULES = {'01.txt': (300, 450, 'two-of-3'), '02.txt': (400, 600, 'core1')}
DEFAULT_RULE = (700, 1300, 'core2')


def decode(b):
    if b.startswith(b'\xff\xfe'):
        return b[2:].decode('utf-16-le'), 'utf-16-le+BOM'
    if b.startswith(b'\xfe\xff'):
        return b[2:].decode('utf-16-be'), 'utf-16-be+BOM'
    if b.startswith(b'\xef\xbb\xbf'):
        return b[3:].decode('utf-8'), 'utf-8+BOM'
    try:
        return b.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        return b.decode('gb18030'), 'gb18030/gbk'


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def strip_markup(s):
    s = s.replace('**', '')
    return re.sub(r'(?m)^[ \t]*#+[ \t]*', '', s)


def find_free(hay, needle, start, taken):
    """First occurrence of needle at or after start that does not overlap a taken span."""
    pos = hay.find(needle, start)
    while pos >= 0:
        end = pos + len(needle)
        if not any(a < end and pos < b for a, b in taken):
            return pos
        pos = hay.find(needle, pos + 1)
    return -1


def check(gold_path):
    errs, info = [], []
    try:
        g = json.load(open(gold_path, encoding='utf-8'))
    except Exception as e:  # noqa
        return ['cannot read gold: %s' % e], info
    if set(g) != KEYS:
        errs.append('gold keys %s' % sorted(g))
        return errs, info
    fname = g['file']
    page_path = os.path.join(BASE, fname)
    if os.path.splitext(os.path.basename(gold_path))[0] != os.path.splitext(fname)[0]:
        errs.append('gold name does not match file %s' % fname)
    if not os.path.exists(page_path):
        return errs + ['page %s missing' % fname], info
    raw = open(page_path, 'rb').read()
    try:
        page, enc = decode(raw)
    except UnicodeDecodeError as e:
        return errs + ['cannot decode: %s' % e], info
    crlf = '\r\n' in page
    info.append('encoding %s, %s line ends' % (enc, 'CRLF' if crlf else 'LF'))

    titles, heads, paras, noise = g['titles'], g['headings'], g['paragraphs'], g['noise']
    if not isinstance(g['speeches'], int) or g['speeches'] != len(titles):
        errs.append('speeches=%r but %d titles' % (g['speeches'], len(titles)))
    for t in titles:
        if not isinstance(t, str) or not t.strip():
            errs.append('bad title %r' % t)
    for h in heads:
        if set(h) != {'text', 'level'}:
            errs.append('heading keys %s' % sorted(h))
            continue
        if not isinstance(h['level'], int) or h['level'] < 1:
            errs.append('heading level %r: %s' % (h['level'], h['text']))
        if h['text'].rstrip().endswith('。'):
            errs.append('heading ends with 。: %s' % h['text'])
    for p in paras:
        if set(p) != {'text', 'category', 'truncated'}:
            errs.append('paragraph keys %s' % sorted(p))
            continue
        if p['category'] not in CATS:
            errs.append('unknown category %r: %s' % (p['category'], p['text'][:20]))
        if not isinstance(p['truncated'], bool):
            errs.append('truncated not bool: %s' % p['text'][:20])

    gold_norm = [norm(t) for t in titles] + [norm(h['text']) for h in heads] + [norm(p['text']) for p in paras]
    seen = set()
    for n in noise:
        if len(n) < 4:
            errs.append('noise shorter than 4: %r' % n)
        if n in seen:
            errs.append('noise duplicated: %r' % n)
        seen.add(n)
        if n not in page:
            errs.append('noise not in page: %r' % n)
        nn = norm(n)
        for gt in gold_norm:
            if nn and nn in gt:
                errs.append('noise %r occurs inside gold text %r' % (n, gt[:30]))
                break

    # normalised page: markup stripped, noise cut out, NFKC, whitespace removed
    text = strip_markup(page)
    for n in sorted(noise, key=len, reverse=True):
        text = text.replace(n, '\n')
    hay = norm(text)

    taken = []
    located = {}

    def locate(kind, items, getter):
        cur = 0
        for i, it in enumerate(items):
            s = norm(getter(it))
            if not s:
                errs.append('empty %s #%d' % (kind, i))
                continue
            pos = find_free(hay, s, cur, taken)
            if pos < 0:
                alt = hay.find(s)
                errs.append('%s not found in order%s: %s' % (
                    kind, ' (exists earlier)' if alt >= 0 else '', getter(it)[:40]))
                continue
            taken.append((pos, pos + len(s)))
            located[(kind, i)] = pos
            cur = pos + len(s)

    locate('paragraph', paras, lambda p: p['text'])
    locate('heading', heads, lambda h: h['text'])
    locate('title', titles, lambda t: t)

    # per-speech size and category checks
    tpos = sorted((located[('title', i)], i) for i in range(len(titles)) if ('title', i) in located)
    lo, hi, rule = RULES.get(fname, DEFAULT_RULE)
    sp = {i: {'han': len(HAN.findall(titles[i])), 'cats': {}} for _, i in tpos}

    def owner(pos):
        o = None
        for p, i in tpos:
            if p <= pos:
                o = i
        return o

    for i, h in enumerate(heads):
        if ('heading', i) in located:
            o = owner(located[('heading', i)])
            if o is None:
                errs.append('heading before first title: %s' % h['text'])
            else:
                sp[o]['han'] += len(HAN.findall(h['text']))
    for i, p in enumerate(paras):
        if ('paragraph', i) in located:
            o = owner(located[('paragraph', i)])
            if o is None:
                errs.append('paragraph before first title: %s' % p['text'][:20])
            else:
                sp[o]['han'] += len(HAN.findall(p['text']))
                sp[o]['cats'][p['category']] = sp[o]['cats'].get(p['category'], 0) + 1
    for _, i in tpos:
        d = sp[i]
        label = 'speech %d (%s)' % (i + 1, titles[i][:14])
        if not lo <= d['han'] <= hi:
            errs.append('%s: %d Han characters, want %d-%d' % (label, d['han'], lo, hi))
        c = d['cats']
        if rule == 'core2':
            bad = [k for k in CORE if c.get(k, 0) < 2]
        elif rule == 'core1':
            bad = [k for k in CORE if c.get(k, 0) < 1]
        else:
            bad = [] if sum(c.get(k, 0) >= 2 for k in CORE) >= 2 else ['two core categories x2']
        if bad:
            errs.append('%s: too few paragraphs of %s (%s)' % (label, ','.join(bad), c))
        info.append('%s: %d Han, %d categories used' % (label, d['han'], len(c)))

    # text covered by neither gold nor noise
    mask = [False] * len(hay)
    for a, b in taken:
        for k in range(a, b):
            mask[k] = True
    runs, k = [], 0
    while k < len(hay):
        if not mask[k]:
            j = k
            while j < len(hay) and not mask[j]:
                j += 1
            runs.append(hay[k:j])
            k = j
        else:
            k += 1
    info.append('uncovered: ' + (' | '.join(runs) if runs else '(none)'))
    return errs, info


def main():
    gdir = os.path.join(BASE, 'gold')
    files = sorted(f for f in os.listdir(gdir) if f.endswith('.json'))
    total = 0
    for f in files:
        errs, info = check(os.path.join(gdir, f))
        total += len(errs)
        print('== %s: %s' % (f, 'OK' if not errs else '%d error(s)' % len(errs)))
        for e in errs:
            print('  ERROR', e)
        for i in info:
            print('  info ', i)
    print('%d file(s), %d error(s)' % (len(files), total))
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
