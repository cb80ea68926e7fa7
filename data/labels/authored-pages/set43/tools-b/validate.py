#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Check set43 pages 06-10 against gold/06-10.json, independently of gen.py.

It decodes each page with its declared encoding, rebuilds the page's text blocks the way a careful reader would
(HTML: tags stripped, entities decoded, one block per block element; text: one block per line, hard wraps of 08
joined by line width, the page break inside 09 joined across the OA footer), then walks the blocks in order:
every block must be a gold heading, a gold paragraph, a run-in heading+paragraph, one of the expected title /
speaker / date / salutation lines, a gold noise string, or shorter than 4 characters. Every gold item must be
consumed in order. It also checks the gold schema, noise rules, Han counts and core categories.
Prints ALL OK and exits 0 when everything holds.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = ['形势分析', '隐患排查', '责任落实']

SPEC = {
    '06.html': dict(enc='utf-8', bom=None, eol='\n', kind='html',
                    meta=['（2025年4月16日）', '同志们：'], title_printed=True),
    '07.txt': dict(enc='gbk', bom=None, eol='\r\n', kind='text', join=None,
                   meta=[], title_printed=True),
    '08.txt': dict(enc='big5', bom=None, eol='\r\n', kind='text', join='width32',
                   meta=['（2025年3月2日）', '鄉親們：'], title_printed=True),
    '09.txt': dict(enc='utf-16-le', bom=b'\xff\xfe', eol='\r\n', kind='text', join='unterminated',
                   meta=['总经理　刘志远', '（2025年6月3日）', '同志们：'], title_printed=True),
    '10.txt': dict(enc='utf-8', bom=None, eol='\n', kind='text', join=None,
                   meta=['同志们：'], title_printed=False),
}
# page-specific features the brief asks for (must be present as noise)
MUST_NOISE = {
    '06.html': ['字号：大 中 小', '扫一扫在手机打开当前页', '相关链接'],
    '07.txt': ['（通讯员 赵国庆 刘洋 摄影 孟雪）', '审核：刘建平', '编辑：孟雪', '【打印本页】 【关闭窗口】'],
    '08.txt': ['本站為轉載，版權歸原作者所有'],
    '09.txt': ['第1页/共2页', '第2页/共2页', '审批意见：'],
    '10.txt': ['求一篇乡镇安全生产季度例会上的讲话稿，要接地气的', '最佳答案', '相关问题'],
}
WS = ' \u3000\xa0\t\f'
BLOCK_TAGS = {'html', 'head', 'body', 'title', 'meta', 'link', 'script', 'style', 'div', 'p', 'ul', 'ol', 'li',
              'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'table', 'tr', 'td', 'th', 'form', 'header', 'footer',
              'nav', 'section', 'article', 'dl', 'dt', 'dd'}

errors = []


def err(f, msg):
    errors.append('%s: %s' % (f, msg))


def han(s):
    return len(re.findall(r'[\u4e00-\u9fff]', s))


def norm(s):
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if unicodedata.category(c)[0] in 'LN' or c in '×*')


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur = [], []

    def flush(self):
        t = ''.join(self.cur).strip(WS + '\n\r')
        if t:
            self.lines.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def decode(f, spec, raw):
    if spec['bom']:
        if not raw.startswith(spec['bom']):
            err(f, 'missing BOM')
        raw = raw[len(spec['bom']):]
    elif raw.startswith(b'\xef\xbb\xbf'):
        err(f, 'unexpected UTF-8 BOM')
    try:
        text = raw.decode(spec['enc'])
    except UnicodeDecodeError as e:
        err(f, 'does not decode as %s: %s' % (spec['enc'], e))
        return ''
    if spec['enc'] in ('gbk', 'big5'):
        try:
            raw.decode('utf-8')
            err(f, 'a %s page should not also be valid UTF-8' % spec['enc'])
        except UnicodeDecodeError:
            pass
    if spec['eol'] == '\r\n':
        if re.search(r'(?<!\r)\n', text) or re.search(r'\r(?!\n)', text):
            err(f, 'line endings are not all CRLF')
    elif '\r' in text:
        err(f, 'CR found in an LF page')
    return text


