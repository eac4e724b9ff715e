"""Moving an article between events: `set_pin` writes one `[[events.pin]]` correction.

The last pin on an article wins when the file is read (`tui.config.paths.pins_for`),
so setting a pin replaces the article's earlier ones in place.
"""

from __future__ import annotations

from typing import Any

from tui.config.edit import Document
from tui.config.errors import ConfigWriteError
from tui.config.model import Config, Pin
from tui.config.paths import stored_matches
from tui.config.schema import PIN_KEY
from tui.config.write import update_config


def set_pin(config: Config, article: str, *, with_: str | None) -> Pin:
    """Pin `article` into `with_`'s event, or alone (with_=None). Replaces its earlier pin."""
    if with_ is not None and with_ == article:
        raise ConfigWriteError(config.path, "an article cannot be pinned with itself")
    values: dict[str, Any] = {"article": article}
    if with_ is None:
        values["alone"] = True
    else:
        values["with"] = with_

    def edit(doc: Document) -> Pin:
        hits = [i for i, e in enumerate(doc.entries(PIN_KEY))
                if isinstance(e.get("article"), str) and stored_matches(e["article"], article, config.folder)]
        if hits:
            for index in reversed(hits[1:]):
                doc.remove(PIN_KEY, index)
            doc.replace(PIN_KEY, hits[0], values)
        else:
            doc.append(PIN_KEY, values)
        return Pin(article, with_)

    return update_config(config, edit)
