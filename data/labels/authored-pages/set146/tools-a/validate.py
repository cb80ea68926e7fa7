# -*- coding: utf-8 -*-
"""Checks pages 01-05 of set146 (writer a) against their gold labels and speeches.py.

usage: python3 validate.py        prints every problem found and "N errors"; exit 1 when N > 0

Checks:
  * strict decoding with the page's declared encoding (BOM present/absent as declared, GBK-only pages really GBK,
    line ends all CRLF or all LF as declared)
  * gold schema: file, speeches == len(titles), heading levels 1-3, categories among the 10 keys, truncated bool
  * gold == speeches.py (same titles, headings, paragraphs, categories, in order)
  * sizes: each speech 700-1400 Han characters (headings + paragraphs), 8-14 paragraphs, >= 4 core paragraphs
  * noise: every noise string occurs on the page; none occurs (after the scorer's norm) inside any gold title,
    heading, paragraph, speaker/date line or salutation of the page
  * order and completeness: once the noise is cut out of the normalised page, the page is exactly
    title, speaker/date lines, salutation, headings and paragraphs of each speech, in order, with nothing left over
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import speeches as S  # noqa: E402
from gen import ENCODING  # noqa: E402

OUT = os.path.dirname(HERE)
GOLD = os.path.join(OUT, 'gold')
errors = []


def err(code, msg):
    errors.append('%s: %s' % (code, msg))


def norm(s):
    """the scorer's norm(): NFKC, keep letters (incl. Han), digits, × and *"""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(ch for ch in s if unicodedata.category(ch)[0] in 'LN' or ch in '×*')


def han(s):
    return len(re.findall(r'[\u3400-\u9fff]', s))


def decode(code):
    raw = open(os.path.join(OUT, code + '.txt'), 'rb').read()
    codec, nl, gbk_only = ENCODING[code]
    if codec == 'utf-8-sig':
        if not raw.startswith(b'\xef\xbb\xbf'):
            err(code, 'declared UTF-8 with BOM but no BOM')
        text = raw[3:].decode('utf-8', 'strict')
    elif codec == 'utf-16':
        if not raw.startswith(b'\xff\xfe'):
            err(code, 'declared UTF-16LE with BOM but no FF FE')
        text = raw[2:].decode('utf-16-le', 'strict')
    elif codec == 'utf-8':
        if raw.startswith(b'\xef\xbb\xbf'):
            err(code, 'declared UTF-8 without BOM but has a BOM')
        text = raw.decode('utf-8', 'strict')
    elif codec == 'gb18030':
        try:
            raw.decode('utf-8', 'strict')
            err(code, 'declared GB18030 but the bytes are valid UTF-8')
        except UnicodeDecodeError:
            pass
        text = raw.decode('gb18030', 'strict')
        if gbk_only:
            try:
                text.encode('gbk')
            except UnicodeEncodeError as e:
                err(code, 'character outside GBK on an ANSI-saved page: %r' % e.object[e.start:e.end])
    else:
        raise ValueError(codec)
    if '\ufeff' in text:
        err(code, 'stray BOM inside text')
    if nl == '\r\n':
        if re.search(r'(?<!\r)\n', text) or re.search(r'\r(?!\n)', text):
            err(code, 'declared CRLF but has bare LF or CR')
    else:
        if '\r' in text:
            err(code, 'declared LF but has CR')
    return text


def check_page(code):
    gpath = os.path.join(GOLD, code + '.json')
    g = json.load(open(gpath, encoding='utf-8'))
    text = decode(code)
    sps = S.PAGES[code]

    # schema
    if g.get('file') != code + '.txt':
        err(code, 'gold file field %r' % g.get('file'))
    if g.get('speeches') != len(g.get('titles', [])) or g.get('speeches') != len(sps):
        err(code, 'speeches %r vs titles %d vs speeches.py %d' % (g.get('speeches'), len(g.get('titles', [])), len(sps)))
    for h in g['headings']:
        if h.get('level') not in (1, 2, 3) or not h.get('text'):
            err(code, 'bad heading %r' % h)
    for p in g['paragraphs']:
        if p.get('category') not in S.CATS:
            err(code, 'bad category %r' % p)
        if not isinstance(p.get('truncated'), bool):
            err(code, 'truncated not bool %r' % p)
    if not all(isinstance(n, str) and n for n in g['noise']):
        err(code, 'empty or non-string noise entry')

    # gold == speeches.py
    titles = [s['title'] for s in sps]
    heads, paras = [], []
    for s in sps:
        for it in S.items(s):
            if it[0] == 'heading':
                heads.append({'text': it[2], 'level': it[1]})
            else:
                paras.append({'text': it[2], 'category': it[1], 'truncated': it[3]})
    if g['titles'] != titles:
        err(code, 'titles differ from speeches.py')
    if g['headings'] != heads:
        err(code, 'headings differ from speeches.py')
    if g['paragraphs'] != paras:
        err(code, 'paragraphs differ from speeches.py')

    # sizes
    for s in sps:
        its = S.items(s)
        n_han = han(''.join(it[2] for it in its))
        ps = [it for it in its if it[0] == 'paragraph']
        core = sum(1 for it in ps if it[1] in S.CORE)
        if not 700 <= n_han <= 1400:
            err(code, '%s: %d Han characters' % (s['title'], n_han))
        if not 8 <= len(ps) <= 14:
            err(code, '%s: %d paragraphs' % (s['title'], len(ps)))
        if core < 4:
            err(code, '%s: %d core paragraphs' % (s['title'], core))

    # noise vs gold text
    page_n = norm(text)
    labelled = []
    for s in sps:
        labelled += [s['title']] + list(s['pre']) + [s['salute']] + [it[2] for it in S.items(s)]
    labelled_n = [norm(x) for x in labelled]
    for n in g['noise']:
        t = norm(n)
        if len(t) < 2:
            err(code, 'noise too short for the scorer: %r' % n)
            continue
        if t not in page_n:
            err(code, 'noise not on page: %r' % n)
        for x, xn in zip(labelled, labelled_n):
            if t in xn:
                err(code, 'noise %r inside gold text %r' % (n, x[:30]))

    # order and completeness
    cut = page_n
    for t in sorted({norm(n) for n in g['noise']}, key=len, reverse=True):
        cut = cut.replace(t, '')
    seq = []
    for s in sps:
        seq += [('title', s['title'])] + [('unlabelled', x) for x in s['pre']] + [('unlabelled', s['salute'])]
        seq += [(it[0], it[2]) for it in S.items(s)]
    pos = 0
    for kind, x in seq:
        t = norm(x)
        i = cut.find(t, pos)
        if i < 0:
            err(code, '%s not found (in order) once noise is removed: %r' % (kind, x[:40]))
            continue
        gap = cut[pos:i]
        if gap:
            err(code, 'unlabelled page text before %s %r: %r' % (kind, x[:20], gap[:60]))
        pos = i + len(t)
    tail = cut[pos:]
    if tail:
        err(code, 'unlabelled page text at the end: %r' % tail[:60])
    return g


def main():
    total_p = total_h = total_n = 0
    for code in sorted(S.PAGES):
        g = check_page(code)
        total_p += len(g['paragraphs'])
        total_h += len(g['headings'])
        total_n += len(g['noise'])
    for e in errors:
        print(e)
    print('pages %d, paragraphs %d, headings %d, noise %d: %d errors'
          % (len(S.PAGES), total_p, total_h, total_n, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
