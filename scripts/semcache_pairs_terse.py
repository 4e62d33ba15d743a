"""Hand-written pair families for telegraphic, keyword-style and short casual queries (issue #13,
engineer j77), written before any change, without reading the blind set
(``semcache_fresh_pairs.py``).

* ``keywords``: a full question against its search-box form ("python reverse list", "visa japan
  us citizen", "london time now"): articles, auxiliaries and the question word dropped, words in
  another order, lower case, no question mark;
* ``terse casual``: short casual forms ("best way learn spanish?", "X bad?", "X ok?", "X or Y
  which better", "how to X" without "do I");
* ``terse trap``: what a terse form makes easy to miss: direction ("usd to eur" / "eur to usd"),
  "X vs Y" where the full question asks about one, a dropped or added negation, another entity
  or number.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_terse.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "keyword_howto",
        "keywords",
        [
            ("How do I reverse a list in Python?", "python reverse list"),
            ("How do I undo the last git commit?", "git undo last commit"),
            ("How do I remove duplicates from a list in Python?", "python remove duplicates from list"),
            ("How do I center a div in CSS?", "css center div"),
            ("How do I convert a string to an integer in Java?", "java convert string to int"),
        ],
        [
            ("How do I reverse a list in Python?", "python sort list"),
            ("How do I undo the last git commit?", "git undo last push"),
            ("How do I convert a string to an integer in Java?", "java convert int to string"),
        ],
    ),
    _f(
        "keyword_travel",
        "keywords",
        [
            ("Do US citizens need a visa to visit Japan?", "visa japan us citizen"),
            ("What time is it in London right now?", "london time now"),
            ("What is the population of Canada?", "canada population"),
            ("What is the capital of Australia?", "australia capital"),
            ("How tall is Mount Everest?", "mount everest height"),
        ],
        [
            ("Do US citizens need a visa to visit Japan?", "visa china us citizen"),
            ("What time is it in London right now?", "tokyo time now"),
            ("What is the population of Canada?", "canada area"),
            ("Do US citizens need a visa to visit Japan?", "visa us japanese citizen"),
        ],
    ),
    _f(
        "casual_best_way",
        "terse casual",
        [
            ("What is the best way to learn Spanish?", "best way learn spanish?"),
            ("What is the best way to lose weight?", "best way to lose weight"),
            ("How do I make cold brew coffee?", "how to make cold brew coffee"),
            ("How do I get rid of fruit flies?", "how to get rid of fruit flies"),
            ("How do I tie a tie?", "how to tie tie"),
        ],
        [
            ("What is the best way to learn Spanish?", "best way learn french?"),
            ("How do I make cold brew coffee?", "how to make iced coffee"),
            ("How do I get rid of fruit flies?", "how to get rid of fruit fly eggs"),
        ],
    ),
    _f(
        "casual_bad_ok",
        "terse casual",
        [
            ("Is coffee bad for you?", "coffee bad?"),
            ("Is it OK to drink water before bed?", "water before bed ok?"),
            ("Is it safe to eat raw cookie dough?", "raw cookie dough safe?"),
            ("Is sugar bad for your teeth?", "sugar bad for teeth?"),
            ("Is it safe to take ibuprofen with alcohol?", "ibuprofen with alcohol safe?"),
        ],
        [
            ("Is coffee bad for you?", "coffee good?"),
            ("Is it safe to eat raw cookie dough?", "raw cookie dough unsafe why"),
            ("Is it safe to take ibuprofen with alcohol?", "ibuprofen with alcohol dangerous how much"),
            ("Is sugar bad for your teeth?", "sugar bad for dogs?"),
        ],
    ),
    _f(
        "held_keywords_mixed",
        "keywords",
        [
            ("How do I boil an egg?", "boil egg how"),
            ("What is the boiling point of water?", "water boiling point"),
            ("How do I check my Python version?", "check python version"),
            ("Is it safe to eat eggs past the expiration date?", "eggs past expiration date safe?"),
        ],
        [
            ("What is the boiling point of water?", "water freezing point"),
            ("How do I check my Python version?", "check node version"),
            ("How do I boil an egg?", "poach egg how"),
        ],
    ),
    _f(
        "which_better",
        "terse casual",
        [
            ("Which is better, Python or Java?", "python or java which better"),
            ("Which is better for beginners, Mac or PC?", "mac vs pc for beginners"),
            ("Should I buy an iPhone or an Android phone?", "iphone or android?"),
            ("What is the difference between a virus and bacteria?", "virus vs bacteria difference"),
            ("Which is healthier, brown rice or white rice?", "brown rice vs white rice healthier"),
        ],
        [
            ("Is Python good for beginners?", "python vs java for beginners"),
            ("Which is better, Python or Java?", "python or rust which better"),
            ("What is the difference between a virus and bacteria?", "virus vs fungus difference"),
            ("Is brown rice healthy?", "brown rice vs quinoa"),
        ],
    ),
    _f(
        "direction",
        "keywords",
        [
            ("How do I convert US dollars to euros?", "usd to eur"),
            ("How many ounces are in a pound?", "ounces in a pound"),
            ("How do I convert Celsius to Fahrenheit?", "celsius to fahrenheit"),
            ("How many kilometres are in a mile?", "km in a mile"),
        ],
        [
            ("How do I convert US dollars to euros?", "eur to usd"),
            ("How do I convert Celsius to Fahrenheit?", "fahrenheit to celsius"),
            ("How many ounces are in a pound?", "pounds in an ounce"),
            ("How far is it from London to Paris by train?", "paris to london train"),
        ],
    ),
    _f(
        "dropped_aux",
        "terse casual",
        [
            ("Can dogs eat grapes?", "dogs eat grapes?"),
            ("Can I freeze cooked rice?", "freeze cooked rice ok?"),
            ("Can you get a refund on a plane ticket?", "refund plane ticket possible?"),
            ("Does vitamin C help with colds?", "vitamin c help colds?"),
            ("Do cats need baths?", "cats need baths?"),
        ],
        [
            ("Can dogs eat grapes?", "dogs eat chocolate?"),
            ("Can I freeze cooked rice?", "reheat cooked rice ok?"),
            ("Does vitamin C help with colds?", "vitamin d help colds?"),
            ("Do cats need baths?", "cats need shots?"),
        ],
    ),
    _f(
        "negation_number",
        "terse trap",
        [
            ("How many calories are in a banana?", "banana calories"),
            ("How long should I boil pasta?", "pasta boil time"),
            ("How many cups are in a litre?", "cups in a litre"),
        ],
        [
            ("Why won't my car start?", "car start why"),
            ("Can I take ibuprofen while pregnant?", "ibuprofen not while pregnant?"),
            ("How many calories are in two bananas?", "banana calories"),
            ("How long should I boil eggs for 5 minutes?", "eggs boil 10 minutes"),
            ("Is it safe to fly at 30 weeks pregnant?", "fly 36 weeks pregnant safe?"),
        ],
    ),
    _f(
        "held_casual_mixed",
        "terse casual",
        [
            ("Is red meat bad for you?", "red meat bad?"),
            ("Which is better, tea or coffee?", "tea or coffee which better"),
            ("How do I screenshot on a Mac?", "how to screenshot mac"),
            ("What is the best way to learn guitar?", "best way learn guitar?"),
        ],
        [
            ("Is red meat bad for you?", "red wine bad?"),
            ("How do I convert pounds to kilograms?", "kg to lbs"),
            ("Is tea good for you?", "tea vs coffee"),
            ("How do I screenshot on a Mac?", "how to screenshot windows"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
