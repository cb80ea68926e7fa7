#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check pages 06-10 against gold/NN.json.

Run:  /usr/bin/python3 tools/validate.py      (python-docx is needed to read 08.docx)
Checks:
  * gold schema: keys, speeches == len(titles), category keys, heading levels, truncated flags,
    noise strings of 4+ characters, listed once each
  * file format: encoding / BOM / line endings as the brief gives them
  * every noise string occurs in its page (visible text; for .docx body, tables, headers, footers)
  * no noise string occurs, after normalising, inside any gold title / heading / paragraph,
    nor equals a speaker line, date line or salutation
  * every gold title, heading and paragraph occurs in the page once the noise strings are cut out
    and whitespace (hard wraps, indents, blank lines) is removed; paragraphs and headings in order
  * per speech (from tools/speeches.py): 700-1300 Han characters, >= 2 paragraphs each of
    形势分析, 隐患排查, 责任落实; gold paragraph/heading counts agree with the speech data
Exit status 0 when nothing is flagged.
"""
import html
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from speeches import PAGES  # noqa: E402

CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
FORMAT = {  # file, encoding, newline, bom
    '06': ('06.html', 'utf-8', '\n', False),
    '07': ('07.txt', 'gb18030', '\n', False),
    '08': ('08.docx', None, None, False),
    '09': ('09.txt', 'utf-16-le', '\r\n', True),
    '10': ('10.txt', 'gbk', '\n', False),
}
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002fa1f]')


def norm(s):
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'\s+', '', s)


def html_text(raw):
    t = re.sub(r'(?is)<(script|style|noscript)\b.*?</\1>', '\n', raw)
    t = re.sub(r'(?is)<!--.*?-->', '\n', t)
    t = re.sub(r'(?is)<br\s*/?>', '\n', t)
    t = re.sub(r'(?s)<[^>]+>', '\n', t)
    return html.unescape(t)


def docx_text(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = Document(path)
    out = []
    for s in d.sections:
        for part in (s.header, s.footer):
            if not part.is_linked_to_previous:
                out.extend(p.text for p in part.paragraphs)
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.rsplit('}', 1)[-1]
        if tag == 'p':
            out.append(Paragraph(el, d).text)
        elif tag == 'tbl':
            for row in Table(el, d).rows:
                out.append(' '.join(c.text for c in row.cells))
    return '\n'.join(out)


def load_page(num, problems):
    name, enc, nl, bom = FORMAT[num]
    path = os.path.join(ROOT, name)
    if not os.path.exists(path):
        problems.append('%s: page missing' % name)
        return None
    if name.endswith('.docx'):
        if not zipfile.is_zipfile(path):
            problems.append('%s: not a zip/docx' % name)
            return None
        return docx_text(path)
    raw = open(path, 'rb').read()
    if bom:
        if not raw.startswith(b'\xff\xfe'):
            problems.append('%s: no UTF-16LE BOM' % name)
        raw = raw[2:]
    elif raw.startswith(b'\xef\xbb\xbf') or raw.startswith(b'\xff\xfe'):
        problems.append('%s: unexpected BOM' % name)
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as e:
        problems.append('%s: does not decode as %s: %s' % (name, enc, e))
        return None
    if nl == '\r\n':
        if re.search(r'(?<!\r)\n', text) or re.search(r'\r(?!\n)', text):
            problems.append('%s: line endings are not all CRLF' % name)
    elif '\r' in text:
        problems.append('%s: CR found, LF expected' % name)
    if name.endswith('.html'):
        return html_text(text)
    return text


def check_schema(num, g, problems):
    want = {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}
    if set(g) != want:
        problems.append('%s: gold keys %s' % (num, sorted(g)))
    if g.get('file') != FORMAT[num][0]:
        problems.append('%s: gold file name %r' % (num, g.get('file')))
    if g['speeches'] != len(g['titles']):
        problems.append('%s: speeches %d != %d titles' % (num, g['speeches'], len(g['titles'])))
    for h in g['headings']:
        if set(h) != {'text', 'level'} or not isinstance(h['level'], int) or h['level'] < 1:
            problems.append('%s: bad heading %r' % (num, h))
        if h['text'].endswith('。'):
            problems.append('%s: heading ends with 。: %s' % (num, h['text']))
    for p in g['paragraphs']:
        if set(p) != {'text', 'category', 'truncated'}:
            problems.append('%s: bad paragraph keys %r' % (num, sorted(p)))
        if p.get('category') not in CATS:
            problems.append('%s: bad category %r' % (num, p.get('category')))
        if not isinstance(p.get('truncated'), bool):
            problems.append('%s: truncated not a bool' % num)
    seen = set()
    for s in g['noise']:
        if len(s) < 4:
            problems.append('%s: noise shorter than 4: %r' % (num, s))
        if s != s.strip():
            problems.append('%s: noise has surrounding spaces: %r' % (num, s))
        if s in seen:
            problems.append('%s: noise listed twice: %r' % (num, s))
        seen.add(s)


def find_in_order(items, hay, label, num, problems):
    pos = 0
    for it in items:
        k = norm(it)
        i = hay.find(k, pos)
        if i < 0:
            if hay.find(k) < 0:
                problems.append('%s: %s not in page: %s' % (num, label, it[:40]))
            else:
                problems.append('%s: %s out of order: %s' % (num, label, it[:40]))
            continue
        pos = i + len(k)


def check_speeches(num, g, problems):
    sps = PAGES[num]
    n_par = n_head = 0
    for sp in sps:
        text = sp['title']
        cats = {}
        for b in sp['body']:
            if b[0] == 'p':
                text += b[2]
                cats[b[1]] = cats.get(b[1], 0) + 1
                n_par += 1
            elif b[0] == 'h':
                text += b[2]
                n_head += 1
            elif b[0] == 'r':
                text += b[2] + b[4]
                cats[b[3]] = cats.get(b[3], 0) + 1
                n_par += 1
                n_head += 1
            elif b[0] == 'row':
                text += b[2] + b[3]
                cats[b[1]] = cats.get(b[1], 0) + 1
                n_par += 1
        han = len(HAN.findall(text))
        if not 700 <= han <= 1300:
            problems.append('%s: speech %r has %d Han characters' % (num, sp['title'], han))
        for c in ('形势分析', '隐患排查', '责任落实'):
            if cats.get(c, 0) < 2:
                problems.append('%s: speech %r has %d %s paragraphs' % (num, sp['title'], cats.get(c, 0), c))
        print('   %s  %-40s %4d Han  %s' % (num, sp['title'][:40], han,
                                           ' '.join('%s%d' % (k, v) for k, v in cats.items())))
    if n_par != len(g['paragraphs']):
        problems.append('%s: gold has %d paragraphs, speech data %d' % (num, len(g['paragraphs']), n_par))
    if n_head != len(g['headings']):
        problems.append('%s: gold has %d headings, speech data %d' % (num, len(g['headings']), n_head))
    if [sp['title'] for sp in sps] != g['titles']:
        problems.append('%s: gold titles differ from speech data' % num)
    return sps


def validate(num):
    problems = []
    gpath = os.path.join(ROOT, 'gold', num + '.json')
    if not os.path.exists(gpath):
        return ['%s: gold missing' % num]
    g = json.load(open(gpath, encoding='utf-8'))
    check_schema(num, g, problems)
    page = load_page(num, problems)
    sps = check_speeches(num, g, problems)
    if page is None:
        return problems
    golds = [('title', t) for t in g['titles']] + [('heading', h['text']) for h in g['headings']] + \
            [('paragraph', p['text']) for p in g['paragraphs']]
    unlabelled = []
    for sp in sps:
        unlabelled += [x for x in (sp['speaker'], sp['date'], sp['salutation']) if x]
    for s in g['noise']:
        if s not in page:
            problems.append('%s: noise not in page: %r' % (num, s))
        ns = norm(s)
        for kind, t in golds:
            if ns in norm(t):
                problems.append('%s: noise %r occurs inside gold %s: %s' % (num, s, kind, t[:30]))
        for u in unlabelled:
            if ns == norm(u):
                problems.append('%s: speaker/date/salutation listed as noise: %r' % (num, s))
    cut = page
    for s in sorted(g['noise'], key=len, reverse=True):
        cut = cut.replace(s, '\n')
    hay = norm(cut)
    find_in_order(g['titles'], hay, 'title', num, problems)
    find_in_order([h['text'] for h in g['headings']], hay, 'heading', num, problems)
    find_in_order([p['text'] for p in g['paragraphs']], hay, 'paragraph', num, problems)
    # everything in the speeches region that is neither gold nor noise nor unlabelled is reported
    rest = hay
    for kind, t in sorted(golds, key=lambda x: -len(x[1])):
        rest = rest.replace(norm(t), '')
    for u in unlabelled + ['重点任务责任单位']:
        rest = rest.replace(norm(u), '')
    if rest:
        print('   %s  text neither gold nor noise (short chrome, 。 after run-in headings): %r' % (num, rest[:200]))
    return problems


def main():
    total_bad = 0
    passed = failed = 0
    for num in sorted(FORMAT):
        print('page %s (%s)' % (num, FORMAT[num][0]))
        probs = validate(num)
        for p in probs:
            print('  FLAG ' + p)
        if probs:
            failed += 1
        else:
            passed += 1
        total_bad += len(probs)
    print('%d passed, %d failed' % (passed, failed))
    return 1 if total_bad else 0


if __name__ == '__main__':
    sys.exit(main())
