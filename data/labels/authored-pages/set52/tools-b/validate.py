# -*- coding: utf-8 -*-
"""Check gold/NN.json against the pages in this directory (standard library only).
Usage: python3 tools/validate.py [dir]"""
import html
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CORE = ('形势分析', '隐患排查', '责任落实')
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
HAN = re.compile(r'[\u4e00-\u9fff]')
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'


# ------------------------------------------------------------------ page readers -> list of visible lines
def read_docx(path):
    z = zipfile.ZipFile(path)
    names = ['word/document.xml'] + sorted(n for n in z.namelist()
                                           if re.match(r'word/(header|footer)\d*\.xml$', n))
    lines = []
    for n in names:
        root = ET.fromstring(z.read(n))
        for p in root.iter(W + 'p'):
            buf = []
            for el in p.iter():
                if el.tag == W + 't' and el.text:
                    buf.append(el.text)
                elif el.tag == W + 'tab':
                    buf.append('\t')
                elif el.tag in (W + 'br', W + 'cr'):
                    buf.append('\n')
            lines.extend(''.join(buf).split('\n'))
    return lines


class _Vis(HTMLParser):
    BLOCK = {'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table',
             'section', 'article', 'header', 'footer', 'nav', 'ins', 'form', 'dl', 'dt', 'dd', 'hr'}
    SKIP = {'script', 'style', 'head', 'title', 'noscript', 'template'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []; self.skip = 0

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
            self.out.append(data.replace('\r', '').replace('\n', ' '))


def read_html(path):
    raw = open(path, 'rb').read()
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2000])
    enc = m.group(1).decode() if m else 'utf-8'
    v = _Vis(); v.feed(raw.decode(enc, errors='replace')); v.close()
    return html.unescape(''.join(v.out)).split('\n')


def decode_text(raw):
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    try:
        t = raw.decode('utf-8')
    except UnicodeDecodeError:
        t = raw.decode('gb18030', errors='replace')
        return t, 'gb18030'
    # mojibake repair: utf-8 text that was read as GBK and saved as utf-8
    try:
        fixed = t.encode('gbk').decode('utf-8')
        if fixed != t and HAN.search(fixed):
            return fixed, 'utf-8 (mojibake repaired)'
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return t, 'utf-8'


def read_page(path):
    ext = path.rsplit('.', 1)[-1].lower()
    if ext == 'docx':
        return read_docx(path), 'docx'
    if ext in ('html', 'htm'):
        return read_html(path), 'html'
    t, enc = decode_text(open(path, 'rb').read())
    return t.replace('\r\n', '\n').replace('\r', '\n').split('\n'), enc


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    s = s.replace('**', '')
    s = re.sub(r'(?m)^\s*#+\s*', '', s)
    return re.sub(r'\s+', '', s)


# ------------------------------------------------------------------ checks
def check(d, gfile):
    errs, info = [], []
    g = json.load(open(gfile, encoding='utf-8'))
    if set(g) != KEYS:
        errs.append('keys %s' % sorted(g)); return errs, info
    page = os.path.join(d, g['file'])
    if not os.path.exists(page):
        errs.append('page missing'); return errs, info
    lines, enc = read_page(page)
    info.append('read as %s, %d lines' % (enc, len(lines)))
    vis = '\n'.join(lines)
    if g['speeches'] != len(g['titles']):
        errs.append('speeches != len(titles)')
    for h in g['headings']:
        if not isinstance(h.get('level'), int) or h['level'] < 1:
            errs.append('bad level %r' % h)
        if h['text'].rstrip().endswith(('。', '.')):
            errs.append('heading ends with stop: %s' % h['text'])
    for p in g['paragraphs']:
        if p.get('category') not in CATS:
            errs.append('bad category %r' % p.get('category'))
        if not isinstance(p.get('truncated'), bool):
            errs.append('truncated not bool: %s' % p['text'][:20])
    golds = [norm(t) for t in g['titles']] + [norm(h['text']) for h in g['headings']] + \
            [norm(p['text']) for p in g['paragraphs']]
    seen = set()
    for n in g['noise']:
        if len(n) < 4:
            errs.append('noise < 4 chars: %r' % n)
        if n in seen:
            errs.append('noise duplicated: %r' % n)
        seen.add(n)
        if n not in vis:
            errs.append('noise not in page: %r' % n)
        nn = norm(n)
        for t in golds:
            if nn and nn in t:
                errs.append('noise %r inside gold %r' % (n, t[:30]))
                break
    # ordered presence in the normalised page with noise removed
    P = norm(vis)
    for n in sorted(g['noise'], key=len, reverse=True):
        if norm(n):
            P = P.replace(norm(n), '\x00')

    def positions(texts, label):
        pos, cur = [], 0
        for t in texts:
            k = P.find(norm(t), cur)
            if k < 0:
                errs.append('%s not found in order: %s' % (label, t[:40]))
                pos.append(None)
            else:
                pos.append(k); cur = k + len(norm(t))
        return pos
    tpos = positions(g['titles'], 'title')
    hpos = positions([h['text'] for h in g['headings']], 'heading')
    ppos = positions([p['text'] for p in g['paragraphs']], 'paragraph')
    if None not in tpos:
        def sp(k):
            i = 0
            for j, t in enumerate(tpos):
                if k is not None and k >= t:
                    i = j
            return i
        han = [len(HAN.findall(t)) for t in g['titles']]
        cats = [dict() for _ in tpos]
        for h, k in zip(g['headings'], hpos):
            han[sp(k)] += len(HAN.findall(h['text']))
        for p, k in zip(g['paragraphs'], ppos):
            i = sp(k)
            han[i] += len(HAN.findall(p['text']))
            cats[i][p['category']] = cats[i].get(p['category'], 0) + 1
        for i, (n, c) in enumerate(zip(han, cats)):
            info.append('speech %d: %d Han, %d categories' % (i + 1, n, len(c)))
            if not 700 <= n <= 1300:
                errs.append('speech %d has %d Han chars' % (i + 1, n))
            for k in CORE:
                if c.get(k, 0) < 2:
                    errs.append('speech %d: fewer than 2 %s' % (i + 1, k))
    # uncovered text (info)
    allstr = sorted({norm(x) for x in g['titles'] + [h['text'] for h in g['headings']] +
                     [p['text'] for p in g['paragraphs']] + g['noise'] if norm(x)}, key=len, reverse=True)
    left = []
    for ln in lines:
        r = norm(ln)
        for s in allstr:
            if s in r:
                r = r.replace(s, '|')
        r = '|'.join(x for x in r.split('|') if re.search(r'\w', x))
        if r:
            left.append(r)
    info.append('uncovered: ' + ' / '.join(left))
    return errs, info


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gd = os.path.join(d, 'gold')
    total = 0
    for f in sorted(os.listdir(gd)):
        if not f.endswith('.json'):
            continue
        errs, info = check(d, os.path.join(gd, f))
        total += len(errs)
        print('== %s: %s' % (f, 'OK' if not errs else '%d error(s)' % len(errs)))
        for e in errs:
            print('  ERROR', e)
        for i in info:
            print('  info', i)
    print('TOTAL ERRORS:', total)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
