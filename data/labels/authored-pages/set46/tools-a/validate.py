#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate set46a pages against gold/NN.json.

Checks
  * file decodes in its declared encoding, line endings as declared
  * gold structure: speeches == len(titles), heading levels 1-3 without closing 。,
    category keys valid, truncated is bool
  * every noise string is 4+ chars, stripped, unique and occurs in its page
  * no noise string (normalised: NFKC, whitespace removed) occurs inside any gold
    title / heading / paragraph
  * every gold title / heading / paragraph occurs, in order, in the page text after
    chrome removal (noise lines and inline noise spans removed, hard wraps joined,
    screenshot-seam duplicate lines collapsed, whitespace ignored)
  * per speech: 700-1300 Han characters (title+headings+paragraphs); a speech without
    truncated paragraphs has >= 2 paragraphs each of 形势分析, 隐患排查, 责任落实
Prints unlabelled leftover lines (speaker/date/salutation lines, chrome < 4 chars) for review.
Exit status 1 on any error.
"""
import html
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = {  # file: (encoding, line ending or None for html)
    '01.txt': ('utf-8', '\n'),
    '02.html': ('utf-8', None),
    '03.txt': ('gb18030', '\r\n'),
    '04.txt': ('gbk', '\r\n'),
    '05.txt': ('utf-8', '\n'),
}
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
NEED = ('形势分析', '隐患排查', '责任落实')
HAN = re.compile(r'[\u4e00-\u9fff]')


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


class TextExtractor(HTMLParser):
    BLOCK = {'p', 'div', 'section', 'h1', 'h2', 'h3', 'h4', 'li', 'br', 'tr', 'em', 'a', 'title', 'blockquote'}
    SKIP = {'script', 'style', 'head'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data.replace('\n', ' '))

    def lines(self):
        return [x.strip() for x in ''.join(self.out).split('\n')]


def load(fname, errs):
    enc, eol = PAGES[fname]
    raw = open(os.path.join(ROOT, fname), 'rb').read()
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as e:
        errs.append('%s: does not decode as %s: %s' % (fname, enc, e))
        text = raw.decode(enc, errors='replace')
    if eol == '\r\n':
        if re.search(r'(?<!\r)\n', text):
            errs.append('%s: bare LF found in a CRLF file' % fname)
    elif eol == '\n':
        if '\r' in text:
            errs.append('%s: CR found in an LF file' % fname)
    if eol is None:
        te = TextExtractor()
        te.feed(text)
        return html.unescape(text), te.lines()
    return text, text.replace('\r\n', '\n').split('\n')


def check(fname):
    errs, info = [], []
    stem = os.path.splitext(fname)[0]
    gold = json.load(open(os.path.join(ROOT, 'gold', stem + '.json'), encoding='utf-8'))
    raw, lines = load(fname, errs)
    if gold.get('file') != fname:
        errs.append('file field %r != %r' % (gold.get('file'), fname))
    titles, heads, paras, noise = gold['titles'], gold['headings'], gold['paragraphs'], gold['noise']
    if gold['speeches'] != len(titles):
        errs.append('speeches=%s but %d titles' % (gold['speeches'], len(titles)))
    for h in heads:
        if h.get('level') not in (1, 2, 3):
            errs.append('bad heading level: %r' % h)
        if h['text'].endswith('。'):
            errs.append('heading ends with 。: %s' % h['text'])
    for p in paras:
        if p.get('category') not in CATS:
            errs.append('bad category %r in %s' % (p.get('category'), p['text'][:20]))
        if not isinstance(p.get('truncated'), bool):
            errs.append('truncated not bool in %s' % p['text'][:20])

    # noise
    if len(set(noise)) != len(noise):
        errs.append('duplicate noise strings')
    line_set = {x.strip() for x in lines}
    n_inline = 0
    for n in noise:
        if len(n) < 4:
            errs.append('noise shorter than 4 chars: %r' % n)
        if n != n.strip():
            errs.append('noise not stripped: %r' % n)
        if n not in raw:
            errs.append('noise not in page: %r' % n)
        elif n not in line_set:
            n_inline += 1
    gold_texts = titles + [h['text'] for h in heads] + [p['text'] for p in paras]
    gnorm = [norm(t) for t in gold_texts]
    for n in noise:
        nn = norm(n)
        for t, tn in zip(gold_texts, gnorm):
            if nn and nn in tn:
                errs.append('noise %r occurs inside gold text %s…' % (n, t[:24]))

    # cleaned page text
    by_len = sorted(noise, key=len, reverse=True)
    clean = []
    for line in lines:
        for n in by_len:
            if n in line:
                line = line.replace(n, '')
        ln = norm(line)
        if not ln:
            continue
        if clean and clean[-1] == ln:      # screenshot seam: repeated line
            continue
        clean.append(ln)
    S = ''.join(clean)

    def find_seq(items, label):
        pos, out = 0, []
        for t in items:
            tn = norm(t)
            i = S.find(tn, pos)
            if i < 0:
                j = S.find(tn)
                errs.append('%s not found%s: %s…' % (label, '' if j < 0 else ' in order', t[:30]))
                out.append(j)
            else:
                out.append(i)
                pos = i + len(tn)
        return out

    tpos = find_seq(titles, 'title')
    hpos = find_seq([h['text'] for h in heads], 'heading')
    ppos = find_seq([p['text'] for p in paras], 'paragraph')

    # per speech checks (assign by position of the preceding title)
    def sp_of(i):
        k = 0
        for j, t in enumerate(tpos):
            if t >= 0 and i >= t:
                k = j
        return k
    stats = [{'han': len(HAN.findall(t)), 'cats': {}, 'trunc': False} for t in titles]
    for h, i in zip(heads, hpos):
        stats[sp_of(i)]['han'] += len(HAN.findall(h['text']))
    for p, i in zip(paras, ppos):
        st = stats[sp_of(i)]
        st['han'] += len(HAN.findall(p['text']))
        st['cats'][p['category']] = st['cats'].get(p['category'], 0) + 1
        st['trunc'] |= p['truncated']
    for k, st in enumerate(stats):
        info.append('speech %d: %d Han chars, %s' % (k + 1, st['han'],
                    ' '.join('%s%d' % kv for kv in sorted(st['cats'].items()))))
        if not 700 <= st['han'] <= 1300 and not st['trunc']:
            errs.append('speech %d has %d Han chars (700-1300)' % (k + 1, st['han']))
        if not st['trunc']:
            for c in NEED:
                if st['cats'].get(c, 0) < 2:
                    errs.append('speech %d has %d paragraphs of %s' % (k + 1, st['cats'].get(c, 0), c))

    # leftovers: cleaned lines not part of any gold text
    left = [ln for ln in clean if not any(ln in g or g in ln for g in gnorm)]
    info.append('noise strings: %d (%d inline spans / not whole lines)' % (len(noise), n_inline))
    info.append('unlabelled leftover lines: %s' % ' | '.join(left))
    return errs, info


def main():
    bad = 0
    for fname in PAGES:
        errs, info = check(fname)
        print('== %s: %s' % (fname, 'OK' if not errs else '%d ERROR(S)' % len(errs)))
        for x in info:
            print('   ' + x)
        for e in errs:
            print('   ERROR ' + e)
        bad += len(errs)
    print('TOTAL ERRORS: %d' % bad)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
