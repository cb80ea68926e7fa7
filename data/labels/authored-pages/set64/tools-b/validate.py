#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check every gold/NN.json of set 64 writer b against its page NN.<ext>.

Standard library only. Usage:  /usr/bin/python3 tools/validate.py   (from anywhere)
Exit status 0 when every check passes, 1 otherwise.

Decoded text ("lines") of a page:
  .docx  every w:p of the body in document order (table cells and content controls included; a text box's
         paragraphs come as their own lines right after the paragraph that anchors it, mc:Fallback copies are
         skipped), then headers, comments (Word shows them in the margin), footnotes, endnotes, footers.  A paragraph's line is the text of its w:t runs,
         w:tab as a tab, w:br / w:cr joined (a hard line break is not a paragraph end), w:delText and w:instrText
         dropped, field results kept.  Automatic numbering is rendered as Word would print it: the w:lvlText of
         the paragraph's (direct or style-inherited) w:numPr with its counters (decimal, Chinese counting formats);
         bullets print nothing.
  .html  the visible text of <body>: every block element (p, h1-h6, div, li, td, th, header, section ...) ends a
         line, <br> is joined, <script>/<style>/<title> are skipped, and the 1-3 character note marks that
         LibreOffice writes as <a class="sdendnoteanc|sdendnotesym|sdfootnoteanc|sdfootnotesym"> are dropped.
  In html runs of ASCII white space become one space (as a browser renders them); lines are trimmed; empty
  lines are dropped.
Matching of the speech parts: NFKC, all whitespace removed.  A noise string that is only part of a line (an
injected string) is cut out of that line first.  A title must be a whole line; a heading must start a line and
be followed by the line end or by one punctuation mark (run-in head); a paragraph must end its line and start
it, or start right after the run-in head (and its mark) that precedes it in the same line.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FILES = {'06.docx': 1, '07.docx': 1, '08.html': 1, '09.docx': 1, '10.html': 2}
CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']

W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
MC = '{http://schemas.openxmlformats.org/markup-compatibility/2006}'


# ----------------------------------------------------------------------------------------------- normalising
def mnorm(s):
    """for finding speech parts: NFKC, whitespace removed"""
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def snorm(s, drop_symbols=False):
    """the scorer's view: NFKC, punctuation and spaces dropped (optionally symbols too)"""
    out = []
    for c in unicodedata.normalize('NFKC', s):
        cat = unicodedata.category(c)
        if c.isspace() or cat[0] in 'PZ' or (drop_symbols and cat[0] == 'S'):
            continue
        out.append(c)
    return ''.join(out)


def han_count(s):
    return len(re.findall(r'[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002a6df]', s))


def clean_line(s):
    """docx: a paragraph's text, trimmed"""
    return s.strip()


def clean_html_line(s):
    """html: runs of ASCII white space render as one space (U+3000 and no-break spaces are kept), trimmed"""
    return re.sub(r'[ \t\n\r\f]+', ' ', s).strip()


# ----------------------------------------------------------------------------------------------- docx
CN_DIGITS = '〇一二三四五六七八九'


