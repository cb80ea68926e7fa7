#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check gold/NN.json against the .docx pages (standard library only).

The page text is read straight from the OOXML parts:
  * automatic numbering is rendered from numbering.xml (chineseCounting / decimal ...);
  * tracked changes are read as accepted (w:ins kept, w:delText dropped);
  * w:br / w:cr split lines, text boxes (w:txbxContent) become separate lines,
    mc:Fallback copies are skipped, field codes (w:instrText) are skipped, cached
    field results are kept;
  * header*, footer*, comments parts are read as extra lines (chrome only).
Exit code 1 if any ERROR was found.
"""
import json, os, re, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
MC = '{http://schemas.openxmlformats.org/markup-compatibility/2006}'
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
CN = '〇一二三四五六七八九'


def cn_count(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n % 10] if n % 10 else '')
    if n < 100:
        return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    return str(n)


def fmt_num(n, fmt):
    if fmt in ('chineseCounting', 'chineseCountingThousand', 'ideographTraditional', 'japaneseCounting'):
        return cn_count(n)
    if fmt == 'decimalEnclosedCircle' and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt == 'bullet':
        return ''
    return str(n)


class Numbering:
    def __init__(self, xml):
        self.abs, self.nums, self.cnt = {}, {}, {}
        if xml is None:
            return
        root = ET.fromstring(xml)
        for a in root.findall(W + 'abstractNum'):
            lv = {}
            for l in a.findall(W + 'lvl'):
                g = lambda tag: (l.find(W + tag).get(W + 'val') if l.find(W + tag) is not None else None)
                lv[int(l.get(W + 'ilvl'))] = (int(g('start') or 1), g('numFmt') or 'decimal', g('lvlText') or '')
            self.abs[a.get(W + 'abstractNumId')] = lv
        for n in root.findall(W + 'num'):
            self.nums[n.get(W + 'numId')] = n.find(W + 'abstractNumId').get(W + 'val')

    def label(self, numId, ilvl):
        a = self.abs.get(self.nums.get(numId))
        if not a or ilvl not in a:
            return ''
        c = self.cnt.setdefault(numId, {})
        c[ilvl] = c.get(ilvl, a[ilvl][0] - 1) + 1
        for deeper in [k for k in c if k > ilvl]:
            del c[deeper]
        txt = a[ilvl][2]
        for k in range(ilvl + 1):
            if k in a:
                txt = txt.replace('%%%d' % (k + 1), fmt_num(c.get(k, a[k][0]), a[k][1]))
        return txt


def para_lines(p, num, boxes):
    """Text of one w:p as a list of lines; text boxes are appended to `boxes`."""
    out = ['']
    ppr = p.find(W + 'pPr')
    if ppr is not None and ppr.find(W + 'numPr') is not None and num is not None:
        np_ = ppr.find(W + 'numPr')
        il, ni = np_.find(W + 'ilvl'), np_.find(W + 'numId')
        out[0] = num.label(ni.get(W + 'val') if ni is not None else '0', int(il.get(W + 'val')) if il is not None else 0)

    def walk(e):
        for c in e:
            tag = c.tag
            if tag == MC + 'Fallback' or tag in (W + 'delText', W + 'instrText', W + 'pPr', W + 'rPr'):
                continue
            if tag == W + 'txbxContent':
                for bp in c.iter(W + 'p'):
                    boxes.extend(para_lines(bp, None, boxes))
                continue
            if tag == W + 't':
                out[-1] += c.text or ''
            elif tag == W + 'tab':
                out[-1] += '\t'
            elif tag in (W + 'br', W + 'cr'):
                out.append('')
            elif tag == W + 'noBreakHyphen':
                out[-1] += '-'
            else:
                walk(c)
    walk(p)
    return out


def block_lines(parent, num, boxes):
    lines = []
    for c in parent:
        if c.tag == W + 'p':
            lines += para_lines(c, num, boxes)
        elif c.tag == W + 'tbl':
            for tr in c.findall(W + 'tr'):
                for tc in tr.findall(W + 'tc'):
                    lines += block_lines(tc, num, boxes)
        elif c.tag in (W + 'sdt',):
            sc = c.find(W + 'sdtContent')
            if sc is not None:
                lines += block_lines(sc, num, boxes)
        elif c.tag in (W + 'ins', W + 'customXml', W + 'smartTag'):
            lines += block_lines(c, num, boxes)
    return lines


def read_docx(path):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    num = Numbering(z.read('word/numbering.xml') if 'word/numbering.xml' in names else None)
    boxes = []
    body = ET.fromstring(z.read('word/document.xml')).find(W + 'body')
    body_lines = block_lines(body, num, boxes)
    extra = []
    for n in sorted(names):
        if re.match(r'word/(header|footer)\d*\.xml$', n) or n == 'word/comments.xml' or n == 'word/footnotes.xml':
            root = ET.fromstring(z.read(n))
            for p in root.iter(W + 'p'):
                extra += para_lines(p, None, boxes)
    return body_lines, boxes + extra


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def han(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))


def check(nn):
    errs, warns, info = [], [], []
    gp = os.path.join(ROOT, 'gold', nn + '.json')
    gold = json.load(open(gp, encoding='utf-8'))
    keys = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
    if set(gold) != keys:
        errs.append('gold keys %s' % sorted(gold))
    page = os.path.join(ROOT, gold['file'])
    if not os.path.exists(page):
        return ['missing page %s' % page], warns, info
    body, extra = read_docx(page)
    all_lines = [l.strip(' \u3000\t') for l in body + extra]
    body_n = norm('\n'.join(body))

    if gold['speeches'] != len(gold['titles']):
        errs.append('speeches=%d but %d titles' % (gold['speeches'], len(gold['titles'])))
    for h in gold['headings']:
        if h.get('level') not in (1, 2, 3, 4) or not isinstance(h.get('level'), int):
            errs.append('bad heading level %r' % h)
        if h['text'].endswith('。'):
            errs.append('heading ends with 。: %s' % h['text'])
    for p in gold['paragraphs']:
        if p.get('category') not in CATS:
            errs.append('bad category %r' % p.get('category'))
        if not isinstance(p.get('truncated'), bool):
            errs.append('truncated not bool: %s' % p['text'][:20])
        if '\n' in p['text']:
            errs.append('unjoined wrap in paragraph: %s' % p['text'][:20])

    # noise
    gold_items = gold['titles'] + [h['text'] for h in gold['headings']] + [p['text'] for p in gold['paragraphs']]
    gold_n = [norm(x) for x in gold_items]
    if len(set(gold['noise'])) != len(gold['noise']):
        errs.append('duplicate noise strings')
    for s in gold['noise']:
        if len(s) < 4:
            errs.append('noise shorter than 4: %r' % s)
        if s != s.strip():
            errs.append('noise not stripped: %r' % s)
        if s in all_lines:
            pass
        elif any(s in l for l in all_lines):
            info.append('inline noise: %r' % s)
        else:
            errs.append('noise not in page: %r' % s)
        ns = norm(s)
        for g in gold_n:
            if ns and ns in g:
                errs.append('noise %r occurs inside gold text %r' % (s, g[:30]))

    # presence and order of gold text in the page body
    def locate(items, what):
        pos, locs = 0, []
        for x in items:
            nx = norm(x)
            i = body_n.find(nx, pos)
            if i < 0:
                if body_n.find(nx) >= 0:
                    errs.append('%s out of order: %s' % (what, x[:30]))
                    i = body_n.find(nx)
                else:
                    errs.append('%s not in page: %s' % (what, x[:40]))
                    locs.append(None)
                    continue
            locs.append(i)
            pos = i + len(nx)
        return locs
    tloc = locate(gold['titles'], 'title')
    hloc = locate([h['text'] for h in gold['headings']], 'heading')
    ploc = locate([p['text'] for p in gold['paragraphs']], 'paragraph')

    # per-speech size and category minima
    if None not in tloc and tloc:
        def sp_of(i):
            k = 0
            for j, t in enumerate(tloc):
                if i is not None and i >= t:
                    k = j
            return k
        n = len(tloc)
        chars = [han(t) for t in gold['titles']]
        cats = [dict() for _ in range(n)]
        trunc = [False] * n
        for h, i in zip(gold['headings'], hloc):
            chars[sp_of(i)] += han(h['text'])
        for p, i in zip(gold['paragraphs'], ploc):
            k = sp_of(i)
            chars[k] += han(p['text'])
            cats[k][p['category']] = cats[k].get(p['category'], 0) + 1
            trunc[k] = trunc[k] or p['truncated']
        for k in range(n):
            info.append('speech %d: %d Han chars, %s' % (k + 1, chars[k], ' '.join('%s%d' % kv for kv in cats[k].items())))
            if not trunc[k] and not 700 <= chars[k] <= 1300:
                errs.append('speech %d has %d Han chars (700-1300)' % (k + 1, chars[k]))
            if not trunc[k]:
                for c in ('形势分析', '隐患排查', '责任落实'):
                    if cats[k].get(c, 0) < 2:
                        errs.append('speech %d has %d %s paragraphs (need 2)' % (k + 1, cats[k].get(c, 0), c))

    # leftovers: body text not covered by gold or noise (should be speaker/date/salutation lines only)
    rest = body_n
    for x in sorted(gold_n + [norm(s) for s in gold['noise']], key=len, reverse=True):
        if x:
            rest = rest.replace(x, '\x00')
    for seg in rest.split('\x00'):
        if han(seg) >= 4:
            info.append('unlabelled body text: %s' % seg)
    return errs, warns, info


def main():
    nns = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, 'gold')) if f.endswith('.json'))
    bad = 0
    for nn in nns:
        errs, warns, info = check(nn)
        print('== %s: %s' % (nn, 'OK' if not errs else '%d ERROR(S)' % len(errs)))
        for e in errs:
            print('  ERROR', e)
        for w in warns:
            print('  WARN ', w)
        for i in info:
            print('  info ', i)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
