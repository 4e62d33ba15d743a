"""Hand-written pair families for the semantic cache's typo and guard cases (issue #13, engineer
j60), written before any fix and without reading the blind set (``semcache_fresh_pairs.py``).

Six kinds of rewording that mean the same, each with traps that must stay refused:

* ``typo``: 1-2 character edits (dropped, doubled, swapped or replaced letters), missing
  apostrophes, words run together; traps: the same typo'd style with another subject;
* ``unit``: the same conversion or amount said another way ("10 miles in km" / "convert 10 miles
  to kilometres"); traps: another number, the other direction, another unit;
* ``ordinal``: "first" as an ordinal or an adverb ("what should I do first") against a rewording
  without it; traps: "first" against "one" or "second" where the answer differs;
* ``version``: "python3" / "Python 3" / "Python version 3"; traps: python2 / python3, Java 8 / 17;
* ``scope``: intensifiers that do not change the scope ("every single day" / "every day", "each
  and every"); traps: "every day" / "every other day", "all" / "some";
* ``fronted``: a phrase moved to the front and a compound reworded ("Is tap water safe to drink
  in Mexico?" / "In Mexico, is water from the tap safe to drink?"); traps: roles swapped.

Every fifth family (by position, from the fifth) is held out: fixes are chosen on the others,
the held-out ones are looked at once for the report. ``evaluate`` runs each pair through the
cache's own decision for one stored candidate (the normalised phase, the cache encoder's
cosine and ``candidate_floor``, the hard guards, the learned verifier, the MiniLM stage in its
band), as ``SemanticCache._lookup`` does with the shipped settings.

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_typos.py [--held-out]``.
"""

from __future__ import annotations

import argparse
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

os.environ.setdefault("OMP_NUM_THREADS", "1")

Pair = tuple[str, str]


@dataclass(frozen=True)
class Family:
    name: str
    category: str
    paraphrases: tuple[Pair, ...]
    traps: tuple[Pair, ...]


def _f(name: str, category: str, paraphrases: list[Pair], traps: list[Pair]) -> Family:
    return Family(name, category, tuple(paraphrases), tuple(traps))


