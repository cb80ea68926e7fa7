# -*- coding: utf-8 -*-
"""Shared helpers: the scorer's norm() (minus Traditional->Simplified folding) and page metadata."""
import unicodedata

PAGES = {
    '06': {'enc': 'utf-8', 'bom': False, 'eol': '\n', 'kind': 'forum thread (Discuz-style)'},
    '07': {'enc': 'gbk', 'bom': False, 'eol': '\r\n', 'kind': 'plant 会议记录 system record'},
    '08': {'enc': 'utf-16-le', 'bom': True, 'eol': '\r\n', 'kind': '政府信息公开 article'},
    '09': {'enc': 'utf-8', 'bom': True, 'eol': '\n', 'kind': '范文 site, 通用模板'},
    '10': {'enc': 'big5', 'bom': False, 'eol': '\n', 'kind': 'Traditional news mirror, sentence per line'},
}
CATEGORIES = ['开场', '形势分析', '思想认识', '隐患排查', '监管执法', '责任落实', '应急管理', '宣传培训', '基层基础', '结尾']
CORE = {'形势分析', '隐患排查', '责任落实'}


def norm(s):
    """NFKC, then keep only letters (incl. Han), digits, × and * (as score-mining.mjs does)."""
    s = unicodedata.normalize('NFKC', s or '')
    return ''.join(c for c in s if unicodedata.category(c)[0] in 'LN' or c in '×*')
