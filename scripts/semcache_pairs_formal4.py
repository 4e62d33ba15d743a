"""Hand-written formal-register pair families in three voices not used before: a customer's
letter, an academic or official request, and the formal English of a writer whose first language
is another ("Kindly guide me how to ...", "I want to know that how can I ...", "Request you to
kindly tell the procedure of ..."), each around a plain question (issue #13, engineer j133),
written before any change to ``normalise.strip_wrapper``, without reading the blind set or the
other sets' held-out fifths.

Traps in every family: the same frame around another entity, verb or object, and frames that
carry meaning of their own: a request to act ("I would like to cancel my order.", "Kindly cancel
my subscription.") against "How do I ...", permission ("Could you confirm whether I am permitted
to ...") against the procedure, and a reason ("why my refund was refused") against the procedure.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_formal4.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    # 0
    _f(
        "letter_banking",
        "letter",
        [
            ("How do I change my address?", "I am writing to enquire how I can change my address on file."),
            ("How do I order a new debit card?", "Please could you let me know how I may order a new debit card."),
            ("How do I close my savings account?", "I would like to know the best way to close my savings account."),
        ],
        [
            ("How do I close my savings account?", "I would like to know the best way to close my current account."),
            ("How do I order a new debit card?", "Please order a new debit card for me."),
        ],
    ),
    # 1
    _f(
        "nonnative_travel",
        "nonnative",
        [
            ("How do I extend my visa?", "Kindly guide me how to extend my visa."),
            ("How do I change my flight date?", "I want to know that how can I change my flight date."),
            (
                "How do I get a refund for my ticket?",
                "Request you to kindly tell the procedure of refund for my ticket.",
            ),
        ],
        [
            ("How do I extend my visa?", "Kindly guide me how to cancel my visa."),
            ("How do I change my flight date?", "I want to know that how can I change my hotel date."),
        ],
    ),
    # 2
    _f(
        "academic_library",
        "academic",
        [
            (
                "How do I renew a library book?",
                "I would be grateful for guidance as to how a library book may be renewed.",
            ),
            ("How many books can I borrow?", "I should be glad to learn how many books I am able to borrow."),
            ("When does the library close?", "Would you be good enough to indicate when the library closes?"),
        ],
        [
            ("When does the library close?", "Would you be good enough to indicate when the library opens?"),
            ("How many books can I borrow?", "I should be glad to learn how many journals I am able to borrow."),
        ],
    ),
    # 3
    _f(
        "letter_utilities",
        "letter",
        [
            ("How do I read my gas meter?", "I am writing to ask if you could explain how I read my gas meter."),
            (
                "Why is my electricity bill so high?",
                "I would appreciate an explanation as to why my electricity bill is so high.",
            ),
            ("How do I set up a direct debit?", "I wish to enquire how I may set up a direct debit."),
        ],
        [
            (
                "Why is my electricity bill so high?",
                "I would appreciate an explanation as to why my water bill is so high.",
            ),
            ("How do I set up a direct debit?", "I wish to set up a direct debit."),
            ("How do I read my gas meter?", "Could you confirm whether I am permitted to read my gas meter myself?"),
        ],
    ),
    # 4
    _f(
        "nonnative_office",
        "nonnative",
        [
            ("How do I apply for leave?", "Please guide me regarding how to apply for leave."),
            ("How do I reset my email password?", "Kindly let me know the process to reset my email password."),
            ("How do I book a meeting room?", "I am having one doubt, how to book a meeting room?"),
        ],
        [
            ("How do I apply for leave?", "Please guide me regarding how to cancel my leave."),
            ("How do I reset my email password?", "Kindly reset my email password."),
        ],
    ),
    # 5
    _f(
        "academic_enrolment",
        "academic",
        [
            ("How do I defer my place?", "I would welcome your guidance on how I might defer my place."),
            (
                "What is the deadline for applications?",
                "It would be helpful to know what the deadline for applications is.",
            ),
            ("How do I request a transcript?", "I am writing to request information on how to request a transcript."),
        ],
        [
            ("What is the deadline for applications?", "It would be helpful to know what the deadline for appeals is."),
            ("How do I defer my place?", "I would welcome your guidance on how I might decline my place."),
        ],
    ),
    # 6
    _f(
        "letter_orders",
        "letter",
        [
            ("How do I return a faulty item?", "I am writing to find out how I should return a faulty item."),
            ("How do I track my parcel?", "Please would you advise how I can track my parcel."),
            ("How do I cancel my order?", "I would be most grateful to know how I might cancel my order."),
        ],
        [
            ("How do I cancel my order?", "I would like to cancel my order."),
            ("How do I track my parcel?", "Please would you advise how I can return my parcel."),
        ],
    ),
    # 7
    _f(
        "nonnative_home",
        "nonnative",
        [
            ("How do I descale a kettle?", "Please tell me the way for descaling a kettle."),
            ("How do I unblock a sink?", "Kindly suggest me how to unblock a sink."),
            ("How do I remove mould from a wall?", "Please advise me the method to remove mould from a wall."),
        ],
        [
            ("How do I unblock a sink?", "Kindly suggest me how to unblock a toilet."),
            ("How do I remove mould from a wall?", "Please advise me the method to remove paint from a wall."),
        ],
    ),
    # 8
    _f(
        "academic_research",
        "academic",
        [
            ("How do I cite a website?", "I would be grateful if you might indicate how one should cite a website."),
            ("How long should an abstract be?", "Might I enquire as to how long an abstract should be?"),
            ("What is a literature review?", "I would be grateful for an explanation of what a literature review is."),
        ],
        [
            ("How do I cite a website?", "I would be grateful if you might indicate how one should cite a book."),
            ("How long should an abstract be?", "Might I enquire as to how long a thesis should be?"),
        ],
    ),
    # 9
    _f(
        "official_council",
        "official",
        [
            (
                "How do I apply for a parking permit?",
                "I should be grateful if you would confirm how I may apply for a parking permit.",
            ),
            ("When is my bin collected?", "Could you please confirm when my bin is collected?"),
            ("How do I report a pothole?", "I wish to know how I can report a pothole."),
        ],
        [
            ("When is my bin collected?", "Could you please confirm when my recycling is collected?"),
            (
                "How do I apply for a parking permit?",
                "Could you confirm whether I am permitted to apply for a parking permit?",
            ),
            ("How do I report a pothole?", "I wish to report a pothole."),
        ],
    ),
    # 10
    _f(
        "letter_insurance",
        "letter",
        [
            ("How do I make a claim?", "I am writing to ask how I should go about making a claim."),
            ("What does my policy cover?", "I would be obliged to learn what my policy covers."),
            ("How do I renew my car insurance?", "Please would you explain how I may renew my car insurance."),
        ],
        [
            ("How do I renew my car insurance?", "Please would you explain how I may renew my home insurance."),
            ("What does my policy cover?", "I would be obliged to learn what my policy excludes."),
        ],
    ),
    # 11
    _f(
        "nonnative_health",
        "nonnative",
        [
            ("How do I book a doctor's appointment?", "I want to know that how to book a doctor's appointment."),
            ("How do I get my test results?", "Kindly inform the procedure to get my test results."),
            ("How do I register with a dentist?", "Please let me know how can I register with a dentist."),
        ],
        [
            ("How do I register with a dentist?", "Please let me know how can I register with a pharmacy."),
            ("How do I book a doctor's appointment?", "Kindly book a doctor's appointment for me."),
        ],
    ),
    # 12
    _f(
        "academic_exams",
        "academic",
        [
            ("How do I appeal a grade?", "I would be grateful for clarification on how I may appeal a grade."),
            (
                "When are the exam results published?",
                "May I request confirmation of when the exam results are published?",
            ),
            ("How do I apply for extra time in exams?", "I wish to ascertain how I may apply for extra time in exams."),
        ],
        [
            (
                "When are the exam results published?",
                "May I request confirmation of when the exam timetable is published?",
            ),
            ("How do I appeal a grade?", "Could you tell me why my grade appeal was refused?"),
        ],
    ),
    # 13
    _f(
        "official_tax",
        "official",
        [
            ("How do I file a tax return?", "I write to request guidance on how to file a tax return."),
            ("When is the tax return deadline?", "I should be obliged to be informed when the tax return deadline is."),
            ("How do I claim a tax refund?", "It would be of assistance to know how I may claim a tax refund."),
        ],
        [
            ("How do I claim a tax refund?", "It would be of assistance to know how I may pay a tax bill."),
            ("When is the tax return deadline?", "I should be obliged to be informed when the payment deadline is."),
        ],
    ),
    # 14
    _f(
        "letter_subscription",
        "letter",
        [
            ("How do I cancel my subscription?", "I would ask that you let me know how I can cancel my subscription."),
            ("How do I update my payment details?", "I am contacting you to ask how I update my payment details."),
            ("How do I pause my membership?", "Would you kindly tell me how one can pause a membership?"),
        ],
        [
            ("How do I cancel my subscription?", "Kindly cancel my subscription."),
            ("How do I pause my membership?", "Would you kindly tell me how one can upgrade a membership?"),
        ],
    ),
    # 15
    _f(
        "nonnative_computing",
        "nonnative",
        [
            ("How do I install Python on Windows?", "Please guide me for installing Python on Windows."),
            ("How do I take a screenshot on a Mac?", "Kindly tell me how to take screenshot in Mac."),
            ("How do I clear my browser cache?", "I want to know the way how to clear my browser cache."),
        ],
        [
            ("How do I install Python on Windows?", "Please guide me for installing Python on Linux."),
            ("How do I clear my browser cache?", "I want to know the way how to clear my browser history."),
        ],
    ),
    # 16
    _f(
        "academic_housing",
        "academic",
        [
            (
                "How do I apply for student housing?",
                "I would be obliged for information on how to apply for student housing.",
            ),
            ("When is rent due?", "I would be grateful to be advised when rent is due."),
            ("How do I report a repair?", "Could I trouble you to explain how I report a repair?"),
        ],
        [
            ("When is rent due?", "I would be grateful to be advised when the deposit is due."),
            (
                "How do I apply for student housing?",
                "Could you confirm whether I am permitted to apply for student housing?",
            ),
        ],
    ),
    # 17
    _f(
        "official_passport",
        "official",
        [
            ("How do I renew my passport?", "I write to enquire as to how I might renew my passport."),
            (
                "How long does a passport take to arrive?",
                "I should appreciate being told how long a passport takes to arrive.",
            ),
            ("What documents do I need for a passport?", "Please indicate what documents I need for a passport."),
        ],
        [
            ("How do I renew my passport?", "I write to enquire as to how I might replace my driving licence."),
            (
                "How long does a passport take to arrive?",
                "I should appreciate being told how long a visa takes to arrive.",
            ),
        ],
    ),
    # 18
    _f(
        "letter_employment",
        "letter",
        [
            (
                "How do I request a reference?",
                "I am writing in the hope that you can tell me how to request a reference.",
            ),
            ("How much notice do I need to give?", "I would be glad to know how much notice I need to give."),
            ("How do I access my payslips?", "Would it be possible to let me know how I can access my payslips?"),
        ],
        [
            ("How much notice do I need to give?", "I would be glad to know how much holiday I need to take."),
            ("How do I access my payslips?", "Would it be possible to let me know how I can access my pension?"),
        ],
    ),
    # 19
    _f(
        "nonnative_education",
        "nonnative",
        [
            ("How do I apply for a scholarship?", "Request you to please tell me how to apply for a scholarship."),
            (
                "How do I get my degree certificate?",
                "Kindly let me know what is the process to get my degree certificate.",
            ),
            ("How do I change my course?", "Please guide me how can I change my course."),
        ],
        [
            ("How do I apply for a scholarship?", "Request you to please tell me how to apply for a loan."),
            ("How do I change my course?", "Please change my course."),
        ],
    ),
    # 20
    _f(
        "official_driving",
        "official",
        [
            (
                "How do I book a driving test?",
                "I should be obliged if you could set out how I may book a driving test.",
            ),
            (
                "How do I change the address on my licence?",
                "I write to ask how I can change the address on my licence.",
            ),
            ("How much does a driving test cost?", "I would be grateful to learn how much a driving test costs."),
        ],
        [
            ("How much does a driving test cost?", "I would be grateful to learn how much a theory test costs."),
            (
                "How do I book a driving test?",
                "I should be obliged if you could set out how I may cancel a driving test.",
            ),
        ],
    ),
    # 21
    _f(
        "academic_conference",
        "academic",
        [
            (
                "How do I register for the conference?",
                "I would appreciate guidance regarding how one registers for the conference.",
            ),
            ("When is the submission deadline?", "Might you be able to confirm when the submission deadline is?"),
            ("How long is each talk?", "I should be grateful to learn how long each talk is."),
        ],
        [
            ("When is the submission deadline?", "Might you be able to confirm when the registration deadline is?"),
            ("How long is each talk?", "I should be grateful to learn how long each break is."),
        ],
    ),
    # 22
    _f(
        "letter_travel",
        "letter",
        [
            ("How do I add luggage to my booking?", "I am writing to ask how I might add luggage to my booking."),
            ("How do I choose my seat?", "I would be thankful if you could explain how I choose my seat."),
            ("Can I bring my dog on the train?", "Could you tell me whether I can bring my dog on the train?"),
        ],
        [
            ("How do I choose my seat?", "I would be thankful if you could explain how I upgrade my seat."),
            ("Can I bring my dog on the train?", "Could you tell me whether I can bring my bicycle on the train?"),
        ],
    ),
    # 23
    _f(
        "nonnative_banking",
        "nonnative",
        [
            ("How do I open a bank account?", "Please tell me the procedure for opening a bank account."),
            ("How do I activate my credit card?", "Kindly guide how to activate my credit card."),
            ("How do I increase my credit limit?", "I request you to tell me how I can increase my credit limit."),
        ],
        [
            ("How do I activate my credit card?", "Kindly guide how to block my credit card."),
            ("How do I increase my credit limit?", "I request you to tell me how I can decrease my credit limit."),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