FAMILIES: list[Family] = [
    # ---- typos -------------------------------------------------------------------------------
    _f(
        "typo_dropped_letter",
        "typo",
        [
            ("How do I boil an egg?", "how do i bol an egg"),
            ("What is the capital of Australia?", "what is the captal of australia"),
            ("How do I remove a stripped screw?", "how do i remve a stripped screw"),
            ("How long should I rest a steak?", "how long should i rest a stak"),
            ("What are the symptoms of dehydration?", "what are the symtoms of dehydration"),
        ],
        [
            ("How do I boil an egg?", "how do i fry an egg"),
            ("What is the capital of Australia?", "what is the captal of austria"),
            ("How long should I rest a steak?", "how long should i rest a turkey"),
            ("What are the symptoms of dehydration?", "what are the symtoms of diabetes"),
        ],
    ),
    _f(
        "typo_swapped_letters",
        "typo",
        [
            ("How do I sort a dictionary by value in Python?", "how do i sort a dictionray by value in pyhton"),
            ("How many calories are in an apple?", "how many calroies are in an apple"),
            ("What is the boiling point of water?", "what is the bolinig point of water"),
            ("How do I clean a cast iron pan?", "how do i claen a cast iron pan"),
            ("How do I write a cover letter?", "how do i wirte a cover letter"),
        ],
        [
            ("How do I sort a dictionary by value in Python?", "how do i sort a dictionray by key in pyhton"),
            ("How many calories are in an apple?", "how many calroies are in an orange"),
            ("What is the boiling point of water?", "what is the freezing point of water"),
            ("How do I write a cover letter?", "how do i wirte a resignation letter"),
        ],
    ),
    _f(
        "typo_doubled_letters",
        "typo",
        [
            ("How do I make pancakes?", "how do i make pancakkes"),
            ("What is the population of Brazil?", "what is the poppulation of brazil"),
            ("How do I change a flat tire?", "how do i change a flatt tire"),
            ("What causes a headache?", "what causes a headdache"),
            ("How do I grow tomatoes?", "how do i groww tomatoes"),
        ],
        [
            ("How do I make pancakes?", "how do i make waffles"),
            ("What is the population of Brazil?", "what is the poppulation of argentina"),
            ("How do I grow tomatoes?", "how do i groww potatoes"),
            ("What causes a headache?", "what cures a headdache"),
        ],
    ),
    _f(
        "typo_missing_apostrophe",
        "typo",
        [
            (
                "What's the difference between a virus and bacteria?",
                "whats the difference between a virus and bacteria",
            ),
            ("I don't understand recursion, can you explain it?", "i dont understand recursion, can you explain it"),
            ("Why won't my car start?", "why wont my car start"),
            ("What's the best way to learn Spanish?", "whats the best way to learn spanish"),
            ("Why doesn't my bread rise?", "why doesnt my bread rise"),
        ],
        [
            ("Why won't my car start?", "why wont my car stop"),
            ("Why doesn't my bread rise?", "why does my bread rise"),
            ("What's the best way to learn Spanish?", "whats the best way to learn german"),
            ("I don't understand recursion, can you explain it?", "i dont understand pointers, can you explain it"),
        ],
    ),
    _f(
        "typo_mixed_edits",
        "typo",
        [
            ("How do I reverse a string in JavaScript?", "how do i revrese a strng in javascript"),
            ("What is the area of a circle?", "what is the area of a cirlce"),
            ("How do I unfreeze a frozen laptop?", "how do i unfreze a frozen laptp"),
            ("How much protein is in an egg?", "how much protien is in an egg"),
            ("What is the meaning of photosynthesis?", "what is the meanign of photosyntesis"),
        ],
        [
            ("How do I reverse a string in JavaScript?", "how do i revrese a strng in java"),
            ("What is the area of a circle?", "what is the area of a sqaure"),
            ("How much protein is in an egg?", "how much protien is in a banana"),
            ("How much protein is in an egg?", "how much fat is in an egg"),
        ],
    ),
    _f(
        "typo_run_together",
        "typo",
        [
            ("How do I make a cup of tea?", "howdo i make a cup of tea"),
            ("How do I reset my password?", "how do i reset my pass word"),
            ("What is the weather like in Lisbon in spring?", "whatis the weather like in lisbon in spring"),
            ("How do I cancel my subscription?", "how do i cancel mysubscription"),
        ],
        [
            ("How do I make a cup of tea?", "howdo i make a cup of coffee"),
            ("How do I cancel my subscription?", "how do i renew mysubscription"),
            ("What is the weather like in Lisbon in spring?", "whatis the weather like in lisbon in winter"),
        ],
    ),
    _f(
        "typo_replaced_letter",
        "typo",
        [
            ("How do I install Docker on Linux?", "how do i instal docker on linux"),
            ("What is the speed of light?", "what is the spead of light"),
            ("How do I bake sourdough bread?", "how do i bake sourdough breab"),
            ("How do I improve my credit score?", "how do i improve my credit scire"),
            ("Can dogs eat grapes?", "can dogs eat grapse"),
        ],
        [
            ("How do I install Docker on Linux?", "how do i instal docker on windows"),
            ("What is the speed of light?", "what is the spead of sound"),
            ("Can dogs eat grapes?", "can cats eat grapse"),
            ("How do I improve my credit score?", "how do i check my credit scire"),
        ],
    ),
    # ---- units and numbers ---------------------------------------------------------------------
    _f(
        "unit_conversion_order",
        "unit",
        [
            ("How many kilometres are in 5 miles?", "What is 5 miles in kilometres?"),
            ("Convert 20 pounds to kilograms.", "How many kilograms is 20 pounds?"),
            ("What is 100 fahrenheit in celsius?", "Convert 100 fahrenheit to celsius"),
            ("How many ounces are in 2 cups?", "2 cups in ounces"),
        ],
        [
            ("How many kilometres are in 5 miles?", "How many miles are in 5 kilometres?"),
            ("Convert 20 pounds to kilograms.", "Convert 20 kilograms to pounds."),
            ("What is 100 fahrenheit in celsius?", "What is 100 celsius in fahrenheit?"),
            ("How many ounces are in 2 cups?", "How many ounces are in 3 cups?"),
        ],
    ),
    _f(
        "unit_abbreviation",
        "unit",
        [
            ("What is 10 miles in km?", "Convert 10 miles to kilometers"),
            ("How many cm in 6 feet?", "How many centimetres are in 6 ft?"),
            ("Is 30 kg heavy for a suitcase?", "Is 30 kilograms heavy for a suitcase?"),
            ("How long does it take to walk 3 km?", "How long does it take to walk 3 kilometres?"),
        ],
        [
            ("What is 10 miles in km?", "What is 10 km in miles?"),
            ("How many cm in 6 feet?", "How many cm in 6 inches?"),
            ("Is 30 kg heavy for a suitcase?", "Is 30 lb heavy for a suitcase?"),
            ("How long does it take to walk 3 km?", "How long does it take to walk 3 miles?"),
        ],
    ),
    _f(
        "number_spelling",
        "unit",
        [
            ("What is one and a half cups in ml?", "What is 1.5 cups in ml?"),
            ("Can I retire at 59 and a half?", "Can I retire at 59.5?"),
            ("How much is a dozen eggs?", "How much do 12 eggs cost?"),
            ("Is it safe to take two ibuprofen?", "Is it safe to take 2 ibuprofen?"),
        ],
        [
            ("What is one and a half cups in ml?", "What is 2.5 cups in ml?"),
            ("Can I retire at 59 and a half?", "Can I retire at 55?"),
            ("Is it safe to take two ibuprofen?", "Is it safe to take 4 ibuprofen?"),
            ("How much is a dozen eggs?", "How much are 6 eggs?"),
        ],
    ),
    _f(
        "currency_rewording",
        "unit",
        [
            ("How much is 100 dollars in euros?", "Convert $100 to euros"),
            ("What is 50 euros in US dollars?", "How many dollars is 50 euros?"),
            ("How much is 20 pounds sterling in dollars?", "Convert 20 GBP to dollars"),
        ],
        [
            ("How much is 100 dollars in euros?", "How much is 100 euros in dollars?"),
            ("What is 50 euros in US dollars?", "What is 500 euros in US dollars?"),
            ("How much is 20 pounds sterling in dollars?", "How much is 20 dollars in pounds sterling?"),
        ],
    ),
    _f(
        "percent_wording",
        "unit",
        [
            ("What is 15 percent of 80?", "What is 15% of 80?"),
            ("How do I calculate a 20 percent tip on $50?", "How do I work out a 20% tip on $50?"),
            ("What is 10 percent of 250?", "Calculate 10% of 250"),
        ],
        [
            ("What is 15 percent of 80?", "What is 80 percent of 15?"),
            ("How do I calculate a 20 percent tip on $50?", "How do I calculate a 15 percent tip on $50?"),
            ("What is 10 percent of 250?", "What is 10 percent of 25?"),
        ],
    ),
    # ---- ordinals --------------------------------------------------------------------------------
    _f(
        "first_adverb",
        "ordinal",
        [
            ("Should I pay off debt first or invest?", "Should I pay off debt before investing?"),
            ("What should I do first after a car accident?", "What should I do after a car accident?"),
            ("What should I learn first, HTML or CSS?", "Should I learn HTML before CSS?"),
            ("What do I do first when my basement floods?", "What do I do when my basement floods?"),
        ],
        [
            ("Should I pay off debt first or invest?", "Should I pay off debt first or build an emergency fund?"),
            ("What should I learn first, HTML or CSS?", "What should I learn second, HTML or CSS?"),
            ("What should I do first after a car accident?", "What should I do one week after a car accident?"),
        ],
    ),
    _f(
        "first_ordinal_phrase",
        "ordinal",
        [
            ("What is first aid for a burn?", "How do I treat a burn?"),
            ("Who was the first president of the United States?", "Who was the United States' first president?"),
            ("When was the first iPhone released?", "When did the first iPhone come out?"),
            ("What did people do on the first moon landing?", "What happened during the first moon landing?"),
        ],
        [
            ("Who was the first president of the United States?", "Who was the second president of the United States?"),
            ("When was the first iPhone released?", "When was the latest iPhone released?"),
            ("When was the first iPhone released?", "When was the third iPhone released?"),
        ],
    ),
    _f(
        "ordinal_number",
        "ordinal",
        [
            ("What happens in the 1st trimester of pregnancy?", "What happens in the first trimester of pregnancy?"),
            ("What is the 2nd amendment?", "What is the second amendment?"),
            ("Who won the 3rd season of the show?", "Who won the third season of the show?"),
            ("What is due on the 1st of the month?", "What is due on the first of the month?"),
        ],
        [
            ("What happens in the 1st trimester of pregnancy?", "What happens in the 2nd trimester of pregnancy?"),
            ("What is the 2nd amendment?", "What is the first amendment?"),
            ("Who won the 3rd season of the show?", "Who won the 4th season of the show?"),
            ("What is due on the 1st of the month?", "What is due on the 15th of the month?"),
        ],
    ),
    _f(
        "first_vs_one",
        "ordinal",
        [
            ("What should I pack first for a move?", "What should I pack before anything else when moving?"),
            ("How do I write my first Python program?", "How do I write my very first Python program?"),
            (
                "What should a new manager do in the first week?",
                "What should a new manager do during their first week?",
            ),
        ],
        [
            ("How do I write my first Python program?", "How do I write one Python program?"),
            ("What should a new manager do in the first week?", "What should a new manager do in one week?"),
            ("What should a new manager do in the first week?", "What should a new manager do in the first month?"),
        ],
    ),
    # ---- versions ------------------------------------------------------------------------------
    _f(
        "python_version",
        "version",
        [
            ("How do I install python3 on Ubuntu?", "How do I install Python 3 on Ubuntu?"),
            ("What is new in Python 3.12?", "What's new in python 3.12?"),
            ("How do I create a virtualenv with python3?", "How do I make a virtualenv with Python3?"),
            ("How do I print in python 3?", "How do I print in Python3?"),
        ],
        [
            ("How do I install python3 on Ubuntu?", "How do I install python2 on Ubuntu?"),
            ("What is new in Python 3.12?", "What is new in Python 3.11?"),
            ("How do I print in python 3?", "How do I print in Python 2?"),
        ],
    ),
    _f(
        "software_version",
        "version",
        [
            ("How do I upgrade to Java 17?", "How do I upgrade to Java version 17?"),
            ("Does Windows 11 support Android apps?", "Does Win 11 support Android apps?"),
            ("How do I install Node 20?", "How do I install Node v20?"),
            ("What changed in Angular 16?", "What changed in Angular v16?"),
        ],
        [
            ("How do I upgrade to Java 17?", "How do I upgrade to Java 8?"),
            ("Does Windows 11 support Android apps?", "Does Windows 10 support Android apps?"),
            ("How do I install Node 20?", "How do I install Node 18?"),
            ("What changed in Angular 16?", "What changed in Angular 17?"),
        ],
    ),
    _f(
        "version_suffix",
        "version",
        [
            ("How do I use pip3?", "How do I use pip 3?"),
            ("How do I migrate from Vue 2 to Vue 3?", "How do I migrate from Vue2 to Vue3?"),
            ("Is HTTP/2 faster than HTTP/1.1?", "Is HTTP 2 faster than HTTP 1.1?"),
        ],
        [
            ("How do I migrate from Vue 2 to Vue 3?", "How do I migrate from Vue 3 to Vue 2?"),
            ("Is HTTP/2 faster than HTTP/1.1?", "Is HTTP/3 faster than HTTP/1.1?"),
            ("How do I use pip3?", "How do I use pip2?"),
        ],
    ),
    # ---- scope intensifiers ------------------------------------------------------------------
    _f(
        "every_single",
        "scope",
        [
            ("Is it bad to drink coffee every day?", "Is it bad to drink coffee every single day?"),
            ("Should I run every day?", "Should I go running each and every day?"),
            ("Is it ok to eat eggs every day?", "Is it ok to eat eggs each day?"),
            ("Do I need to water succulents every day?", "Do I need to water succulents daily?"),
        ],
        [
            ("Is it bad to drink coffee every day?", "Is it bad to drink coffee every other day?"),
            ("Should I run every day?", "Should I run every week?"),
            ("Is it ok to eat eggs every day?", "Is it ok to eat eggs once a week?"),
            ("Do I need to water succulents every day?", "Do I need to water succulents every month?"),
        ],
    ),
    _f(
        "all_intensifier",
        "scope",
        [
            ("How do I delete all my emails?", "How do I delete absolutely all of my emails?"),
            ("How do I close all open tabs in Chrome?", "How do I close every open tab in Chrome?"),
            ("How do I select all rows in Excel?", "How do I select every row in Excel?"),
        ],
        [
            ("How do I delete all my emails?", "How do I delete some of my emails?"),
            ("How do I close all open tabs in Chrome?", "How do I close one open tab in Chrome?"),
            ("How do I select all rows in Excel?", "How do I select only the visible rows in Excel?"),
        ],
    ),
    _f(
        "really_very",
        "scope",
        [
            ("Is it safe to fly when pregnant?", "Is it really safe to fly when pregnant?"),
            ("Why is my internet slow?", "Why is my internet so very slow?"),
            ("Is coffee bad for you?", "Is coffee actually bad for you?"),
        ],
        [
            ("Is it safe to fly when pregnant?", "Is it safe to fly when not pregnant?"),
            ("Why is my internet slow?", "Why is my internet fast?"),
            ("Is coffee bad for you?", "Is coffee good for you?"),
        ],
    ),
    # ---- fronted phrases -------------------------------------------------------------------
    _f(
        "fronted_place",
        "fronted",
        [
            ("Is tap water safe to drink in Portugal?", "In Portugal, is water from the tap safe to drink?"),
            ("What is the income tax rate in Canada?", "In Canada, what is the rate of income tax?"),
            ("How much does a taxi cost in Tokyo?", "In Tokyo, what does a taxi cost?"),
            ("Is it legal to drive with headphones in France?", "In France, is driving with headphones legal?"),
        ],
        [
            ("Is tap water safe to drink in Portugal?", "In Spain, is water from the tap safe to drink?"),
            ("What is the income tax rate in Canada?", "In Canada, what is the rate of sales tax?"),
            ("How much does a taxi cost in Tokyo?", "In Tokyo, what does a bus cost?"),
        ],
    ),
    _f(
        "fronted_language",
        "fronted",
        [
            ("How do I read a file line by line in Python?", "In Python, how do I read a file one line at a time?"),
            (
                "How do I sort a list of objects by a field in Java?",
                "In Java, how do I sort a list of objects by field?",
            ),
            (
                "How do I check if a key exists in a dictionary in Python?",
                "In Python, how do I check whether a dictionary has a key?",
            ),
        ],
        [
            ("How do I read a file line by line in Python?", "In Ruby, how do I read a file one line at a time?"),
            (
                "How do I sort a list of objects by a field in Java?",
                "In Java, how do I sort a list of strings by length?",
            ),
            (
                "How do I check if a key exists in a dictionary in Python?",
                "In Python, how do I check whether a list has a value?",
            ),
        ],
    ),
    _f(
        "fronted_time",
        "fronted",
        [
            ("What should I plant in my garden in April?", "In April, what should I plant in the garden?"),
            ("What can I do in Paris at night?", "At night, what is there to do in Paris?"),
            ("What should I eat before a marathon?", "Before a marathon, what should I eat?"),
        ],
        [
            ("What should I plant in my garden in April?", "In October, what should I plant in the garden?"),
            ("What should I eat before a marathon?", "After a marathon, what should I eat?"),
            ("What can I do in Paris at night?", "In the morning, what is there to do in Paris?"),
        ],
    ),
    _f(
        "fronted_roles",
        "fronted",
        [
            ("Can a cat eat chicken bones?", "Chicken bones: can a cat eat them?"),
            ("Is a Roth IRA better than a traditional IRA?", "Traditional IRA vs Roth IRA, which is better?"),
            ("Should I rent or buy a house in my thirties?", "In my thirties, should I rent or buy a house?"),
        ],
        [
            ("Can a cat eat chicken bones?", "Can a cat eat fish bones?"),
            ("Is a Roth IRA better than a traditional IRA?", "Is a Roth IRA better than a 401k?"),
            ("Should I rent or buy a house in my thirties?", "In my sixties, should I rent or buy a house?"),
        ],
    ),
    _f(
        "fronted_swap_trap",
        "fronted",
        [
            ("How do I convert Celsius to Fahrenheit?", "To go from Celsius to Fahrenheit, what is the formula?"),
            ("Can a dog catch a cold from a human?", "From a human, can a dog catch a cold?"),
            ("How do I transfer money from savings to checking?", "From savings to checking, how do I move money?"),
        ],
        [
            ("How do I convert Celsius to Fahrenheit?", "How do I convert Fahrenheit to Celsius?"),
            ("Can a dog catch a cold from a human?", "Can a human catch a cold from a dog?"),
            ("How do I transfer money from savings to checking?", "How do I transfer money from checking to savings?"),
        ],
    ),
]


