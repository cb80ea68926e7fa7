#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validate pages and gold/NN.json in set55a (standard library only).

For each page: decode by its encoding, mask every noise occurrence, then find titles, headings and paragraphs in
page order (each list in its own order) in the NFKC-normalised, whitespace-free text of the unmasked characters;
check overlaps, noise rules, leftovers (only salutation / speaker / date / signature lines allowed, printed as
info), categories, core-category counts and Han counts per speech.
"""
import html
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENCODINGS = {'01.txt': 'gb18030', '02.txt': 'utf-8', '03.txt': 'gbk', '04.txt': 'utf-8', '05.txt': 'utf-16'}
CRLF = {'01.txt', '03.txt', '04.txt'}
BOM16 = {'05.txt'}
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = ('形势分析', '隐患排查', '责任落实')
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
HAN = re.compile(r'[\u4e00-\u9fff]')
ALLOWED = [
    ('salutation', re.compile(r'^(同志们|各位(领导|同志|代表)?|女士们、先生们)[：:，,]?$')),
    ('date', re.compile(r'^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$')),
    ('speaker', re.compile(r'^[^。！？!?]{0,24}(书记|局长|县长|市长|区长|主任|主席|总经理|董事长|厂长)[\s\u3000]*[\u4e00-\u9fff]{2,4}$')),
    ('signature', re.compile(r'^[\u4e00-\u9fff]{2,4}$')),
]


def norm(s):
    return ''.join(ch for ch in unicodedata.normalize('NFKC', s) if not ch.isspace())


def decode(fname, data):
    enc = ENCODINGS.get(fname)
    if enc is None:
        if data.startswith(b'\xef\xbb\xbf'):
            enc = 'utf-8-sig'
        elif data[:2] in (b'\xff\xfe', b'\xfe\xff'):
            enc = 'utf-16'
        else:
            enc = 'utf-8'
    text = data.decode(enc)
    if text.startswith('\ufeff'):
        text = text[1:]
    if fname.endswith(('.html', '.htm')):
        text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
    return text, enc


def check_page(gpath):
    errs, infos = [], []
    with open(gpath, encoding='utf-8') as f:
        g = json.load(f)
    if set(g) != KEYS:
        errs.append('keys %s' % sorted(g))
        return g.get('file', gpath), errs, infos, {}
    fname = g['file']
    if not isinstance(g['speeches'], int) or not isinstance(g['titles'], list) or g['speeches'] != len(g['titles']):
        errs.append('speeches/titles mismatch')
    for t in g['titles']:
        if not isinstance(t, str) or not t:
            errs.append('bad title %r' % t)
    for h in g['headings']:
        if set(h) != {'text', 'level'} or not isinstance(h['text'], str) or not isinstance(h['level'], int) or h['level'] < 1:
            errs.append('bad heading %r' % h)
        elif '。' in h['text']:
            errs.append('heading contains 。: %s' % h['text'])
    for p in g['paragraphs']:
        if set(p) != {'text', 'category', 'truncated'} or not isinstance(p['text'], str) or not isinstance(p['truncated'], bool):
            errs.append('bad paragraph %r' % p)
        elif p['category'] not in CATS:
            errs.append('bad category %s' % p['category'])
    if not isinstance(g['noise'], list) or not all(isinstance(n, str) for n in g['noise']):
        errs.append('noise must be a list of strings')
        return fname, errs, infos, {}
    path = os.path.join(ROOT, fname)
    if not os.path.exists(path):
        errs.append('page missing')
        return fname, errs, infos, {}
    data = open(path, 'rb').read()
    if fname in BOM16 and not data.startswith(b'\xff\xfe'):
        errs.append('UTF-16 LE BOM missing')
    try:
        text, enc = decode(fname, data)
    except UnicodeDecodeError as e:
        errs.append('decode: %s' % e)
        return fname, errs, infos, {}
    if fname in CRLF and re.search(r'(?<!\r)\n', text):
        errs.append('bare LF in CRLF page')

    # ---- noise
    mask = [0] * len(text)  # 0 free, 1 noise, 2 labelled
    if len(set(g['noise'])) != len(g['noise']):
        errs.append('duplicate noise strings')
    labelled_norm = [norm(t) for t in g['titles']] + [norm(h['text']) for h in g['headings']] + \
                    [norm(p['text']) for p in g['paragraphs']]
    lines_stripped = set(l.strip() for l in text.splitlines())
    inline = 0
    for n in g['noise']:
        if len(n) < 4:
            errs.append('noise shorter than 4: %r' % n)
        if n != n.strip():
            errs.append('noise not stripped: %r' % n)
        if n not in text:
            errs.append('noise not in page: %r' % n)
            continue
        nn = norm(n)
        for ln in labelled_norm:
            if nn and nn in ln:
                errs.append('noise inside labelled text: %r' % n)
                break
        if n not in lines_stripped:
            inline += 1
        start = 0
        while True:
            i = text.find(n, start)
            if i < 0:
                break
            for j in range(i, i + len(n)):
                mask[j] = 1
            start = i + 1

    # ---- normalised stream of unmasked characters
    stream, idx = [], []
    for i, ch in enumerate(text):
        if mask[i]:
            continue
        for c in unicodedata.normalize('NFKC', ch):
            if not c.isspace():
                stream.append(c)
                idx.append(i)
    s = ''.join(stream)

    def locate(items, label):
        pos, spans = 0, []
        for t in items:
            nt = norm(t)
            k = s.find(nt, pos) if nt else -1
            if k < 0:
                errs.append('%s not found in order: %s' % (label, t[:40]))
                spans.append(None)
                continue
            raw = [idx[j] for j in range(k, k + len(nt))]
            for r in raw:
                if mask[r] == 2:
                    errs.append('%s overlaps other labelled text: %s' % (label, t[:30]))
                    break
            for r in raw:
                mask[r] = 2
            spans.append(raw[0])
            pos = k + len(nt)
        return spans

    tpos = locate(g['titles'], 'title')
    hpos = locate([h['text'] for h in g['headings']], 'heading')
    ppos = locate([p['text'] for p in g['paragraphs']], 'paragraph')

    # ---- leftovers, line by line
    start = 0
    for line in text.split('\n'):
        end = start + len(line)
        left = ''.join(text[i] for i in range(start, end) if mask[i] == 0)
        start = end + 1
        left = left.strip()
        if not norm(left):
            continue
        if re.fullmatch(r'[。，：；:;,.\s]{1,2}', left):
            continue
        kind = None
        for name, rx in ALLOWED:
            if rx.match(left.replace(' ', '')):
                kind = name
                break
        if kind:
            infos.append('%s: %s' % (kind, left))
        else:
            errs.append('leftover: %s' % left[:60])

    # ---- per-speech checks
    starts = sorted((p, i) for i, p in enumerate(tpos) if p is not None)

    def speech_of(p):
        k = 0
        for sp, i in starts:
            if p is not None and p >= sp:
                k = i
        return k

    n_sp = max(1, len(g['titles']))
    han = [0] * n_sp
    cats = [dict() for _ in range(n_sp)]
    trunc = [False] * n_sp
    for h, p in zip(g['headings'], hpos):
        han[speech_of(p)] += len(HAN.findall(h['text']))
    for para, p in zip(g['paragraphs'], ppos):
        k = speech_of(p)
        han[k] += len(HAN.findall(para['text']))
        cats[k][para['category']] = cats[k].get(para['category'], 0) + 1
        trunc[k] = trunc[k] or para['truncated']
    for k in range(n_sp):
        for c in CORE:
            if cats[k].get(c, 0) < 2:
                errs.append('speech %d: only %d paragraphs of %s' % (k + 1, cats[k].get(c, 0), c))
        if not 900 <= han[k] <= 1400:
            errs.append('speech %d: Han count %d outside 900-1400' % (k + 1, han[k]))
    stats = {'enc': enc, 'speeches': len(g['titles']), 'headings': len(g['headings']),
             'paragraphs': len(g['paragraphs']), 'noise': len(g['noise']), 'inline_noise': inline,
             'han': han, 'truncated': sum(p['truncated'] for p in g['paragraphs'])}
    return fname, errs, infos, stats


def main():
    gdir = os.path.join(ROOT, 'gold')
    total = 0
    verbose = '-q' not in sys.argv
    for name in sorted(os.listdir(gdir)):
        if not name.endswith('.json'):
            continue
        fname, errs, infos, st = check_page(os.path.join(gdir, name))
        total += len(errs)
        print('%s %s speeches=%s headings=%s paragraphs=%s noise=%s (inline %s) truncated=%s han=%s errors=%d' % (
            fname, st.get('enc'), st.get('speeches'), st.get('headings'), st.get('paragraphs'), st.get('noise'),
            st.get('inline_noise'), st.get('truncated'), st.get('han'), len(errs)))
        for e in errs:
            print('  ERROR', e)
        if verbose:
            for i in infos:
                print('  info leftover', i)
    print('TOTAL ERRORS %d' % total)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
