#!/usr/bin/env python3
"""Generates the Flyway migration that loads Khánh Hòa's units before and after the 2025 reform.

Input: the official lists in survey-api/src/main/resources/db/units/ (see the README there).
Output: survey-api/src/main/resources/db/migration/V3__units_khanh_hoa_2025.sql

Run it only when those lists change, and commit both: the migration is what ships, and a
migration that has run is never edited (write a new one instead).

Unit codes are readable ASCII, stable and unique across eras, because official codes are
reused by the new units and names repeat (huyện Cam Lâm vs xã Cam Lâm):
  province            khanh-hoa, ninh-thuan
  provincial agency   khanh-hoa.so-noi-vu
  district (to 2025)  khanh-hoa.tp-nha-trang
  commune  (to 2025)  khanh-hoa.tp-nha-trang.p-vinh-hoa
  commune (from 2025) khanh-hoa.p-bac-nha-trang
"""
import csv
import pathlib
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
UNITS = ROOT / "survey-api/src/main/resources/db/units"
OUT = ROOT / "survey-api/src/main/resources/db/migration/V3__units_khanh_hoa_2025.sql"

REFORM_DAY = "2025-07-01"
LAST_OLD_DAY = "2025-06-30"

TYPE_ABBREVIATION = {
    "thành phố": "tp", "thị xã": "tx", "huyện": "h",
    "phường": "p", "xã": "x", "thị trấn": "tt", "đặc khu": "dk",
}

