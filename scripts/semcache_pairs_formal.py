"""Hand-written pair families for formal-register openers and closers (issue #13, engineer j67),
written before the fix, without reading the blind set (``semcache_fresh_pairs.py``) or the
held-out fifth of ``tests/semcache/pair_register.py``.

* ``formal ask``: a formal frame around "how do I" / a question ("Could you kindly advise how to
  ...", "I would be grateful if you could tell me how ...", "Would you be so kind as to explain
  ...", "I was wondering whether you could let me know ...", "Kindly let me know ...", "May I
  ask how ..."); traps: a frame that carries content ("Could you advise whether it is legal to
  ..." against "How do I ..."), a request to act ("I would be grateful if you could cancel ..."
  against "How do I cancel ..."), and the same frame around another question;
* ``formal greeting``: "Dear support team, ..." before, "Many thanks.", "Kind regards", "Best,"
  after; traps: the same greeting and sign-off around another question.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_formal.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "could_you_kindly_advise",
        "formal ask",
        [
            ("How do I update my billing address?", "Could you kindly advise how to update my billing address?"),
            ("How do I export my contacts?", "Could you please advise how I can export my contacts?"),
            (
                "How do I enable two-factor authentication?",
                "Would you kindly advise how to enable two-factor authentication?",
            ),
            ("How do I change my delivery date?", "Could you advise me how to change my delivery date?"),
        ],
        [
            ("How do I export my contacts?", "Could you advise whether it is legal to export my contacts?"),
            ("How do I update my billing address?", "Could you kindly advise how to update my shipping address?"),
            ("How do I change my delivery date?", "Could you advise whether I can change my delivery date?"),
        ],
    ),
    _f(
        "grateful_if_tell_me",
        "formal ask",
        [
            (
                "How do I cancel my subscription?",
                "I would be grateful if you could tell me how to cancel my subscription.",
            ),
            ("How do I claim a refund?", "I'd be grateful if you could tell me how to claim a refund."),
            ("What is the warranty period?", "I would be grateful if you could tell me what the warranty period is."),
            ("How do I reset my PIN?", "I would be most grateful if you could explain how to reset my PIN."),
        ],
        [
            ("How do I cancel my subscription?", "I would be grateful if you could cancel my subscription."),
            ("How do I claim a refund?", "I would be grateful if you could issue a refund."),
            ("How do I reset my PIN?", "I would be grateful if you could tell me how to change my PIN."),
        ],
    ),
    _f(
        "so_kind_as_to",
        "formal ask",
        [
            ("How does compound interest work?", "Would you be so kind as to explain how compound interest works?"),
            ("How do I register for the course?", "Would you be so kind as to tell me how to register for the course?"),
            (
                "What are the library opening hours?",
                "Would you be so kind as to let me know the library opening hours?",
            ),
        ],
        [
            ("How does compound interest work?", "Would you be so kind as to explain how simple interest works?"),
            ("How do I register for the course?", "Would you be so kind as to register me for the course?"),
        ],
    ),
    _f(
        "wondering_whether_you_could",
        "formal ask",
        [
            (
                "How do I transfer my pension?",
                "I was wondering whether you could let me know how to transfer my pension.",
            ),
            ("When does the sale end?", "I was wondering if you could tell me when the sale ends."),
            ("How do I book a driving test?", "I was wondering whether you could advise how to book a driving test."),
        ],
        [
            ("How do I transfer my pension?", "I was wondering whether you could transfer my pension."),
            ("When does the sale end?", "I was wondering if you could tell me when the sale starts."),
            (
                "How do I book a driving test?",
                "I was wondering whether you could let me know how to cancel a driving test.",
            ),
        ],
    ),
    _f(
        "kindly_let_me_know",
        "formal ask",
        [
            ("How do I renew my membership?", "Kindly let me know how to renew my membership."),
            ("What documents do I need for a mortgage?", "Kindly let me know what documents I need for a mortgage."),
            ("How do I return a faulty item?", "Please kindly let me know how to return a faulty item."),
        ],
        [
            ("How do I renew my membership?", "Kindly renew my membership."),
            ("What documents do I need for a mortgage?", "Kindly let me know what documents I need for a remortgage."),
        ],
    ),
    _f(
        "may_i_ask",
        "formal ask",
        [
            ("How do I apply for a parking permit?", "May I ask how to apply for a parking permit?"),
            ("How long does shipping take?", "May I ask how long shipping takes?"),
            ("Why was my order delayed?", "May I ask why my order was delayed?"),
        ],
        [
            ("How long does shipping take?", "May I ask how much shipping costs?"),
            ("Why was my order delayed?", "May I ask why my order was cancelled?"),
            ("How do I apply for a parking permit?", "May I ask whether I am eligible for a parking permit?"),
        ],
    ),
    _f(
        "dear_support",
        "formal greeting",
        [
            ("How do I reset my password?", "Dear support team, how do I reset my password?"),
            ("How do I change my username?", "Dear Sir or Madam, how do I change my username?"),
            ("How do I download my invoice?", "Dear team, how do I download my invoice?"),
            ("How do I close my account?", "Dear support, how can I close my account?"),
        ],
        [
            ("How do I reset my password?", "Dear support team, how do I reset my security question?"),
            ("How do I close my account?", "Dear support team, how do I reopen my account?"),
        ],
    ),
    _f(
        "closing_signoff",
        "formal greeting",
        [
            ("How do I update my payment card?", "How do I update my payment card? Many thanks."),
            ("How do I change my flight?", "How do I change my flight? Kind regards"),
            ("How do I add a user to my plan?", "How do I add a user to my plan? Best regards,"),
            ("How do I unsubscribe from the newsletter?", "How do I unsubscribe from the newsletter? Best,"),
        ],
        [
            ("How do I change my flight?", "How do I cancel my flight? Kind regards"),
            ("How do I add a user to my plan?", "How do I remove a user from my plan? Many thanks."),
        ],
    ),
    _f(
        "greeting_and_signoff",
        "formal greeting",
        [
            (
                "How do I activate my new card?",
                "Dear support team, could you kindly advise how to activate my new card? Kind regards",
            ),
            ("How do I upgrade my plan?", "Good morning, may I ask how to upgrade my plan? Many thanks."),
            (
                "How do I reset my router?",
                "Dear team, I would be grateful if you could tell me how to reset my router. Best regards",
            ),
        ],
        [
            ("How do I activate my new card?", "Dear support team, could you kindly block my new card? Kind regards"),
            ("How do I upgrade my plan?", "Good morning, may I ask how to downgrade my plan? Many thanks."),
        ],
    ),
    _f(
        "formal_held_mixed",
        "formal ask",
        [
            ("How do I order a replacement card?", "Could you kindly advise how I may order a replacement card?"),
            ("How do I change my address?", "I would be grateful if you could let me know how to change my address."),
            ("What is your returns policy?", "Would you be so kind as to tell me what your returns policy is?"),
        ],
        [
            ("How do I change my address?", "I would be grateful if you could change my address."),
            ("How do I order a replacement card?", "Could you advise whether I need to pay for a replacement card?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
