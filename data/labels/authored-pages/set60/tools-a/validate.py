#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set60a.

For every gold/NN.json:
  * checks the gold's shape (keys and their order, types, categories, levels);
  * decodes the page (BOM / <meta> charset / narrowest of utf-8, gb2312, gbk,
    gb18030) and checks encoding and line ends against the table below;
  * for .html/.htm pages converts the markup to visible text first;
  * checks every noise string: >= 4 chars, listed once, present on the page,
    not inside any title / heading / paragraph (raw and normalised);
  * removes every noise occurrence, normalises the rest (NFKC, whitespace
    removed) and finds every paragraph, title and heading in page order
    without overlaps;
  * lists every leftover run of text and accepts only salutation, speaker,
    date, signature or short marker (< 4 chars);
  * per speech: Han count of headings + paragraphs in 900..1400, at least two
    paragraphs each of 形势分析 / 隐患排查 / 责任落实, first paragraph 开场,
    last paragraph 结尾.
Usage: /usr/bin/python3 tools/validate.py [set_dir]
Exit status 0 only when there are 0 errors.
"""
import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实',
        '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
KEYS = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']
EXPECT = {  # file: (codec, line end)
    '01.txt': ('gb2312', 'LF'),
    '02.txt': ('gbk', 'CRLF'),
    '03.html': ('gb2312', 'CRLF'),
    '04.txt': ('utf-8-sig', 'LF'),
    '05.txt': ('gb18030', 'LF'),
}
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff]')
WS = re.compile(r'\s+')

ALLOWED = [
    ('salutation', re.compile(r'^[\u4e00-\u9fff、，,]{2,16}[：:]$')),
    ('speaker', re.compile(r'^[—―\-]*[\u4e00-\u9fff]{0,10}'
                           r'(县长|镇长|乡长|局长|书记|主任|经理|董事长|矿长)[\u4e00-\u9fff]{2,3}$')),
    ('date', re.compile(r'^[(（]?[0-9〇零一二三四五六七八九十]{2,4}年[0-9一二三四五六七八九十]{1,3}月'
                        r'[0-9一二三四五六七八九十]{1,3}日[)）]?$')),
    ('signature', re.compile(r'^[\u4e00-\u9fff]{2,16}(人民政府|委员会|公司|办公室|监督管理局)$')),
]


def norm(s):
    return WS.sub('', unicodedata.normalize('NFKC', s))


def han(s):
    return len(HAN.findall(s))


# ------------------------------------------------------------ decoding
def decode(path, data):
    """return (text, codec) ; raises on failure."""
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8'), 'utf-8-sig'
    if data.startswith(b'\xff\xfe'):
        return data[2:].decode('utf-16-le'), 'utf-16-le-bom'
    if path.lower().endswith(('.html', '.htm')):
        m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', data[:4096])
        if m:
            codec = m.group(1).decode('ascii').lower()
            return data.decode(codec), codec
    for codec in ('utf-8', 'gb2312', 'gbk', 'gb18030'):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    raise UnicodeDecodeError('none', data, 0, 1, 'no codec fits')


class H2T(HTMLParser):
    BLOCK = {'br', 'p', 'div', 'tr', 'table', 'tbody', 'li', 'ul', 'hr', 'title', 'td', 'th',
             'option', 'select', 'marquee', 'center', 'h1', 'h2', 'h3', 'h4', 'form', 'body', 'head'}
    SKIP = {'script', 'style'}

    def __init__(self):
        HTMLParser.__init__(self, convert_charrefs=True)
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

    def handle_data(self, d):
        if not self.skip:
            self.out.append(re.sub(r'[ \t\r\n]+', ' ', d).replace('\xa0', ' '))


def html_to_text(src):
    p = H2T()
    p.feed(src)
    p.close()
    return ''.join(p.out)


# ------------------------------------------------------------ checks
class Report:
    def __init__(self, name):
        self.name, self.errors, self.info = name, [], []

    def err(self, msg):
        self.errors.append(msg)

    def note(self, msg):
        self.info.append(msg)


def check_shape(g, fname, R):
    if not isinstance(g, dict):
        R.err('gold is not an object')
        return False
    if list(g.keys()) != KEYS:
        R.err('keys %s, expected exactly %s in this order' % (list(g.keys()), KEYS))
        return False
    if g['file'] != fname:
        R.err('"file" is %r, expected %r' % (g['file'], fname))
    if not isinstance(g['speeches'], int) or g['speeches'] != len(g['titles']):
        R.err('"speeches"=%r but %d titles' % (g['speeches'], len(g['titles'])))
    ok = True
    for t in g['titles']:
        if not isinstance(t, str) or not t.strip():
            R.err('bad title %r' % (t,))
            ok = False
    for h in g['headings']:
        if not isinstance(h, dict) or list(h.keys()) != ['text', 'level']:
            R.err('bad heading object %r' % (h,))
            ok = False
            continue
        if h['level'] not in (1, 2, 3):
            R.err('heading level %r: %s' % (h['level'], h['text']))
        if not h['text'] or h['text'].endswith('。') or h['text'] != h['text'].strip() or '\n' in h['text']:
            R.err('heading text not clean: %r' % h['text'])
    for p in g['paragraphs']:
        if not isinstance(p, dict) or list(p.keys()) != ['text', 'category', 'truncated']:
            R.err('bad paragraph object %r' % (p,))
            ok = False
            continue
        if p['category'] not in CATS:
            R.err('unknown category %r' % p['category'])
        if not isinstance(p['truncated'], bool):
            R.err('truncated not bool: %r' % p['truncated'])
        if not p['text'] or p['text'] != p['text'].strip() or '\n' in p['text']:
            R.err('paragraph text not clean: %r' % p['text'][:30])
    seen = set()
    for s in g['noise']:
        if not isinstance(s, str):
            R.err('noise entry not a string: %r' % (s,))
            ok = False
            continue
        if len(s) < 4:
            R.err('noise shorter than 4 chars: %r' % s)
        if s in seen:
            R.err('noise listed twice: %r' % s)
        seen.add(s)
    return ok


def validate_one(root, gpath):
    g = json.load(open(gpath, encoding='utf-8'))
    fname = os.path.basename(gpath)[:-5]
    fname = g.get('file', fname) if isinstance(g, dict) else fname
    R = Report(fname)
    if not check_shape(g, fname, R):
        return R
    path = os.path.join(root, fname)
    if not os.path.exists(path):
        R.err('page file missing')
        return R
    data = open(path, 'rb').read()
    try:
        text, codec = decode(path, data)
    except (UnicodeDecodeError, LookupError) as e:
        R.err('cannot decode: %s' % e)
        return R
    want = EXPECT.get(fname)
    crlf = data.count(b'\r\n') if not data.startswith(b'\xff\xfe') else data.count(b'\r\x00\n\x00')
    lf = data.count(b'\n') if not data.startswith(b'\xff\xfe') else data.count(b'\n\x00')
    ends = 'CRLF' if crlf and crlf == lf else ('LF' if crlf == 0 else 'mixed')
    R.note('encoding %s, line ends %s, %d bytes' % (codec, ends, len(data)))
    if want:
        try:
            data[3:].decode('utf-8') if want[0] == 'utf-8-sig' else data.decode(want[0])
        except UnicodeDecodeError as e:
            R.err('does not decode strictly as expected %s: %s' % (want[0], e))
        if codec != want[0]:
            R.err('detected encoding %s, expected %s' % (codec, want[0]))
        if ends != want[1]:
            R.err('line ends %s, expected %s' % (ends, want[1]))
    if path.lower().endswith(('.html', '.htm')):
        text = html_to_text(text)
    text = text.replace('\r\n', '\n').replace('\r', '\n')

    labelled = [('title', t) for t in g['titles']] + \
               [('heading', h['text']) for h in g['headings']] + \
               [('paragraph', p['text']) for p in g['paragraphs']]
    # ---- noise
    for s in g['noise']:
        if s not in text:
            R.err('noise not on page: %r' % s)
        ns = norm(s)
        for kind, lt in labelled:
            if s in lt or (ns and ns in norm(lt)):
                R.err('noise %r lies inside %s %r' % (s, kind, lt[:30]))
    # ---- remove noise, build normalised stream with (line, segment) owners
    noise = sorted(set(g['noise']), key=len, reverse=True)
    rx = re.compile('|'.join(re.escape(s) for s in noise)) if noise else None
    stream, owner, lines = [], [], text.split('\n')
    seg = 0
    for ln, line in enumerate(lines):
        pieces = rx.split(line) if rx else [line]
        for piece in pieces:
            seg += 1
            for ch in norm(piece):
                stream.append(ch)
                owner.append((ln, seg))
    stream = ''.join(stream)
    claimed = [None] * len(stream)

    def find(needle, start):
        i = stream.find(needle, start)
        while i >= 0:
            if all(c is None for c in claimed[i:i + len(needle)]):
                return i
            i = stream.find(needle, i + 1)
        return -1

    spans = []   # (start, end, kind, index)
    for kind, items in (('paragraph', [p['text'] for p in g['paragraphs']]),
                        ('title', g['titles']),
                        ('heading', [h['text'] for h in g['headings']])):
        pos = 0
        for k, t in enumerate(items):
            nt = norm(t)
            if not nt:
                R.err('%s %d is empty after normalisation' % (kind, k))
                continue
            i = find(nt, pos)
            if i < 0:
                anywhere = find(nt, 0)
                R.err('%s %d not found %s: %r' % (
                    kind, k, 'in page order' if anywhere >= 0 else 'on page (after noise removal)', t[:40]))
                continue
            for x in range(i, i + len(nt)):
                claimed[x] = (kind, k)
            spans.append((i, i + len(nt), kind, k))
            pos = i + len(nt)
    spans.sort()
    # ---- leftovers
    runs, cur = [], None
    for i, ch in enumerate(stream):
        if claimed[i] is None:
            if cur and cur[0] == owner[i] and cur[2] == i:
                cur[1] += ch
                cur[2] = i + 1
            else:
                cur = [owner[i], ch, i + 1]
                runs.append(cur)
        else:
            cur = None
    for (ln, sg), s, _ in runs:
        cls = None
        for name, rxp in ALLOWED:
            if rxp.match(s):
                cls = name
                break
        if cls is None and len(s) < 4:
            cls = 'short'
        if cls is None:
            R.err('unlabelled leftover, line %d: %r' % (ln + 1, s[:60]))
        else:
            R.note('leftover [%s] line %d: %s' % (cls, ln + 1, s))
    # ---- speeches
    tstarts = sorted(a for a, b, kind, k in spans if kind == 'title')
    if len(tstarts) == len(g['titles']) and tstarts:
        for a, b, kind, k in spans:
            if kind != 'title' and a < tstarts[0]:
                R.err('%s %d lies before the first title' % (kind, k))
        bounds = tstarts + [len(stream) + 1]
        for si in range(len(tstarts)):
            lo, hi = bounds[si], bounds[si + 1]
            hs = [g['headings'][k]['text'] for a, b, kind, k in spans if kind == 'heading' and lo <= a < hi]
            ps = [g['paragraphs'][k] for a, b, kind, k in spans if kind == 'paragraph' and lo <= a < hi]
            n_han = sum(han(x) for x in hs) + sum(han(p['text']) for p in ps)
            cats = [p['category'] for p in ps]
            counts = {c: cats.count(c) for c in CATS if c in cats}
            R.note('speech %d %r: %d Han, %d headings, %d paragraphs, %s' % (
                si + 1, g['titles'][si], n_han, len(hs), len(ps),
                ' '.join('%s%d' % (c, n) for c, n in counts.items())))
            if not 900 <= n_han <= 1400:
                R.err('speech %d: %d Han characters, outside 900..1400' % (si + 1, n_han))
            for c in CORE:
                if cats.count(c) < 2:
                    R.err('speech %d: only %d paragraph(s) of %s' % (si + 1, cats.count(c), c))
            if not ps or cats[0] != '开场':
                R.err('speech %d: first paragraph is not 开场' % (si + 1))
            if not ps or cats[-1] != '结尾':
                R.err('speech %d: last paragraph is not 结尾' % (si + 1))
            if any(p['truncated'] for p in ps[:-1]):
                R.err('speech %d: a paragraph other than the last is truncated' % (si + 1))
    return R


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else
                           os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
    gdir = os.path.join(root, 'gold')
    golds = sorted(f for f in os.listdir(gdir) if f.endswith('.json'))
    total = 0
    for f in golds:
        try:
            R = validate_one(root, os.path.join(gdir, f))
        except (ValueError, KeyError, TypeError) as e:
            print('== %s\n  ERROR gold unreadable: %s' % (f, e))
            total += 1
            continue
        print('== %s' % R.name)
        for m in R.info:
            print('  ' + m)
        for m in R.errors:
            print('  ERROR ' + m)
        total += len(R.errors)
    print('TOTAL: %d error(s) in %d file(s)' % (total, len(golds)))
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
