# -*- coding: utf-8 -*-
"""Shared helpers: decode a saved page and turn it into rendered text lines.

Line model (what a browser shows, roughly): block elements and <br> start a new line,
inline elements (a, span, font, strong, b, em, i, o:p, label, button ...) do not.
<script>, <style>, <noscript> contents, comments (including Word's <!--[if ...]> blocks)
and attribute values are not text.  Hidden elements (display:none) ARE kept: their text
is in the page, which is exactly the trap of page 07.
"""
import html
import re
import unicodedata
from html.parser import HTMLParser

BLOCK = set('''address article aside blockquote body br caption center dd div dl dt fieldset
figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol option
p pre section select table tbody td textarea tfoot th thead title tr ul'''.split())
SKIP = {'script', 'style', 'noscript', 'xml'}

_DOWNLEVEL = re.compile(r'<!\[(?:if[^\]]*|endif)\]>', re.I)


def decode_page(raw: bytes) -> str:
    head = raw[:4000].decode('ascii', 'replace').lower()
    m = re.search(r'charset\s*=\s*["\']?([a-z0-9_-]+)', head)
    enc = (m.group(1) if m else 'utf-8')
    if enc in ('gb2312', 'gbk', 'gb18030', 'x-gbk'):
        enc = 'gbk'
    return raw.decode(enc)


class _Lines(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = [[]]
        self.skip = 0

    def _nl(self):
        if self.lines[-1]:
            self.lines.append([])

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        if tag in SKIP:
            self.skip += 1
            return
        if tag in BLOCK:
            self._nl()

    def handle_startendtag(self, tag, attrs):
        tag = tag.lower()
        if tag in BLOCK:
            self._nl()

    def handle_endtag(self, tag):
        tag = tag.lower()
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCK and tag != 'br':
            self._nl()

    def handle_data(self, data):
        if not self.skip:
            self.lines[-1].append(data)


_WS = '[ \t\r\n\f\u00a0]'


def clean_line(s: str) -> str:
    # a source line break between two non-ASCII characters renders as nothing
    s = re.sub(r'(?<=[^\x00-\x7f])[ \t]*[\r\n]+[ \t\r\n]*(?=[^\x00-\x7f])', '', s)
    s = re.sub(_WS + '+', ' ', s)
    return s.strip()


_GLUE = re.compile(r'[0-9A-Za-z.%:/-]+')


def _glue(parts):
    """text nodes of one line; a bare Latin/digit run (Word's <span lang=EN-US>2025</span>,
    a counter <em>8693</em>) is glued to the text it touches without whitespace"""
    groups = []
    prev_glue = False
    for p in parts:
        g = bool(_GLUE.fullmatch(p))
        joins_prev = g and groups and groups[-1][-1:] and not groups[-1][-1:].isspace() \
            and groups[-1][-1:] not in '|()（）[]'
        joins_glue = prev_glue and p[:1].isalnum()
        if groups and (joins_prev or joins_glue):
            groups[-1] += p
        else:
            groups.append(p)
        prev_glue = g
    return groups


def page_lines(text: str, chunks=False):
    """rendered lines; with chunks=True, (line, [text nodes of that line]) pairs"""
    text = _DOWNLEVEL.sub('', text)
    p = _Lines()
    p.feed(text)
    p.close()
    out = []
    for parts in p.lines:
        s = clean_line(''.join(parts))
        if s:
            if chunks:
                out.append((s, [c for c in (clean_line(x) for x in _glue(parts)) if c]))
            else:
                out.append(s)
    return out


def norm(s: str) -> str:
    s = unicodedata.normalize('NFKC', s)
    return re.sub(r'\s+', '', s)


FN_MARK = re.compile(r'\[\d{1,2}\]')


def han_count(s: str) -> int:
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff')
