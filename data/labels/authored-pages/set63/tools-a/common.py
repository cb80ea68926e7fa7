# -*- coding: utf-8 -*-
"""Helpers shared by gen.py: FODT writing, LibreOffice runs, deterministic post-processing."""
import os, re, shutil, subprocess, tempfile, zipfile, hashlib
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"')

FONTS = ['仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312', '宋体', 'Times New Roman']


def esc(s):
    return escape(s, {'"': '&quot;'})


def fodt(meta_title, styles, auto_styles, master, body, date='2025-02-26T09:00:00'):
    fonts = ''.join('<style:font-face style:name="%s" svg:font-family="%s"/>' % (f, f) for f in FONTS)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s>\n'
            '<office:meta><meta:generator>set63a-gen</meta:generator><dc:title>%s</dc:title>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '<meta:initial-creator>办公室</meta:initial-creator><dc:creator>办公室</dc:creator>'
            '<meta:editing-cycles>1</meta:editing-cycles><meta:editing-duration>PT0S</meta:editing-duration></office:meta>\n'
            '<office:font-face-decls>%s</office:font-face-decls>\n'
            '<office:styles>%s</office:styles>\n'
            '<office:automatic-styles>%s</office:automatic-styles>\n'
            '<office:master-styles>%s</office:master-styles>\n'
            '<office:body><office:text>\n%s\n</office:text></office:body></office:document>\n'
            % (NS, esc(meta_title), date, date, fonts, styles, auto_styles, master, body))


def pstyle(name, font='仿宋_GB2312', size='16pt', align='justify', indent='0pt', lh=None, extra_p='', extra_t='',
           parent=None, bold=False, color=None, family='paragraph', mt='0pt', mb='0pt', ml='0pt', mr='0pt'):
    par = ' style:parent-style-name="%s"' % parent if parent else ''
    lhs = ' fo:line-height="%s"' % lh if lh else ''
    b = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ''
    c = ' fo:color="%s"' % color if color else ''
    return ('<style:style style:name="%s" style:family="%s"%s>'
            '<style:paragraph-properties fo:text-align="%s" fo:text-indent="%s" fo:margin-top="%s" fo:margin-bottom="%s" '
            'fo:margin-left="%s" fo:margin-right="%s"%s %s/>'
            '<style:text-properties style:font-name="Times New Roman" fo:font-size="%s" style:font-name-asian="%s" '
            'style:font-size-asian="%s" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"%s%s %s/>'
            '</style:style>' % (name, family, par, align, indent, mt, mb, ml, mr, lhs, extra_p, size, font, size, b, c, extra_t))


def tstyle(name, font, size=None, bold=False, color=None, extra=''):
    s = ' fo:font-size="%s" style:font-size-asian="%s"' % (size, size) if size else ''
    b = ' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else ''
    c = ' fo:color="%s"' % color if color else ''
    return ('<style:style style:name="%s" style:family="text"><style:text-properties style:font-name-asian="%s"%s%s%s %s/>'
            '</style:style>' % (name, font, s, b, c, extra))


def P(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


def run_soffice(args, cwd):
    """Run soffice headless with a fresh throw-away profile (so no user settings leak in)."""
    prof = tempfile.mkdtemp(prefix='set63a_lo_')
    try:
        cmd = ['soffice', '-env:UserInstallation=file://' + prof, '--headless', '--norestore'] + args
        r = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
        if r.returncode != 0:
            raise RuntimeError('soffice failed: %r %s' % (args, r.stderr.decode('utf-8', 'replace')))
    finally:
        shutil.rmtree(prof, ignore_errors=True)


FIXED_PDF_DATE = b"D:20250226090000+08'00'"


def fix_pdf(path):
    """Make LibreOffice's PDF byte-stable: /CreationDate, /ID and /DocChecksum are the run-dependent values.
    Replacements keep byte lengths so the xref table stays valid."""
    data = open(path, 'rb').read()

    def date_sub(m):
        old = m.group(1)
        new = FIXED_PDF_DATE[:len(old)].ljust(len(old), b' ')
        return b'/CreationDate(' + new + b')'
    data = re.sub(rb"/CreationDate\(([^)]*)\)", date_sub, data)
    data = re.sub(rb"/ModDate\(([^)]*)\)", lambda m: b'/ModDate(' + FIXED_PDF_DATE[:len(m.group(1))].ljust(len(m.group(1)), b' ') + b')', data)
    h = hashlib.md5(os.path.basename(path).encode()).hexdigest().upper().encode()

    def id_sub(m):
        return b'/ID [ <' + h[:len(m.group(1))] + b'> <' + h[:len(m.group(2))] + b'> ]'
    data = re.sub(rb"/ID \[ <([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)> \]", id_sub, data)
    # LibreOffice also writes a /DocChecksum over the (dated) document; pin it the same way
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b'/DocChecksum /' + h[:len(m.group(1))], data)
    open(path, 'wb').write(data)


def fix_zip(path, date_time=(2025, 3, 18, 9, 0, 0), core_fix=None):
    """Rewrite a zip (docx) with fixed member dates; optionally rewrite docProps/core.xml."""
    src = zipfile.ZipFile(path)
    items = [(i, src.read(i.filename)) for i in src.infolist()]
    src.close()
    tmp = path + '.tmp'
    with zipfile.ZipFile(tmp, 'w') as z:
        for info, data in items:
            if core_fix and info.filename == 'docProps/core.xml':
                data = core_fix(data)
            zi = zipfile.ZipInfo(info.filename, date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    os.replace(tmp, path)
