#!/usr/bin/env python3
"""Check pages 01-05 and gold/NN.json against the task rules.  python3 tools/validate.py
Exit status 1 if any ERROR; WARN lines are informational."""
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPEC = {  # file: (encoding, line ending)
    '01.txt': ('utf-8', 'LF'),
    '02.txt': ('gbk', 'CRLF'),
    '03.txt': ('gb18030', 'CRLF'),
    '04.txt': ('utf-8', 'LF'),
    '05.txt': ('utf-8', 'CRLF'),
}
CATS = {'开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾'}
NEED = ('形势分析', '隐患排查', '责任落实')
HAN = re.compile(r'[\u3400-\u4dbf\u4e00-\u9fff]')
errors, warns = [], []


def err(f, msg):
    errors.append('%s: %s' % (f, msg))


def warn(f, msg):
    warns.append('%s: %s' % (f, msg))


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s))


def check(name):
    enc, eol = SPEC[name]
    raw = open(os.path.join(ROOT, name), 'rb').read()
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as e:
        return err(name, 'does not decode as %s: %s' % (enc, e))
    if raw.startswith(b'\xef\xbb\xbf'):
        warn(name, 'has a BOM')
    crlf = text.count('\r\n')
    lf = text.count('\n') - crlf
    if eol == 'CRLF' and (lf or not crlf):
        err(name, 'expected CRLF only, found %d bare LF' % lf)
    if eol == 'LF' and crlf:
        err(name, 'expected LF only, found %d CRLF' % crlf)
    gold = json.load(open(os.path.join(ROOT, 'gold', name.split('.')[0] + '.json'), encoding='utf-8'))
    for k in ('file', 'speeches', 'titles', 'headings', 'paragraphs', 'noise'):
        if k not in gold:
            err(name, 'gold lacks key ' + k)
    if gold.get('file') != name:
        err(name, 'gold file field is %r' % gold.get('file'))
    if gold['speeches'] != len(gold['titles']):
        err(name, 'speeches=%d but %d titles' % (gold['speeches'], len(gold['titles'])))

    # ---- noise
    noise = gold['noise']
    if len(set(noise)) != len(noise):
        err(name, 'duplicate noise strings')
    lines = [l.strip() for l in text.replace('\r\n', '\n').split('\n')]
    for s in noise:
        if len(s) < 4:
            err(name, 'noise shorter than 4 chars: %r' % s)
        if s != s.strip():
            err(name, 'noise not stripped: %r' % s)
        if s not in text:
            err(name, 'noise not in page: %r' % s)
    golds = ([('title', t) for t in gold['titles']] +
             [('heading', h['text']) for h in gold['headings']] +
             [('paragraph', p['text']) for p in gold['paragraphs']])
    for s in noise:
        ns = norm(s)
        for kind, t in golds:
            if ns and ns in norm(t):
                err(name, 'noise %r occurs inside %s %r' % (s, kind, t[:30]))

    # ---- labels well-formed
    for h in gold['headings']:
        if h.get('level') not in (1, 2, 3, 4):
            err(name, 'bad heading level %r' % h)
        if h['text'].endswith('。') or h['text'] != h['text'].strip():
            err(name, 'heading ends with 。 or has spaces: %r' % h['text'])
    for p in gold['paragraphs']:
        if p.get('category') not in CATS:
            err(name, 'bad category %r' % p.get('category'))
        if not isinstance(p.get('truncated'), bool):
            err(name, 'truncated must be bool: %r' % p['text'][:20])
        if p['text'] != p['text'].strip() or '\n' in p['text']:
            err(name, 'paragraph has edge spaces or newline: %r' % p['text'][:20])

    # ---- gold text present in page with chrome removed (wraps and footers ignored)
    nset = set(noise)
    kept = []
    for l in lines:
        if l in nset:
            continue
        for s in sorted(noise, key=len, reverse=True):
            l = l.replace(s, '')
        kept.append(l)
    body = norm(''.join(kept))
    pos_of = {}
    for kind, seq in (('title', gold['titles']), ('heading', [h['text'] for h in gold['headings']]),
                      ('paragraph', [p['text'] for p in gold['paragraphs']])):
        pos = 0
        for i, t in enumerate(seq):
            j = body.find(norm(t), pos)
            if j < 0:
                j2 = body.find(norm(t))
                err(name, '%s %d not found%s: %r' % (kind, i, ' in order' if j2 >= 0 else '', t[:40]))
                j = j2
            else:
                pos = j + len(norm(t))
            pos_of[(kind, i)] = j

    # ---- per speech: length and category minimum
    tpos = [pos_of.get(('title', i), -1) for i in range(len(gold['titles']))]

    def speech_of(j):
        k = 0
        for i, tp in enumerate(tpos):
            if 0 <= tp <= j:
                k = i
        return k

    per = [{'han': len(HAN.findall(t)), 'cats': {}, 'trunc': False, 'paras': 0, 'heads': 0}
           for t in gold['titles']]
    for i, h in enumerate(gold['headings']):
        per[speech_of(pos_of[('heading', i)])]['han'] += len(HAN.findall(h['text']))
        per[speech_of(pos_of[('heading', i)])]['heads'] += 1
    last_para = {}
    for i, p in enumerate(gold['paragraphs']):
        sp = per[speech_of(pos_of[('paragraph', i)])]
        sp['han'] += len(HAN.findall(p['text']))
        sp['cats'][p['category']] = sp['cats'].get(p['category'], 0) + 1
        sp['paras'] += 1
        last_para[speech_of(pos_of[('paragraph', i)])] = i
        if p['truncated']:
            sp['trunc'] = True
    for i, p in enumerate(gold['paragraphs']):
        if p['truncated'] and last_para.get(speech_of(pos_of[('paragraph', i)])) != i:
            err(name, 'truncated paragraph %d is not the last of its speech' % i)
    for k, sp in enumerate(per):
        tag = 'speech %d (%s…)' % (k + 1, gold['titles'][k][:12])
        if sp['trunc']:
            if sp['han'] < 500:
                warn(name, '%s: cut-off speech shows only %d Han chars' % (tag, sp['han']))
        else:
            if not 700 <= sp['han'] <= 1300:
                err(name, '%s: %d Han chars (700-1300 required)' % (tag, sp['han']))
            for c in NEED:
                if sp['cats'].get(c, 0) < 2:
                    err(name, '%s: only %d %s paragraphs' % (tag, sp['cats'].get(c, 0), c))
        print('  %s %s: %d Han chars, %d headings, %d paragraphs, %s%s' % (
            name, tag, sp['han'], sp['heads'], sp['paras'],
            ' '.join('%s%d' % kv for kv in sorted(sp['cats'].items())),
            ' [cut off]' if sp['trunc'] else ''))
    print('  %s: %d noise strings' % (name, len(noise)))


def main():
    for name in sorted(SPEC):
        if not os.path.exists(os.path.join(ROOT, name)):
            err(name, 'missing')
            continue
        check(name)
    for w in warns:
        print('WARN ', w)
    for e in errors:
        print('ERROR', e)
    print('OK' if not errors else '%d error(s)' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
