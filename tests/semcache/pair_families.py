"""Hand-written question families for the pair verifier, split by whole family.

Written for this project (no sentence comes from an evaluation data set). A *family* is one way
of rewording a question (or of changing what it asks) crossed with a few subjects, so its pairs
share a template; a verifier that learned a family's template would look good on its other
pairs and tell us nothing about wordings it never saw. So the split is by family:
:func:`held_out_family` puts a fixed third of the families (by hash of the name) in the
held-out part that ``make train-semcache`` never fits or tunes on, and the training script's
out-of-fold tuning keeps each family in one fold.

Categories: paraphrases reword the question (synonyms, word order, register, question form,
added courtesy); traps change the answer while keeping most words (swapped entities, other
numbers, negation, other times, the other direction, another subject).
"""

from __future__ import annotations

import hashlib

Pair = tuple[str, str]


def _fill(a: str, b: str, subjects: list[str]) -> list[Pair]:
    return [(a.format(s=s), b.format(s=s)) for s in subjects]


def _swap(template: str, pairs: list[tuple[str, str]]) -> list[Pair]:
    return [(template.format(x=x, y=y), template.format(x=y, y=x)) for x, y in pairs]


def _vary(template: str, pairs: list[tuple[str, str]]) -> list[Pair]:
    return [(template.format(v=x), template.format(v=y)) for x, y in pairs]


_CHORES = ["descale a kettle", "defrost a freezer", "unclog a sink", "hang a picture frame", "iron a shirt"]
_SKILLS = ["juggle", "touch type", "play the ukulele", "knit a scarf", "solve a Rubik's cube"]
_TOOLS_SW = ["Git", "Docker", "Excel", "Photoshop", "Slack"]
_FOODS = ["lentils", "quinoa", "brown rice", "chickpeas", "salmon"]
_COUNTRIES = ["Chile", "Portugal", "Egypt", "Thailand", "Canada"]
_ANIMALS = ["hamster", "parrot", "goldfish", "rabbit", "tortoise"]

#: family name -> (category, pairs); every pair asks the same question twice.
PARAPHRASE_FAMILIES: dict[str, tuple[str, list[Pair]]] = {
    "ways_to": ("opener", _fill("What are some ways to {s}?", "How can I {s}?", _CHORES)),
    "steps_for": ("opener", _fill("What are the steps to {s}?", "How do you {s}?", _CHORES)),
    "help_me": ("register", _fill("Could you help me {s}?", "How do I {s}?", _CHORES)),
    "need_to": ("register", _fill("I need to {s}, how do I do it?", "How do I {s}?", _CHORES)),
    "learn_fast": ("synonym", _fill("How can I learn to {s} quickly?", "How can I learn to {s} fast?", _SKILLS)),
    "begin_skill": ("synonym", _fill("How do I begin to {s}?", "How do I start to {s}?", _SKILLS)),
    "teach_myself": (
        "question_form",
        _fill("Can I teach myself to {s}?", "Is it possible to learn to {s} alone?", _SKILLS),
    ),
    "hard_to_learn": ("question_form", _fill("Is it hard to learn to {s}?", "Is learning to {s} difficult?", _SKILLS)),
    "use_tool": ("opener", _fill("How do I use {s}?", "How should I use {s}?", _TOOLS_SW)),
    "tool_for_beginners": (
        "register",
        _fill("How do beginners use {s}?", "How do I use {s} as a beginner?", _TOOLS_SW),
    ),
    "tool_good": ("synonym", _fill("What is {s} good for?", "What is {s} useful for?", _TOOLS_SW)),
    "cook_food": ("synonym", _fill("How do I cook {s}?", "How do I prepare {s}?", _FOODS)),
    "food_healthy": ("question_form", _fill("Are {s} healthy?", "Are {s} good for your health?", _FOODS)),
    "food_protein": (
        "question_form",
        _fill("How much protein is in {s}?", "What is the protein content of {s}?", _FOODS),
    ),
    "food_store": (
        "reorder",
        _fill("How long can cooked {s} be kept in the fridge?", "In the fridge, how long do cooked {s} keep?", _FOODS),
    ),
    "visit_country": (
        "synonym",
        _fill("What is the best time to visit {s}?", "When is the best time to visit {s}?", _COUNTRIES),
    ),
    "country_language": (
        "question_form",
        _fill("What language do people speak in {s}?", "What is the language of {s}?", _COUNTRIES),
    ),
    "country_currency": (
        "question_form",
        _fill("What currency is used in {s}?", "What is the currency of {s}?", _COUNTRIES),
    ),
    "country_visa": ("reorder", _fill("Do I need a visa to visit {s}?", "To visit {s}, do I need a visa?", _COUNTRIES)),
    "pet_feed": ("synonym", _fill("What should I feed my {s}?", "What food should I give my {s}?", _ANIMALS)),
    "pet_lifespan": ("question_form", _fill("How long does a {s} live?", "What is the lifespan of a {s}?", _ANIMALS)),
    "pet_care": ("register", _fill("How do you take care of a {s}?", "Tips for taking care of a {s}?", _ANIMALS)),
    "please_explain": ("register", _fill("Please tell me how to {s}.", "How do I {s}? Thanks!", _SKILLS)),
    "explain_like": ("register", _fill("Explain what {s} does.", "What does {s} do?", _TOOLS_SW)),
}

