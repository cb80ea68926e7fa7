#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check every page of set133a against its gold, reading the pages as a reader would see them.
usage: /usr/bin/python3 tools/validate.py        (prints the problems and 'N errors'; exit 1 on errors)

  .txt   the decoded text (BOM, encoding and line ends checked against speeches.py)
  .html  the visible text of <body> (no <head>, <script>, <style>; entities decoded)
  .docx  the paragraphs' text (body paragraphs; table cells, header and footer are read for the noise only)

Checks: gold shape and key order; every title / heading / paragraph occurs on the page (whitespace ignored; a
paragraph split by injected noise or a page footer must occur once that noise is taken out); every noise string
has >= 4 characters, is distinct, occurs verbatim on the page and is no substring of a title, heading or
paragraph; categories are the ten keys; 900-1400 Han characters of labelled text a speech; >= 5 core paragraphs a
page; and nothing with letters or digits is left on the page once noise, gold, unlabelled lines and short
chrome are taken out (every line of chrome is accounted for)."""
import json
import os
import re
import sys
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as S  # noqa: E402
import gen  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def err(num, msg):
    errors.append('%s: %s' % (num, msg))


def compact(s):
    return re.sub(r'[\s\u3000\xa0\ufeff]+', '', s)


def han(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))


class Visible(HTMLParser):
    BLOCK = {'p', 'div', 'li', 'ul', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'br', 'form', 'tbody'}
    SKIP = {'script', 'style', 'head', 'title'}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.in_body = [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag == 'body':
            self.in_body = True
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append('\n')

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append('\n')

    def handle_data(self, data):
        if self.in_body and not self.skip:
            self.out.append(data)


def read_page(num, cfg):
    """-> (gold_side_text, all_visible_text)"""
    path = os.path.join(ROOT, cfg['file'])
    if cfg['kind'] == 'docx':
        import docx
        d = docx.Document(path)
        body = '\n'.join(p.text for p in d.paragraphs)
        extra = []
        for t in d.tables:
            for row in t.rows:
                extra.extend(c.text for c in row.cells)
        for sec in d.sections:
            extra.extend(p.text for p in sec.header.paragraphs)
            extra.extend(p.text for p in sec.footer.paragraphs)
        return body, body + '\u0002' + '\u0002'.join(extra)
    data = open(path, 'rb').read()
    has_bom = data.startswith(b'\xef\xbb\xbf')
    if has_bom != cfg['bom']:
        err(num, 'BOM %s, wanted %s' % (has_bom, cfg['bom']))
    try:
        text = data.decode(cfg['encoding'])
    except UnicodeDecodeError as e:
        err(num, 'does not decode as %s: %s' % (cfg['encoding'], e))
        text = data.decode(cfg['encoding'], 'replace')
    if cfg['encoding'] != 'utf-8':
        try:
            data.decode('utf-8')
            err(num, 'page decodes as UTF-8 although it should be %s' % cfg['encoding'])
        except UnicodeDecodeError:
            pass
    text = text.lstrip('\ufeff')
    if cfg['newline'] == '\r\n':
        if re.search(r'(?<!\r)\n', text):
            err(num, 'bare LF in a CRLF page')
    elif '\r' in text:
        err(num, 'CR in an LF page')
    if cfg['kind'] == 'html':
        v = Visible()
        v.feed(text)
        vis = ''.join(v.out).replace('\xa0', ' ')
        return vis, vis
    return text, text


def source_extras(num, cfg):
    """R, S and X texts from the source (for the coverage check)."""
    g = gen.Gold(cfg['file'], cfg['speeches'])
    if cfg['kind'] == 'html':
        gen.chrome(cfg['head'] + cfg['tail'], g)
        for _, src in cfg['article']:
            if src:
                g.line(gen.parse_line(src))
    elif cfg['kind'] == 'txt':
        for src in cfg['source'].split('\n'):
            p = gen.parse_line(src)
            if p:
                g.line(p)
    else:
        for item in cfg['items']:
            if item[0] in ('line', 'cover', 'caption'):
                g.line(gen.parse_line(item[1]))
            elif item[0] == 'table':
                g.short.extend(c for row in item[1] for c in row if len(c) < 4)
    return g.unlabelled, g.short


def check(num):
    cfg = S.PAGES[num]
    gpath = os.path.join(ROOT, 'gold', num + '.json')
    raw = open(gpath, encoding='utf-8').read()
    gold = json.loads(raw)
    if list(gold) != ['file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise']:
        err(num, 'gold keys %s' % list(gold))
    if gold['file'] != cfg['file']:
        err(num, 'gold file %r' % gold['file'])
    if gold['speeches'] != len(gold['titles']):
        err(num, 'speeches %d but %d titles' % (gold['speeches'], len(gold['titles'])))
    for h in gold['headings']:
        if list(h) != ['text', 'level'] or h['level'] not in (1, 2, 3, 4):
            err(num, 'bad heading %r' % h)
    for p in gold['paragraphs']:
        if list(p) != ['text', 'category', 'truncated'] or not isinstance(p['truncated'], bool):
            err(num, 'bad paragraph entry %r' % p)
        if p['category'] not in S.CATEGORIES:
            err(num, 'category %r' % p['category'])

    body, allvis = read_page(num, cfg)
    cbody, call = compact(body), compact(allvis)
    noise = gold['noise']
    if len(set(noise)) != len(noise):
        err(num, 'duplicate noise strings')
    # page with the noise taken out (longest first): labelled text split by noise must be contiguous there
    stripped = call
    for n in sorted(noise, key=len, reverse=True):
        stripped = stripped.replace(compact(n), '\u0001')
    stripped_nojoin = stripped.replace('\u0001', '')
    labelled = gold['titles'] + [h['text'] for h in gold['headings']] + [p['text'] for p in gold['paragraphs']]
    for t in labelled:
        ct = compact(t)
        if not ct:
            err(num, 'empty labelled text')
        elif ct not in cbody and ct not in stripped_nojoin:
            err(num, 'labelled text not on the page: %s…' % t[:30])
    for n in noise:
        if len(n) < 4:
            err(num, 'noise shorter than 4: %r' % n)
        nv = ' '.join(n.split())
        if nv not in ' '.join(allvis.split()) and compact(n) not in call:
            err(num, 'noise not on the page: %r' % n)
        for t in labelled:
            if compact(n) in compact(t):
                err(num, 'noise %r is inside labelled text %s…' % (n, t[:20]))
    # size and core paragraphs
    n_han = sum(han(t) for t in labelled)
    if gold['speeches'] == 1 and not 900 <= n_han <= 1400:
        err(num, 'speech has %d Han characters of labelled text (900-1400)' % n_han)
    core = sum(1 for p in gold['paragraphs'] if p['category'] in S.CORE)
    if core < 5:
        err(num, 'only %d core paragraphs' % core)
    # coverage: nothing with letters or digits left over
    unlabelled, short = source_extras(num, cfg)
    left = stripped_nojoin
    for t in sorted(labelled, key=lambda x: len(compact(x)), reverse=True):
        left = left.replace(compact(t), '\u0001', 1)
    for t in sorted(set(unlabelled), key=len, reverse=True):
        left = left.replace(compact(t), '\u0001')
    for t in sorted(set(short), key=len, reverse=True):
        if len(compact(t)) >= 4 and re.search(r'\w', t):
            err(num, 'short chrome has 4+ characters: %r' % t)
        if compact(t):
            left = left.replace(compact(t), '\u0001')
    rest = [x for x in left.split('\u0001') if re.search(r'[\w]', x)]
    for x in rest:
        err(num, 'unaccounted text on the page: %r' % x[:60])
    return n_han, core, len(gold['paragraphs']), len(gold['headings']), len(noise)


def main():
    print('page   han  core  paras  heads  noise')
    for num in sorted(S.PAGES):
        try:
            r = check(num)
            print('%s  %5d  %4d  %5d  %5d  %5d' % ((num,) + r))
        except Exception as e:  # a crash is an error too
            err(num, 'crash: %r' % e)
    for e in errors:
        print(e)
    print('%d errors' % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
