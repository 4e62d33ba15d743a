"""Hand-written pair families for three guard/normalisation defects of the semantic cache (issue
#13, engineer j65), written before any fix, without reading the blind set
(``semcache_fresh_pairs.py``) or the held-out fifth of ``tests/semcache/pair_register.py``.

* ``wrapper``: a leading courtesy or context sentence that carries nothing of the question ("I'm
  new to this - how do I ...", "Sorry if this is a dumb question, but ...", "Quick question:
  ...", "Please advise on the correct procedure to ..."); traps: a leading clause that does
  change the question ("I'm on Windows - ...", "For my dog, ...", "I don't have admin rights.
  ..."), and the same wrapper around another question;
* ``never``: "I've never done this before. How do I ...?" against the plain question; traps: a
  real negation of the question ("How do I ... without ...", "Why does ... never ...");
* ``role swap``: two roles, one or both of two words, trading places around a verb ("Does the
  buyer pay the estate agent?" / "Does the estate agent pay the buyer?"); paraphrases: the same
  roles in the same order, reworded.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge``: the cache's own decision for one stored
candidate with the shipped settings and trained files.

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_wrappers.py [--held-out] [-v]``.
"""

from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, evaluate, split_families  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "new_to_this",
        "wrapper",
        [
            ("How do I reset my router?", "I'm new to this - how do I reset my router?"),
            ("How do I make sourdough starter?", "I'm new to this, how do I make a sourdough starter?"),
            ("How do I change a bike tyre?", "Complete beginner here. How do I change a bike tyre?"),
            ("How do I file a tax return?", "I'm new to all this. How do I file a tax return?"),
        ],
        [
            ("How do I reset my router?", "I'm on a Mac - how do I reset my router?"),
            ("How do I change a bike tyre?", "I'm new to this - how do I change a car tyre?"),
            ("How do I make sourdough starter?", "I'm new to this - how do I make sourdough bread?"),
        ],
    ),
    _f(
        "dumb_question",
        "wrapper",
        [
            ("What is a Roth IRA?", "Sorry if this is a dumb question, but what is a Roth IRA?"),
            ("How do I boil rice?", "This might be a stupid question, but how do I boil rice?"),
            ("What does a VPN do?", "Sorry for the basic question - what does a VPN do?"),
            ("How often should I water a cactus?", "Silly question: how often should I water a cactus?"),
        ],
        [
            ("What is a Roth IRA?", "Sorry if this is a dumb question, but what is a traditional IRA?"),
            ("How do I boil rice?", "This might be a stupid question, but how do I fry rice?"),
            ("How often should I water a cactus?", "Silly question: how often should I water a fern?"),
        ],
    ),
    _f(
        "quick_question",
        "wrapper",
        [
            ("How do I merge two PDF files?", "Quick question: how do I merge two PDF files?"),
            ("Can I freeze cooked pasta?", "Quick question - can I freeze cooked pasta?"),
            ("How long does a passport renewal take?", "Just a quick one: how long does a passport renewal take?"),
            ("What is the boiling point of water?", "Random question, but what is the boiling point of water?"),
        ],
        [
            ("How do I merge two PDF files?", "Quick question: how do I split a PDF file?"),
            ("Can I freeze cooked pasta?", "Quick question - can I freeze cooked rice?"),
            ("How long does a passport renewal take?", "Quick question: how much does a passport renewal cost?"),
        ],
    ),
    _f(
        "please_advise",
        "wrapper",
        [
            ("How do I request annual leave?", "Please advise on the correct procedure to request annual leave."),
            ("How do I submit an expense claim?", "Please advise on the correct process to submit an expense claim."),
            ("How do I reset my VPN token?", "Kindly advise on the proper procedure to reset my VPN token."),
            ("How do I report a lost badge?", "Please advise on the procedure to report a lost badge."),
        ],
        [
            ("How do I request annual leave?", "Please advise on the correct procedure to cancel annual leave."),
            ("How do I submit an expense claim?", "Please advise on the correct process to approve an expense claim."),
            ("How do I report a lost badge?", "Please advise on the procedure to replace a lost laptop."),
        ],
    ),
    _f(
        "context_clause_changes",
        "wrapper",
        [
            ("How do I clear my browser cache?", "Hoping someone can help - how do I clear my browser cache?"),
            ("How do I remove a wine stain?", "Any help appreciated: how do I remove a wine stain?"),
            ("How do I cancel my gym membership?", "Just wondering, how do I cancel my gym membership?"),
        ],
        [
            ("How do I clear my browser cache?", "I'm on Windows - how do I clear my browser cache?"),
            ("How do I install Python packages?", "I don't have admin rights. How do I install Python packages?"),
            ("How much should I feed my puppy?", "For my cat, how much should I feed my puppy?"),
            ("How do I cancel my gym membership?", "My contract ended - how do I cancel my gym membership?"),
        ],
    ),
    _f(
        "never_done_before",
        "never",
        [
            ("How do I jump-start a car?", "I've never done this before. How do I jump-start a car?"),
            ("How do I bleed a radiator?", "I have never done this before, how do I bleed a radiator?"),
            ("How do I set up a budget spreadsheet?", "Never done this before - how do I set up a budget spreadsheet?"),
            ("How do I carve a turkey?", "I've never done it before. How do I carve a turkey?"),
        ],
        [
            ("How do I jump-start a car?", "I've never done this before. How do I jump-start a motorbike?"),
            ("How do I install a printer?", "How do I install a printer without a driver?"),
            ("Why does my bread rise?", "Why does my bread never rise?"),
        ],
    ),
    _f(
        "never_used_before",
        "never",
        [
            ("How do I use Git?", "I've never used it before. How do I use Git?"),
            (
                "How do I open a brokerage account?",
                "I've never done anything like this. How do I open a brokerage account?",
            ),
            ("How do I cook a lobster?", "First time doing this - how do I cook a lobster?"),
        ],
        [
            ("How do I open a brokerage account?", "I've never had a bank account. How do I open a brokerage account?"),
            ("Can I eat raw eggs?", "Can I never eat raw eggs?"),
            ("Do I need a visa for Japan?", "Do I not need a visa for Japan?"),
        ],
    ),
    _f(
        "role_swap_two_words",
        "role swap",
        [
            ("Does the buyer pay the estate agent?", "Is the buyer the one who pays the estate agent?"),
            ("Does the tenant pay the letting agent?", "Is it the tenant who pays the letting agent?"),
        ],
        [
            ("Does the buyer pay the estate agent?", "Does the estate agent pay the buyer?"),
            ("Does the tenant pay the letting agent?", "Does the letting agent pay the tenant?"),
            ("Can the project manager fire a team lead?", "Can a team lead fire the project manager?"),
            (
                "Does the insurance company reimburse the car owner?",
                "Does the car owner reimburse the insurance company?",
            ),
            ("Should a new employee email the hiring manager?", "Should the hiring manager email a new employee?"),
        ],
    ),
    _f(
        "role_swap_sue",
        "role swap",
        [
            ("Can a subcontractor sue the main contractor?", "Is a subcontractor able to sue the main contractor?"),
            ("Can a student sue the school district?", "Is it possible for a student to sue the school district?"),
        ],
        [
            ("Can a subcontractor sue the main contractor?", "Can the main contractor sue a subcontractor?"),
            ("Can a student sue the school district?", "Can the school district sue a student?"),
            (
                "Does the credit card company owe the cardholder money?",
                "Does the cardholder owe the credit card company money?",
            ),
        ],
    ),
    _f(
        "formal_wrappers",
        "wrapper",
        [
            ("How do I renew my parking permit?", "Good afternoon. How do I renew my parking permit?"),
            (
                "What is the dress code for the office?",
                "Hi there, hope you're well. What is the dress code for the office?",
            ),
            ("How do I book a meeting room?", "Apologies for the bother, but how do I book a meeting room?"),
        ],
        [
            ("How do I renew my parking permit?", "Good afternoon. How do I cancel my parking permit?"),
            ("How do I book a meeting room?", "Apologies for the bother, but how do I book a parking space?"),
        ],
    ),
]


