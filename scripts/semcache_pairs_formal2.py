"""Hand-written pair families for formal-register STRUCTURE (issue #13, engineer j76), a second
round after ``semcache_pairs_formal.py`` (openers and sign-offs), written before the change,
without reading the blind set (``semcache_fresh_pairs.py``) or the held-out fifth of
``tests/semcache/pair_register.py``.

* ``formal structure``: "What is the procedure / process for X-ing", "What steps are required to
  X", "Kindly provide instructions for X-ing", "I would like to know / enquire how to X", "How may
  I X", "By what means can I X", "What is the recommended approach to X-ing", "What would be the
  most appropriate method of X-ing", "Is it permissible / permitted to X", "What are the
  requirements for X-ing"; nominalisations ("the renewal of my passport" for "renew my passport");
* traps: the same frame around another verb ("procedure for cancelling" / "procedure for
  appealing", "requirements to rent" / "requirements to buy"), a frame whose content differs
  ("What are the requirements for renting a flat?" asks what is needed, not how; "Is it advisable
  to X" is not "Is it permitted to X"), and a request to act ("I would like to cancel my
  subscription", "Kindly provide a copy of my invoice") against "How do I ...";
* a second batch, written after the first change and before the second: "I am writing to enquire
  / I wish to know how to X", "What measures should be taken / What are the necessary steps /
  What course of action should I take / What steps must one take to X", "the most efficient means
  / most effective method / optimal way of X-ing", "Would I be permitted / Would it be
  permissible / Am I permitted to X"; traps as above ("permitted" / "required", "obliged",
  "advisable"; "steps" / "documents"; a request to act).

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_formal2.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "procedure_for",
        "formal structure",
        [
            ("How do I obtain a passport?", "What is the procedure for obtaining a passport?"),
            ("How do I renew a driving licence?", "What is the process for renewing a driving licence?"),
            ("How do I report a lost bank card?", "What is the correct procedure for reporting a lost bank card?"),
            ("How do I register a business?", "What steps are required to register a business?"),
            ("How do I change my address?", "What is the procedure to change my address?"),
        ],
        [
            ("What is the procedure for cancelling an order?", "What is the procedure for returning an order?"),
            ("How do I obtain a passport?", "What is the procedure for replacing a passport?"),
            ("How do I renew a driving licence?", "What is the process for suspending a driving licence?"),
            ("What is the procedure for appealing a parking fine?", "What is the procedure for paying a parking fine?"),
        ],
    ),
    _f(
        "requirements_for",
        "formal structure",
        [
            ("What do I need to rent a flat?", "What are the requirements for renting a flat?"),
            ("What is required to open a bank account?", "What are the requirements to open a bank account?"),
            ("What do I need to adopt a dog?", "What are the requirements for adopting a dog?"),
            ("What do I need to get a work visa?", "What is required to obtain a work visa?"),
        ],
        [
            ("What are the requirements to rent a flat?", "What are the requirements to buy a flat?"),
            ("How do I rent a flat?", "What are the requirements for renting a flat?"),
            ("What are the requirements for adopting a dog?", "What are the costs of adopting a dog?"),
            ("What is required to open a bank account?", "What is required to close a bank account?"),
        ],
    ),
    _f(
        "would_like_to_know",
        "formal structure",
        [
            ("How do I change my email address?", "I would like to know how to change my email address."),
            ("How do I transfer my pension?", "I would like to enquire how to transfer my pension."),
            ("How do I close my account?", "I would like to enquire as to how I can close my account."),
            ("How do I update my direct debit?", "I should like to know how I may update my direct debit."),
        ],
        [
            ("How do I cancel my subscription?", "I would like to cancel my subscription."),
            ("How do I close my account?", "I would like to enquire about opening an account."),
            (
                "I would like to know how to change my email address.",
                "I would like to know why my email address changed.",
            ),
        ],
    ),
    _f(
        "instructions_provide",
        "formal structure",
        [
            ("How do I reset my password?", "Kindly provide instructions for resetting my password."),
            (
                "How do I install the printer driver?",
                "Please provide instructions on how to install the printer driver.",
            ),
            ("How do I file a complaint?", "Kindly provide guidance on filing a complaint."),
            ("How do I set up direct deposit?", "Please provide instructions for setting up direct deposit."),
        ],
        [
            ("How do I get a copy of my invoice?", "Kindly provide a copy of my invoice."),
            ("Kindly provide instructions for resetting my password.", "Kindly reset my password."),
            ("How do I file a complaint?", "Kindly provide guidance on withdrawing a complaint."),
        ],
    ),
    _f(
        "formal_structure_held",
        "formal structure",
        [
            ("How do I apply for a student loan?", "What is the procedure for applying for a student loan?"),
            ("What do I need to become a foster parent?", "What are the requirements for becoming a foster parent?"),
            ("How do I update my phone number?", "I would like to know how to update my phone number."),
            ("How do I dispute a charge?", "Kindly provide instructions for disputing a charge."),
        ],
        [
            (
                "What is the procedure for applying for a student loan?",
                "What is the procedure for repaying a student loan?",
            ),
            ("How do I update my phone number?", "I would like to update my phone number."),
            (
                "What are the requirements for becoming a foster parent?",
                "What are the benefits of becoming a foster parent?",
            ),
        ],
    ),
    _f(
        "how_may_i",
        "formal structure",
        [
            ("How do I cancel my booking?", "How may I cancel my booking?"),
            ("How do I request a refund?", "By what means can I request a refund?"),
            ("How do I contact customer services?", "How might one contact customer services?"),
            ("How do I book an appointment?", "In what manner should I book an appointment?"),
        ],
        [
            ("How may I cancel my booking?", "How may I amend my booking?"),
            ("How do I request a refund?", "By what means can I request an exchange?"),
            ("How might one contact customer services?", "Why might one contact customer services?"),
        ],
    ),
    _f(
        "recommended_approach",
        "formal structure",
        [
            ("What is the best way to learn a language?", "What is the recommended approach to learning a language?"),
            (
                "What is the best way to clean a leather sofa?",
                "What would be the most appropriate method of cleaning a leather sofa?",
            ),
            ("What is the best way to store fresh herbs?", "What is the recommended method for storing fresh herbs?"),
            ("What is the best way to pay off debt?", "What would be the most appropriate way to pay off debt?"),
        ],
        [
            (
                "What is the recommended approach to learning a language?",
                "What is the recommended age for learning a language?",
            ),
            (
                "What is the best way to clean a leather sofa?",
                "What would be the most appropriate method of repairing a leather sofa?",
            ),
            ("What is the best way to store fresh herbs?", "What is the recommended method for drying fresh herbs?"),
        ],
    ),
    _f(
        "permissible",
        "formal structure",
        [
            ("Am I allowed to bring food on a plane?", "Is it permissible to bring food on a plane?"),
            ("Can I work while on a student visa?", "Is it permitted to work while on a student visa?"),
            ("Am I allowed to park on the pavement?", "Is one permitted to park on the pavement?"),
            ("Can I bring my dog into the shop?", "Is it permissible for me to bring my dog into the shop?"),
        ],
        [
            ("Is it permissible to bring food on a plane?", "Is it permissible to bring liquids on a plane?"),
            ("Am I allowed to work while on a student visa?", "Is it advisable to work while on a student visa?"),
            ("Is it permitted to park on the pavement?", "Is it safe to park on the pavement?"),
        ],
    ),
    _f(
        "nominalisation",
        "formal structure",
        [
            ("How do I renew my passport?", "What is the procedure for the renewal of my passport?"),
            ("How do I cancel my subscription?", "What is the process for the cancellation of my subscription?"),
            ("How do I register a vehicle?", "Kindly advise on the procedure for the registration of a vehicle."),
            ("How do I replace a lost card?", "What is the procedure for the replacement of a lost card?"),
        ],
        [
            (
                "What is the procedure for the renewal of my passport?",
                "What is the procedure for the cancellation of my passport?",
            ),
            ("How do I register a vehicle?", "What is the procedure for the registration of a company?"),
            ("How do I cancel my subscription?", "What is the fee for the cancellation of my subscription?"),
        ],
    ),
    _f(
        "formal_structure_held_two",
        "formal structure",
        [
            ("How do I cancel my gym membership?", "What is the process for the cancellation of my gym membership?"),
            ("Can I smoke on the balcony?", "Is it permissible to smoke on the balcony?"),
            ("How do I submit an expense claim?", "How may I submit an expense claim?"),
            (
                "What is the best way to prepare for an interview?",
                "What is the recommended approach to preparing for an interview?",
            ),
        ],
        [
            ("Is it permissible to smoke on the balcony?", "Is it permissible to barbecue on the balcony?"),
            ("How may I submit an expense claim?", "How may I query an expense claim?"),
            ("How do I cancel my gym membership?", "What is the process for the suspension of my gym membership?"),
        ],
    ),
    # ---- second batch (written after the first change, before the second) ---------------------
    _f(
        "writing_to_enquire",
        "formal structure",
        [
            ("How do I change my tariff?", "I am writing to enquire how I can change my tariff."),
            ("How do I apply for a parking permit?", "I am writing to ask how to apply for a parking permit."),
            ("How do I transfer my licence?", "I wish to know how to transfer my licence."),
            ("How do I request my medical records?", "I wish to enquire how I may request my medical records."),
        ],
        [
            ("How do I change my tariff?", "I am writing to request a change to my tariff."),
            (
                "I am writing to enquire how I can change my tariff.",
                "I am writing to enquire why my tariff has changed.",
            ),
            ("How do I apply for a parking permit?", "I am writing to ask how to appeal a parking permit refusal."),
        ],
    ),
    _f(
        "necessary_steps_measures",
        "formal structure",
        [
            ("How do I secure my home network?", "What measures should be taken to secure my home network?"),
            ("How do I register to vote?", "What are the necessary steps to register to vote?"),
            ("How do I obtain a mortgage?", "What course of action should I take to obtain a mortgage?"),
            ("How do I claim asylum?", "What steps must one take to claim asylum?"),
        ],
        [
            (
                "What measures should be taken to secure my home network?",
                "What measures should be taken to speed up my home network?",
            ),
            ("How do I register to vote?", "What are the necessary documents to register to vote?"),
            ("What steps must one take to claim asylum?", "What steps must one take to appeal an asylum decision?"),
        ],
    ),
    _f(
        "most_efficient_means",
        "formal structure",
        [
            ("What is the best way to learn to code?", "What is the most efficient means of learning to code?"),
            ("What is the best way to remove limescale?", "What is the most effective method for removing limescale?"),
            ("What is the best way to invest savings?", "What would be the optimal way to invest savings?"),
            (
                "What is the best way to heat a conservatory?",
                "What is the most suitable method of heating a conservatory?",
            ),
        ],
        [
            (
                "What is the most efficient means of learning to code?",
                "What is the most efficient means of learning to type?",
            ),
            (
                "What is the best way to remove limescale?",
                "What is the most effective method for preventing limescale?",
            ),
            ("What is the best way to invest savings?", "What would be the optimal age to invest savings?"),
        ],
    ),
    _f(
        "permission_formal_two",
        "formal structure",
        [
            ("Am I allowed to bring a guest?", "Would I be permitted to bring a guest?"),
            ("Am I allowed to pay in instalments?", "Would it be permissible to pay in instalments?"),
            (
                "Am I allowed to take annual leave during my notice period?",
                "Am I permitted to take annual leave during my notice period?",
            ),
            ("Am I allowed to sublet my flat?", "Would I be allowed to sublet my flat?"),
        ],
        [
            ("Would I be permitted to bring a guest?", "Would I be permitted to bring a pet?"),
            ("Am I allowed to pay in instalments?", "Would it be advisable to pay in instalments?"),
            (
                "Am I permitted to take annual leave during my notice period?",
                "Am I obliged to take annual leave during my notice period?",
            ),
        ],
    ),
    _f(
        "formal2_batch2_held",
        "formal structure",
        [
            ("How do I update my passport photo?", "I am writing to enquire how I can update my passport photo."),
            ("How do I reduce my energy bill?", "What measures should be taken to reduce my energy bill?"),
            ("What is the best way to clean a carpet?", "What is the most efficient means of cleaning a carpet?"),
            ("Am I allowed to work from home?", "Would I be permitted to work from home?"),
        ],
        [
            ("How do I update my passport photo?", "I am writing to request that you update my passport photo."),
            (
                "What measures should be taken to reduce my energy bill?",
                "What measures should be taken to dispute my energy bill?",
            ),
            ("Would I be permitted to work from home?", "Would I be required to work from home?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