def held_out(index: int) -> bool:
    """Every fifth family, from the fifth, is held out."""
    return index % 5 == 4


def split_families(families: list[Family], held: bool) -> list[Family]:
    """The held-out (``held``) or tuning part of ``families`` (the other pair sets split theirs
    here too)."""
    return [f for i, f in enumerate(families) if held_out(i) == held]


def split(held: bool) -> list[Family]:
    return split_families(FAMILIES, held)


def run_cli(families: list[Family]) -> None:
    """The command line of a pair set that has no options of its own: ``--held-out`` judges its
    held-out families (look once), ``-v`` lists the pairs decided wrongly."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true", help="the held-out families (look once)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pairs decided wrongly")
    args = ap.parse_args()
    fams = split_families(families, args.held_out)
    print(f"{'held-out' if args.held_out else 'tuning'} families: {len(fams)}")
    evaluate(fams, args.verbose)


@dataclass(frozen=True)
class Decision:
    served: bool
    stop: str  # normalised / floor / guard:<reason> / under band / minilm served|refused / over band


class PairJudge:
    """The cache's decision for one stored candidate, with the shipped settings and trained
    files: what ``SemanticCache._lookup`` / ``_semantic`` do for a single neighbour."""

    def __init__(self) -> None:
        from bastion.gateway.embeddings import Embedder
        from bastion.gateway.semcache.guards import Guards
        from bastion.gateway.semcache.minilm_stage import StageModel
        from bastion.gateway.semcache.settings import SemcacheSettings
        from bastion.gateway.semcache.transform import shared_cache_encoder
        from bastion.gateway.semcache.verifier import PairVerifier

        self.s = SemcacheSettings()
        self.guards = Guards(self.s.guards)
        self.verifier = PairVerifier.load()
        self.stage = StageModel.load()
        self.upper = max(self.verifier.threshold, self.stage.upper)
        self.encoder = shared_cache_encoder()
        self.encoder.load()
        self.minilm = Embedder()
        self.minilm.load()

    @staticmethod
    def prompt(text: str) -> str:
        """The prompt the cache compares: a user turn through ``request_keys``."""
        from bastion.gateway.semcache.keys import request_keys

        p = request_keys({"model": "m", "messages": [{"role": "user", "content": text}]}).prompt
        assert p is not None
        return p

    def decide(self, stored: str, asked: str) -> Decision:
        from bastion.gateway.semcache.normalise import canonical_question

        correct: Callable[..., str] | None = None
        try:
            from bastion.gateway.semcache import spelling

            correct = spelling.correct
        except ImportError:  # an older checkout (``--hand`` against main): no second try
            pass

        a, b = self.prompt(stored), self.prompt(asked)
        if canonical_question(a) == canonical_question(b):
            return Decision(True, "normalised")
        first = self._semantic(a, b)
        if first.served or correct is None:
            return first
        # No candidate served: the lookup's second try, the prompt's typos corrected towards
        # the stored prompt's words (``SemanticCache._semantic``).
        words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", a) if len(w) >= 2)
        fixed = correct(b, words, self.encoder.static.word_id)
        if fixed == b:
            return first
        if canonical_question(a) == canonical_question(fixed):
            return Decision(True, "corrected, normalised")
        again = self._semantic(a, fixed)
        return Decision(again.served, f"corrected, {again.stop}")

    def _semantic(self, a: str, b: str) -> Decision:
        import numpy as np

        from bastion.gateway.semcache import guards as guard_module
        from bastion.gateway.semcache import minilm_stage as minilm_module
        from bastion.gateway.semcache.guards import extract
        from bastion.gateway.semcache.lexicon import read_synonyms
        from bastion.gateway.semcache.minilm_stage import stage_features
        from bastion.gateway.semcache.verifier import pair_features

        va, vb = self.encoder.embed_sync([a, b])
        score = float(va @ vb)
        if score < self.s.candidate_floor:
            return Decision(False, "floor")
        refused = self.guards.quick(b, a, 0.0)
        verdict = refused or self.guards.check(extract(b), extract(a), float("inf"), 0.0)
        if not verdict.ok:
            return Decision(False, f"guard:{verdict.reason}")
        features = pair_features(extract(b), extract(a), b, a, score)
        p = float(self.verifier.probability(features))
        if p >= self.upper:
            return Decision(True, "over band")
        if p < self.stage.lower:
            return Decision(False, "under band")
        # MiniLM reads the prompts as ``MiniLMStage`` does (the synonym reading, lexicon.py).
        ma, mb = self.minilm.embed_sync([read_synonyms(a), read_synonyms(b)])
        q = float(self.stage.probability(stage_features(float(ma @ mb), p, np.asarray(features)))[0])
        # The stage asks less where the questions' frames agree (``MiniLMStage``; an older
        # checkout, ``--hand`` against main, has one threshold).
        # ``threshold_discount`` (j103) lowers it for every band candidate (0 on older checkouts).
        threshold = self.stage.threshold - getattr(self.s.second_stage, "threshold_discount", 0.0)
        frames_agree = getattr(guard_module, "frames_agree", None)
        if frames_agree is not None:
            discount = self.s.second_stage.agreeing_discount
            threshold = self.stage.threshold_for(frames_agree(extract(b), extract(a)), discount) - (
                getattr(self.s.second_stage, "threshold_discount", 0.0)
            )
        # ``short_discount`` (j120) for a pair of short prompts (absent on older checkouts).
        short_pair = getattr(minilm_module, "short_pair", None)
        if short_pair is not None and short_pair(a, b, self.s.second_stage.short_words):
            threshold -= self.s.second_stage.short_discount
        same = q >= threshold
        return Decision(same, "minilm served" if same else "minilm refused")


def evaluate(families: list[Family], verbose: bool = False) -> dict[str, tuple[int, int]]:
    judge = PairJudge()
    out: dict[str, tuple[int, int]] = {}
    per_cat: dict[tuple[str, str], list[bool]] = defaultdict(list)
    stops: Counter[tuple[str, str]] = Counter()
    for fam in families:
        for kind, ps in (("paraphrase", fam.paraphrases), ("trap", fam.traps)):
            for a, b in ps:
                d = judge.decide(a, b)
                per_cat[(kind, fam.category)].append(d.served)
                stops[(kind, d.stop)] += 1
                if verbose and (d.served != (kind == "paraphrase")):
                    print(f"  [{kind} {fam.name} {d.stop}] {a!r} / {b!r}")
    for kind in ("paraphrase", "trap"):
        rows = [v for (k, _), vs in per_cat.items() if k == kind for v in vs]
        out[kind] = (sum(rows), len(rows))
        print(f"{kind}s served: {sum(rows)}/{len(rows)}")
        for (k, cat), vs in sorted(per_cat.items()):
            if k == kind:
                print(f"  {cat}: {sum(vs)}/{len(vs)}")
        print("  stops: " + ", ".join(f"{s} {n}" for (k, s), n in stops.most_common() if k == kind))
    return out


def qqp_typo_path() -> None:
    """What the typo path (the second try with the prompt corrected) changes on the training
    part's Quora pairs: duplicates and non-duplicates served only thanks to it."""
    from bastion.gateway.semcache import train
    from bastion.gateway.semcache.spelling import correct

    judge = PairJudge()
    tr, _ = train.datasets()
    changed: Counter[int] = Counter()
    gained: Counter[int] = Counter()
    n: Counter[int] = Counter()
    for a, b, label, src in zip(tr.a, tr.b, tr.label, tr.source, strict=True):
        if src != "qqp":
            continue
        n[int(label)] += 1
        words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", a) if len(w) >= 2)
        if correct(b, words, judge.encoder.static.word_id) == b:
            continue
        changed[int(label)] += 1
        d = judge.decide(a, b)
        if d.served and d.stop.startswith("corrected"):
            gained[int(label)] += 1
            print(f"  [{'dup' if label else 'NON-dup'}] {a!r} / {b!r} -> {d.stop}")
    for lab, name in ((1, "duplicates"), (0, "non-duplicates")):
        print(f"training qqp {name}: {n[lab]}, corrected: {changed[lab]}, served only corrected: {gained[lab]}")


