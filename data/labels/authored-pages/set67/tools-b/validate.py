#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Validator for set67b (06.docx-10.docx + gold/NN.json).
Reads each .docx with zipfile + xml.etree only: document.xml paragraphs and table cells in order (text boxes
via mc:Choice only, tracked changes accepted: w:ins kept, w:del dropped, field codes dropped / cached results kept,
automatic list numbers rendered as Word shows them), plus headers, footers, footnotes, endnotes and comments from
their own parts. Then checks gold schema, noise, labelled text in page order, leftover lines, Han counts, categories.
Usage: validate.py [dir]   (default: the folder above tools/)"""
import json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PR = 'http://schemas.openxmlformats.org/package/2006/relationships'
w = lambda t: '{%s}%s' % (W, t)

CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
KEYS = ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']
RANGE = {'06.docx': (450, 700)}
DEFAULT_RANGE = (900, 1400)

CN = '〇一二三四五六七八九'


def cn_num(n):
    if n < 10:
        return CN[n] if n else '〇'
    if n < 20:
        return '十' + (CN[n % 10] if n % 10 else '')
    if n < 100:
        return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    return str(n)


def roman(n):
    vals = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'),
            (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
    s = ''
    for v, r in vals:
        while n >= v:
            s += r; n -= v
    return s


def fmt(n, f):
    if f in ('decimal', 'decimalZero'):
        return ('%02d' % n) if f == 'decimalZero' else str(n)
    if f in ('chineseCounting', 'chineseCountingThousand', 'ideographTraditional', 'taiwaneseCounting',
             'chineseLegalSimplified'):
        return cn_num(n)
    if f == 'lowerLetter':
        return chr(96 + (n - 1) % 26 + 1)
    if f == 'upperLetter':
        return chr(64 + (n - 1) % 26 + 1)
    if f == 'lowerRoman':
        return roman(n).lower()
    if f == 'upperRoman':
        return roman(n)
    if f == 'decimalEnclosedCircle' or f == 'decimalEnclosedCircleChinese':
        return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)
    if f == 'none':
        return ''
    return str(n)


class Numbering:
    def __init__(self, z, names):
        self.nums, self.abst, self.style_num = {}, {}, {}
        self.count = {}
        if 'word/numbering.xml' in names:
            root = ET.fromstring(z.read('word/numbering.xml'))
            for a in root.findall(w('abstractNum')):
                lv = {}
                for l in a.findall(w('lvl')):
                    il = int(l.get(w('ilvl')))
                    g = lambda t, d: (l.find(w(t)).get(w('val')) if l.find(w(t)) is not None else d)
                    lv[il] = dict(start=int(g('start', '1')), fmt=g('numFmt', 'decimal'), text=g('lvlText', ''),
                                  suff=g('suff', 'tab'))
                self.abst[a.get(w('abstractNumId'))] = lv
            for n in root.findall(w('num')):
                an = n.find(w('abstractNumId')).get(w('val'))
                ov = {}
                for o in n.findall(w('lvlOverride')):
                    so = o.find(w('startOverride'))
                    if so is not None:
                        ov[int(o.get(w('ilvl')))] = int(so.get(w('val')))
                self.nums[n.get(w('numId'))] = (an, ov)
        if 'word/styles.xml' in names:
            root = ET.fromstring(z.read('word/styles.xml'))
            for s in root.findall(w('style')):
                np_ = s.find('%s/%s' % (w('pPr'), w('numPr')))
                if np_ is not None and np_.find(w('numId')) is not None:
                    il = np_.find(w('ilvl'))
                    self.style_num[s.get(w('styleId'))] = (np_.find(w('numId')).get(w('val')),
                                                         int(il.get(w('val'))) if il is not None else 0)

    def label(self, p):
        ppr = p.find(w('pPr'))
        num_id, ilvl = None, 0
        if ppr is not None:
            st = ppr.find(w('pStyle'))
            if st is not None and st.get(w('val')) in self.style_num:
                num_id, ilvl = self.style_num[st.get(w('val'))]
            np_ = ppr.find(w('numPr'))
            if np_ is not None:
                if np_.find(w('numId')) is not None:
                    num_id = np_.find(w('numId')).get(w('val'))
                if np_.find(w('ilvl')) is not None:
                    ilvl = int(np_.find(w('ilvl')).get(w('val')))
        if not num_id or num_id == '0' or num_id not in self.nums:
            return ''
        an, ov = self.nums[num_id]
        lv = self.abst.get(an, {})
        if ilvl not in lv:
            return ''
        key = an
        cnt = self.count.setdefault(key, {})
        start = lambda i: ov.get(i, lv.get(i, {}).get('start', 1))
        cnt[ilvl] = cnt.get(ilvl, start(ilvl) - 1) + 1
        for deeper in [k for k in cnt if k > ilvl]:
            del cnt[deeper]
        L = lv[ilvl]
        if L['fmt'] == 'bullet':
            txt = L['text']
        else:
            def rep(m):
                i = int(m.group(1)) - 1
                return fmt(cnt.get(i, start(i)), lv.get(i, {}).get('fmt', 'decimal'))
            txt = re.sub(r'%(\d)', rep, L['text'])
        return txt + {'tab': '\t', 'space': ' '}.get(L['suff'], '')


def para_lines(p, numbering, out):
    """Append the visible text of paragraph p (text-box paragraphs first, as their own lines)."""
    buf, pre = [], []
    fstack = []

    def rec(e):
        tag = e.tag
        if tag in (w('pPr'), w('rPr'), w('del'), w('moveFrom'), w('instrText'), w('delText'), w('delInstrText'),
                   w('fldData'), w('sectPr')):
            return
        if tag == '{%s}AlternateContent' % MC:
            ch = e.find('{%s}Choice' % MC)
            if ch is None:
                ch = e.find('{%s}Fallback' % MC)
            if ch is not None:
                for c in ch:
                    rec(c)
            return
        if tag == w('txbxContent'):
            for c in e:
                block(c, numbering, pre)
            return
        if tag == w('fldChar'):
            t = e.get(w('fldCharType'))
            if t == 'begin':
                fstack.append('code')
            elif t == 'separate' and fstack:
                fstack[-1] = 'result'
            elif t == 'end' and fstack:
                fstack.pop()
            return
        visible = all(s == 'result' for s in fstack)
        if tag == w('t') and visible:
            buf.append(e.text or '')
        elif tag == w('tab') and visible:
            buf.append('\t')
        elif tag == w('noBreakHyphen') and visible:
            buf.append('-')
        for c in e:
            rec(c)

    for c in p:
        rec(c)
    lab = numbering.label(p) if numbering else ''
    out.extend(pre)
    out.append(lab + ''.join(buf))


def block(e, numbering, out):
    if e.tag == w('p'):
        para_lines(e, numbering, out)
    elif e.tag in (w('sectPr'), w('tblPr'), w('tblGrid'), w('trPr'), w('tcPr'), w('del')):
        return
    else:
        for c in e:
            block(c, numbering, out)


def read_docx(path):
    z = zipfile.ZipFile(path)
    names = set(z.namelist())
    numbering = Numbering(z, names)
    rels = {}
    if 'word/_rels/document.xml.rels' in names:
        for r in ET.fromstring(z.read('word/_rels/document.xml.rels')):
            rels[r.get('Id')] = (r.get('Type').rsplit('/', 1)[-1], r.get('Target'))
    doc = ET.fromstring(z.read('word/document.xml'))
    body = doc.find(w('body'))
    parts = {'header': [], 'body': [], 'notes': [], 'footer': [], 'comments': []}
    block(body, numbering, parts['body'])
    # headers/footers in the order the section properties name them
    seen = []
    for ref in doc.iter():
        if ref.tag in (w('headerReference'), w('footerReference')):
            rid = ref.get('{%s}id' % R)
            if rid in rels and rid not in seen:
                seen.append(rid)
                kind, tgt = rels[rid]
                root = ET.fromstring(z.read('word/' + tgt.lstrip('/').replace('word/', '')))
                block(root, None, parts['header' if kind == 'header' else 'footer'])
    for kind, tgt in rels.values():
        if kind in ('footnotes', 'endnotes', 'comments'):
            root = ET.fromstring(z.read('word/' + tgt.lstrip('/').replace('word/', '')))
            dest = parts['comments' if kind == 'comments' else 'notes']
            for n in root:
                if n.get(w('type')) in ('separator', 'continuationSeparator', 'continuationNotice'):
                    continue
                block(n, None, dest)
    lines = parts['header'] + parts['body'] + parts['notes'] + parts['comments'] + parts['footer']
    return lines, len(parts['header']), len(parts['body'])


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'\s+', '', s)


def han(s):
    return len(re.findall(r'[\u3400-\u9fff\u3007]', s))


PUNCT = re.compile(r'[\W_]+', re.U)
DATE = re.compile(r'^[（(]?(\d{4}|[〇一二三四五六七八九零]{4})年[\d〇一二三四五六七八九十]{1,3}月([\d〇一二三四五六七八九十]{1,3}日)?[）)]?$')
TITLEWORD = re.compile(r'(书记|县长|市长|镇长|乡长|区长|校长|局长|主任|经理|董事长|厂长|院长|部长|处长|主席)')


def leftover_kind(raw):
    s = norm(raw)
    core = PUNCT.sub('', s)
    if len(core) < 4:
        return 'short marker'
    if DATE.match(s):
        return 'date'
    if s.endswith(('：', ':')) and len(s) <= 24:
        return 'salutation/unit'
    body = DATE.sub('', s)
    m = re.search(r'(\d{4}年\d{1,2}月\d{1,2}日)$', s)
    if m:
        body = s[:m.start()]
    if TITLEWORD.search(body) and len(body) <= 24:
        return 'speaker' + ('+date' if m else '')
    return None


def check(root, fname, errors, report):
    gp = os.path.join(root, 'gold', fname.replace('.docx', '.json'))
    def err(msg):
        errors.append('%s: %s' % (fname, msg))
    try:
        with open(gp, encoding='utf-8') as f:
            text = f.read()
        g = json.loads(text)
    except Exception as e:
        err('gold unreadable: %s' % e); return
    # ---- schema
    if list(g.keys()) != KEYS:
        err('keys/order %s' % list(g.keys()))
    if g.get('file') != fname:
        err('file field %r' % g.get('file'))
    if not isinstance(g.get('speeches'), int) or g.get('speeches') != len(g.get('titles', [])):
        err('speeches != len(titles)')
    for t in g.get('titles', []):
        if not isinstance(t, str) or not t.strip():
            err('bad title %r' % t)
    for h in g.get('headings', []):
        if list(h.keys()) != ['text', 'level'] or not isinstance(h['level'], int) or h['level'] not in (1, 2, 3):
            err('bad heading %r' % h)
        elif h['text'].rstrip().endswith('。'):
            err('heading ends with 。: %s' % h['text'])
    for p in g.get('paragraphs', []):
        if list(p.keys()) != ['text', 'category', 'truncated']:
            err('bad paragraph keys %r' % list(p.keys()))
            continue
        if p['category'] not in CATS:
            err('bad category %r' % p['category'])
        if not isinstance(p['truncated'], bool):
            err('truncated not bool')
        if not p['text'].strip():
            err('empty paragraph')
    noise = g.get('noise', [])
    if len(set(noise)) != len(noise):
        err('duplicate noise strings')
    # ---- page text
    lines, nh, nb = read_docx(os.path.join(root, fname))
    nl = [norm(l) for l in lines]
    S = '\n'.join(nl)
    line_of = []
    for i, l in enumerate(nl):
        line_of += [i] * len(l) + [i]
    mask = [0] * len(S)          # 0 free, 1 noise, 2 labelled
    labelled = [norm(t) for t in g['titles']] + [norm(h['text']) for h in g['headings']] + \
               [norm(p['text']) for p in g['paragraphs']]
    for n in sorted(noise, key=len, reverse=True):
        nn = norm(n)
        if len(n) < 4 or len(nn) < 4:
            err('noise shorter than 4: %r' % n)
        if nn not in S:
            err('noise not on page: %r' % n); continue
        for t in labelled:
            if nn in t:
                err('noise %r inside labelled text %r' % (n, t[:20])); break
        i = S.find(nn)
        while i >= 0:
            for k in range(i, i + len(nn)):
                mask[k] = 1
            i = S.find(nn, i + 1)
    M = ''.join(ch if mask[k] == 0 else '\x01' for k, ch in enumerate(S))

    def place(items, what):
        spans, cur = [], 0
        for t in items:
            nt = norm(t)
            i = M.find(nt, cur)
            while i >= 0 and any(mask[k] for k in range(i, i + len(nt))):
                i = M.find(nt, i + 1)
            if i < 0:
                where = M.find(nt)
                err('%s not found%s: %s' % (what, ' in order' if where >= 0 else '', t[:40]))
                spans.append(None); continue
            for k in range(i, i + len(nt)):
                mask[k] = 2
            spans.append((i, i + len(nt)))
            cur = i + len(nt)
        return spans

    pspans = place([p['text'] for p in g['paragraphs']], 'paragraph')
    tspans = place(g['titles'], 'title')
    hspans = place([h['text'] for h in g['headings']], 'heading')
    # body-only check
    body_lo = sum(len(l) + 1 for l in nl[:nh])
    body_hi = sum(len(l) + 1 for l in nl[:nh + nb])
    for sp in pspans + tspans + hspans:
        if sp and not (body_lo <= sp[0] < body_hi):
            err('labelled text found outside the document body at %d' % sp[0])
    # ---- leftover lines
    left = []
    pos = 0
    for i, l in enumerate(nl):
        rest = ''.join(S[pos + k] for k in range(len(l)) if mask[pos + k] == 0)
        pos += len(l) + 1
        if PUNCT.sub('', rest):
            kind = leftover_kind(rest)
            left.append((kind, rest))
            if kind is None:
                err('unlabelled line: %r' % lines[i][:60])
    # ---- speeches: Han count and category rules
    tpos = sorted((s[0], k) for k, s in enumerate(tspans) if s)
    def speech_of(sp):
        idx = 0
        for p0, k in tpos:
            if sp[0] >= p0:
                idx = k
        return idx
    lo, hi = RANGE.get(fname, DEFAULT_RANGE)
    nsp = len(g['titles'])
    hans = [0] * nsp
    cats = [[] for _ in range(nsp)]
    for sp, h in zip(hspans, g['headings']):
        if sp and nsp:
            hans[speech_of(sp)] += han(h['text'])
    for sp, p in zip(pspans, g['paragraphs']):
        if sp and nsp:
            s = speech_of(sp)
            hans[s] += han(p['text'])
            cats[s].append(p['category'])
    for s in range(nsp):
        if not (lo <= hans[s] <= hi):
            err('speech %d Han count %d outside %d-%d' % (s + 1, hans[s], lo, hi))
        c = cats[s]
        if not c or c[0] != '开场':
            err('speech %d does not start with 开场' % (s + 1))
        if not c or c[-1] != '结尾':
            err('speech %d does not end with 结尾' % (s + 1))
        for k in CORE:
            if c.count(k) < 2:
                err('speech %d has %d %s paragraphs (<2)' % (s + 1, c.count(k), k))
    report.append('%s: %d lines read, %d speeches, Han %s, %d headings, %d paragraphs, %d noise; leftovers: %s' % (
        fname, len(lines), nsp, hans, len(g['headings']), len(g['paragraphs']), len(noise),
        '; '.join('%s=%s' % (k or 'ERROR', r) for k, r in left) or 'none'))


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    files = sorted(f for f in os.listdir(root) if re.match(r'^\d\d\.docx$', f))
    golds = sorted(f for f in os.listdir(os.path.join(root, 'gold')) if f.endswith('.json'))
    errors, report = [], []
    if [f.replace('.docx', '.json') for f in files] != golds:
        errors.append('page/gold file sets differ: %s vs %s' % (files, golds))
    for f in files:
        check(root, f, errors, report)
    for r in report:
        print(r)
    for e in errors:
        print('ERROR', e)
    print('%d files, %d errors' % (len(files), len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
