#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate the pages of set56a against gold/NN.json (standard library only).

Page text:
  .txt   decoded with the page's encoding (ENCODINGS below)
  .html  tags stripped, entities decoded
  .docx  word/document.xml + header/footer parts, the text Word would show:
         w:ins kept, w:del / w:delText dropped, field codes (w:instrText) dropped and
         field results kept, w:tab -> TAB, w:br -> newline, table rows -> one line with
         cells joined by TAB; header parts first, then the body, then footer parts.
         Comments (comments.xml) are not page text.
Matching is done on normalised text (NFKC, all whitespace removed).
Noise strings are removed first (longest first, every occurrence); titles, headings and
paragraphs are then located in page order in what remains (the 。 that ends a run-in
heading is consumed with the heading).  What is neither labelled nor
noise is grouped by source line and must be a salutation, speaker, date or signature line.
"""
import html
import json
import os
import re
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENCODINGS = {'02.txt': 'gb18030', '04.txt': 'utf-8'}
CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']
KEYS = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
HAN_MIN, HAN_MAX = 900, 1400
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
R_NS = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
PKG_REL = '{http://schemas.openxmlformats.org/package/2006/relationships}'


# ------------------------------------------------------------------ page text
def docx_par_text(p):
    out = []

    def walk(e):
        tag = e.tag
        if tag in (W + 'del', W + 'delText', W + 'instrText', W + 'pPr', W + 'moveFrom', W + 'rPr'):
            return
        if tag == W + 't':
            out.append(e.text or '')
        elif tag == W + 'tab':
            out.append('\t')
        elif tag in (W + 'br', W + 'cr'):
            out.append('\n')
        elif tag == W + 'noBreakHyphen':
            out.append('-')
        for c in e:
            walk(c)
    walk(p)
    return ''.join(out)


def docx_block_lines(container, lines):
    for child in container:
        if child.tag == W + 'p':
            lines.append(docx_par_text(child))
        elif child.tag == W + 'tbl':
            for tr in child.findall(W + 'tr'):
                cells = []
                for tc in tr.findall(W + 'tc'):
                    cells.append(' '.join(docx_par_text(p) for p in tc.iter(W + 'p')))
                lines.append('\t'.join(cells))
        elif child.tag == W + 'sdt':
            sc = child.find(W + 'sdtContent')
            if sc is not None:
                docx_block_lines(sc, lines)


def docx_text(path):
    z = zipfile.ZipFile(path)
    rels = ET.fromstring(z.read('word/_rels/document.xml.rels'))
    headers, footers = [], []
    for r in rels.findall(PKG_REL + 'Relationship'):
        typ, tgt = r.get('Type'), r.get('Target')
        name = 'word/' + tgt.lstrip('/') if not tgt.startswith('word/') else tgt
        if typ.endswith('/header'):
            headers.append(name)
        elif typ.endswith('/footer'):
            footers.append(name)
    lines = []
    for part in sorted(headers):
        docx_block_lines(ET.fromstring(z.read(part)), lines)
    body = ET.fromstring(z.read('word/document.xml')).find(W + 'body')
    docx_block_lines(body, lines)
    for part in sorted(footers):
        docx_block_lines(ET.fromstring(z.read(part)), lines)
    return '\n'.join(lines)


def page_text(fname):
    path = os.path.join(ROOT, fname)
    ext = fname.rsplit('.', 1)[1].lower()
    if ext == 'docx':
        return docx_text(path)
    raw = open(path, 'rb').read()
    text = raw.decode(ENCODINGS.get(fname, 'utf-8'))
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    if ext in ('html', 'htm'):
        text = re.sub(r'(?is)<(script|style)\b.*?</\1>', ' ', text)
        text = re.sub(r'(?s)<!--.*?-->', ' ', text)
        text = re.sub(r'<[^>]+>', '\n', text)
        text = html.unescape(text)
    return text


# ------------------------------------------------------------------ normalisation
def norm(s):
    return ''.join(c for c in unicodedata.normalize('NFKC', s) if not c.isspace())


def norm_map(text):
    chars, lines = [], []
    for ln, line in enumerate(text.split('\n')):
        for ch in line:
            for c in unicodedata.normalize('NFKC', ch):
                if not c.isspace():
                    chars.append(c)
                    lines.append(ln)
    return ''.join(chars), lines


def han(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff' or '\u3400' <= c <= '\u4dbf')


# ------------------------------------------------------------------ leftover classes
ROLE = r'(县长|书记|局长|主任|经理|董事长|主席|委员|常委|镇长|乡长|厅长|市长|区长|处长|科长|站长|同志)'


def leftover_kind(s):
    n = norm(s)
    if not n:
        return 'blank'
    if len(n) <= 30 and '。' not in n and re.search(r'(同志|各位|领导|朋友|同事)', n) and n.endswith(':'):
        return 'salutation'
    if re.fullmatch(r'\(?(\d{4}|[〇零一二三四五六七八九]{4})年[\d〇一二三四五六七八九十]{1,3}月([\d〇一二三四五六七八九十]{0,3}日)?\)?', n):
        return 'date'
    if len(n) <= 40 and '。' not in n and re.search(ROLE, n):
        return 'speaker/signature'
    return None


# ------------------------------------------------------------------ checks
def check_schema(g, fname, errs):
    if set(g.keys()) != KEYS:
        errs.append('keys %s' % sorted(g.keys()))
        return False
    if g['file'] != fname:
        errs.append('file field %r' % g['file'])
    if not isinstance(g['speeches'], int) or not isinstance(g['titles'], list) or g['speeches'] != len(g['titles']):
        errs.append('speeches != len(titles)')
    for t in g['titles']:
        if not isinstance(t, str) or not t.strip():
            errs.append('bad title %r' % (t,))
    for h in g['headings']:
        if not (isinstance(h, dict) and set(h) == {'text', 'level'} and isinstance(h['text'], str)
                and isinstance(h['level'], int) and not isinstance(h['level'], bool) and h['level'] >= 1):
            errs.append('bad heading %r' % (h,))
        elif '。' in h['text']:
            errs.append('heading contains 。: %s' % h['text'])
    for p in g['paragraphs']:
        if not (isinstance(p, dict) and set(p) == {'text', 'category', 'truncated'} and isinstance(p['text'], str)
                and p['text'].strip() and isinstance(p['truncated'], bool)):
            errs.append('bad paragraph %r' % (p,))
        elif p['category'] not in CATS:
            errs.append('bad category %r' % p['category'])
    if not isinstance(g['noise'], list) or not all(isinstance(x, str) for x in g['noise']):
        errs.append('noise must be a list of strings')
        return False
    return not errs


def validate(fname):
    errs, infos = [], []
    gpath = os.path.join(ROOT, 'gold', fname.split('.')[0] + '.json')
    try:
        g = json.load(open(gpath, encoding='utf-8'))
    except Exception as e:  # noqa: BLE001
        return ['cannot read gold: %s' % e], infos, {}
    if not check_schema(g, fname, errs):
        return errs, infos, {}
    text = page_text(fname)
    N, linemap = norm_map(text)
    covered = [False] * len(N)
    labelled = ([norm(t) for t in g['titles']] + [norm(h['text']) for h in g['headings']]
                + [norm(p['text']) for p in g['paragraphs']])

    # ---- noise
    seen = set()
    for s in g['noise']:
        if s in seen:
            errs.append('duplicate noise %r' % s)
        seen.add(s)
        if len(s) < 4:
            errs.append('noise shorter than 4 chars: %r' % s)
        if s != s.strip():
            errs.append('noise not stripped: %r' % s)
        if s not in text:
            errs.append('noise not in page: %r' % s)
        ns = norm(s)
        for lt in labelled:
            if ns and ns in lt:
                errs.append('noise inside labelled text: %r' % s)
                break
    for s in sorted(set(g['noise']), key=lambda x: -len(norm(x))):
        ns = norm(s)
        if not ns:
            continue
        i = N.find(ns)
        while i >= 0:
            for k in range(i, i + len(ns)):
                covered[k] = True
            i = N.find(ns, i + len(ns))

    # ---- labelled text, greedy merge in page order
    idx = [k for k in range(len(N)) if not covered[k]]
    U = ''.join(N[k] for k in idx)
    lists = [('title', [norm(t) for t in g['titles']], g['titles']),
             ('heading', [norm(h['text']) for h in g['headings']], g['headings']),
             ('paragraph', [norm(p['text']) for p in g['paragraphs']], g['paragraphs'])]
    ptr = [0, 0, 0]
    cursor = 0
    events = []  # (pos, kind, item)
    while True:
        best = None
        for li, (kind, ns, raw) in enumerate(lists):
            if ptr[li] >= len(ns):
                continue
            pos = U.find(ns[ptr[li]], cursor)
            if pos < 0:
                item = raw[ptr[li]]
                shown = item if isinstance(item, str) else item['text']
                errs.append('%s not found in page order: %s' % (kind, shown[:40]))
                ptr[li] += 1
                best = 'retry'
                break
            if best is None or pos < best[0]:
                best = (pos, li)
        if best is None:
            break
        if best == 'retry':
            continue
        pos, li = best
        kind, ns, raw = lists[li]
        s = ns[ptr[li]]
        for k in range(pos, pos + len(s)):
            covered[idx[k]] = True
        events.append((pos, kind, raw[ptr[li]]))
        ptr[li] += 1
        cursor = pos + len(s)
        if kind == 'heading' and U[cursor:cursor + 1] == '。':
            # run-in heading: the 。 at the split point belongs to neither part
            covered[idx[cursor]] = True
            cursor += 1

    # ---- leftovers
    left = {}
    for k, c in enumerate(N):
        if not covered[k]:
            left.setdefault(linemap[k], []).append(c)
    for ln in sorted(left):
        s = ''.join(left[ln])
        kind = leftover_kind(s)
        if kind is None:
            errs.append('unlabelled text (line %d): %s' % (ln + 1, s[:60]))
        else:
            infos.append('%s: %s' % (kind, s))

    # ---- per speech
    speeches = []
    for pos, kind, item in events:
        if kind == 'title':
            speeches.append({'han': 0, 'cats': {}})
        elif not speeches:
            errs.append('%s before first title: %s' % (kind, item['text'][:30]))
            speeches.append({'han': 0, 'cats': {}})
        if kind == 'heading':
            speeches[-1]['han'] += han(item['text'])
        elif kind == 'paragraph':
            speeches[-1]['han'] += han(item['text'])
            speeches[-1]['cats'][item['category']] = speeches[-1]['cats'].get(item['category'], 0) + 1
    for i, sp in enumerate(speeches, 1):
        for c in CORE:
            if sp['cats'].get(c, 0) < 2:
                errs.append('speech %d: only %d paragraphs of %s' % (i, sp['cats'].get(c, 0), c))
        for c in ('开场', '结尾'):
            if not sp['cats'].get(c):
                errs.append('speech %d: no %s paragraph' % (i, c))
        if not HAN_MIN <= sp['han'] <= HAN_MAX:
            errs.append('speech %d: %d Han characters (want %d-%d)' % (i, sp['han'], HAN_MIN, HAN_MAX))
    stats = {'speeches': g['speeches'], 'headings': len(g['headings']), 'paragraphs': len(g['paragraphs']),
             'noise': len(g['noise']), 'han': [sp['han'] for sp in speeches]}
    return errs, infos, stats


def main():
    pages = sorted(f for f in os.listdir(ROOT) if re.fullmatch(r'\d\d\.(txt|html?|docx)', f))
    total = 0
    verbose = '-v' in sys.argv
    for f in pages:
        errs, infos, st = validate(f)
        total += len(errs)
        print('%s: speeches=%s headings=%s paragraphs=%s noise=%s han=%s leftovers=%d errors=%d' % (
            f, st.get('speeches'), st.get('headings'), st.get('paragraphs'), st.get('noise'),
            st.get('han'), len(infos), len(errs)))
        for e in errs:
            print('   ERROR', e)
        for i in infos:
            print('   info ', i)
    gold_only = sorted(set(x.split('.')[0] for x in os.listdir(os.path.join(ROOT, 'gold')))
                       - set(p.split('.')[0] for p in pages))
    for x in gold_only:
        print('ERROR gold without page:', x)
        total += 1
    print('TOTAL ERRORS %d' % total)
    return 1 if total else 0


if __name__ == '__main__':
    sys.exit(main())