def cn_num(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return '十' + (CN_DIGITS[n - 10] if n > 10 else '')
    if n < 100:
        return CN_DIGITS[n // 10] + '十' + (CN_DIGITS[n % 10] if n % 10 else '')
    return str(n)


def fmt_num(n, fmt):
    if fmt in ('decimal', 'decimalZero'):
        return str(n)
    if fmt in ('chineseCounting', 'chineseCountingThousand', 'taiwaneseCounting', 'taiwaneseCountingThousand',
               'japaneseCounting', 'ideographDigital'):
        return cn_num(n)
    if fmt == 'decimalEnclosedCircleChinese' or fmt == 'decimalEnclosedCircle':
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if fmt == 'ideographTraditional':
        return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]
    if fmt == 'lowerLetter':
        return chr(ord('a') + (n - 1) % 26)
    if fmt == 'upperLetter':
        return chr(ord('A') + (n - 1) % 26)
    if fmt == 'lowerRoman' or fmt == 'upperRoman':
        vals = [(1000, 'm'), (900, 'cm'), (500, 'd'), (400, 'cd'), (100, 'c'), (90, 'xc'), (50, 'l'), (40, 'xl'),
                (10, 'x'), (9, 'ix'), (5, 'v'), (4, 'iv'), (1, 'i')]
        r, k = '', n
        for v, sym in vals:
            while k >= v:
                r += sym
                k -= v
        return r if fmt == 'lowerRoman' else r.upper()
    return str(n)


class Numbering:
    def __init__(self, z):
        names = set(z.namelist())
        self.abstract, self.nums, self.styles = {}, {}, {}
        if 'word/numbering.xml' in names:
            root = ET.fromstring(z.read('word/numbering.xml'))
            for an in root.findall(W + 'abstractNum'):
                lv = {}
                for l in an.findall(W + 'lvl'):
                    il = int(l.get(W + 'ilvl'))
                    st = l.find(W + 'start')
                    nf = l.find(W + 'numFmt')
                    lt = l.find(W + 'lvlText')
                    lv[il] = (int(st.get(W + 'val')) if st is not None else 1,
                              nf.get(W + 'val') if nf is not None else 'decimal',
                              lt.get(W + 'val') if lt is not None else '')
                self.abstract[an.get(W + 'abstractNumId')] = lv
            for n in root.findall(W + 'num'):
                a = n.find(W + 'abstractNumId')
                self.nums[n.get(W + 'numId')] = a.get(W + 'val')
        if 'word/styles.xml' in names:
            root = ET.fromstring(z.read('word/styles.xml'))
            for s in root.findall(W + 'style'):
                sid = s.get(W + 'styleId')
                b = s.find(W + 'basedOn')
                np_ = s.find(W + 'pPr/' + W + 'numPr')
                self.styles[sid] = (b.get(W + 'val') if b is not None else None, self._numpr(np_))
        self.counters = {}

    @staticmethod
    def _numpr(np_):
        if np_ is None:
            return None
        ni = np_.find(W + 'numId')
        il = np_.find(W + 'ilvl')
        return (ni.get(W + 'val') if ni is not None else None, int(il.get(W + 'val')) if il is not None else 0)

    def style_numpr(self, sid, depth=0):
        if sid is None or sid not in self.styles or depth > 20:
            return None
        base, np_ = self.styles[sid]
        if np_ is not None:
            return np_
        return self.style_numpr(base, depth + 1)

    def prefix(self, p):
        ppr = p.find(W + 'pPr')
        np_ = None
        if ppr is not None:
            np_ = self._numpr(ppr.find(W + 'numPr'))
            if np_ is None:
                ps = ppr.find(W + 'pStyle')
                np_ = self.style_numpr(ps.get(W + 'val') if ps is not None else None)
        if np_ is None or np_[0] in (None, '0') or np_[0] not in self.nums:
            return ''
        numid, ilvl = np_
        levels = self.abstract.get(self.nums[numid], {})
        if ilvl not in levels:
            return ''
        cnt = self.counters.setdefault(numid, [None] * 9)
        cnt[ilvl] = levels[ilvl][0] if cnt[ilvl] is None else cnt[ilvl] + 1
        for k in range(ilvl + 1, 9):
            cnt[k] = None
        start, fmt, text = levels[ilvl]
        if fmt in ('bullet', 'none'):
            return ''

        def sub(m):
            k = int(m.group(1)) - 1
            v = cnt[k] if cnt[k] is not None else levels.get(k, (1,))[0]
            return fmt_num(v, levels.get(k, (1, 'decimal'))[1])
        return re.sub(r'%(\d)', sub, text)


def _para_text(p, boxes):
    out = []

    def walk(e):
        for c in e:
            tag = c.tag
            if tag == MC + 'Fallback':
                continue
            if tag == W + 'txbxContent':
                boxes.append(c)
                continue
            if tag in (W + 'delText', W + 'instrText', W + 'del', W + 'pPr', W + 'rPr'):
                continue
            if tag == W + 't':
                out.append(c.text or '')
            elif tag == W + 'tab':
                out.append('\t')
            elif tag == W + 'noBreakHyphen':
                out.append('-')
            walk(c)
    walk(p)
    return ''.join(out)


def _part_lines(root, numbering):
    lines = []

    def walk(e):
        for c in e:
            if c.tag == MC + 'Fallback':
                continue
            if c.tag == W + 'p':
                boxes = []
                txt = _para_text(c, boxes)
                pre = numbering.prefix(c) if numbering is not None else ''
                lines.append(pre + txt)
                for b in boxes:
                    walk(b)
            else:
                walk(c)
    walk(root)
    return lines


def docx_lines(path):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    numbering = Numbering(z)
    lines = []

    def part(name, numbered=False):
        root = ET.fromstring(z.read(name))
        if name.endswith(('footnotes.xml', 'endnotes.xml')):
            for note in list(root):
                if note.get(W + 'type') in ('separator', 'continuationSeparator', 'continuationNotice'):
                    root.remove(note)
        return _part_lines(root, numbering if numbered else None)

    def key(n):
        m = re.search(r'(\d+)', n)
        return (int(m.group(1)) if m else 0, n)
    for n in sorted([n for n in names if re.match(r'word/header\d*\.xml$', n)], key=key):
        lines += part(n)
    lines += part('word/document.xml', numbered=True)
    for n in ('word/comments.xml', 'word/footnotes.xml', 'word/endnotes.xml'):
        if n in names:
            lines += part(n)
    for n in sorted([n for n in names if re.match(r'word/footer\d*\.xml$', n)], key=key):
        lines += part(n)
    return [l for l in (clean_line(x) for x in lines) if l]


# ----------------------------------------------------------------------------------------------- html
BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'td', 'th', 'tr', 'table', 'header',
         'footer', 'section', 'article', 'nav', 'blockquote', 'dt', 'dd', 'dl', 'pre', 'hr', 'address', 'figure',
         'figcaption', 'caption', 'aside', 'main', 'form', 'center', 'body', 'tbody', 'thead', 'tfoot'}
