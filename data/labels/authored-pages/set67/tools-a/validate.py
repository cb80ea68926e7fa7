#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set67a.  Reads each .docx with zipfile + xml.etree only:
document.xml paragraphs and table cells in order (text-box paragraphs after their anchor paragraph),
automatic numbers rendered from numbering.xml, tracked changes accepted (w:ins kept, w:del dropped),
field results (cached text) kept and field codes dropped; headers, footers, footnotes, endnotes and
comments read from their own parts.  Then checks gold/NN.json against that text."""
import json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WNS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
def w(t): return '{%s}%s' % (WNS, t)
CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
KEYS = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']
CN = '零一二三四五六七八九'

def cn_count(n):
    if n < 10: return CN[n]
    if n < 20: return '十' + (CN[n % 10] if n % 10 else '')
    if n < 100: return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    return str(n)

def fmt_num(n, f):
    if f in ('chineseCounting', 'chineseCountingThousand', 'ideographTraditional'): return cn_count(n)
    if f == 'lowerLetter': return chr(96 + n)
    if f == 'upperLetter': return chr(64 + n)
    if f == 'lowerRoman': return ['i','ii','iii','iv','v','vi','vii','viii','ix','x'][n-1]
    if f == 'upperRoman': return ['I','II','III','IV','V','VI','VII','VIII','IX','X'][n-1]
    if f == 'decimalEnclosedCircleChinese' or f == 'decimalEnclosedCircle': return chr(0x245F + n)
    return str(n)

class Numbering:
    def __init__(self, z, styles):
        self.nums, self.abs, self.counters = {}, {}, {}
        self.styles = styles
        if 'word/numbering.xml' not in z.namelist(): return
        root = ET.fromstring(z.read('word/numbering.xml'))
        for a in root.findall(w('abstractNum')):
            lv = {}
            for l in a.findall(w('lvl')):
                g = lambda t, d=None: (l.find(w(t)).get(w('val')) if l.find(w(t)) is not None else d)
                lv[int(l.get(w('ilvl')))] = (int(g('start', '1')), g('numFmt', 'decimal'), g('lvlText', ''))
            self.abs[a.get(w('abstractNumId'))] = lv
        for n in root.findall(w('num')):
            self.nums[n.get(w('numId'))] = n.find(w('abstractNumId')).get(w('val'))
    def label(self, p):
        ppr = p.find(w('pPr'))
        numid = ilvl = None
        if ppr is not None:
            np_ = ppr.find(w('numPr'))
            if np_ is not None:
                numid = np_.find(w('numId')).get(w('val')) if np_.find(w('numId')) is not None else None
                ilvl = int(np_.find(w('ilvl')).get(w('val'))) if np_.find(w('ilvl')) is not None else 0
            elif ppr.find(w('pStyle')) is not None:
                numid, ilvl = self.styles.get(ppr.find(w('pStyle')).get(w('val')), (None, None))
        if not numid or numid == '0' or numid not in self.nums: return ''
        aid = self.nums[numid]; lv = self.abs.get(aid, {})
        c = self.counters.setdefault(aid, {})
        c[ilvl] = c.get(ilvl, lv.get(ilvl, (1,))[0] - 1) + 1
        for k in list(c):
            if k > ilvl: del c[k]
        start, f, text = lv.get(ilvl, (1, 'decimal', ''))
        def rep(m):
            k = int(m.group(1)) - 1
            return fmt_num(c.get(k, lv.get(k, (1,))[0]), lv.get(k, (1, 'decimal'))[1])
        return re.sub(r'%(\d)', rep, text)

def style_numbering(z):
    out = {}
    if 'word/styles.xml' not in z.namelist(): return out
    for s in ET.fromstring(z.read('word/styles.xml')).findall(w('style')):
        np_ = s.find(w('pPr') + '/' + w('numPr'))
        if np_ is not None and np_.find(w('numId')) is not None:
            il = np_.find(w('ilvl'))
            out[s.get(w('styleId'))] = (np_.find(w('numId')).get(w('val')), int(il.get(w('val'))) if il is not None else 0)
    return out

SKIP = {w('del'), w('moveFrom'), w('pPr'), w('rPr'), w('instrText'), w('delText'), w('footnoteReference'),
        w('endnoteReference'), w('commentReference'), w('footnoteRef'), w('endnoteRef'), w('annotationRef'),
        '{%s}Fallback' % MC}

def ptext(p, boxes):
    out = []
    def walk(e):
        for ch in e:
            t = ch.tag
            if t in SKIP: continue
            if t == w('txbxContent'):
                boxes.append(ch); continue
            if t == w('t'): out.append(ch.text or '')
            elif t == w('tab'): out.append('\t')
            elif t == w('br') and ch.get(w('type')) not in ('page', 'column'): out.append('\n')
            elif t == w('noBreakHyphen'): out.append('-')
            else: walk(ch)
    walk(p)
    return ''.join(out)

def block_lines(container, num, lines, src):
    for ch in container:
        if ch.tag == w('p'):
            boxes = []
            lines.append((src, num.label(ch) + ptext(ch, boxes)))
            for b in boxes: block_lines(b, num, lines, src + ':textbox')
        elif ch.tag == w('tbl'):
            for tr in ch.findall(w('tr')):
                for tc in tr.findall(w('tc')):
                    block_lines(tc, num, lines, src + ':table')
        elif ch.tag in (w('sdt'),):
            c = ch.find(w('sdtContent'))
            if c is not None: block_lines(c, num, lines, src)
        elif ch.tag in (w('ins'), w('customXml')):
            block_lines(ch, num, lines, src)

def read_docx(path):
    z = zipfile.ZipFile(path)
    num = Numbering(z, style_numbering(z))
    doc = ET.fromstring(z.read('word/document.xml'))
    body_lines = []
    block_lines(doc.find(w('body')), num, body_lines, 'body')
    rels = ET.fromstring(z.read('word/_rels/document.xml.rels'))
    part_lines = []
    kinds = ('header', 'footer', 'footnotes', 'endnotes', 'comments')
    for r in sorted(rels, key=lambda r: r.get('Target')):
        typ = r.get('Type').rsplit('/', 1)[-1]
        if typ in kinds:
            root = ET.fromstring(z.read('word/' + r.get('Target')))
            if typ in ('footnotes', 'endnotes'):
                for fn in root:
                    if fn.get(w('type')) in ('separator', 'continuationSeparator', 'continuationNotice'): continue
                    block_lines(fn, num, part_lines, typ)
            elif typ == 'comments':
                for c in root: block_lines(c, num, part_lines, typ)
            else:
                block_lines(root, num, part_lines, typ)
    feats = z.read('word/document.xml').decode('utf-8')
    parts = {n: z.read(n).decode('utf-8', 'replace') for n in z.namelist() if n.endswith('.xml')}
    return [(s, t.strip()) for s, t in body_lines], [(s, t.strip()) for s, t in part_lines], feats, parts

def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))
def han(s): return len(re.findall(r'[\u4e00-\u9fff]', s))
PUNCT = set('。,.:;!?、“”"\'()（）—-…·《》〈〉')
ROLE = re.compile(r'(县长|市长|局长|书记|总经理|总监|主任|主席|同志)')
def allowed_leftover(s):
    core = ''.join(ch for ch in s if ch not in PUNCT)
    if len(core) < 4: return 'short'
    if re.fullmatch(r'\(?\d{4}年\d{1,2}月(\d{1,2}日)?\)?', s): return 'date'
    if s.endswith(':') and len(s) <= 16 and re.search(r'(同志|各位|同事|领导)', s): return 'salutation'
    if ROLE.search(s) and len(s) <= 16 and ',' not in s and '。' not in s: return 'speaker'
    if re.search(r'(办公室|委员会|有限公司|人民政府|应急管理局|党工委)$', s) and len(s) <= 20: return 'signature'
    return None

FEATURES = {
    '01.docx': [('red letterhead', lambda f, p: 'w:color w:val="FF0000"' in f),
                ('文号', lambda f, p: re.search(r'政办发〔2025〕\d+号', f) is not None),
                ('red rule', lambda f, p: 'w:sz="24" w:space="1" w:color="FF0000"' in f),
                ('版记 table borders', lambda f, p: '<w:tblBorders>' in f and 'w:insideV w:val="nil"' in f),
                ('PAGE footer', lambda f, p: any('PAGE' in v for k, v in p.items() if 'footer' in k))],
    '02.docx': [('TOC field', lambda f, p: 'TOC \\o' in f), ('Heading1 style', lambda f, p: 'w:val="Heading1"' in f),
                ('Heading2 style', lambda f, p: 'w:val="Heading2"' in f), ('page break', lambda f, p: 'w:type="page"' in f),
                ('titlePg', lambda f, p: '<w:titlePg' in f),
                ('running header', lambda f, p: any(k.startswith('word/header') and '材料之三' in v for k, v in p.items()))],
    '03.docx': [('numbering', lambda f, p: 'chineseCounting' in p.get('word/numbering.xml', '') and '%1、' in p.get('word/numbering.xml', '')),
                ('numPr', lambda f, p: '<w:numPr>' in f), ('footnotes', lambda f, p: f.count('<w:footnoteReference') == 2),
                ('table', lambda f, p: '<w:tbl>' in f)],
    '04.docx': [('w:ins', lambda f, p: '<w:ins ' in f), ('w:del', lambda f, p: '<w:del ' in f),
                ('two reviewers', lambda f, p: len(set(re.findall(r'<w:(?:ins|del) [^>]*w:author="([^"]+)"', f))) == 2),
                ('three comments', lambda f, p: p.get('word/comments.xml', '').count('<w:comment ') == 3)],
    '05.docx': [('two sections', lambda f, p: f.count('<w:sectPr') == 2), ('text box', lambda f, p: '<w:txbxContent>' in f)],
}

def check(nn):
    errs, notes = [], []
    gpath = os.path.join(ROOT, 'gold', nn + '.json')
    g = json.load(open(gpath, encoding='utf-8'))
    fname = nn + '.docx'
    # schema
    if list(g.keys()) != KEYS: errs.append('keys/order %s' % list(g.keys()))
    if g.get('file') != fname: errs.append('file name %r' % g.get('file'))
    if g.get('speeches') != len(g.get('titles', [])): errs.append('speeches != len(titles)')
    for h in g.get('headings', []):
        if list(h.keys()) != ['text', 'level'] or h['level'] not in (1, 2, 3): errs.append('bad heading %r' % h)
        if h['text'].endswith('。'): errs.append('heading ends with 。: %s' % h['text'])
    for p in g.get('paragraphs', []):
        if list(p.keys()) != ['text', 'category', 'truncated']: errs.append('bad paragraph keys %r' % p['text'][:20])
        if p.get('category') not in CATS: errs.append('bad category %r' % p.get('category'))
        if not isinstance(p.get('truncated'), bool): errs.append('truncated not bool')
    noise = g.get('noise', [])
    if len(noise) != len(set(noise)): errs.append('duplicate noise')
    for s in noise:
        if len(norm(s)) < 4: errs.append('noise shorter than 4: %r' % s)
    fpath = os.path.join(ROOT, fname)
    body, parts, feats, xmlparts = read_docx(fpath)
    for label, fn in FEATURES.get(fname, []):
        if not fn(feats, xmlparts): errs.append('feature missing: ' + label)
    alllines = body + parts
    labelled = g['titles'] + [h['text'] for h in g['headings']] + [p['text'] for p in g['paragraphs']]
    nl = [norm(x) for x in labelled]
    # noise present and not inside labelled text
    for s in noise:
        ns = norm(s)
        if not any(s in t for _, t in alllines): errs.append('noise not on page (exact): %r' % s)
        elif not any(ns in norm(t) for _, t in alllines): errs.append('noise not on page: %r' % s)
        for x in nl:
            if ns in x: errs.append('noise %r inside labelled text %r' % (s, x[:20]))
    # stream with noise masked
    lines = [norm(t) for _, t in alllines]
    stream = '\n'.join(lines)
    mask = [False] * len(stream)
    for s in sorted(set(norm(x) for x in noise), key=len, reverse=True):
        for m in re.finditer(re.escape(s), stream):
            if not any(mask[m.start():m.end()]):
                for i in range(m.start(), m.end()): mask[i] = True
    masked = ''.join('\x01' if mask[i] else c for i, c in enumerate(stream))
    covered = list(mask)
    spans = {}
    def seek(items, kind):
        cur = 0
        for k, it in enumerate(items):
            ni = norm(it)
            i = masked.find(ni, cur)
            if i < 0 or not ni:
                errs.append('%s %d not found in order: %s' % (kind, k, it[:30])); continue
            if any(covered[i:i + len(ni)]):
                errs.append('%s %d overlaps other labelled text: %s' % (kind, k, it[:30]))
            for j in range(i, i + len(ni)): covered[j] = True
            spans[(kind, k)] = i
            cur = i + len(ni)
    seek(g['titles'], 'title')
    seek([h['text'] for h in g['headings']], 'heading')
    seek([p['text'] for p in g['paragraphs']], 'paragraph')
    # leftovers
    pos = 0
    for (src, raw), ln in zip(alllines, lines):
        segs, cur = [], ''
        for j, c in enumerate(ln):
            if covered[pos + j]:
                if cur: segs.append(cur); cur = ''
            else: cur += c
        if cur: segs.append(cur)
        for sg in segs:
            why = allowed_leftover(sg)
            if why is None: errs.append('unlabelled leftover [%s]: %s' % (src, sg[:40]))
            elif why != 'short': notes.append('%s: %s' % (why, sg))
        pos += len(ln) + 1
    # per-speech rules
    tpos = sorted(spans[('title', k)] for k in range(len(g['titles'])) if ('title', k) in spans)
    def which(p):
        k = -1
        for i, t in enumerate(tpos):
            if p >= t: k = i
        return k
    for si in range(len(tpos)):
        hs = [h for k, h in enumerate(g['headings']) if which(spans.get(('heading', k), -1)) == si]
        ps = [p for k, p in enumerate(g['paragraphs']) if which(spans.get(('paragraph', k), -1)) == si]
        n = sum(han(h['text']) for h in hs) + sum(han(p['text']) for p in ps)
        cats = [p['category'] for p in ps]
        if not 900 <= n <= 1400: errs.append('speech %d: %d Han characters' % (si + 1, n))
        if not cats or cats[0] != '开场': errs.append('speech %d: first paragraph not 开场' % (si + 1))
        if not cats or cats[-1] != '结尾': errs.append('speech %d: last paragraph not 结尾' % (si + 1))
        for c in ('形势分析', '隐患排查', '责任落实'):
            if cats.count(c) < 2: errs.append('speech %d: fewer than two %s' % (si + 1, c))
        if cats.count('开场') != 1 or cats.count('结尾') != 1: errs.append('speech %d: 开场/结尾 count' % (si + 1))
        notes.append('speech %d: %d Han, %d headings, %d paragraphs' % (si + 1, n, len(hs), len(ps)))
    if any(which(v) < 0 for (k, _), v in spans.items() if k != 'title'):
        errs.append('labelled text before the first title')
    return errs, notes

def main():
    total = 0
    for nn in ['01', '02', '03', '04', '05']:
        errs, notes = check(nn)
        total += len(errs)
        print('%s.docx: %d errors' % (nn, len(errs)))
        for e in errs: print('  ERROR', e)
        for n in notes: print('  ok', n)
    print('TOTAL: %d errors' % total)
    return 1 if total else 0

if __name__ == '__main__':
    sys.exit(main())