# Provincial agencies of Khánh Hòa as listed in seed 004 (report 2850/BC-SNV, 2017), names
# spelled as in seeds 002 and 003. Their 2025 mergers are not in the official lists; they are
# recorded through the API when the province confirms them (docs/units.md).
DEPARTMENTS = [
    ("van-phong-ubnd", "Văn phòng UBND tỉnh"),
    ("thanh-tra", "Thanh tra tỉnh"),
    ("so-noi-vu", "Sở Nội vụ"),
    ("so-ngoai-vu", "Sở Ngoại vụ"),
    ("so-tu-phap", "Sở Tư pháp"),
    ("so-tai-chinh", "Sở Tài chính"),
    ("so-cong-thuong", "Sở Công Thương"),
    ("so-ke-hoach-dau-tu", "Sở Kế hoạch và Đầu tư"),
    ("so-khoa-hoc-cong-nghe", "Sở Khoa học và Công nghệ"),
    ("so-xay-dung", "Sở Xây dựng"),
    ("so-thong-tin-truyen-thong", "Sở Thông tin và Truyền thông"),
    ("so-tai-nguyen-moi-truong", "Sở Tài nguyên và Môi trường"),
    ("so-giao-thong-van-tai", "Sở Giao thông vận tải"),
    ("so-van-hoa-the-thao", "Sở Văn hóa và Thể thao"),
    ("so-du-lich", "Sở Du lịch"),
    ("so-giao-duc-dao-tao", "Sở Giáo dục và Đào tạo"),
    ("so-lao-dong-tbxh", "Sở Lao động - Thương binh và Xã hội"),
    ("so-nong-nghiep-ptnt", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("so-y-te", "Sở Y tế"),
    ("bql-kkt-van-phong", "Ban Quản lý Khu kinh tế Vân Phong"),
    ("ban-dan-toc", "Ban Dân tộc"),
]
# Agencies of the central government that serve citizens in the province (seed 004 lists them).
OTHER_AGENCIES = [
    ("cuc-thue", "Cục Thuế tỉnh"),
    ("cuc-hai-quan", "Cục Hải quan"),
    ("cong-an", "Công an tỉnh"),
    ("kho-bac", "Kho bạc Nhà nước tỉnh"),
    ("ngan-hang-nha-nuoc", "Ngân hàng Nhà nước chi nhánh tỉnh"),
    ("bao-hiem-xa-hoi", "Bảo hiểm xã hội tỉnh"),
]


def slug(text):
    text = text.replace("Đ", "D").replace("đ", "d")
    ascii_text = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode()
    out = "".join(c if c.isalnum() else "-" for c in ascii_text.lower())
    return "-".join(part for part in out.split("-") if part)


def display_name(kind, name):
    return f"{kind[0].upper()}{kind[1:]} {name}"


def sql(value):
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


class Units:
    def __init__(self):
        self.rows = []
        self.by_code = {}

    def add(self, code, official, name, kind, level, parent, valid_from, valid_to, end_reason=None):
        assert code not in self.by_code, f"duplicate unit code {code}"
        unit_id = len(self.rows) + 1
        path = (self.by_code[parent]["path"] if parent else "/") + f"{unit_id}/"
        row = dict(id=unit_id, code=code, official=official, name=name, kind=kind, level=level,
                   parent=self.by_code[parent]["id"] if parent else None, path=path,
                   valid_from=valid_from, valid_to=valid_to, end_reason=end_reason)
        self.rows.append(row)
        self.by_code[code] = row
        return code


def main():
    units = Units()
    kh = units.add("khanh-hoa", "56", "Tỉnh Khánh Hòa", "tỉnh", "PROVINCE", None, None, None)
    nt = units.add("ninh-thuan", "58", "Tỉnh Ninh Thuận", "tỉnh", "PROVINCE", None, None,
                   LAST_OLD_DAY, "Hợp nhất vào tỉnh Khánh Hòa từ 01/7/2025")
    for suffix, name in DEPARTMENTS:
        units.add(f"{kh}.{suffix}", None, name, "cơ quan cấp tỉnh", "DEPARTMENT", kh, None, None)
    for suffix, name in OTHER_AGENCIES:
        units.add(f"{kh}.{suffix}", None, name, "cơ quan ngành dọc", "OTHER", kh, None, None)

    old_by_official = {}
    with open(UNITS / "units-before-2025-07-01.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            province = kh if r["province_code"] == "56" else nt
            district = f"{province}.{TYPE_ABBREVIATION[r['district_type']]}-{slug(r['district_name'])}"
            if district not in units.by_code:
                units.add(district, r["district_code"], display_name(r["district_type"], r["district_name"]),
                          r["district_type"], "DISTRICT", province, None, LAST_OLD_DAY,
                          "Kết thúc hoạt động cấp huyện từ 01/7/2025")
            code = f"{district}.{TYPE_ABBREVIATION[r['type']]}-{slug(r['name'])}"
            old_by_official[r["code"]] = units.add(
                code, r["code"], display_name(r["type"], r["name"]), r["type"], "COMMUNE", district,
                None, LAST_OLD_DAY, "Sắp xếp đơn vị hành chính cấp xã từ 01/7/2025")

    new_by_official = {}
    with open(UNITS / "khanhhoa-units-from-2025-07-01.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = f"{kh}.{TYPE_ABBREVIATION[r['type']]}-{slug(r['name'])}"
            new_by_official[r["code"]] = units.add(
                code, r["code"], display_name(r["type"], r["name"]), r["type"], "COMMUNE", kh,
                REFORM_DAY, None)

    links = [(units.by_code[nt]["id"], units.by_code[kh]["id"], "WHOLE")]
    with open(UNITS / "khanhhoa-lineage-2025-07-01.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            links.append((units.by_code[old_by_official[r["old_code"]]]["id"],
                          units.by_code[new_by_official[r["new_code"]]]["id"], r["share"].upper()))

    lines = [
        "-- Generated by tools/generate_unit_migration.py from db/units/*.csv: do not edit by hand.",
        "-- Khánh Hòa and Ninh Thuận until 2025-06-30 (province, provincial agencies, districts, communes)",
        "-- and the merged Khánh Hòa from 2025-07-01 (65 communes directly under the province), with lineage.",
        "INSERT INTO unit (id, code, official_code, name, kind, level, parent_id, path, valid_from, valid_to, end_reason) VALUES",
    ]
    values = [
        "(" + ", ".join(sql(r[k]) for k in ("id", "code", "official", "name", "kind", "level", "parent",
                                             "path", "valid_from", "valid_to", "end_reason")) + ")"
        for r in units.rows
    ]
    lines.append(",\n".join(values) + ";")
    lines.append("INSERT INTO unit_lineage (predecessor_id, successor_id, share) VALUES")
    lines.append(",\n".join(f"({p}, {s}, '{share}')" for p, s, share in links) + ";")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(units.rows)} units, {len(links)} lineage links -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