SKIP = {'script', 'style', 'title', 'head', 'template'}
VOID = {'br', 'img', 'meta', 'link', 'hr', 'input', 'col', 'area', 'base', 'wbr', 'source', 'param', 'embed'}
NOTE_CLASSES = {'sdendnoteanc', 'sdendnotesym', 'sdfootnoteanc', 'sdfootnotesym'}


class _Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.stack = [], [], []

    def flush(self):
        t = clean_html_line(''.join(self.cur))
        if t:
            self.lines.append(t)
        self.cur = []

    def hidden(self):
        return any(h for _, h in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        style = (a.get('style') or '').replace(' ', '').lower()
        hide = tag in SKIP or 'display:none' in style or \
            (tag == 'a' and bool(NOTE_CLASSES & set((a.get('class') or '').split())))
        self.stack.append((tag, hide))

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.hidden():
            self.cur.append(data)


def html_lines(path):
    raw = open(path, 'rb').read()
    m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2048])
    enc = m.group(1).decode() if m else 'utf-8'
    p = _Vis()
    p.feed(raw.decode(enc))
    p.close()
    p.flush()
    return p.lines


def page_lines(path):
    if path.endswith('.docx'):
        return docx_lines(path)
    if path.endswith(('.html', '.htm')):
        return html_lines(path)
    raise ValueError(path)


# ----------------------------------------------------------------------------------------------- matching
PUNCT_AFTER_HEAD = set('。.:：;；')


def strip_injected(lines, noise):
    """cut noise strings that are only part of a line out of that line"""
    out = []
    ns = sorted(set(noise), key=len, reverse=True)
    for l in lines:
        for n in ns:
            if n in l and mnorm(n) != mnorm(l):
                l = l.replace(n, '')
        out.append(l)
    return out


