"""Pins (`[[events.pin]]`): written into a hand-edited config without touching the rest, read
back as the same links, honoured by the grouping, and refused on an article pinned to itself."""

from __future__ import annotations

from pathlib import Path

import pytest
import tomli

from tests.bookmark_files import SEEDS, copy_config, only_inserted
from tests.conftest import ROOT
from tui.config import ConfigWriteError, pins_for, read_config, set_pin


def test_pins_round_trip_and_feed_the_grouping(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    original = path.read_text(encoding="utf-8")
    config = read_config(path)
    assert [(p.article, p.with_) for p in config.pins] == [(SEEDS[4], None)]
    set_pin(config, SEEDS[2], with_=SEEDS[0])
    set_pin(config, SEEDS[1], with_=SEEDS[3])
    set_pin(config, SEEDS[1], with_=SEEDS[2])  # moved again: replaces its earlier pin
    text = path.read_text(encoding="utf-8")
    only_inserted(original, text, "[[events.pin]]", ("article", "with", "alone"))
    config = read_config(path)
    assert config.issues == ()
    assert [(p.article, p.with_) for p in config.pins] == [(SEEDS[4], None), (SEEDS[2], SEEDS[0]),
                                                          (SEEDS[1], SEEDS[2])]
    # given as absolute paths by a caller, matched all the same
    absolute = [str(ROOT / s) for s in SEEDS]
    links = pins_for(config, absolute, cwd=ROOT)
    assert links == {absolute[4]: None, absolute[2]: absolute[0], absolute[1]: absolute[2]}
    # the engine honours them: 002 into 000's event, 001 after 002, 004 alone
    from tui.engine.corpus import read_article
    from tui.engine.events import group_events

    articles = [read_article(ROOT / s, shown=s)[0] for s in SEEDS]
    events = group_events(articles, pins=pins_for(config, SEEDS, cwd=ROOT))
    groups = sorted(sorted(a.path for a in e.articles) for e in events)
    assert groups == [sorted(SEEDS[:4]), [SEEDS[4]]]
    # and survive a restart: read again from disk
    assert read_config(path).pins == config.pins
    set_pin(read_config(path), SEEDS[4], with_=SEEDS[0])  # alone -> with, in place
    assert [(p.article, p.with_) for p in read_config(path).pins] == [(SEEDS[4], SEEDS[0]), (SEEDS[2], SEEDS[0]),
                                                                     (SEEDS[1], SEEDS[2])]


def test_a_pin_on_itself_is_refused(tmp_path: Path) -> None:
    path = copy_config(tmp_path)
    with pytest.raises(ConfigWriteError):
        set_pin(read_config(path), SEEDS[0], with_=SEEDS[0])


def test_pins_in_a_fresh_file_make_an_events_pin_array(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[events]\n# corrections below\n", encoding="utf-8")
    set_pin(read_config(path), "a.txt", with_=None)
    data = tomli.loads(path.read_text(encoding="utf-8"))
    assert data == {"events": {"pin": [{"article": "a.txt", "alone": True}]}}
    assert path.read_text(encoding="utf-8").startswith("[events]\n# corrections below\n")
