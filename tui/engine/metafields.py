"""What one line of a page's furniture states (MetaLine), and the line a Chinese page writes it in, field by field
with a label before each ("来源：青岚日报　作者：记者 宋雨桐　发布时间：2019-06-18 09:40"); tui.engine.metaline reads
the other forms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.engine.bylines import byline
from tui.engine.dates import StatedDate, stated_date
from tui.engine.meta import is_masthead


@dataclass(frozen=True, slots=True)
class MetaLine:
    """What one line of furniture under a title states: outlet, author and date, None when unsure."""

    outlet: str | None
    author: str | None
    date: StatedDate | None


_CHINESE_LABEL = r"(?:来源|來源|作者|记者|記者|发布时间|發佈時間|发布日期|發布日期|时间|時間|日期)"
_CHINESE_FIELD = re.compile(
    rf"(?P<label>{_CHINESE_LABEL})\s*[:：]\s*(?P<value>.+?)\s*(?=\s{_CHINESE_LABEL}\s*[:：]|[|｜【]|$)")
"""A field of a Chinese page's line of source, author and time ("来源：青岚日报", "作者：记者 宋雨桐",
"发布时间：2019-06-18 09:40"), up to the next label, a bar or a bracketed button."""


def opening_chinese_fields(text: str) -> MetaLine | None:
    """A Chinese page's line of labelled fields ("来源：青岚日报　作者：记者 宋雨桐　发布时间：2019-06-18 09:40"): None
    unless it opens with one, two at least are there and one is understood (a source that is no masthead is left
    unread); what follows them (a font size's buttons) is passed over."""
    if not re.match(rf"\s*{_CHINESE_LABEL}\s*[:：]", text):
        return None
    outlet = author = None
    when: StatedDate | None = None
    read = 0
    for field in _CHINESE_FIELD.finditer(text):
        label, value = field["label"], field["value"].strip()
        if label in ("来源", "來源"):
            outlet = value if is_masthead(value) else None
        elif label in ("作者", "记者", "記者"):
            author = byline(f"{label}：{value}")
        else:
            when = stated_date(value)
        read += 1
    understood = sum(field is not None for field in (outlet, author, when))
    return MetaLine(outlet=outlet, author=author, date=when) if understood and read >= 2 else None


def chinese_fields(text: str) -> MetaLine | None:
    """The labelled fields of a Chinese page's line (opening_chinese_fields) from the first label on, whatever stands
    before it ("2022-01-11 07:30 来源：汀澜网 作者：记者 邓思远", a line of a page's furniture)."""
    found = re.search(rf"{_CHINESE_LABEL}\s*[:：]", text)
    return opening_chinese_fields(text[found.start():]) if found is not None else None
