#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Build every page of set133a and its gold from the one tagged source in speeches.py.
usage: /usr/bin/python3 tools/gen.py        (writes ../NN.txt|html|docx and ../gold/NN.json)"""
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speeches as S  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABEL_TAGS = ('T', 'H1', 'H2', 'H3', 'H4', 'P', 'PT', 'C')


# ---------------------------------------------------------------- parsing
def parse_line(src):
    """-> dict(glue, indent, segs=[(tag, cat, text)]) or None for a blank line."""
    if src.strip() == '':
        return None
    glue = src.startswith('+')
    if glue:
        src = src[1:]
    m = re.match(r'^[ \u3000]*', src)
    indent, rest = m.group(0), src[m.end():]
    segs = []
    for seg in rest.split('‖'):
        tag, text = seg.split('|', 1)
        cat = None
        if ':' in tag:
            tag, cat = tag.split(':', 1)
            if cat not in S.CATEGORIES:
                raise SystemExit('unknown category %r in %r' % (cat, seg))
        if tag not in ('N', 'S', 'X', 'R') + LABEL_TAGS:
            raise SystemExit('unknown tag %r in %r' % (tag, seg))
        segs.append((tag, cat, text))
    return dict(glue=glue, indent=indent, segs=segs)


def gold_text(text):
    t = re.sub('«.*?»', '', text)
    t = t.replace('⟦', '').replace('⟧', '').replace('¶', '')
    return t.strip()


def injected(text):
    return [x.strip() for x in re.findall('«(.*?)»', text)]


def print_text(text):
    """plain-text rendering of a segment"""
    return text.replace('«', '').replace('»', '').replace('⟦', '').replace('⟧', '').replace('¶', '\n')


# ---------------------------------------------------------------- gold collector
class Gold:
    def __init__(self, fname, speeches):
        self.fname, self.speeches = fname, speeches
        self.titles, self.headings, self.paragraphs, self.noise = [], [], [], []
        self.unlabelled = []   # R lines (for the README / coverage)
        self.short = []        # S / X segments

    def add_noise(self, s):
        s = s.replace('\xa0', ' ').strip()
        if s and s not in self.noise:
            self.noise.append(s)

    def seg(self, tag, cat, text):
        if tag == 'N':
            self.add_noise(text)
            return
        if tag in ('S', 'X'):
            if text.strip():
                self.short.append(text.strip())
            return
        for n in injected(text):
            self.add_noise(n)
        g = gold_text(text)
        if tag == 'R':
            self.unlabelled.append(g)
        elif tag == 'T':
            self.titles.append(g)
        elif tag in ('H1', 'H2', 'H3', 'H4'):
            if g.endswith('。'):
                g = g[:-1]
            self.headings.append({'text': g, 'level': int(tag[1])})
        elif tag in ('P', 'PT'):
            self.paragraphs.append({'text': g, 'category': cat, 'truncated': tag == 'PT'})
        elif tag == 'C':
            if not self.paragraphs:
                raise SystemExit('C without a paragraph: %r' % text)
            self.paragraphs[-1]['text'] += g

    def line(self, parsed):
        for tag, cat, text in parsed['segs']:
            self.seg(tag, cat, text)

    def dump(self):
        return {'file': self.fname, 'speeches': self.speeches, 'titles': self.titles,
                'headings': self.headings, 'paragraphs': self.paragraphs, 'noise': self.noise}


# ---------------------------------------------------------------- text pages
def build_txt(cfg, gold):
    out = []
    for src in cfg['source'].strip('\n').split('\n'):
        p = parse_line(src)
        if p is None:
            out.append('')
            continue
        gold.line(p)
        text = p['indent'] + ''.join(print_text(t) for _, _, t in p['segs'])
        if p['glue'] and out:
            out[-1] += text
        else:
            out.append(text)
    body = cfg['newline'].join('\n'.join(out).split('\n')) + cfg['newline']
    data = body.encode(cfg['encoding'])
    if cfg['bom']:
        data = '\ufeff'.encode(cfg['encoding']) + data
    return data


# ---------------------------------------------------------------- HTML page
SPAN_OPEN = '<span style="font-family:仿宋_GB2312;font-size:16pt;">'


def html_text(text):
    t = text.replace('«', '').replace('»', '')
    t = html.escape(t, quote=False)
    t = t.replace('“', '&ldquo;').replace('”', '&rdquo;').replace('‘', '&lsquo;').replace('’', '&rsquo;')
    t = t.replace('⟦', SPAN_OPEN).replace('⟧', '</span>').replace('¶', '<br />\n')
    return t


def chrome(raw, gold):
    def repl(m):
        tag, inner = m.group(1), m.group(2)
        visible = html.unescape(re.sub(r'<[^>]+>', '', inner))
        if tag == 'N':
            gold.add_noise(visible)
        else:
            gold.short.append(visible)
        return inner
    return re.sub(r'\[\[(N|S):(.*?)\]\]', repl, raw, flags=re.S)


def build_html(cfg, gold):
    parts = [chrome(cfg['head'], gold)]
    for tpl, src in cfg['article']:
        if src is None:
            parts.append(tpl + '\n')
            continue
        p = parse_line(src)
        gold.line(p)
        parts.append(tpl.format(''.join(html_text(t) for _, _, t in p['segs'])) + '\n')
    parts.append(chrome(cfg['tail'], gold))
    return ''.join(parts).encode('utf-8')


# ---------------------------------------------------------------- .docx page
def build_docx(cfg, gold, path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()

    def east_asia(style_or_run, font):
        rpr = style_or_run.element.get_or_add_rPr()
        rfonts = rpr.find(qn('w:rFonts'))
        if rfonts is None:
            rfonts = parse_xml('<w:rFonts %s/>' % nsdecls('w'))
            rpr.insert(0, rfonts)
        for att in ('w:asciiTheme', 'w:eastAsiaTheme', 'w:hAnsiTheme', 'w:cstheme'):
            if rfonts.get(qn(att)) is not None:
                del rfonts.attrib[qn(att)]
        rfonts.set(qn('w:eastAsia'), font)

    normal = d.styles['Normal']
    normal.font.name = 'Times New Roman'
    normal.font.size = Pt(16)
    east_asia(normal, '仿宋_GB2312')
    normal.paragraph_format.line_spacing = Pt(28)
    for name, font, bold in (('Heading 1', '黑体', False), ('Heading 2', '楷体_GB2312', True)):
        st = d.styles[name]
        st.font.size = Pt(16)
        st.font.bold = bold
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.name = 'Times New Roman'
        east_asia(st, font)
        st.paragraph_format.first_line_indent = Pt(32)
        st.paragraph_format.space_before = Pt(6)
        st.paragraph_format.space_after = Pt(6)

    # multilevel list linked to Heading 1 / Heading 2: 一、 / （一）
    numbering = d.part.numbering_part.element
    absnum = parse_xml(
        '<w:abstractNum %s w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="%%1、"/><w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>'
        '<w:suff w:val="nothing"/><w:lvlText w:val="（%%2）"/><w:lvlJc w:val="left"/></w:lvl>'
        '</w:abstractNum>' % nsdecls('w'))
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml('<w:num %s w:numId="90"><w:abstractNumId w:val="90"/></w:num>' % nsdecls('w')))
    for name, ilvl in (('Heading 1', 0), ('Heading 2', 1)):
        ppr = d.styles[name].element.get_or_add_pPr()
        numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="90"/></w:numPr>' % (nsdecls('w'), ilvl))
        before = [c for c in ppr if c.tag in {qn('w:pStyle'), qn('w:keepNext'), qn('w:keepLines'),
                                             qn('w:pageBreakBefore'), qn('w:framePr'), qn('w:widowControl')}]
        if before:
            before[-1].addnext(numpr)
        else:
            ppr.insert(0, numpr)

    sec = d.sections[0]
    gold.add_noise(cfg['header'])
    sec.header.paragraphs[0].text = cfg['header']
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def add_runs(par, text, size=None, bold=None):
        pieces = print_text(text).split('\n')
        run = None
        for i, piece in enumerate(pieces):
            run = par.add_run(piece)
            if size:
                run.font.size = Pt(size)
            if bold is not None:
                run.font.bold = bold
            if i < len(pieces) - 1:
                run.add_break()
        return run

    for item in cfg['items']:
        kind = item[0]
        if kind == 'pagebreak':
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        if kind == 'table':
            rows = item[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = d.styles['Table Grid']
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    t.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if len(cell) >= 4:
                        gold.add_noise(cell)
                    else:
                        gold.short.append(cell)
            continue
        p = parse_line(item[1])
        gold.line(p)
        tag = p['segs'][0][0]
        text = ''.join(t for _, _, t in p['segs'])
        if kind == 'cover':
            opt = item[2]
            par = d.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            par.paragraph_format.space_before = Pt(opt.get('before', 0))
            par.paragraph_format.line_spacing = 1.2
            add_runs(par, text, opt['size'], opt.get('bold', False))
        elif kind == 'caption':
            par = d.add_paragraph()
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(par, text, 12, True)
        elif tag in ('H1', 'H2'):
            par = d.add_paragraph(style='Heading %s' % tag[1])
            add_runs(par, text)
        else:
            par = d.add_paragraph()
            if tag != 'R':
                par.paragraph_format.first_line_indent = Pt(32)
            add_runs(par, text)
    gold.add_noise(cfg['footer'])
    sec.footer.paragraphs[0].text = cfg['footer']
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    core = d.core_properties
    core.author = '矿长办公室'
    core.title = ''
    d.save(path)


def build(num):
    cfg = S.PAGES[num]
    gold = Gold(cfg['file'], cfg['speeches'])
    path = os.path.join(ROOT, cfg['file'])
    if cfg['kind'] == 'txt':
        data = build_txt(cfg, gold)
        with open(path, 'wb') as f:
            f.write(data)
    elif cfg['kind'] == 'html':
        data = build_html(cfg, gold)
        with open(path, 'wb') as f:
            f.write(data)
    else:
        build_docx(cfg, gold, path)
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    with open(os.path.join(ROOT, 'gold', num + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold.dump(), f, ensure_ascii=False, indent=2)
        f.write('\n')
    return gold


def main():
    for num in sorted(S.PAGES):
        g = build(num)
        print('%s  titles=%d headings=%d paragraphs=%d noise=%d' % (
            S.PAGES[num]['file'], len(g.titles), len(g.headings), len(g.paragraphs), len(g.noise)))


if __name__ == '__main__':
    main()