def match_parts(lines, gold):
    """Walk titles, headings and paragraphs through the lines in reading order.
    Returns (errors, placed) with placed = list of (kind, index, line_no, start, end) in reading order."""
    L = [mnorm(l) for l in lines]
    seqs = {'t': [mnorm(t) for t in gold['titles']],
            'h': [mnorm(h['text']) for h in gold['headings']],
            'p': [mnorm(p['text']) for p in gold['paragraphs']]}
    trunc = [p.get('truncated') for p in gold['paragraphs']]
    nxt = {'t': 0, 'h': 0, 'p': 0}
    pos = (0, 0)          # (line, offset) not yet consumed
    last = None           # (kind, line, end) of the previous placed item
    placed, errors = [], []

    def find(kind, s, idx):
        li, off = pos
        for j in range(li, len(L)):
            line = L[j]
            start_min = off if j == li else 0
            if kind == 't':
                if line == s and start_min == 0:
                    return (j, 0, len(s))
            elif kind == 'h':
                if start_min == 0 and line.startswith(s):
                    rest = line[len(s):]
                    if rest == '' or rest[0] in PUNCT_AFTER_HEAD:
                        return (j, 0, len(s))
            else:
                cands = []
                if start_min == 0:
                    cands.append(0)
                if last is not None and last[0] == 'h' and last[1] == j:
                    e = last[2]
                    if e < len(line) and line[e] in PUNCT_AFTER_HEAD:
                        e += 1
                    if e >= start_min:
                        cands.append(e)
                for st in cands:
                    if line.startswith(s, st) and (trunc[idx] or st + len(s) == len(line)):
                        return (j, st, st + len(s))
        return None

    total = sum(len(v) for v in seqs.values())
    for _ in range(total):
        best = None
        for kind in ('t', 'h', 'p'):
            i = nxt[kind]
            if i >= len(seqs[kind]):
                continue
            r = find(kind, seqs[kind][i], i)
            if r is not None and (best is None or (r[0], r[1]) < (best[1][0], best[1][1])):
                best = (kind, r)
        if best is None:
            for kind in ('t', 'h', 'p'):
                i = nxt[kind]
                if i < len(seqs[kind]):
                    item = {'t': gold['titles'], 'h': gold['headings'], 'p': gold['paragraphs']}[kind][i]
                    errors.append('not found in order: %s #%d %r' % (kind, i, item if kind == 't' else item['text'][:40]))
            break
        kind, (j, st, en) = best
        placed.append((kind, nxt[kind], j, st, en))
        nxt[kind] += 1
        last = (kind, j, en)
        pos = (j, en) if en < len(L[j]) else (j + 1, 0)
    return errors, placed


