"""Number areas (号码归属地) for area routing (区域路由): which province and city a caller's
number belongs to, by the longest matching prefix of a table — fixed-line area codes
(`010` Beijing, `0755` Shenzhen) and mobile segments (the first 7 digits of `1xx`
numbers, `1390755`). Pure: the table comes in; the admin's imported rows come first, a
small built-in table (the demo's) behind them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = [
    "BUILTIN",
    "Area",
    "AreaTable",
    "BadArea",
    "digits_of",
    "name_key",
    "national_digits",
    "parse_csv_line",
]

PREFIX = re.compile(r"[0-9]{2,11}")
MAX_NAME = 40


class BadArea(ValueError):
    """A number-area row that cannot be used (the message says why)."""


@dataclass(frozen=True)
class Area:
    prefix: str
    province: str
    city: str = ""
    source: str = "imported"  # or "builtin"

    def as_dict(self) -> dict[str, str]:
        return {
            "prefix": self.prefix,
            "province": self.province,
            "city": self.city,
            "source": self.source,
        }


# The demo's table: area codes of large cities and a few mobile segments. A centre imports
# the full table (a few hundred thousand segments) from its data supplier.
_BUILTIN_ROWS = (
    ("010", "北京", "北京"),
    ("021", "上海", "上海"),
    ("022", "天津", "天津"),
    ("023", "重庆", "重庆"),
    ("020", "广东", "广州"),
    ("0755", "广东", "深圳"),
    ("0756", "广东", "珠海"),
    ("0757", "广东", "佛山"),
    ("0769", "广东", "东莞"),
    ("025", "江苏", "南京"),
    ("0512", "江苏", "苏州"),
    ("0571", "浙江", "杭州"),
    ("0574", "浙江", "宁波"),
    ("027", "湖北", "武汉"),
    ("028", "四川", "成都"),
    ("029", "陕西", "西安"),
    ("024", "辽宁", "沈阳"),
    ("0411", "辽宁", "大连"),
    ("0531", "山东", "济南"),
    ("0532", "山东", "青岛"),
    ("0591", "福建", "福州"),
    ("0592", "福建", "厦门"),
    ("0731", "湖南", "长沙"),
    ("0371", "河南", "郑州"),
    ("0871", "云南", "昆明"),
    ("0898", "海南", "海口"),
    ("1380013", "北京", "北京"),
    ("1391000", "北京", "北京"),
    ("1382100", "上海", "上海"),
    ("1390200", "广东", "广州"),
    ("1390755", "广东", "深圳"),
    ("1370755", "广东", "深圳"),
    ("1360571", "浙江", "杭州"),
    ("1350028", "四川", "成都"),
)
BUILTIN: tuple[Area, ...] = tuple(Area(p, prov, city, "builtin") for p, prov, city in _BUILTIN_ROWS)

# English names, so a branch may say "Guangdong" or "Shenzhen" as well as 广东 or 深圳.
ALIASES: Mapping[str, str] = {
    "北京": "Beijing",
    "上海": "Shanghai",
    "天津": "Tianjin",
    "重庆": "Chongqing",
    "广东": "Guangdong",
    "广州": "Guangzhou",
    "深圳": "Shenzhen",
    "珠海": "Zhuhai",
    "佛山": "Foshan",
    "东莞": "Dongguan",
    "江苏": "Jiangsu",
    "南京": "Nanjing",
    "苏州": "Suzhou",
    "浙江": "Zhejiang",
    "杭州": "Hangzhou",
    "宁波": "Ningbo",
    "湖北": "Hubei",
    "武汉": "Wuhan",
    "四川": "Sichuan",
    "成都": "Chengdu",
    "陕西": "Shaanxi",
    "西安": "Xi'an",
    "辽宁": "Liaoning",
    "沈阳": "Shenyang",
    "大连": "Dalian",
    "山东": "Shandong",
    "济南": "Jinan",
    "青岛": "Qingdao",
    "福建": "Fujian",
    "福州": "Fuzhou",
    "厦门": "Xiamen",
    "湖南": "Hunan",
    "长沙": "Changsha",
    "河南": "Henan",
    "郑州": "Zhengzhou",
    "云南": "Yunnan",
    "昆明": "Kunming",
    "海南": "Hainan",
    "海口": "Haikou",
}


def digits_of(number: str | None) -> str:
    """The number's digits with a leading +86 / 0086 dropped ("" for none)."""
    text = number or ""
    digits = re.sub(r"\D", "", text)
    if text.lstrip().startswith("+86"):
        return digits[2:]
    if digits.startswith("0086"):
        return digits[4:]
    return digits


