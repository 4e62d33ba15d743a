"""More hand-written question pairs, in categories, for training and evaluating the verifier.

Written for this project from templates and slot fillers chosen by hand (no sentence comes
from an evaluation data set). Each category crosses a few templates with a few fillers, so the
pairs are many and every one is reproducible. ``split(pairs)`` puts a fixed quarter of them
(by hash) in the held-out part the training script never fits or tunes on.
"""

from __future__ import annotations

import hashlib
import itertools

Pair = tuple[str, str]

_TASKS = [
    "learn to swim",
    "fix a leaking tap",
    "write a cover letter",
    "train my puppy",
    "bake sourdough bread",
    "clean my laptop keyboard",
    "improve my posture",
    "prepare for a job interview",
    "grow basil indoors",
    "reduce my electricity bill",
    "back up my phone",
    "remove rust from a bike chain",
    "get better at chess",
    "memorise a speech",
    "speed up my old computer",
    "paint a bedroom wall",
]
_OPENERS = [
    ("How do I {t}?", "How can I {t}?"),
    ("How do I {t}?", "What is the best way to {t}?"),
    ("What's the easiest way to {t}?", "How can I easily {t}?"),
    ("Can you tell me how to {t}?", "How should I {t}?"),
    ("Any tips to {t}?", "How do I {t}?"),
    ("I want to {t}. How?", "How do I {t}?"),
]
_REORDER = [
    ("In Python, how do I {x}?", "How do I {x} in Python?"),
    ("Using Excel, how can I {x}?", "How can I {x} using Excel?"),
    ("On Linux, how do I {x}?", "How do I {x} on Linux?"),
]
_TECH = ["sort a list", "remove duplicates", "merge two tables", "count words in a file", "rename many files"]
_SYNONYMS = [
    ("How can I lose weight {a}?", "How can I lose weight {b}?", [("fast", "quickly")]),
    ("Which {a} should I buy for travel?", "Which {b} should I purchase for travel?", [("camera", "camera")]),
    ("What is a good {a} to watch tonight?", "What's a good {b} to watch tonight?", [("movie", "film")]),
    ("How do I {a} a broken zipper?", "How can I {b} a broken zipper?", [("fix", "repair")]),
    ("When should I {a} learning piano?", "When should I {b} learning piano?", [("start", "begin")]),
    ("What are the {a} of remote work?", "What are the {b} of working remotely?", [("benefits", "advantages")]),
]
_ASKS = [
    ("What is the capital of {a}?", "Which city is the capital of {a}?"),
    ("Who wrote {a}?", "Who is the author of {a}?"),
    ("What is the population of {a}?", "How many people live in {a}?"),
    ("How tall is {a}?", "What is the height of {a}?"),
]
_PLACES = ["France", "Japan", "Kenya", "Peru", "Norway", "Vietnam"]
_BOOKS = ["Hamlet", "Dracula", "Frankenstein", "Ulysses"]
_TALL = ["the Eiffel Tower", "Mount Everest", "the Burj Khalifa", "Big Ben"]


def _paraphrases() -> dict[str, list[Pair]]:
    cats: dict[str, list[Pair]] = {
        "opener": [(a.format(t=t), b.format(t=t)) for (a, b), t in itertools.product(_OPENERS, _TASKS)],
        "reorder": [(a.format(x=x), b.format(x=x)) for (a, b), x in itertools.product(_REORDER, _TECH)],
        "synonym": [(a.format(a=x), b.format(b=y)) for a, b, subs in _SYNONYMS for x, y in subs],
        "question_form": [(a.format(a=p), b.format(a=p)) for a, b in _ASKS[:1] for p in _PLACES]
        + [(a.format(a=p), b.format(a=p)) for a, b in _ASKS[1:2] for p in _BOOKS]
        + [(a.format(a=p), b.format(a=p)) for a, b in _ASKS[2:3] for p in _PLACES]
        + [(a.format(a=p), b.format(a=p)) for a, b in _ASKS[3:] for p in _TALL],
        "politeness": [(f"Please explain how to {t}.", f"Explain how to {t}, thanks!") for t in _TASKS],
        "plural_tense": [
            (f"How did people {t} in the past?", f"How do people {t}?") for t in _TASKS[:0]
        ]  # tense changes the answer: deliberately none
        + [(f"How do I {t}?", f"How would I {t}?") for t in _TASKS[:8]],
    }
    return cats