def hand_pairs() -> None:
    """The older hand-written pairs (``tests/semcache``: ``pairs.py``, ``pair_categories.py``,
    ``pair_families.py``; training and held-out parts, as ``train.datasets`` reads them) through
    the same judge: paraphrases and traps served, by part. Runs against an older checkout too
    (``PYTHONPATH=<checkout>``), for a before/after."""
    from bastion.gateway.semcache import train

    judge = PairJudge()
    for part, ds in zip(("training", "held-out"), train.datasets(), strict=True):
        counts: Counter[tuple[str, bool]] = Counter()
        for a, b, src in zip(ds.a, ds.b, ds.source, strict=True):
            if src == "qqp":
                continue
            kind = "trap" if src.startswith("trap") else "paraphrase"
            served = judge.decide(a, b).served
            counts[(kind, served)] += 1
            if served and kind == "trap":
                print(f"  [{part} trap served] {a!r} / {b!r}")
        for kind in ("paraphrase", "trap"):
            k, n = counts[(kind, True)], counts[(kind, True)] + counts[(kind, False)]
            print(f"{part} hand-written {kind}s served: {k}/{n}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true", help="the held-out families (look once)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pairs decided wrongly")
    ap.add_argument("--hand", action="store_true", help="the older hand-written pairs (tests/semcache)")
    ap.add_argument("--qqp", action="store_true", help="the typo path on the training part's Quora pairs")
    args = ap.parse_args()
    if args.hand:
        hand_pairs()
        raise SystemExit(0)
    if args.qqp:
        qqp_typo_path()
        raise SystemExit(0)
    fams = split(args.held_out)
    print(f"{'held-out' if args.held_out else 'tuning'} families: {len(fams)}")
    evaluate(fams, args.verbose)