def text_blocks(f, spec, text, noise):
    lines = text.split(spec['eol'])
    if lines and lines[-1] == '':
        lines.pop()
    if spec['join'] == 'width32':
        for ln in lines:
            if len(ln) > 32:
                err(f, 'line wider than 32: %r' % ln)
    blocks = []      # [text, is_open_paragraph]
    prev_raw = None
    for ln in lines:
        t = ln.strip(WS)
        indented = ln[:1] in ('\u3000', ' ')
        if not t:
            if spec['join'] != 'unterminated':
                if blocks:
                    blocks[-1][1] = False
            prev_raw = ln
            continue
        if spec['join'] == 'width32':
            if (blocks and blocks[-1][1] and not indented and prev_raw is not None and len(prev_raw) == 32
                    and not re.match(r'^（[一二三四五六七八九十]+）', t)):
                blocks[-1][0] += t
                prev_raw = ln
                continue
            blocks.append([t, indented])
        elif spec['join'] == 'unterminated':
            if t in noise:
                blocks.append([t, False, 'noise'])
                continue
            openp = [b for b in blocks if len(b) == 2]
            last = openp[-1] if openp else None
            if last and last[1] and not indented and not re.search(r'[。！？：”]$', last[0]):
                last[0] += t
                continue
            blocks.append([t, indented])
        else:
            blocks.append([t, False])
        prev_raw = ln
    return [b[0] for b in blocks]


def fold_scripts(strings):
    """Traditional→Simplified via opencc-js when node and the package are at hand; identity otherwise."""
    base = os.path.abspath(os.path.join(SET, '..', '..', '..', '..'))
    js = ("const O=require(require.resolve('opencc-js',{paths:[process.argv[1]]}));const c=O.Converter({from:'tw',to:'cn'});"
          "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.stringify(JSON.parse(s).map(c))));")
    try:
        r = subprocess.run(['node', '-e', js, base], input=json.dumps(strings), capture_output=True, text=True, timeout=60)
        if r.returncode == 0:
            return json.loads(r.stdout), True
    except Exception:
        pass
    return strings, False


