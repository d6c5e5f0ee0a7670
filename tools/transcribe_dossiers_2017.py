#!/usr/bin/env python3
"""Transcribes seed 004's Q3/2017 dossier tables (Phụ lục V: departments, districts, communes) into
the import format of docs/dossiers.md, mapped to the unit codes of V3 (the units as they were
before 2025-07-01). Rows whose unit is not in our unit lists (merged between 2017 and 2024) are
listed on stderr and left out. Usage: transcribe_dossiers_2017.py SEED.txt V3.sql > sample.csv"""
import re
import sys
import unicodedata

seed, migration = sys.argv[1], sys.argv[2]


def fold(text):
    text = text.replace('đ', 'd').replace('Đ', 'D')
    text = unicodedata.normalize('NFD', text)
    return ''.join(c for c in text if unicodedata.category(c) != 'Mn').lower().strip()


units = {}  # (parent code or '', folded name) -> code
for code, name, parent in re.findall(r"\(\d+, '([^']+)', [^,]+, '([^']+)', '[^']*', '[A-Z]+', (\d+|NULL)", open(migration, encoding='utf-8').read()):
    units[code] = name
by_name = {}
for code, name in units.items():
    if not code.startswith('khanh-hoa'):
        continue
    parent = code.rsplit('.', 1)[0] if code.count('.') == 2 else ''
    by_name[(parent, fold(name))] = code

DEPARTMENT_NAMES = {
    'so nong nghiep va phat trien nt': 'so nong nghiep va phat trien nong thon',
}
DISTRICT_PREFIX = {'huyen': 'Huyện', 'thi xa': 'Thị xã', 'thanh pho': 'Thành phố'}

lines = open(seed, encoding='utf-8').read().split('\n')
start = next(i for i, l in enumerate(lines) if l.startswith('Phụ lục V'))
end = next(i for i, l in enumerate(lines) if l.startswith('Phụ lục VI'))
block, district = None, None
out = ['ma_don_vi,ten_don_vi,ky,tiep_nhan,ky_truoc_chuyen_sang,truc_tuyen,truc_tiep_buu_chinh,'
       'da_giai_quyet,som_han,dung_han,tre_han,chua_giai_quyet,trong_han,qua_han']
missing = []
for line in lines[start:end]:
    cells = line.split('\t')
    head = cells[0].strip()
    if head.startswith('I. Khối cơ quan sở'):
        block = 'department'
    elif head.startswith('II. Khối UBND cấp huyện'):
        block = 'district'
    elif head.startswith('III.'):
        block = 'commune'
    m = re.match(r'Các đơn vị cấp xã thuộc UBND (.+)$', head)
    if m:
        folded = fold(m.group(1))
        district = next(c for (p, n), c in by_name.items() if p == '' and n == folded)
        continue
    if not re.fullmatch(r'\d+', head) or len(cells) < 12:
        continue
    name = cells[1].strip()
    figures = [cells[i].strip() for i in (2, 3, 5, 7, 9, 11)]
    if block == 'department':
        folded = DEPARTMENT_NAMES.get(fold(name), fold(name))
        code = by_name.get(('', folded))
    elif block == 'district':
        code = by_name.get(('', fold(name)))
    else:
        bare = re.sub(r'^UBND\s+', '', name, flags=re.I)
        code = by_name.get((district, fold(bare)))
    if code is None:
        missing.append(f'{name} ({district or block})')
        continue
    received, resolved, early, on_time, late, pending = figures
    out.append(','.join([code, '"' + units[code] + '"', '2017-Q3', received, '', '', '', resolved,
                         early, on_time, late, pending, '', '']))
print('\n'.join(out))
print('not in the unit lists: ' + '; '.join(missing), file=sys.stderr)