# ----------------------------------------------------------------------------------------------- checks
def check(name, expected_speeches):
    errs = []
    page = os.path.join(ROOT, name)
    gpath = os.path.join(ROOT, 'gold', name.split('.')[0] + '.json')
    if not os.path.exists(page):
        return ['missing page %s' % name]
    if not os.path.exists(gpath):
        return ['missing gold %s' % gpath]
    raw = open(gpath, 'rb').read()
    try:
        gold = json.loads(raw.decode('utf-8'))
    except Exception as e:
        return ['gold is not UTF-8 JSON: %s' % e]
    if list(gold.keys()) != ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']:
        errs.append('top-level keys/order wrong: %s' % list(gold.keys()))
        return errs
    if gold['file'] != name:
        errs.append('file field %r != %r' % (gold['file'], name))
    if not isinstance(gold['speeches'], int) or isinstance(gold['speeches'], bool):
        errs.append('speeches not int')
    for k in ('titles', 'headings', 'paragraphs', 'noise'):
        if not isinstance(gold[k], list):
            errs.append('%s not a list' % k)
            return errs
    if gold['speeches'] != expected_speeches:
        errs.append('speeches %r, page holds %d' % (gold['speeches'], expected_speeches))
    if len(gold['titles']) != gold['speeches']:
        errs.append('%d titles for %r speeches' % (len(gold['titles']), gold['speeches']))
    for t in gold['titles']:
        if not isinstance(t, str) or not t.strip():
            errs.append('bad title %r' % (t,))
    for h in gold['headings']:
        if not isinstance(h, dict) or list(h.keys()) != ['text', 'level']:
            errs.append('heading keys/order wrong: %r' % (h,))
            continue
        if not isinstance(h['text'], str) or not h['text'].strip():
            errs.append('heading text bad %r' % (h,))
        if h['level'] not in (1, 2, 3) or isinstance(h['level'], bool):
            errs.append('heading level bad %r' % (h,))
        if h['text'].rstrip().endswith('。'):
            errs.append('heading ends with 。: %r' % h['text'])
    for p in gold['paragraphs']:
        if not isinstance(p, dict) or list(p.keys()) != ['text', 'category', 'truncated']:
            errs.append('paragraph keys/order wrong: %r' % (p,))
            continue
        if not isinstance(p['text'], str) or not p['text'].strip():
            errs.append('paragraph text bad')
        if p['category'] not in CATS:
            errs.append('bad category %r' % p['category'])
        if not isinstance(p['truncated'], bool):
            errs.append('truncated not bool: %r' % p['text'][:20])
        n = len(p['text'])
        if not (60 <= n <= 350) and not p['truncated']:
            errs.append('paragraph length %d outside 60-350: %r' % (n, p['text'][:20]))
    for n in gold['noise']:
        if not isinstance(n, str):
            errs.append('noise item not a string: %r' % (n,))
    if errs:
        return errs
    # core categories
    for c in CORE:
        k = sum(1 for p in gold['paragraphs'] if p['category'] == c)
        if k < 2:
            errs.append('only %d paragraphs of core category %s' % (k, c))
    # decoded text
    lines = page_lines(page)
    blob = '\n'.join(lines)
    # noise rules
    if len(set(gold['noise'])) != len(gold['noise']):
        errs.append('noise strings listed more than once')
    blocks = gold['titles'] + [h['text'] for h in gold['headings']] + [p['text'] for p in gold['paragraphs']]
    for n in gold['noise']:
        if n != n.strip() or not n:
            errs.append('noise not trimmed: %r' % n)
        if n not in blob:
            errs.append('noise not in decoded text: %r' % n)
        for drop in (False, True):
            sn = snorm(n, drop)
            if len(sn) < 4:
                errs.append('noise shorter than 4 after normalising (%s): %r' % ('P+Z+S' if drop else 'P+Z', n))
                continue
            for b in blocks:
                if sn in snorm(b, drop):
                    errs.append('noise %r occurs inside gold block %r' % (n, b[:30]))
    # speech parts, in order
    clean = strip_injected(lines, gold['noise'])
    merrs, placed = match_parts(clean, gold)
    errs += merrs
    if not merrs:
        # split into speeches at the titles
        han = [0] * len(gold['titles'])
        cur = -1
        for kind, idx, j, st, en in placed:
            if kind == 't':
                cur = idx
                continue
            if cur < 0:
                errs.append('%s #%d comes before the first title' % (kind, idx))
                continue
            txt = gold['headings'][idx]['text'] if kind == 'h' else gold['paragraphs'][idx]['text']
            han[cur] += han_count(txt)
        for i, h in enumerate(han):
            if not (900 <= h <= 1400):
                errs.append('speech %d has %d Han characters (900-1400 wanted)' % (i + 1, h))
    return errs


def main():
    bad = 0
    for name, k in FILES.items():
        errs = check(name, k)
        if errs:
            bad += 1
            print('FAIL %s' % name)
            for e in errs[:40]:
                print('   ', e)
        else:
            g = json.load(open(os.path.join(ROOT, 'gold', name.split('.')[0] + '.json'), encoding='utf-8'))
            print('ok   %s  speeches=%d headings=%d paragraphs=%d noise=%d' % (
                name, g['speeches'], len(g['headings']), len(g['paragraphs']), len(g['noise'])))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
