#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set62b: checks every page NN.* against gold/NN.json.

Usage: /usr/bin/python3 tools/validate.py [folder]     (default: the folder above tools/)
Exit status 0 when there are no errors, 1 otherwise.
"""
import json
import os
import re
import sys
import unicodedata

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实',
        '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
KEYS = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']

# what the brief asks per page: encoding, line ends, speeches, Han range, min per core category
SPEC = {
    '06': dict(enc='utf-8-sig', crlf=False, speeches=1, han=(900, 1400), core=2),
    '07': dict(enc='gb18030', crlf=False, speeches=3, han=(600, 900), core=1),
    '08': dict(enc='utf-8', crlf=True, speeches=2, han=(900, 1400), core=2),
    '09': dict(enc='utf-8', crlf=False, speeches=1, han=(900, 1400), core=2),
    '10': dict(enc='gbk', crlf=False, speeches=1, han=(900, 1400), core=2),
}

HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]')
SALUT = re.compile(r'^(同志们|乡亲们|各位[^：:]{0,20}|兄弟姐妹们?|大家好)[：:！!]?$')
SPEAKER = re.compile(r'^[\u4e00-\u9fff、]{0,20}(市长|县长|区长|局长|书记|经理|主任|厂长|总经理|校长|镇长|乡长)[\u4e00-\u9fff]{2,4}$')
DATE = re.compile(r'^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$')
SIGN = re.compile(r'^[\u4e00-\u9fff（）()]{2,30}(公司|委员会|政府|管理局|办公室)$')


def norm(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKC', s) if not ch.isspace())


def han(s):
    return len(HAN.findall(s))


def decode(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        return raw[3:].decode('utf-8'), 'utf-8-sig'
    try:
        return raw.decode('utf-8'), 'utf-8'
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode('gbk'), 'gbk'
    except UnicodeDecodeError:
        return raw.decode('gb18030'), 'gb18030'


def leftover_ok(s):
    if len(s) < 4:
        return 'short marker'
    for name, rx in (('salutation', SALUT), ('speaker', SPEAKER), ('date', DATE), ('signature', SIGN)):
        if rx.match(s):
            return name
    return None


def check(nn, page_path, gold_path):
    errs, notes = [], []
    spec = SPEC.get(nn, dict(enc=None, crlf=None, speeches=None, han=(900, 1400), core=2))
    try:
        with open(gold_path, encoding='utf-8') as f:
            gold = json.load(f)
    except Exception as e:  # noqa
        return ['gold unreadable: %s' % e], notes
    # --- gold structure
    if list(gold.keys()) != KEYS:
        errs.append('gold keys/order %s' % list(gold.keys()))
        return errs, notes
    if gold['file'] != os.path.basename(page_path):
        errs.append('file field %r != %r' % (gold['file'], os.path.basename(page_path)))
    if gold['speeches'] != len(gold['titles']):
        errs.append('speeches %s != number of titles %d' % (gold['speeches'], len(gold['titles'])))
    if spec['speeches'] is not None and gold['speeches'] != spec['speeches']:
        errs.append('speeches %s, brief asks %s' % (gold['speeches'], spec['speeches']))
    for h in gold['headings']:
        if set(h) != {'text', 'level'} or h['level'] not in (1, 2, 3):
            errs.append('bad heading %r' % h)
        elif h['text'].endswith('。'):
            errs.append('heading ends with 。: %s' % h['text'])
    for p in gold['paragraphs']:
        if list(p.keys()) != ['text', 'category', 'truncated']:
            errs.append('bad paragraph keys %r' % list(p.keys()))
        elif p['category'] not in CATS:
            errs.append('bad category %r' % p['category'])
        elif not isinstance(p['truncated'], bool):
            errs.append('truncated not bool: %r' % p['text'][:20])
    if len(set(gold['noise'])) != len(gold['noise']):
        errs.append('noise has duplicates')
    for s in gold['noise']:
        if len(s) < 4:
            errs.append('noise shorter than 4: %r' % s)
    # --- page
    raw = open(page_path, 'rb').read()
    text, enc = decode(raw)
    crlf = b'\r\n' in raw
    notes.append('%s, %s' % (enc, 'CRLF' if crlf else 'LF'))
    if spec['enc']:
        want = spec['enc']
        if want in ('gbk', 'gb18030'):
            if enc not in ('gbk', 'gb18030'):
                errs.append('encoding %s, brief asks %s' % (enc, want))
            if want == 'gbk':
                try:
                    text.encode('gbk')
                except UnicodeEncodeError:
                    errs.append('page holds characters outside GBK')
        elif enc != want:
            errs.append('encoding %s, brief asks %s' % (enc, want))
    if spec['crlf'] is not None and crlf != spec['crlf']:
        errs.append('line ends CRLF=%s, brief asks CRLF=%s' % (crlf, spec['crlf']))
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    # --- noise: present on the page, not inside labelled text
    labelled = gold['titles'] + [h['text'] for h in gold['headings']] + [p['text'] for p in gold['paragraphs']]
    nlab = [norm(x) for x in labelled]
    for s in gold['noise']:
        if s not in text:
            errs.append('noise not on page: %r' % s)
        ns = norm(s)
        for x, nx in zip(labelled, nlab):
            if s in x or (ns and ns in nx):
                errs.append('noise %r inside labelled text %r' % (s, x[:30]))
    # --- remove noise (longest first), line by line
    order = sorted(gold['noise'], key=len, reverse=True)
    clean = []
    for ln in lines:
        for s in order:
            if s in ln:
                ln = ln.replace(s, '')
        clean.append(ln)
    # --- normalised stream with line numbers
    stream, where = [], []
    for i, ln in enumerate(clean):
        for ch in ln:
            for c in unicodedata.normalize('NFKC', ch):
                if not c.isspace():
                    stream.append(c)
                    where.append(i)
    S = ''.join(stream)
    used = [False] * len(S)

    def place(items, what):
        spans, cur = [], 0
        for it in items:
            t = norm(it)
            if not t:
                errs.append('%s empty' % what)
                spans.append(None)
                continue
            pos = S.find(t, cur)
            while pos >= 0 and any(used[pos:pos + len(t)]):
                pos = S.find(t, pos + 1)
            if pos < 0:
                errs.append('%s not found in page order: %s' % (what, it[:40]))
                spans.append(None)
                continue
            for k in range(pos, pos + len(t)):
                used[k] = True
            spans.append((pos, pos + len(t)))
            cur = pos + len(t)
        return spans

    psp = place([p['text'] for p in gold['paragraphs']], 'paragraph')
    tsp = place(gold['titles'], 'title')
    hsp = place([h['text'] for h in gold['headings']], 'heading')
    # --- leftover lines
    left = {}
    for k, c in enumerate(S):
        if not used[k]:
            left.setdefault(where[k], []).append(c)
    for i in sorted(left):
        s = ''.join(left[i])
        kind = leftover_ok(s)
        if kind:
            notes.append('leftover line %d (%s): %s' % (i + 1, kind, s))
        else:
            errs.append('unlabelled leftover line %d: %s' % (i + 1, s))
    # --- per speech
    starts = [sp[0] for sp in tsp if sp]
    if len(starts) != len(gold['titles']):
        return errs, notes
    if starts != sorted(starts):
        errs.append('titles out of order')
    if gold['titles'] and any(sp and sp[0] < starts[0] for sp in psp + hsp):
        errs.append('heading or paragraph before the first title')

    def owner(sp):
        j = -1
        for k, s0 in enumerate(starts):
            if s0 <= sp[0]:
                j = k
        return j

    for k, title in enumerate(gold['titles']):
        ps = [p for p, sp in zip(gold['paragraphs'], psp) if sp and owner(sp) == k]
        hs = [h for h, sp in zip(gold['headings'], hsp) if sp and owner(sp) == k]
        n = sum(han(p['text']) for p in ps) + sum(han(h['text']) for h in hs)
        cats = [p['category'] for p in ps]
        cnt = {c: cats.count(c) for c in CATS if c in cats}
        notes.append('speech %d %s: Han %d, %d headings, %d paragraphs, %s' % (
            k + 1, title, n, len(hs), len(ps), ' '.join('%s%d' % kv for kv in cnt.items())))
        lo, hi = spec['han']
        if not lo <= n <= hi:
            errs.append('speech %d Han count %d outside %d-%d' % (k + 1, n, lo, hi))
        for c in CORE:
            if cats.count(c) < spec['core']:
                errs.append('speech %d has %d paragraphs of %s (needs %d)' % (k + 1, cats.count(c), c, spec['core']))
        if not cats or cats[0] != '开场':
            errs.append('speech %d does not open with 开场' % (k + 1))
        if not cats or cats[-1] != '结尾':
            errs.append('speech %d does not end with 结尾' % (k + 1))
    return errs, notes


def main():
    pages = sorted(f for f in os.listdir(ROOT) if re.match(r'^\d\d\.(txt|html?|docx)$', f))
    total = 0
    for f in pages:
        nn = f[:2]
        gp = os.path.join(ROOT, 'gold', nn + '.json')
        if not os.path.exists(gp):
            print('%s: ERROR no gold file' % f)
            total += 1
            continue
        errs, notes = check(nn, os.path.join(ROOT, f), gp)
        print('== %s: %d error(s)' % (f, len(errs)))
        for n in notes:
            print('   .', n)
        for e in errs:
            print('   ERROR', e)
        total += len(errs)
    missing = [nn for nn in SPEC if not any(p.startswith(nn + '.') for p in pages)]
    for nn in missing:
        print('ERROR page %s missing' % nn)
        total += 1
    print('TOTAL: %d page(s), %d error(s)' % (len(pages), total))
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
