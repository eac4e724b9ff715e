"""The years a page's furniture states, which give a date written without its year ("Tuesday 12 January") its year:
copyright lines, update and publication stamps, an issue line's month, the address (read by tui.engine.clean)."""

from __future__ import annotations

import re

from tui.engine.blocks import is_furniture
from tui.engine.copyrights import copyright_notice
from tui.engine.dates import find_date
from tui.engine.headerdates import PUBLISHED, STAMP
from tui.engine.headerlines import issue_year

_URL_YEAR = re.compile(r"/(?P<year>(?:19|20)\d\d)/")
"""A year as an address's folder ("/2021/01/12/...")."""


def furniture_years(units: list[str], url: str | None) -> set[int]:
    """Years the furniture among `units` states: copyright lines, update and publication stamps ("Updated Wednesday 13
    January 2021 to correct ..."), a masthead's issue line ("Vol. 9, No. 14 · June 2019"), and the address `url`."""
    years: set[int] = set()
    for unit in units:
        if (notice := copyright_notice(unit)) is not None:
            if notice[0] is not None:
                years.add(notice[0])
        elif ((STAMP.match(unit) or PUBLISHED.match(unit)) and is_furniture(unit)
              and (stamp := find_date(unit)) and stamp.claimed):
            years.add(int(stamp.claimed[:4]))
        elif (issue := issue_year(unit)) is not None:
            years.add(issue)
    if url and (in_url := _URL_YEAR.search(url)):
        years.add(int(in_url.group("year")))
    return years
