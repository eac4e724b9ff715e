"""The US state a headline places its happening in ("Kansas police: 29-year-old man killed early Thursday", "Man killed
in Ohio shooting; no arrest"): two reports whose headlines name other states tell of two happenings, however alike a
wire service's words make them (casualties.disagree). Across a country's news, two first reports giving one age and
one weekday (casualties.agree) are common enough by chance; their states tell them apart.

A state's name is read only where a headline uses it as a place: after "in", "into", "from" and the like, unless a
place's own name goes on ("in Kansas City", "in Virginia Beach"), or opening a headline's part before the police, the
people or the shooting of that state ("Georgia man shot ...", "Ohio police: ..."). "Georgia Smith" and "Washington
Avenue" name no state."""

from __future__ import annotations

import re

STATE = "state "
"""A fact's prefix for the state a headline names ("state west virginia")."""

STATE_NAMES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
)
_NAMES = "|".join(sorted(STATE_NAMES, key=len, reverse=True))  # "West Virginia" before "Virginia"
_PLACE_GOES_ON = (r"(?!['’]|\s+(?:City|Beach|Heights|Park|State|University|County|Township|Avenue|Street|Road"
                  r"|Boulevard|Lane|Drive|Square|Hall|Center|Bridge|Creek|River|Lake|Springs|Rapids|Falls)\b)")
"""What makes a state's name part of another place's ("Kansas City", "Washington Avenue", "Ohio State")."""
_IN_STATE = re.compile(rf"\b(?i:in|into|across|from|near|outside|throughout)\s+({_NAMES})\b{_PLACE_GOES_ON}")
_STATES_OWN = re.compile(rf"(?:^|[:;|–—]\s*|\s-\s+)({_NAMES})\s+(?i:police|man|men|woman|women|teens?|boys?|girls?"
                         r"|officers?|deputy|deputies|troopers?|authorities|sheriff|coroner|student|mother|father"
                         r"|family|shooting)\b")


def headline_states(title: str) -> set[str]:
    """The STATE facts of the states a headline names as places (see the module's docstring)."""
    return {f"{STATE}{found.group(1).lower()}" for pattern in (_IN_STATE, _STATES_OWN)
            for found in pattern.finditer(title)}
