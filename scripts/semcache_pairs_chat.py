"""Hand-written pair families for casual chat-speak paraphrases (issue #13, engineer j68),
written before the fix, without reading the blind set (``semcache_fresh_pairs.py``).

* ``chat shorthand``: "can u", "ur", "pls"/"plz", "w/", "w/o", "b4", a closing "thx"/"ty", "idk
  how to", and chatty openers ("hey so", "yo", "ok so", "quick q:") around an ordinary question;
  traps: the same shorthand around another question;
* ``chat lookalike``: tokens that look like shorthand but are not ("U-boat", "UR" as a company,
  "u" as a variable or a unit of insulin, "Ty" as a name), against the question a wrong
  expansion would make of them, or another question.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_chat.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "can_u",
        "chat shorthand",
        [
            ("How do I reset my router?", "can u tell me how to reset my router"),
            ("Can you recommend a good beginner camera?", "can u recommend a good beginner camera"),
            ("Do you know how long to boil an egg?", "do u know how long to boil an egg"),
            ("How do I change my password?", "how do u change ur password"),
        ],
        [
            ("How do I reset my router?", "can u tell me how to reset my modem"),
            ("Can you recommend a good beginner camera?", "can u recommend a good beginner guitar"),
        ],
    ),
    _f(
        "pls_thx",
        "chat shorthand",
        [
            ("How do I merge two PDFs?", "how do i merge two pdfs pls"),
            ("What is the capital of Australia?", "what is the capital of australia? thx"),
            ("How do I unfreeze my card?", "plz how do I unfreeze my card"),
            ("How long should I rest a steak?", "how long should I rest a steak? ty"),
        ],
        [
            ("How do I merge two PDFs?", "how do i split a pdf pls"),
            ("How long should I rest a steak?", "how long should I rest a chicken? ty"),
        ],
    ),
    _f(
        "with_without",
        "chat shorthand",
        [
            ("How do I make pancakes without eggs?", "how do I make pancakes w/o eggs"),
            ("How do I share a folder with my team?", "how do I share a folder w/ my team"),
            ("Can I travel to Canada without a visa?", "can I travel to canada w/o a visa"),
        ],
        [
            ("How do I make pancakes without eggs?", "how do I make pancakes w/ eggs"),
            ("Can I travel to Canada without a visa?", "can I travel to canada w/ a visa"),
            ("How do I share a folder with my team?", "how do I share a folder w/o my team seeing it"),
        ],
    ),
    _f(
        "openers",
        "chat shorthand",
        [
            ("How do I clean a cast iron pan?", "hey so how do I clean a cast iron pan"),
            ("What is a Roth IRA?", "yo what is a roth ira"),
            ("How do I cancel my subscription?", "ok so how do I cancel my subscription"),
            ("Can I freeze cooked rice?", "quick q: can I freeze cooked rice?"),
        ],
        [
            ("How do I clean a cast iron pan?", "hey so how do I season a cast iron pan"),
            ("Can I freeze cooked rice?", "quick q: can I reheat cooked rice?"),
        ],
    ),
    _f(
        "chat_held_mixed",
        "chat shorthand",
        [
            ("How do I update your app?", "hey so how do I update ur app pls"),
            ("What should I eat before a run?", "what should I eat b4 a run"),
            ("How do I cook rice without a rice cooker?", "yo can u tell me how to cook rice w/o a rice cooker"),
        ],
        [
            ("What should I eat before a run?", "what should I eat after a run"),
            ("How do I update your app?", "hey so how do I delete ur app pls"),
        ],
    ),
    _f(
        "idk_how_to",
        "chat shorthand",
        [
            ("How do I tie a tie?", "idk how to tie a tie"),
            ("How do I use git rebase?", "idk how to use git rebase"),
            ("How do I file my taxes?", "idk how to file my taxes pls help"),
        ],
        [
            ("How do I tie a tie?", "idk how to tie a bow tie"),
            ("How do I use git rebase?", "idk how to use git merge"),
        ],
    ),
    _f(
        "ur_before",
        "chat shorthand",
        [
            ("What is your refund policy?", "what is ur refund policy"),
            ("What should I check before buying a used car?", "what should I check b4 buying a used car"),
            ("Are you able to read your own source code?", "r u able to read ur own source code"),
        ],
        [
            ("What is your refund policy?", "what is ur shipping policy"),
            ("What should I check before buying a used car?", "what should I check after buying a used car"),
        ],
    ),
    _f(
        "u_lookalike",
        "chat lookalike",
        [],
        [
            ("How did U-boats work?", "How did you boats work?"),
            ("What does u = x + 1 do?", "What does you = x + 1 do?"),
            ("What is the derivative of u squared?", "What is the derivative of you squared?"),
            ("Is 5 u of insulin a lot?", "Is 5 you of insulin a lot?"),
            ("Is 5 u of insulin a lot?", "Is 50 u of insulin a lot?"),
        ],
    ),
    _f(
        "ur_ty_lookalike",
        "chat lookalike",
        [],
        [
            ("What is UR's share price?", "What is your share price?"),
            ("Who founded UR Energy?", "Who founded your energy?"),
            ("Who voiced Uncle Ty?", "Who voiced Uncle?"),
            ("What did Ty Cobb hit in 1911?", "What did Cobb hit in 1911?"),
        ],
    ),
    _f(
        "lookalike_held",
        "chat lookalike",
        [],
        [
            ("What was the U-2 incident?", "What was the you-2 incident?"),
            ("How do I compute u dot v?", "How do I compute you dot v?"),
            ("What is the UR in UR Robotics?", "What is the your in your Robotics?"),
            ("How tall is Ty Pennington?", "How tall is Pennington?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
