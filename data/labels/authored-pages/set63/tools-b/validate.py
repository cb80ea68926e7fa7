#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check gold/NN.json against pages 06-10 (standard library only). Exit status 1 on any failure.

Decoded text
  .docx  every w:p of word/document.xml in document order is one line: w:t text, w:tab -> TAB,
         w:br/w:cr -> LF; field instructions, deleted text and note/comment reference marks are not text;
         of an mc:AlternateContent only the mc:Choice is read; paragraphs inside a text box
         (w:txbxContent) are lines of their own; automatic list numbers are rendered from
         word/numbering.xml (lvlText, numFmt, suff, counters per abstract numbering; via the paragraph's
         numPr or its style's) and put in front of the line.  Then the lines of headers, footers,
         footnotes, endnotes and comments are added (only "body" lines may hold speech parts).
  .html  visible text: block elements end a line; runs of ASCII white space (including the hard
         line breaks in the HTML source) become one space; <head> is skipped except <title>, which is a
         line of its own; HTML comments, <style> and <script> are not text; the text of footnote
         reference anchors inside paragraphs (<a class="sdfootnoteanc">, <a class="footnote-ref">) is
         dropped, as they are one-to-three-character marks.
Matching is done after normalisation (NFKC, then drop punctuation, spacing and control characters).
"""
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)

CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
KEYS = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']
FILES = {'06.docx': 2, '07.docx': 1, '08.html': 1, '09.docx': 1, '10.html': 2}

# lines the brief says to leave unlabelled (salutation, speaker and date lines under a title)
UNLABELLED = {
    '06.docx': ['县委常委、常务副县长　贺启明', '（2024年2月26日）', '同志们：', '县委副书记、县长　韩立峰'],
    '07.docx': ['市住房和城乡建设局党组书记、局长　邵文涛', '2024年4月12日', '同志们：'],
    '08.html': ['总经理　严卫东', '（2024年4月8日）', '同志们：'],
    '09.docx': ['镇党委书记　钟宏远', '（2024年5月16日）', '同志们：'],
    '10.html': ['区住建局局长　魏振东', '尊敬的各位领导，同志们：', '金坪煤业有限公司金坪煤矿矿长　雷德胜',
                '各位领导、同志们：'],
}

HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]')


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return ''.join(ch for ch in s if unicodedata.category(ch)[0] not in 'PZ'
                   and unicodedata.category(ch) not in ('Cc', 'Cf') and not ch.isspace())


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
MC = '{http://schemas.openxmlformats.org/markup-compatibility/2006}'
CN_DIG = '〇一二三四五六七八九'


def cn_count(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return '十' + (CN_DIG[n % 10] if n % 10 else '')
    if n < 100:
        return CN_DIG[n // 10] + '十' + (CN_DIG[n % 10] if n % 10 else '')
    raise ValueError(n)


def fmt_num(n, fmt):
    if fmt in ('decimal', None):
        return str(n)
    if fmt in ('chineseCounting', 'chineseCountingThousand', 'taiwaneseCounting', 'taiwaneseCountingThousand',
               'japaneseCounting', 'ideographDigital'):
        return cn_count(n)
    if fmt == 'none':
        return ''
    raise ValueError('numFmt not supported by validate.py: %s' % fmt)


class Numbering:
    def __init__(self, z):
        names = z.namelist()
        self.abstract, self.nums, self.styles = {}, {}, {}
        if 'word/numbering.xml' in names:
            root = ET.fromstring(z.read('word/numbering.xml'))
            for a in root.findall(W + 'abstractNum'):
                lv = {}
                for l in a.findall(W + 'lvl'):
                    il = int(l.get(W + 'ilvl'))
                    g = lambda tag: (l.find(W + tag).get(W + 'val') if l.find(W + tag) is not None else None)  # noqa
                    lv[il] = {'start': int(g('start') or 1), 'fmt': g('numFmt'), 'text': g('lvlText') or '',
                              'suff': g('suff') or 'tab'}
                self.abstract[a.get(W + 'abstractNumId')] = lv
            for n in root.findall(W + 'num'):
                self.nums[n.get(W + 'numId')] = n.find(W + 'abstractNumId').get(W + 'val')
        if 'word/styles.xml' in names:
            root = ET.fromstring(z.read('word/styles.xml'))
            for s in root.findall(W + 'style'):
                sid = s.get(W + 'styleId')
                based = s.find(W + 'basedOn')
                np_ = s.find(W + 'pPr/' + W + 'numPr')
                num = None
                if np_ is not None:
                    ni = np_.find(W + 'numId')
                    il = np_.find(W + 'ilvl')
                    num = (ni.get(W + 'val') if ni is not None else None, int(il.get(W + 'val')) if il is not None else 0)
                self.styles[sid] = (based.get(W + 'val') if based is not None else None, num)
        self.counters = {}

    def style_num(self, sid, depth=0):
        if sid is None or sid not in self.styles or depth > 20:
            return None
        based, num = self.styles[sid]
        return num if num is not None else self.style_num(based, depth + 1)

    def label(self, p):
        ppr = p.find(W + 'pPr')
        num = None
        if ppr is not None:
            np_ = ppr.find(W + 'numPr')
            if np_ is not None:
                ni, il = np_.find(W + 'numId'), np_.find(W + 'ilvl')
                num = (ni.get(W + 'val') if ni is not None else None, int(il.get(W + 'val')) if il is not None else 0)
            if num is None:
                ps = ppr.find(W + 'pStyle')
                if ps is not None:
                    num = self.style_num(ps.get(W + 'val'))
        if not num or not num[0] or num[0] == '0' or num[0] not in self.nums:
            return ''
        aid = self.nums[num[0]]
        lvls = self.abstract.get(aid, {})
        il = num[1]
        if il not in lvls:
            return ''
        c = self.counters.setdefault(aid, {})
        c[il] = c.get(il, lvls[il]['start'] - 1) + 1
        for deeper in [k for k in c if k > il]:
            del c[deeper]
        text = lvls[il]['text']

        def rep(m):
            k = int(m.group(1)) - 1
            return fmt_num(c.get(k, lvls.get(k, {}).get('start', 1)), lvls.get(k, {}).get('fmt'))
        lab = re.sub(r'%(\d)', rep, text)
        if lvls[il]['fmt'] == 'none':
            lab = re.sub(r'%\d', '', text)
        suff = lvls[il]['suff']
        return lab + ('\t' if suff == 'tab' else ' ' if suff == 'space' else '')


def docx_par_text(p, nested):
    out = []

    def rec(e):
        for ch in e:
            t = ch.tag
            if t == W + 't':
                out.append(ch.text or '')
            elif t == W + 'tab':
                out.append('\t')
            elif t in (W + 'br', W + 'cr'):
                out.append('\n')
            elif t in (W + 'instrText', W + 'delText', W + 'footnoteReference', W + 'endnoteReference',
                       W + 'commentReference', W + 'pPr', W + 'rPr'):
                continue
            elif t == MC + 'Fallback':
                continue
            elif t == W + 'txbxContent':
                nested.append(ch)
            else:
                rec(ch)
    rec(p)
    return ''.join(out)


def docx_walk(e, lines, numbering, src):
    for ch in e:
        if ch.tag == MC + 'Fallback':
            continue
        if ch.tag == W + 'p':
            nested = []
            txt = docx_par_text(ch, nested)
            lab = numbering.label(ch) if numbering is not None else ''
            for tb in nested:
                docx_walk(tb, lines, None, src + ':textbox')
            lines.append((src, lab + txt))
        else:
            docx_walk(ch, lines, numbering, src)


def docx_lines(path):
    z = zipfile.ZipFile(path)
    lines = []
    numbering = Numbering(z)
    docx_walk(ET.fromstring(z.read('word/document.xml')).find(W + 'body'), lines, numbering, 'body')
    names = z.namelist()
    parts = sorted(n for n in names if re.match(r'word/(header|footer)\d*\.xml$', n))
    parts += [n for n in ('word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml') if n in names]
    for n in parts:
        root = ET.fromstring(z.read(n))
        for note in list(root):
            if note.get(W + 'type') in ('separator', 'continuationSeparator', 'continuationNotice'):
                continue
            if root.tag in (W + 'hdr', W + 'ftr'):
                docx_walk(root, lines, None, n)
                break
            docx_walk(note, lines, None, n)
    return lines


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------
BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ol', 'ul', 'table', 'tr', 'td', 'th', 'br', 'hr',
         'section', 'header', 'footer', 'title', 'body', 'html', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'figure',
         'figcaption', 'caption', 'article', 'main', 'nav', 'aside', 'thead', 'tbody', 'center', 'address'}
MARK_CLASSES = {'sdfootnoteanc', 'footnote-ref'}
VOID = {'br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source'}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur = [], []
        self.in_head = self.in_title = False
        self.skip = 0          # style/script depth
        self.mark = 0          # footnote mark anchors depth
        self.stack = []

    def flush(self):
        s = re.sub(r'[ \t\r\n\f]+', ' ', ''.join(self.cur)).strip(' ')
        if s:
            self.lines.append(('title' if self.in_title else 'body', s))
        self.cur = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'head':
            self.in_head = True
        if tag in ('style', 'script'):
            self.skip += 1
        if tag == 'title':
            self.flush()
            self.in_title = True
        if tag == 'a' and set((a.get('class') or '').split()) & MARK_CLASSES:
            self.mark += 1
            self.stack.append('a-mark')
        elif tag not in VOID:
            self.stack.append(tag)
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag == 'head':
            self.in_head = False
        if tag in ('style', 'script'):
            self.skip = max(0, self.skip - 1)
        if tag == 'a' and self.stack and self.stack[-1] == 'a-mark':
            self.stack.pop()
            self.mark -= 1
            return
        if tag in BLOCK:
            self.flush()
        if tag == 'title':
            self.in_title = False
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_data(self, data):
        if self.skip or self.mark:
            return
        if self.in_head and not self.in_title:
            return
        self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def html_lines(path):
    with open(path, encoding='utf-8') as f:
        v = Visible()
        v.feed(f.read())
        v.close()
    return v.lines


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
def check(fname, errors):
    def err(msg):
        errors.append('%s: %s' % (fname, msg))

    stem = os.path.splitext(fname)[0]
    gpath = os.path.join(ROOT, 'gold', stem + '.json')
    with open(gpath, encoding='utf-8') as f:
        raw = f.read()
    g = json.loads(raw)
    if list(g.keys()) != KEYS:
        err('gold keys %r' % list(g.keys()))
        return
    if g['file'] != fname:
        err('file field %r' % g['file'])
    if not isinstance(g['speeches'], int) or g['speeches'] != FILES[fname]:
        err('speeches %r, expected %d' % (g['speeches'], FILES[fname]))
    if not isinstance(g['titles'], list) or not all(isinstance(t, str) and t for t in g['titles']):
        err('titles must be non-empty strings')
        return
    if len(g['titles']) != g['speeches']:
        err('%d titles for %r speeches' % (len(g['titles']), g['speeches']))
    for h in g['headings']:
        if not isinstance(h, dict) or list(h.keys()) != ['text', 'level']:
            err('heading keys %r' % h)
            return
        if not isinstance(h['text'], str) or not h['text']:
            err('heading text %r' % h)
        if not isinstance(h['level'], int) or isinstance(h['level'], bool) or h['level'] not in (1, 2, 3):
            err('heading level %r' % h)
        if h['text'].endswith('。'):
            err('heading ends with 。: %s' % h['text'])
    for p in g['paragraphs']:
        if not isinstance(p, dict) or list(p.keys()) != ['text', 'category', 'truncated']:
            err('paragraph keys %r' % p)
            return
        if not isinstance(p['text'], str) or not p['text']:
            err('paragraph text %r' % p)
        if p['category'] not in CATS:
            err('category %r' % p['category'])
        if not isinstance(p['truncated'], bool):
            err('truncated not bool: %r' % p)
        if p['truncated']:
            err('no page of this set truncates a paragraph: %s' % p['text'][:20])
        if not 60 <= len(p['text']) <= 350:
            err('paragraph length %d: %s' % (len(p['text']), p['text'][:20]))
    if not isinstance(g['noise'], list) or not all(isinstance(n, str) for n in g['noise']):
        err('noise must be a list of strings')
        return
    for c in CORE:
        k = sum(1 for p in g['paragraphs'] if p['category'] == c)
        if k < 2:
            err('only %d paragraphs of %s' % (k, c))

    page = os.path.join(ROOT, fname)
    lines = docx_lines(page) if fname.endswith('.docx') else html_lines(page)
    body = [(i, t) for i, (src, t) in enumerate(lines) if src == 'body']
    bn = {i: norm(t) for i, t in body}
    body_idx = [i for i, _ in body]

    # titles: whole lines, in order
    used = {}
    t_idx, pos = [], -1
    for t in g['titles']:
        nt = norm(t)
        hit = next((i for i in body_idx if i > pos and bn[i] == nt), None)
        if hit is None:
            err('title not found as a line (in order): %s' % t)
            return
        t_idx.append(hit)
        used[hit] = 'title'
        pos = hit
    # headings: whole line, or the head of a run-in line
    h_at, pos = [], -1
    for h in g['headings']:
        nh = norm(h['text'])
        hit = next((i for i in body_idx if i > pos and i not in used and bn[i].startswith(nh)), None)
        if hit is None:
            err('heading not found (in order): %s' % h['text'])
            return
        h_at.append((hit, nh))
        pos = hit
    h_lines = {i: nh for i, nh in h_at}
    # paragraphs: whole line, or the rest of a run-in line
    p_at, pos = [], -1
    for p in g['paragraphs']:
        np_ = norm(p['text'])
        hit = None
        for i in body_idx:
            if i <= pos or i in used:
                continue
            if bn[i] == np_ and i not in h_lines:
                hit = i
                break
            if i in h_lines and bn[i] == h_lines[i] + np_:
                hit = i
                break
        if hit is None:
            err('paragraph not found (in order): %s' % p['text'][:30])
            return
        p_at.append(hit)
        pos = hit
    p_lines = set(p_at)
    for i, nh in h_at:
        if bn[i] != nh and i not in p_lines:
            err('run-in heading without its paragraph: %s' % nh)
        used[i] = 'heading'
    for i in p_at:
        used[i] = 'paragraph'
    if len(set(i for i, _ in h_at)) != len(h_at):
        err('two headings on one line')
    # speeches: spans between titles; Han count 900-1400 per speech
    spans = t_idx + [10 ** 9]
    for s in range(len(t_idx)):
        lo, hi = spans[s], spans[s + 1]
        hs = [g['headings'][k]['text'] for k, (i, _) in enumerate(h_at) if lo < i < hi]
        ps = [g['paragraphs'][k]['text'] for k, i in enumerate(p_at) if lo < i < hi]
        n = sum(len(HAN.findall(x)) for x in hs + ps)
        if not 900 <= n <= 1400:
            err('speech %d (%s) has %d Han characters' % (s + 1, g['titles'][s], n))
    first = t_idx[0] if t_idx else 0
    if any(i < first for i, _ in h_at) or any(i < first for i in p_at):
        err('speech part before the first title')

    # noise
    gold_texts = [norm(t) for t in g['titles']] + [norm(h['text']) for h in g['headings']] + \
                 [norm(p['text']) for p in g['paragraphs']]
    if len(set(g['noise'])) != len(g['noise']):
        err('noise listed twice')
    for n in g['noise']:
        nn = norm(n)
        if len(nn) < 4:
            err('noise shorter than 4 after normalisation: %r' % n)
        if n != n.strip():
            err('noise not trimmed: %r' % n)
        if not any(n in t for _, t in lines):
            err('noise not in decoded text: %r' % n)
        for gt in gold_texts:
            if nn and nn in gt:
                err('noise %r occurs inside gold text %s' % (n, gt[:20]))
    # coverage: every decoded line is speech, noise, or an allowed unlabelled line
    allowed = set(norm(x) for x in UNLABELLED[fname])
    for i, (src, t) in enumerate(lines):
        if used.get(i):
            continue
        rest = t
        for n in sorted(g['noise'], key=len, reverse=True):
            rest = rest.replace(n, '')
        nr = norm(rest)
        if len(nr) >= 4 and nr not in allowed:
            err('decoded line neither speech nor noise (%s): %r' % (src, t[:60]))


def main():
    errors = []
    for fname in sorted(FILES):
        try:
            check(fname, errors)
        except Exception as e:  # report, do not hide
            errors.append('%s: exception %r' % (fname, e))
    for e in errors:
        print('FAIL', e)
    if errors:
        sys.exit(1)
    print('all %d gold files pass' % len(FILES))


if __name__ == '__main__':
    main()