_UNITS = [("kilometres", "miles"), ("celsius", "fahrenheit"), ("pounds", "kilograms"), ("euros", "dollars")]
_ROUTES = [("London", "Paris"), ("Tokyo", "Osaka"), ("Berlin", "Munich"), ("Boston", "Chicago"), ("Lima", "Quito")]
_ACCOUNTS = [("savings", "current"), ("checking", "savings"), ("personal", "business")]
_COMPARE = [("a lion", "a tiger"), ("Python", "Java"), ("a cat", "a dog"), ("Mars", "Venus")]
_NUMBERS = [("5", "50"), ("10", "100"), ("3", "30"), ("12", "21"), ("2", "20")]
_TIMES = [("7am", "7pm"), ("6 am", "6 pm"), ("9:30 am", "9:30 pm"), ("noon", "midnight")]
_DIRS = [
    ("Best phones under {n} dollars?", "Best phones over {n} dollars?"),
    ("Which cities are above sea level by {n} metres?", "Which cities are below sea level by {n} metres?"),
    ("What happens if I cancel within {n} days?", "What happens if I cancel after {n} days?"),
    ("How do I increase the font size in Word?", "How do I decrease the font size in Word?"),
    ("How do I import contacts to Gmail?", "How do I export contacts from Gmail?"),
    ("How do I upload photos to Google Drive?", "How do I download photos from Google Drive?"),
    ("What should I eat before a run?", "What should I eat after a run?"),
    ("How do I turn left at a roundabout?", "How do I turn right at a roundabout?"),
    ("What is the maximum dose of ibuprofen?", "What is the minimum dose of ibuprofen?"),
    ("Why is the north pole colder than the equator?", "Why is the south pole colder than the equator?"),
    ("How do I zoom in on a Mac?", "How do I zoom out on a Mac?"),
    ("Is it safe to buy bitcoin now?", "Is it safe to sell bitcoin now?"),
]
_NEGATE = [
    ("Can I travel to Canada with a criminal record?", "Can I travel to Canada without a criminal record?"),
    ("Why do some people like spicy food?", "Why do some people not like spicy food?"),
    ("Is it legal to record a phone call?", "Is it illegal to record a phone call?"),
    ("Should I use a VPN at home?", "Should I never use a VPN at home?"),
    ("What foods are healthy for dogs?", "What foods are unhealthy for dogs?"),
    ("Is coffee good for the heart?", "Is coffee bad for the heart?"),
    ("Can I take ibuprofen with food?", "Can I take ibuprofen without food?"),
    ("Is it possible to learn Japanese in a year?", "Is it impossible to learn Japanese in a year?"),
]
_ENTITIES = [
    ("Who is the CEO of {a}?", ["Apple", "Microsoft", "Tesla", "Nvidia"]),
    ("What is the capital of {a}?", _PLACES),
    ("How do I install {a} on Windows?", ["Docker", "Python", "Node", "Postgres"]),
    ("What is the time zone of {a}?", ["Chicago", "Denver", "Sydney", "Madrid"]),
]
_SUBJECTS = [
    ("How long should I boil {a}?", ["rice", "pasta", "eggs", "potatoes"]),
    ("Is {a} good for weight loss?", ["oatmeal", "rice", "yogurt", "bread"]),
    ("How often should I water a {a}?", ["cactus", "fern", "orchid", "bonsai"]),
]


def _traps() -> dict[str, list[Pair]]:
    return {
        "swap_units": [(f"Convert 10 {x} to {y}", f"Convert 10 {y} to {x}") for x, y in _UNITS],
        "swap_route": [
            (f"How long is the train from {x} to {y}?", f"How long is the train from {y} to {x}?") for x, y in _ROUTES
        ],
        "swap_account": [
            (
                f"How do I transfer money from my {x} account to my {y} account?",
                f"How do I transfer money from my {y} account to my {x} account?",
            )
            for x, y in _ACCOUNTS
        ],
        "swap_compare": [(f"Is {x} faster than {y}?", f"Is {y} faster than {x}?") for x, y in _COMPARE],
        "numbers": [(f"What is {x} percent of 200?", f"What is {y} percent of 200?") for x, y in _NUMBERS]
        + [(f"How many calories are in {x} eggs?", f"How many calories are in {y} eggs?") for x, y in _NUMBERS],
        "times": [(f"Set an alarm for {x} tomorrow", f"Set an alarm for {y} tomorrow") for x, y in _TIMES]
        + [(f"Is the pharmacy open at {x}?", f"Is the pharmacy open at {y}?") for x, y in _TIMES],
        "directions": [(a.format(n=n), b.format(n=n)) for a, b in _DIRS for n in ("100", "500")],
        "negation": list(_NEGATE),
        "entities": [
            (t.format(a=x), t.format(a=y)) for t, names in _ENTITIES for x, y in itertools.combinations(names, 2)
        ],
        "subjects": [
            (t.format(a=x), t.format(a=y)) for t, names in _SUBJECTS for x, y in itertools.combinations(names, 2)
        ],
    }


PARAPHRASE_CATEGORIES: dict[str, list[Pair]] = _paraphrases()
TRAP_CATEGORIES: dict[str, list[Pair]] = _traps()


def held_out(pair: Pair) -> bool:
    """A fixed quarter of the pairs, by hash: never fitted or tuned on."""
    return hashlib.sha1(f"{pair[0]}|{pair[1]}".encode()).digest()[0] % 4 == 0


def split(pairs: list[Pair]) -> tuple[list[Pair], list[Pair]]:
    """(training part, held-out part)."""
    return [p for p in pairs if not held_out(p)], [p for p in pairs if held_out(p)]
