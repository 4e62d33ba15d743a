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

#: Families as of the first round (the second round's are all held out, see below).
_FIRST_ROUND = frozenset(PARAPHRASE_FAMILIES)
_HOBBIES = ["grow tomatoes", "brew kombucha", "sharpen a kitchen knife", "paint a bedroom wall", "patch a bike tyre"]
_DEVICES = ["iPhone", "Kindle", "router", "smart TV", "printer"]
_SUBJECTS = ["calculus", "Spanish", "music theory", "chemistry", "accounting"]
_CITIES = ["Vienna", "Kyoto", "Lima", "Marrakesh", "Reykjavik"]
_AILMENTS = ["a headache", "a sore throat", "hiccups", "insomnia", "back pain"]
_JOBS = ["nurse", "pilot", "electrician", "data analyst", "lawyer"]

#: Written in a second round (issue #13): more subjects and the categories the first round
#: lacked (typos, formal and casual register, more question forms and reorderings).
PARAPHRASE_FAMILIES.update(
    {
        "device_wont_start": (
            "synonym",
            _fill("How do I fix my {s} that won't turn on?", "How do I repair my {s} that won't switch on?", _DEVICES),
        ),
        "device_factory": (
            "question_form",
            _fill("How do I reset my {s} to factory settings?", "How can I factory reset my {s}?", _DEVICES),
        ),
        "device_battery": (
            "question_form",
            _fill(
                "How can I make my {s} battery last longer?",
                "What can I do to extend the battery life of my {s}?",
                _DEVICES,
            ),
        ),
        "device_formal": (
            "register",
            _fill("I would like to know how to update my {s}.", "how do i update my {s}", _DEVICES),
        ),
        "ailment_fast": (
            "synonym",
            _fill(
                "What is the fastest way to get rid of {s}?", "What is the quickest way to get rid of {s}?", _AILMENTS
            ),
        ),
        "ailment_night": ("reorder", _fill("Why do I get {s} at night?", "At night, why do I get {s}?", _AILMENTS)),
        "ailment_polite": (
            "register",
            _fill("Could you please tell me how to treat {s}?", "How do I treat {s}?", _AILMENTS),
        ),
        "ailment_cause": ("question_form", _fill("What causes {s}?", "What is the cause of {s}?", _AILMENTS)),
        "subject_study": (
            "synonym",
            _fill("What is the best way to study {s}?", "What is the most effective way to study {s}?", _SUBJECTS),
        ),
        "subject_casual": (
            "register",
            _fill("any tips for learning {s}?", "What advice would you give someone learning {s}?", _SUBJECTS),
        ),
        "subject_self": (
            "reorder",
            _fill("Is it possible to learn {s} on my own?", "On my own, is it possible to learn {s}?", _SUBJECTS),
        ),
        "job_salary": ("question_form", _fill("How much does a {s} earn?", "What is the salary of a {s}?", _JOBS)),
        "job_become": (
            "question_form",
            _fill("How do I become a {s}?", "What does it take to become a {s}?", _JOBS),
        ),
        "job_skills": (
            "synonym",
            _fill("What skills does a {s} need?", "Which skills are required to be a {s}?", _JOBS),
        ),
        "city_sights": (
            "synonym",
            _fill("What are the must-see sights in {s}?", "What are the top attractions in {s}?", _CITIES),
        ),
        "city_winter": (
            "reorder",
            _fill("Is {s} worth visiting in winter?", "In winter, is {s} worth visiting?", _CITIES),
        ),
        "city_cost": (
            "question_form",
            _fill("Is {s} expensive to visit?", "How expensive is it to visit {s}?", _CITIES),
        ),
        "hobby_casual": ("register", _fill("hey, how do i {s}?", "Could you explain how to {s}?", _HOBBIES)),
        "hobby_needed": (
            "synonym",
            _fill("What do I need to {s}?", "What equipment is required to {s}?", _HOBBIES),
        ),
        "typo_hobby": (
            "typo",
            [
                ("How do I grow tomatoes?", "How do I grow tomatos?"),
                ("How do I brew kombucha?", "how do i brew kombucha"),
                ("How do I sharpen a kitchen knife?", "How do I sharpn a kitchen knife?"),
                ("How do I paint a bedroom wall?", "How do I paint a bedrom wall?"),
                ("How do I patch a bike tyre?", "How do I patch a bike tire?"),
            ],
        ),
        "typo_cooking": (
            "typo",
            [
                ("How long should I boil an egg?", "How long shoud I boil an egg?"),
                ("How do I make pancakes without milk?", "How do I make pancakes without mlik?"),
                (
                    "What is the best temperature to roast vegetables?",
                    "What is the best temprature to roast vegetables?",
                ),
                ("How do I keep avocados from turning brown?", "How do I keep avacados from turning brown?"),
                ("Can I freeze fresh pasta?", "Can I freeze fresh pastsa?"),
            ],
        ),
        "typo_travel": (
            "typo",
            [
                ("What should I pack for a beach holiday?", "What should I pakc for a beach holiday?"),
                ("How early should I arrive at the airport?", "How early should I arrive at the airprot?"),
                ("Do I need travel insurance for Europe?", "Do I need travel insurence for Europe?"),
                ("How do I avoid jet lag?", "How do I avoid jetlag?"),
                ("Is it safe to drink tap water in Mexico?", "Is it safe to drink tap watter in Mexico?"),
            ],
        ),
        "typo_money": (
            "typo",
            [
                ("How do I start investing with little money?", "How do I start investing with litle money?"),
                ("What is a good credit score?", "What is a good credit socre?"),
                ("How do I create a monthly budget?", "How do I create a monthly budjet?"),
                ("Should I pay off debt or save first?", "Should I pay off dept or save first?"),
                ("How does compound interest work?", "How does compund interest work?"),
            ],
        ),
        "typo_health": (
            "typo",
            [
                ("How much water should I drink a day?", "How much water should I drink a day"),
                ("What are the symptoms of dehydration?", "What are the symptons of dehydration?"),
                ("How can I improve my sleep quality?", "How can I improve my sleep qualty?"),
                ("Is stretching good for back pain?", "Is streching good for back pain?"),
                ("How do I lower my cholesterol?", "How do I lower my colesterol?"),
            ],
        ),
        "typo_device": (
            "typo",
            [
                ("Why is my printer so slow?", "why is my printer so slwo"),
                ("How do I connect my Kindle to wifi?", "How do I conect my Kindle to wifi?"),
                ("Why does my router keep disconnecting?", "Why does my router keep disconecting?"),
                ("How do I mirror my iPhone to a smart TV?", "how do i mirror my iphone to a smart tv"),
                ("How do I clean the screen of my laptop?", "How do I clean the sreen of my laptop?"),
            ],
        ),
        "typo_study": (
            "typo",
            [
                ("What is the best book for learning calculus?", "What is the best book for learning calculas?"),
                ("How long does it take to learn Spanish?", "How long does it take to lern Spanish?"),
                ("Is music theory hard to learn?", "Is music theory hard to leanr?"),
                ("What is the best way to revise chemistry?", "Whats the best way to revise chemistry?"),
                ("Why is accounting so boring?", "Why is acounting so boring?"),
            ],
        ),
    }
)

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