def check(f, spec):
    gpath = os.path.join(SET, 'gold', os.path.splitext(f)[0] + '.json')
    g = json.load(open(gpath, encoding='utf-8'))
    raw = open(os.path.join(SET, f), 'rb').read()
    text = decode(f, spec, raw)
    noise = g.get('noise', [])
    # ---- schema
    if set(g) != {'file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'}:
        err(f, 'gold keys %s' % sorted(g))
    if g['file'] != f:
        err(f, 'gold file field %r' % g['file'])
    if g['speeches'] != len(g['titles']):
        err(f, 'speeches != len(titles)')
    for h in g['headings']:
        if h['level'] not in (1, 2):
            err(f, 'bad level %r' % h)
        if h['text'].endswith('。') or h['text'] != h['text'].strip(WS):
            err(f, 'heading not trimmed: %r' % h['text'])
    for p in g['paragraphs']:
        if p['category'] not in CATS:
            err(f, 'bad category %r' % p['category'])
        if p['truncated'] is not False and p['truncated'] is not True:
            err(f, 'truncated must be a bool')
        if p['text'] != p['text'].strip(WS) or '\n' in p['text'] or '¦' in p['text']:
            err(f, 'paragraph not clean: %r' % p['text'][:20])
    # ---- noise rules
    if len(set(noise)) != len(noise):
        err(f, 'duplicate noise strings')
    for n in noise:
        if len(n) < 4:
            err(f, 'noise shorter than 4: %r' % n)
    for n in MUST_NOISE[f]:
        if n not in noise:
            err(f, 'expected chrome missing from noise: %r' % n)
    # ---- blocks
    if spec['kind'] == 'html':
        if text.find('side-left') < 0 or text.find('side-left') > text.find('art-con'):
            err(f, 'sidebar menu must come before the article')
        p = Blocks()
        p.feed(text)
        p.close()
        blocks = p.lines
        flat = '\n'.join(blocks)
    else:
        blocks = text_blocks(f, spec, text, set(noise))
        flat = text
    for n in noise:
        if n not in flat:
            err(f, 'noise string not in page: %r' % n)
    heads, paras = g['headings'], g['paragraphs']
    hi = pi = 0
    metas_left = list(spec['meta'])
    titles_seen = 0
    runin = 0
    for b in blocks:
        H = heads[hi]['text'] if hi < len(heads) else None
        P = paras[pi]['text'] if pi < len(paras) else None
        if b in noise:
            continue
        if H is not None and b in (H, H + '。'):
            hi += 1
            continue
        if H is not None and P is not None and b in (H + '。' + P, H + P):
            hi += 1
            pi += 1
            runin += 1
            continue
        if P is not None and b == P:
            pi += 1
            continue
        if b in metas_left:
            metas_left.remove(b)
            continue
        if spec['title_printed'] and titles_seen < len(g['titles']):
            t = g['titles'][titles_seen]
            if b.endswith(t) and re.fullmatch(r'[\u4e00-\u9fff]{0,8}', b[:-len(t)]) and (hi, pi) == (0, 0):
                titles_seen += 1
                continue
        if len(b) < 4:
            continue
        err(f, 'unlabelled block: %r' % b[:40])
    if hi != len(heads) or pi != len(paras):
        err(f, 'gold not consumed in order: headings %d/%d paragraphs %d/%d' % (hi, len(heads), pi, len(paras)))
    if metas_left:
        err(f, 'expected meta lines not found: %r' % metas_left)
    if spec['title_printed'] and titles_seen != len(g['titles']):
        err(f, 'title line not found')
    if not spec['title_printed'] and any(t in flat for t in g['titles']):
        err(f, 'title said to be unprinted but found in page')
    # ---- noise never inside gold text (after the scorer's folding)
    gold_texts = [h['text'] for h in heads] + [p['text'] for p in paras] + g['titles']
    folded, did_fold = fold_scripts(gold_texts + noise)
    ng = [norm(x) for x in folded[:len(gold_texts)]]
    for n_orig, n in zip(noise, folded[len(gold_texts):]):
        nn = norm(n)
        if len(nn) >= 2 and any(nn in x for x in ng):
            err(f, 'noise string occurs inside gold text: %r' % n_orig)
    # ---- size and categories
    count = han(''.join(h['text'] for h in heads) + ''.join(p['text'] for p in paras))
    if g['speeches'] == 1 and not 950 <= count <= 1300:
        err(f, 'Han count %d outside 950-1300' % count)
    cats = {}
    for p_ in paras:
        cats[p_['category']] = cats.get(p_['category'], 0) + 1
    for c in CORE:
        if cats.get(c, 0) < 2:
            err(f, 'fewer than 2 %s paragraphs' % c)
    ncore = sum(cats.get(c, 0) for c in CORE)
    return dict(file=f, enc=spec['enc'] + ('+BOM' if spec['bom'] else ''), eol='CRLF' if spec['eol'] == '\r\n' else 'LF',
                speeches=g['speeches'], han=count, core=ncore, headings=len(heads), paragraphs=len(paras),
                runin=runin, noise=len(noise), folded=did_fold, cats=cats)


def main():
    rows = [check(f, spec) for f, spec in SPEC.items()]
    for r in rows:
        print('%(file)-8s %(enc)-12s %(eol)-4s speeches=%(speeches)d han=%(han)d core=%(core)d headings=%(headings)d '
              'runin=%(runin)d paragraphs=%(paragraphs)d noise=%(noise)d script-fold=%(folded)s' % r)
        print('         ', ' '.join('%s:%d' % kv for kv in r['cats'].items()))
    if errors:
        for e in errors:
            print('ERROR', e)
        sys.exit(1)
    print('ALL OK')


if __name__ == '__main__':
    main()
