#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check gold/NN.json against page NN.<ext> (set 64, writer a).  Standard library only.

Usage:  /usr/bin/python3 tools/validate.py [--debug] [NN ...]
Exit status is non-zero when any check fails.

How the page is read ("decoded text"):
  * .txt: UTF-16 if the file starts with a BOM, else UTF-8 if it decodes strictly, else GB18030
    (a superset of GBK); the detected encoding must equal the one expected in PAGES.
  * .html: charset from <meta>; visible text only (everything outside <head>, <style>, <script>);
    <br>, <p>, <div>, <hr>, <tr>, <td>, <h1>-<h6>, <li> end a line; runs of source whitespace are
    one space; &nbsp; is a space.
  * Marks of 1-3 characters that a tool puts inside paragraphs are removed before matching by
    the per-page regexes in PAGES['marks'] (01: pdftohtml's "— 3 —" page footers; 02: pandoc's
    [^1] footnote references; 04: the short masthead pieces 星期二 / 第3版 / 本报 that the page
    break puts between the two halves of a paragraph).  Nothing else is removed by rule; the
    same regexes are applied to the noise strings before they are searched.
Normalisation (as the scorer): NFKC, then drop punctuation (P*), symbols (S*), separators (Z*),
control characters (C*, this includes line breaks and form feeds) and spaces.
Matching: every noise string must occur in the normalised page; all its occurrences are then
cut out of the page (this is how running headers, footers, sidebars and captions that a
converter injected inside a paragraph are joined over).  Titles, headings and paragraphs are
then found in the remaining stream, each list in order; no two items may overlap.  Every
character of the page must end up covered by a gold item, a noise string, a mark, or one
of the unlabelled strings of PAGES['unlabelled'] (salutation, speaker and date lines); a left-over
run of 4 or more characters fails the page.
"""
import json, os, re, sys, unicodedata
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
KEYS = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']

PAGES = {
    '01': {'file': '01.html', 'encoding': 'utf-8', 'speeches': 1,
           'marks': [r'—\s*\d+\s*—'],
           'unlabelled': ['县委常委、常务副县长　魏长庚', '（2024 年 3 月 5 日）', '同志们：']},
    '02': {'file': '02.txt', 'encoding': 'gb18030', 'speeches': 1,
           'marks': [r'\[\^\d+\]'],
           'unlabelled': ['市住房和城乡建设局党组书记、局长　郑蔚然', '（2024年4月19日）', '同志们：', '附件']},
    '03': {'file': '03.txt', 'encoding': 'gb18030', 'speeches': 3,
           'marks': [],
           'unlabelled': ['市政府副秘书长', '季明远', '市委常委、副市长', '邵庭钧', '栖凤区人民政府区长', '顾言澄',
                          '（2024 年 3 月 12 日）', '同志们：', '尊敬的邵市长，同志们：', '目', '录']},
    '04': {'file': '04.txt', 'encoding': 'utf-16', 'speeches': 1,
           'marks': [r'(?m)^(?:星期二|第3版|本报)$'],
           'unlabelled': ['总经理', '宋立群', '同志们：', '演练']},
    '05': {'file': '05.html', 'encoding': 'utf-8', 'speeches': 2,
           'marks': [],
           'unlabelled': ['镇党委书记　刘振川', '同志们：', '大岭石料厂厂长　黄德旺', '各位领导、同志们：', '第6期', '5']},
}

HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff]')
BLOCK = {'br', 'p', 'div', 'hr', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'table', 'title'}


def keep(ch):
    return not (unicodedata.category(ch)[0] in 'PSZC' or ch.isspace())


def norm(s):
    return ''.join(c for c in unicodedata.normalize('NFKC', s) if keep(c))


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ('head', 'style', 'script'):
            self.skip += 1
        if tag in BLOCK:
            self.out.append('\n')

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in ('head', 'style', 'script'):
            self.skip -= 1
        if tag in BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r'[ \t\r\n\f]+', ' ', data.replace('\xa0', ' ')))


def decode(path):
    raw = open(path, 'rb').read()
    if path.endswith('.html'):
        m = re.search(rb'charset=["\']?([A-Za-z0-9_-]+)', raw[:2000])
        enc = m.group(1).decode().lower() if m else 'utf-8'
        v = Visible()
        v.feed(raw.decode(enc))
        text = ''.join(v.out).replace('\xa0', ' ')
        lines = [ln.strip() for ln in text.split('\n')]
        return enc, '\n'.join(ln for ln in lines if ln)
    if raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
        return 'utf-16', raw.decode('utf-16')
    try:
        return 'utf-8', raw.decode('utf-8')
    except UnicodeDecodeError:
        return 'gb18030', raw.decode('gb18030')


def stream(text):
    """Normalised characters of text with their origin index."""
    chars, pos = [], []
    for i, c in enumerate(text):
        for d in unicodedata.normalize('NFKC', c):
            if keep(d):
                chars.append(d)
                pos.append(i)
    return ''.join(chars), pos


def check(nn, debug=False):
    cfg = PAGES[nn]
    errs = []
    gpath = os.path.join(ROOT, 'gold', nn + '.json')
    g = json.load(open(gpath, encoding='utf-8'))
    # ---------------------------------------------------------------- structure
    if list(g.keys()) != KEYS:
        errs.append('key order %r' % list(g.keys()))
    if g.get('file') != cfg['file']:
        errs.append('file name %r' % g.get('file'))
    if not isinstance(g.get('speeches'), int) or g['speeches'] != cfg['speeches']:
        errs.append('speeches %r, expected %d' % (g.get('speeches'), cfg['speeches']))
    if not (isinstance(g.get('titles'), list) and all(isinstance(t, str) and t for t in g['titles'])):
        errs.append('titles must be a list of strings')
    elif len(g['titles']) != g['speeches']:
        errs.append('%d titles for %d speeches' % (len(g['titles']), g['speeches']))
    for h in g.get('headings', []):
        if list(h.keys()) != ['text', 'level'] or not isinstance(h['text'], str) or type(h['level']) is not int:
            errs.append('heading shape %r' % h)
            continue
        if h['level'] not in (1, 2, 3):
            errs.append('heading level %r' % h)
        if h['text'].endswith('。') or h['text'] != h['text'].strip():
            errs.append('heading text %r' % h['text'])
    for p in g.get('paragraphs', []):
        if (list(p.keys()) != ['text', 'category', 'truncated'] or not isinstance(p['text'], str)
                or type(p['truncated']) is not bool):
            errs.append('paragraph shape %r' % p)
            continue
        if p['category'] not in CATS:
            errs.append('category %r' % p['category'])
        n = len(p['text'])
        if not p['truncated'] and not 60 <= n <= 350:
            errs.append('paragraph length %d: %s' % (n, p['text'][:20]))
        if p['truncated'] and n < 20:
            errs.append('truncated paragraph too short')
    if not (isinstance(g.get('noise'), list) and all(isinstance(x, str) for x in g['noise'])):
        errs.append('noise must be a list of strings')
    if errs:
        return errs
    for c in CORE:
        k = sum(1 for p in g['paragraphs'] if p['category'] == c)
        if k < 2:
            errs.append('core category %s has only %d paragraphs' % (c, k))
    # ---------------------------------------------------------------- page text
    enc, text = decode(os.path.join(ROOT, cfg['file']))
    if enc != cfg['encoding']:
        errs.append('page encoding %s, expected %s' % (enc, cfg['encoding']))
    items = ([('title', t) for t in g['titles']] + [('heading', h['text']) for h in g['headings']]
             + [('paragraph', p['text']) for p in g['paragraphs']])
    gold_norm = [norm(t) for _, t in items]
    # noise rules
    if len(set(g['noise'])) != len(g['noise']):
        errs.append('noise strings listed twice')
    lines_raw = text
    for n in g['noise']:
        nn_ = norm(n)
        if len(nn_) < 4:
            errs.append('noise shorter than 4 after normalisation: %r' % n)
        if n != n.strip():
            errs.append('noise not trimmed: %r' % n)
        if n not in lines_raw:
            errs.append('noise not in decoded page: %r' % n)
        for gn in gold_norm:
            if nn_ and nn_ in gn:
                errs.append('noise %r occurs inside gold text %r' % (n, gn[:20]))
                break
    # marks
    work = text
    for rx in cfg['marks']:
        work = re.sub(rx, '', work)
    s, _ = stream(work)
    covered = [None] * len(s)
    def unmark(x):
        for rx in cfg['marks']:
            x = re.sub(rx, '', x)
        return x
    for n in sorted(g['noise'], key=lambda x: -len(norm(x))):
        nn_ = norm(unmark(n))
        if not nn_:
            continue
        start, found = 0, False
        while True:
            i = s.find(nn_, start)
            if i < 0:
                break
            if all(covered[j] is None for j in range(i, i + len(nn_))):
                for j in range(i, i + len(nn_)):
                    covered[j] = 'noise'
                found = True
            start = i + 1
        if not found:
            errs.append('noise not found in normalised page: %r' % n)
    # remaining stream
    idx = [i for i in range(len(s)) if covered[i] is None]
    rest = ''.join(s[i] for i in idx)
    found_at = {}
    for kind in ('title', 'heading', 'paragraph'):
        cur = 0
        for k, (kd, t) in enumerate(items):
            if kd != kind:
                continue
            q = norm(t)
            i = rest.find(q, cur)
            if i < 0:
                errs.append('%s not found (in order): %s' % (kind, t[:40]))
                continue
            found_at[k] = (i, i + len(q))
            cur = i + len(q)
    spans = sorted(found_at.values())
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append('gold items overlap in the page at %d' % b[0])
    for a, b in spans:
        for j in range(a, b):
            covered[idx[j]] = 'gold'
    # per speech Han count: items between title k and title k+1
    tpos = [found_at[k][0] for k, (kd, _) in enumerate(items) if kd == 'title' and k in found_at]
    if len(tpos) == g['speeches']:
        bounds = tpos + [len(rest) + 1]
        for sp in range(g['speeches']):
            han = 0
            for k, (kd, t) in enumerate(items):
                if kd != 'title' and k in found_at and bounds[sp] <= found_at[k][0] < bounds[sp + 1]:
                    han += len(HAN.findall(t))
            if not 900 <= han <= 1400:
                errs.append('speech %d has %d Han characters' % (sp + 1, han))
    # coverage: every left-over run must consist of unlabelled strings / short marks
    allowed = sorted({norm(u) for u in cfg['unlabelled']}, key=len, reverse=True)
    runs, cur = [], []
    for i, c in enumerate(s):
        if covered[i] is None:
            cur.append(c)
        elif cur:
            runs.append(''.join(cur))
            cur = []
    if cur:
        runs.append(''.join(cur))
    for r in runs:
        left = r
        for a in allowed:
            if a:
                left = left.replace(a, '|')
        for piece in left.split('|'):
            if len(piece) >= 4:
                errs.append('unlabelled text left in page: %r' % piece)
    if debug:
        for r in runs:
            print('   run:', r)
    return errs


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    debug = '--debug' in sys.argv
    bad = 0
    for nn in args or sorted(PAGES):
        errs = check(nn, debug)
        print('%s: %s' % (PAGES[nn]['file'], 'ok' if not errs else 'FAIL'))
        for e in errs:
            print('   ', e)
        bad += bool(errs)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