def split(held: bool) -> list[Family]:
    return split_families(FAMILIES, held)


def register_families(held: bool) -> list[Family]:
    """``tests/semcache/pair_register.py``'s families (its training part, or its held-out fifth,
    looked at once) as families of this script, for the same judge (the normalised phase and
    the prompt key's wrapper stripping included, which ``bench.semcache.quality_curve`` leaves
    out)."""
    sys.path.append(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from tests.semcache import pair_register as reg

    def group(families: dict[str, tuple[str, list[tuple[str, str]]]], kind: str) -> list[Family]:
        out: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for name, cat, pair in reg.family_pairs(families, held):
            out.setdefault((name, cat), []).append(pair)
        return [
            _f(name, cat, pairs if kind == "paraphrase" else [], pairs if kind == "trap" else [])
            for (name, cat), pairs in out.items()
        ]

    return group(reg.PARAPHRASE_FAMILIES, "paraphrase") + group(reg.TRAP_FAMILIES, "trap")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true", help="the held-out families (look once)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pairs decided wrongly")
    ap.add_argument(
        "--register", action="store_true", help="pair_register.py's families instead (--held-out: its fifth)"
    )
    args = ap.parse_args()
    fams = register_families(args.held_out) if args.register else split(args.held_out)
    print(f"{'held-out' if args.held_out else 'tuning'} families: {len(fams)}")
    evaluate(fams, args.verbose)