_FIRST_ROUND_TRAPS = frozenset(TRAP_FAMILIES)

#: Written in a second round (issue #13): units, comparatives, scope, periods and more swaps.
TRAP_FAMILIES.update(
    {
        "exchange_swap": (
            "entity_swap",
            _swap(
                "How many {x} do I get for one {y}?",
                [("euros", "dollars"), ("yen", "pounds"), ("pesos", "rupees"), ("francs", "kronor")],
            ),
        ),
        "translate_swap": (
            "entity_swap",
            _swap(
                "How do I translate a document from {x} into {y}?",
                [("French", "German"), ("Spanish", "Italian"), ("Japanese", "Korean"), ("Dutch", "Polish")],
            ),
        ),
        "account_swap": (
            "entity_swap",
            _swap(
                "How do I move money from my {x} account to my {y} account?",
                [("savings", "checking"), ("business", "personal"), ("joint", "private")],
            ),
        ),
        "unit_convert": (
            "units",
            _swap(
                "How do I convert {x} to {y}?",
                [("kilograms", "pounds"), ("Celsius", "Fahrenheit"), ("litres", "gallons"), ("inches", "centimetres")],
            ),
        ),
        "unit_speed": (
            "units",
            _vary("Is 100 {v} fast for a car?", [("km/h", "mph"), ("kilometres per hour", "miles per hour")]),
        ),
        "unit_weight": ("units", _vary("How do I lose 5 {v} in a month?", [("kg", "pounds"), ("kilos", "lbs")])),
        "mortgage_years": (
            "numbers",
            _vary("What is the monthly payment on a {v} year mortgage?", [("15", "30"), ("10", "25"), ("20", "40")]),
        ),
        "temp_degrees": (
            "numbers",
            _vary("Is {v} degrees too hot for a dog?", [("25", "35"), ("30", "40"), ("20", "28")]),
        ),
        "time_of_day": (
            "time",
            _vary(
                "Is it better to exercise in the {v}?",
                [("morning", "evening"), ("afternoon", "night"), ("morning", "afternoon")],
            ),
        ),
        "season_plant": (
            "time",
            _vary("What should I plant in {v}?", [("spring", "autumn"), ("summer", "winter"), ("March", "October")]),
        ),
        "negate_always": (
            "negation",
            [
                ("Why do I always wake up at 3am?", "Why do I never wake up at 3am?"),
                ("Is it legal to park here at night?", "Is it illegal to park here at night?"),
                ("Is coffee healthy?", "Is coffee unhealthy?"),
                ("Why is my code working?", "Why is my code not working?"),
                ("Is it possible to freeze cooked rice?", "Is it impossible to freeze cooked rice?"),
            ],
        ),
        "comparative": (
            "comparative",
            [
                ("Is a cat cheaper to keep than a dog?", "Is a cat more expensive to keep than a dog?"),
                ("Is walking better than running for weight loss?", "Is walking worse than running for weight loss?"),
                ("Why is Python slower than C?", "Why is Python faster than C?"),
                (
                    "Are electric cars more reliable than petrol cars?",
                    "Are electric cars less reliable than petrol cars?",
                ),
                ("Is the Pacific deeper than the Atlantic?", "Is the Pacific shallower than the Atlantic?"),
            ],
        ),
        "superlative": (
            "comparative",
            [
                ("What is the largest city in Canada?", "What is the smallest city in Canada?"),
                ("Which is the most spoken language?", "Which is the least spoken language?"),
                ("What is the cheapest way to ship a parcel?", "What is the fastest way to ship a parcel?"),
                ("What is the oldest university in Europe?", "What is the newest university in Europe?"),
            ],
        ),
        "scope_some": (
            "scope",
            [
                ("Do all birds fly?", "Do some birds fly?"),
                ("Are all mushrooms poisonous?", "Are any mushrooms poisonous?"),
                ("Can all employees work remotely?", "Can some employees work remotely?"),
                ("Do all snakes lay eggs?", "Do most snakes lay eggs?"),
            ],
        ),
        "scope_period": (
            "scope",
            [
                ("How much rent do I pay per month?", "How much rent do I pay per year?"),
                ("How many calories should I eat per day?", "How many calories should I eat per week?"),
                ("What is the average pay per hour in Spain?", "What is the average pay per year in Spain?"),
            ],
        ),
        "subject_repair": (
            "subject",
            _vary(
                "How do I repair a leaking {v}?",
                [("tap", "roof"), ("pipe", "tyre"), ("radiator", "toilet"), ("boat", "tent")],
            ),
        ),
        "subject_learn": (
            "subject",
            _vary(
                "What is the best age to learn {v}?",
                [("piano", "chess"), ("swimming", "reading"), ("French", "coding")],
            ),
        ),
        "city_weather": (
            "entity",
            _vary(
                "What is the weather like in {v} in May?",
                [("Vienna", "Prague"), ("Kyoto", "Osaka"), ("Lima", "Quito"), ("Reykjavik", "Helsinki")],
            ),
        ),
        "person_age": (
            "entity",
            _vary(
                "How old is {v}?",
                [("Taylor Swift", "Beyonce"), ("Elon Musk", "Jeff Bezos"), ("Lionel Messi", "Cristiano Ronaldo")],
            ),
        ),
    }
)

#: The second round's families (issue #13), written after the verifier's features and model
#: were chosen on the first: all held out, an independent test of wordings and categories
#: (typos, register, units, comparatives, scope) the training part has little or none of.
SECOND_ROUND = (frozenset(PARAPHRASE_FAMILIES) - _FIRST_ROUND) | (frozenset(TRAP_FAMILIES) - _FIRST_ROUND_TRAPS)


def held_out_family(name: str) -> bool:
    """A fixed third of the first round's families (by hash of the name) and every family of
    the second round: never fitted or tuned on."""
    return name in SECOND_ROUND or hashlib.sha1(name.encode()).digest()[0] % 3 == 0


def family_pairs(families: dict[str, tuple[str, list[Pair]]], held: bool) -> list[tuple[str, str, Pair]]:
    """(family, category, pair) of the held-out (``held``) or the training families."""
    return [
        (name, cat, pair) for name, (cat, pairs) in families.items() if held_out_family(name) == held for pair in pairs
    ]