_CITY_PAIRS = [
    ("Madrid", "Lisbon"),
    ("Oslo", "Stockholm"),
    ("Cairo", "Nairobi"),
    ("Seoul", "Busan"),
    ("Dublin", "Cork"),
]
_TEAMS = [("Arsenal", "Chelsea"), ("Brazil", "Argentina"), ("the Lakers", "the Celtics"), ("France", "Spain")]
_THINGS = [("tea", "coffee"), ("a laptop", "a tablet"), ("running", "cycling"), ("renting", "buying"), ("Rust", "Go")]
_COUNTS = [("2", "20"), ("4", "40"), ("6", "60"), ("15", "51"), ("8", "80")]
_AGES = [("12", "21"), ("16", "60"), ("5", "50"), ("30", "13")]
_CLOCK = [("8am", "8pm"), ("5 am", "5 pm"), ("10:30 am", "10:30 pm"), ("midnight", "noon")]
_DAYS = [("Monday", "Sunday"), ("Friday", "Saturday"), ("today", "tomorrow"), ("January", "July")]
_NAMES = [("Amazon", "Google"), ("Spotify", "Netflix"), ("Toyota", "Honda"), ("IKEA", "Lego"), ("Intel", "AMD")]

#: family name -> (category, pairs); every pair asks two questions with different answers.
TRAP_FAMILIES: dict[str, tuple[str, list[Pair]]] = {
    "flight_route": ("entity_swap", _swap("How long is the flight from {x} to {y}?", _CITY_PAIRS)),
    "distance_route": ("entity_swap", _swap("Is it cheaper to fly from {x} to {y}?", _CITY_PAIRS)),
    "match_winner": ("entity_swap", _swap("Did {x} beat {y} last season?", _TEAMS)),
    "better_than": ("entity_swap", _swap("Why is {x} better than {y}?", _THINGS)),
    "switch_from": ("entity_swap", _swap("How do I switch from {x} to {y}?", _THINGS)),
    "dose_count": ("numbers", _vary("Is it safe to take {v} tablets a day?", _COUNTS)),
    "wait_minutes": ("numbers", _vary("What happens if I wait {v} minutes?", _COUNTS)),
    "age_limit": ("numbers", _vary("Can a {v} year old open a bank account?", _AGES)),
    "pct_of": ("numbers", _vary("What is {v} percent of 80?", _COUNTS)),
    "alarm_at": ("time", _vary("Wake me up at {v}", _CLOCK)),
    "open_at": ("time", _vary("Is the gym open at {v}?", _CLOCK)),
    "deliver_on": ("time", _vary("Can you deliver on {v}?", _DAYS)),
    "weather_on": ("time", _vary("Will it rain on {v}?", _DAYS)),
    "ceo_of": ("entity", _vary("Who founded {v}?", _NAMES)),
    "stock_of": ("entity", _vary("Is {v} stock a good buy?", _NAMES)),
    "hq_of": ("entity", _vary("Where is the headquarters of {v}?", _NAMES)),
    "negate_can": (
        "negation",
        [
            ("Can dogs eat grapes?", "Can't dogs eat grapes?"),
            ("Should I drink water before bed?", "Should I not drink water before bed?"),
            ("Is it safe to swim after eating?", "Is it unsafe to swim after eating?"),
            ("Do cats like being brushed?", "Do cats dislike being brushed?"),
            ("Is the museum accessible by wheelchair?", "Is the museum inaccessible by wheelchair?"),
        ],
    ),
    "negate_with": (
        "negation",
        [
            ("Can I fly with a passport?", "Can I fly without a passport?"),
            ("How do I make bread with yeast?", "How do I make bread without yeast?"),
            ("Can I run Windows with a license key?", "Can I run Windows without a license key?"),
            ("How do I cook rice with a rice cooker?", "How do I cook rice without a rice cooker?"),
        ],
    ),
    "direction_updown": (
        "direction",
        [
            ("How do I turn the volume up on my TV?", "How do I turn the volume down on my TV?"),
            ("Why do prices go up in winter?", "Why do prices go down in winter?"),
            ("How do I scroll up in tmux?", "How do I scroll down in tmux?"),
            ("How do I move a row up in Excel?", "How do I move a row down in Excel?"),
        ],
    ),
    "direction_inout": (
        "direction",
        [
            ("How do I log in to Gmail?", "How do I log out of Gmail?"),
            ("How do I sign in to Slack?", "How do I sign out of Slack?"),
            ("How do I check in at the airport?", "How do I check out at the hotel?"),
            ("How do I zoom in on a PDF?", "How do I zoom out on a PDF?"),
        ],
    ),
    "direction_minmax": (
        "direction",
        [
            ("What is the minimum wage in Texas?", "What is the maximum wage in Texas?"),
            ("What is the lowest score in golf?", "What is the highest score in golf?"),
            ("Which planet is the hottest?", "Which planet is the coldest?"),
            ("What is the earliest I can retire?", "What is the latest I can retire?"),
        ],
    ),
    "direction_beforeafter": (
        "direction",
        [
            ("Should I stretch before running?", "Should I stretch after running?"),
            ("What to eat before a workout?", "What to eat after a workout?"),
            ("Can I shower before a tattoo?", "Can I shower after a tattoo?"),
            ("Should I water plants before sunrise?", "Should I water plants after sunset?"),
        ],
    ),
    "subject_cook": (
        "subject",
        _vary(
            "How long do I bake {v} in the oven?",
            [("chicken", "salmon"), ("potatoes", "carrots"), ("bread", "cookies"), ("tofu", "beef")],
        ),
    ),
    "subject_pet": (
        "subject",
        _vary("Can my {v} eat bananas?", [("dog", "cat"), ("rabbit", "hamster"), ("parrot", "tortoise")]),
    ),
}


def held_out_family(name: str) -> bool:
    """A fixed third of the families, by hash of the name: never fitted or tuned on."""
    return hashlib.sha1(name.encode()).digest()[0] % 3 == 0


def family_pairs(families: dict[str, tuple[str, list[Pair]]], held: bool) -> list[tuple[str, str, Pair]]:
    """(family, category, pair) of the held-out (``held``) or the training families."""
    return [
        (name, cat, pair) for name, (cat, pairs) in families.items() if held_out_family(name) == held for pair in pairs
    ]
