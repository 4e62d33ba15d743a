"""Hand-written pair families for questions that differ by the tense or the modal of their
auxiliary (issue #13, engineer j83), written before any change, without reading the blind set
(``semcache_fresh_pairs.py``).

* ``tense paraphrase``: another auxiliary that asks the same thing: "How do I X" / "How can I X" /
  "Can I X", a historical question in either tense ("What caused WW1" / "What was the cause of
  WW1"), "is" / "are", "do" / "does", an auxiliary on one side only;
* ``tense trap``: the tense or the modal changes the answer: was / is, did / does, will / does,
  should / can, must / may, "had" / "has".

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_tense.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "how_do_can",
        "tense paraphrase",
        [
            ("How do I reset my router?", "how can i reset my router"),
            ("How can I remove a wine stain?", "how do i remove a wine stain?"),
            ("Can I freeze cooked rice?", "is it ok to freeze cooked rice"),
            ("How do I get rid of fruit flies?", "how can i get rid of fruit flies?"),
            ("How can I improve my credit score?", "how do you improve your credit score"),
        ],
        [
            ("Should I freeze cooked rice?", "can i freeze cooked rice?"),
            ("How did I reset my router?", "how do i reset my router"),
            ("Do cats need baths?", "should cats have baths?"),
            ("Can I drink coffee while pregnant?", "did i drink coffee while pregnant?"),
        ],
    ),
    _f(
        "who_is_was",
        "tense trap",
        [
            ("Who is the CEO of Tesla?", "who's the ceo of tesla"),
            ("Who was the first man on the moon?", "who was the first person to walk on the moon"),
            ("Who is the current president of France?", "who is president of france now?"),
            ("Who was Napoleon?", "who was napoleon bonaparte?"),
        ],
        [
            ("Who is the CEO of Twitter?", "who was the ceo of twitter"),
            ("Who is the prime minister of Italy?", "who was the prime minister of italy?"),
            ("Who is the coach of the Lakers?", "who will be the coach of the lakers?"),
            ("Who is the richest person in the world?", "who was the richest person in the world?"),
        ],
    ),
    _f(
        "do_did_will",
        "tense trap",
        [
            ("Do cats need baths?", "do cats really need baths?"),
            ("Does it rain a lot in Seattle?", "does seattle get a lot of rain?"),
            ("Do I need a passport to fly to Mexico?", "do you need a passport to fly to mexico"),
            ("Does coffee stunt your growth?", "does drinking coffee stunt growth?"),
        ],
        [
            ("Do cats need baths?", "can cats need baths?"),
            ("How long do I boil an egg?", "how long did i boil the egg"),
            ("Does it rain a lot in Seattle?", "will it rain a lot in seattle?"),
            ("Do I need a passport to fly to Mexico?", "did i need a passport to fly to mexico?"),
            ("Does the store open on Sundays?", "will the store open on sundays?"),
        ],
    ),
    _f(
        "history_either_tense",
        "tense paraphrase",
        [
            ("When did World War 2 end?", "when was the end of world war 2?"),
            ("What caused the fall of Rome?", "what was the cause of the fall of rome?"),
            ("Why did the Titanic sink?", "why was the titanic sunk so fast?"),
            ("Who invented the telephone?", "who was the inventor of the telephone?"),
            ("What is the history of the Eiffel Tower?", "what's the history of the eiffel tower"),
        ],
        [
            ("Who was the king of England in 1600?", "who is the king of england"),
            ("What was the population of London?", "what is the population of london?"),
            ("What did the Romans eat?", "what do the romans eat?"),
        ],
    ),
    _f(
        "held_modal",
        "tense trap",
        [
            ("How do I unclog a drain?", "how can i unclog a drain"),
            ("Can I use baking soda instead of baking powder?", "can you use baking soda instead of baking powder"),
            ("Is it safe to eat raw cookie dough?", "is raw cookie dough safe to eat"),
            ("How do you say thank you in Japanese?", "how can i say thank you in japanese?"),
        ],
        [
            ("Should I tip my hairdresser?", "can i tip my hairdresser?"),
            ("Do I have to pay taxes on a gift?", "should i pay taxes on a gift?"),
            ("Is the museum open on Monday?", "was the museum open on monday?"),
            ("Does the bank charge a fee?", "will the bank charge a fee?"),
        ],
    ),
    _f(
        "should_can",
        "tense trap",
        [
            ("Should I water succulents every day?", "should i be watering succulents every day?"),
            ("Can dogs eat grapes?", "can a dog eat grapes"),
            ("Should I stretch before running?", "is it good to stretch before running?"),
            ("Can I charge my phone overnight?", "can i leave my phone charging overnight"),
        ],
        [
            ("Should I water succulents every day?", "can i water succulents every day?"),
            ("Can I stretch before running?", "should i stretch before running?"),
            ("Must I declare cash at customs?", "may i declare cash at customs?"),
            ("Should dogs eat grapes?", "can dogs eat grapes?"),
        ],
    ),
    _f(
        "is_are_present",
        "tense paraphrase",
        [
            ("Are tomatoes a fruit?", "is a tomato a fruit?"),
            ("Is the Great Wall visible from space?", "can you see the great wall from space?"),
            ("What are the symptoms of flu?", "what is the symptom of the flu"),
            ("Is it bad to crack your knuckles?", "does cracking your knuckles do harm?"),
        ],
        [
            ("Is the Great Wall visible from space?", "was the great wall visible from space?"),
            ("Are tomatoes a fruit?", "were tomatoes a fruit?"),
            ("What is the speed limit on the highway?", "what was the speed limit on the highway?"),
        ],
    ),
    _f(
        "has_had",
        "tense trap",
        [
            ("Has the Mona Lisa ever been stolen?", "was the mona lisa ever stolen?"),
            ("How many moons does Mars have?", "how many moons has mars got?"),
            ("Has anyone climbed Everest without oxygen?", "did anyone climb everest without oxygen"),
            ("What does a plumber do?", "what is it that a plumber does?"),
        ],
        [
            ("How many moons does Mars have?", "how many moons did mars have?"),
            ("Has the company paid the dividend?", "will the company pay the dividend?"),
            ("Does the hotel have a pool?", "did the hotel have a pool?"),
            ("Is the bridge closed?", "will the bridge be closed?"),
        ],
    ),
    _f(
        "what_can_do",
        "tense paraphrase",
        [
            ("What can I do about a sore throat?", "what do i do about a sore throat?"),
            ("Where can I buy stamps?", "where do i buy stamps?"),
            ("What should I do if I get stung by a bee?", "what do i do if a bee stings me"),
            ("How should I store fresh basil?", "how do i store fresh basil?"),
        ],
        [
            ("Where can I buy stamps?", "where did i buy stamps?"),
            ("What should I eat before a run?", "what did i eat before a run?"),
            ("Where will the Olympics be held?", "where were the olympics held?"),
        ],
    ),
    _f(
        "held_tense",
        "tense trap",
        [
            ("When did the Berlin Wall fall?", "when was the fall of the berlin wall?"),
            ("Can I pay with a credit card?", "do you accept credit cards?"),
            ("Why is the sky blue?", "why's the sky blue"),
            ("How do I make cold brew coffee?", "how can i make cold brew coffee?"),
        ],
        [
            ("Who is the mayor of Chicago?", "who was the mayor of chicago?"),
            ("Do I need a visa for Canada?", "did i need a visa for canada?"),
            ("Will it snow in London?", "does it snow in london?"),
            ("Should I get a flu shot?", "can i get a flu shot?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