def national_digits(number: str | None) -> str:
    """The number as dialled inside China: after +86 / 0086 a landline gets its trunk 0
    back (`+86 10 6552 9988` → `01065529988`); mobiles (11 digits from 1) stay."""
    digits = digits_of(number)
    text = re.sub(r"[\s\-()]", "", number or "")
    international = text.startswith("+86") or text.startswith("0086")
    if international and digits and not (len(digits) == 11 and digits.startswith("1")):
        return "0" + digits
    return digits


def name_key(name: str) -> str:
    """How names compare: case, spaces, `'` and `-` ignored; a trailing 省 / 市 dropped
    ("广东省" = "广东", "Xi'an" = "xian")."""
    key = re.sub(r"[\s'’\-]", "", name).casefold()
    for suffix in ("省", "市"):
        if len(key) > 1 and key.endswith(suffix):
            key = key[: -len(suffix)]
    return key


def _keys(name: str) -> set[str]:
    if not name:
        return set()
    keys = {name_key(name)}
    alias = ALIASES.get(name_key(name))
    if alias:
        keys.add(name_key(alias))
    return keys


class AreaTable:
    """Prefix → area; `lookup` is the longest prefix of the number (imported rows first,
    then the built-in ones)."""

    def __init__(self, imported: Iterable[Area] = (), builtin: Iterable[Area] = BUILTIN) -> None:
        self._imported = {a.prefix: a for a in imported}
        self._builtin = {a.prefix: a for a in builtin}
        self._names: set[str] = set()
        for area in (*self._imported.values(), *self._builtin.values()):
            self._names |= _keys(area.province) | _keys(area.city)

    def __len__(self) -> int:
        return len(self._imported)

    @property
    def imported(self) -> list[Area]:
        return sorted(self._imported.values(), key=lambda a: a.prefix)

    @property
    def builtin(self) -> list[Area]:
        return sorted(self._builtin.values(), key=lambda a: a.prefix)

    def knows(self, name: str) -> bool:
        """Whether `name` is a province or city of the table (or its English name)."""
        return name_key(name) in self._names

    def lookup(self, number: str | None) -> Area | None:
        digits = national_digits(number)
        for table in (self._imported, self._builtin):
            for n in range(min(len(digits), 12), 1, -1):
                area = table.get(digits[:n])
                if area is not None:
                    return area
        return None

    def matches(self, area: Area, name: str) -> str | None:
        """ "city" or "province" when `name` names the area's city or province, else None."""
        key = name_key(name)
        if key in _keys(area.city):
            return "city"
        if key in _keys(area.province):
            return "province"
        return None


def check_name(name: str) -> str:
    text = name.strip()
    if not text:
        raise BadArea("a province or city name is needed")
    if len(text) > MAX_NAME:
        raise BadArea(f"a name has at most {MAX_NAME} characters")
    if re.search(r"[0-9,;\"\x00-\x1f]", text):
        raise BadArea(f"not a place name: {text!r}")
    return text


def check_row(prefix: str, province: str, city: str) -> Area:
    p = prefix.strip()
    if not PREFIX.fullmatch(p):
        raise BadArea(f"the prefix {p!r} is not 2-11 digits (an area code or a mobile segment)")
    return Area(p, check_name(province), check_name(city) if city.strip() else "")


def parse_csv_line(text: str) -> Area:
    """`prefix,province,city` (city may be empty)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) not in (2, 3):
        raise BadArea(f"expected prefix,province,city; got {len(parts)} field(s)")
    return check_row(parts[0], parts[1], parts[2] if len(parts) == 3 else "")
