"""Hand-written pair families for formal register, a third round (issue #13, engineer j86), after
``semcache_pairs_formal.py`` (openers and sign-offs) and ``semcache_pairs_formal2.py`` (formal
structure), written before the change, without reading the blind set or the held-out fifth of
``tests/semcache/pair_register.py``.

* ``letter``: the question inside a longer polite letter ("Dear Sir or Madam, I am writing in
  connection with my account. Could you please advise how I can ...? Yours faithfully");
* ``passive``: the question in the passive voice ("How is a passport renewed?" for "How do I
  renew my passport?", "How can a refund be requested?");
* ``impersonal``: "How might one ...", "How does one ...", "Is one able to ...";
* ``hedged``: "I was wondering whether it might be possible to ...", "I wonder if you could tell
  me how ...", "Would it be possible for you to advise how ...";
* ``latinate``: Latinate vocabulary for plain words (obtain / get, commence / start, terminate /
  end, purchase / buy, utilise / use, ascertain / find out, reside / live, require / need,
  assistance / help, regarding / about, prior to / before, subsequent to / after, in order to /
  to);
* ``statement``: an information request as a statement ("I require information regarding the
  process of ...", "I should be grateful for guidance on ...", "Please advise whether ...",
  "Could you elaborate on ...").

Traps: the same frame around another verb or object, a passive whose agent or object differs, a
Latinate word that changes the meaning (terminate a contract / terminate an employee, acquire a
company / acquire a skill), and a request to act against a how-to question; across travel,
finance, health, HR, coding, cooking, support and maths.

A second batch (five families) was written after the first change and before the second, on the
readings' risks: whether it is possible against how to do it, a passive that describes a process
in nature or an institution's doing, "one" that counts a thing, Latinate words with another object.
A third batch (five families), written after the second change and before the third: requests to
be told in other formal wordings ("Would you mind explaining", "Might I ask", "Could you clarify",
"I would be obliged if", "Could you provide information on", "I would appreciate your advice on").
A fourth batch (five families), written after the third change and before the fourth: "What are
the steps involved in X-ing", "Could you outline / Please outline the steps for X-ing", "Please
explain / describe the procedure for X-ing", "I am unsure / uncertain (as to) how to X", "ought",
"Could you advise me on X-ing".

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_formal3.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "letter_advise_how",
        "letter",
        [
            (
                "How do I change my billing address?",
                "Dear Sir or Madam, I am writing in connection with my account. Could you please advise how I can "
                "change my billing address? Yours faithfully",
            ),
            (
                "How do I cancel my direct debit?",
                "Dear Sir/Madam,\n\nI am writing regarding my subscription. Could you kindly advise how to cancel "
                "my direct debit?\n\nKind regards",
            ),
            (
                "How do I reset my password?",
                "Good afternoon. I hope this message finds you well. Could you please advise how I may reset my "
                "password? Many thanks in advance.",
            ),
            (
                "How do I book a follow-up appointment?",
                "Dear Doctor, I am writing with reference to my recent visit. Would you please advise how I can book "
                "a follow-up appointment? Yours sincerely",
            ),
        ],
        [
            (
                "How do I change my billing address?",
                "Dear Sir or Madam, I am writing in connection with my account. Could you please change my billing "
                "address? Yours faithfully",
            ),
            (
                "How do I cancel my direct debit?",
                "Dear Sir/Madam, I am writing regarding my subscription. Could you kindly advise why my direct debit "
                "was cancelled? Kind regards",
            ),
            (
                "How do I book a follow-up appointment?",
                "Dear Doctor, I am writing with reference to my recent visit. Would you please advise how I can "
                "cancel a follow-up appointment? Yours sincerely",
            ),
        ],
    ),
    _f(
        "letter_what_is",
        "letter",
        [
            (
                "What is the baggage allowance for economy class?",
                "Dear Sir or Madam, I am due to travel with you next month. Could you please tell me what the "
                "baggage allowance for economy class is? Yours faithfully",
            ),
            (
                "What is the notice period for resigning?",
                "Dear HR team, I hope you are well. I would be grateful if you could let me know what the notice "
                "period for resigning is. Kind regards",
            ),
            (
                "What are the opening hours of the branch?",
                "To whom it may concern, I am writing to ask what the opening hours of the branch are. Thank you "
                "for your time.",
            ),
            (
                "What is the interest rate on the savings account?",
                "Dear Sir/Madam, I am considering opening an account. Could you please inform me what the interest "
                "rate on the savings account is? Regards",
            ),
        ],
        [
            (
                "What is the baggage allowance for economy class?",
                "Dear Sir or Madam, I am due to travel with you next month. Could you please tell me what the "
                "baggage allowance for business class is? Yours faithfully",
            ),
            (
                "What is the notice period for resigning?",
                "Dear HR team, I hope you are well. I would be grateful if you could let me know what the notice "
                "period for dismissal is. Kind regards",
            ),
            (
                "What are the opening hours of the branch?",
                "To whom it may concern, I am writing to ask what the address of the branch is. Thank you for your "
                "time.",
            ),
        ],
    ),
    _f(
        "passive_how_is",
        "passive",
        [
            ("How do I renew my passport?", "How is a passport renewed?"),
            ("How do I calculate compound interest?", "How is compound interest calculated?"),
            ("How do I register a birth?", "How is a birth registered?"),
            ("How do I make sourdough bread?", "How is sourdough bread made?"),
            ("How do I apply for a mortgage?", "How is a mortgage applied for?"),
        ],
        [
            ("How is a passport renewed?", "How is a passport cancelled?"),
            ("How is compound interest calculated?", "How is compound interest taxed?"),
            ("How do I register a birth?", "How is a death registered?"),
            ("How is sourdough bread made?", "How is sourdough bread stored?"),
        ],
    ),
    _f(
        "passive_can_be",
        "passive",
        [
            ("How do I request a refund?", "How can a refund be requested?"),
            ("How do I remove a stain from a carpet?", "How can a stain be removed from a carpet?"),
            ("How do I reverse a linked list?", "How can a linked list be reversed?"),
            ("How do I treat a minor burn?", "How should a minor burn be treated?"),
        ],
        [
            ("How can a refund be requested?", "How can a refund be refused?"),
            ("How do I remove a stain from a carpet?", "How can a stain be prevented on a carpet?"),
            ("How can a linked list be reversed?", "How can a linked list be sorted?"),
            ("How should a minor burn be treated?", "How should a severe burn be treated?"),
        ],
    ),
    _f(
        "passive_held",
        "passive",
        [
            ("How do I file a tax return?", "How is a tax return filed?"),
            ("How do I sort a dictionary by value?", "How can a dictionary be sorted by value?"),
            ("How do I cook brown rice?", "How should brown rice be cooked?"),
            ("How do I transfer a pension?", "How is a pension transferred?"),
        ],
        [
            ("How is a tax return filed?", "How is a tax return audited?"),
            ("How can a dictionary be sorted by value?", "How can a dictionary be sorted by key?"),
            ("How should brown rice be cooked?", "How should brown rice be stored?"),
        ],
    ),
    _f(
        "impersonal_one",
        "impersonal",
        [
            ("How do I become a pilot?", "How does one become a pilot?"),
            ("How do I apply for citizenship?", "How might one apply for citizenship?"),
            ("How do I learn to play the piano?", "How would one learn to play the piano?"),
            ("How do I lower my cholesterol?", "How can one lower one's cholesterol?"),
            ("How do I solve a quadratic equation?", "How does one solve a quadratic equation?"),
        ],
        [
            ("How does one become a pilot?", "How does one become a surgeon?"),
            ("How might one apply for citizenship?", "How might one renounce citizenship?"),
            ("How can one lower one's cholesterol?", "How can one raise one's cholesterol?"),
            ("How does one solve a quadratic equation?", "How does one derive the quadratic formula?"),
        ],
    ),
    _f(
        "impersonal_one_can",
        "impersonal",
        [
            ("Can I get a refund after 30 days?", "Is one able to obtain a refund after 30 days?"),
            (
                "What should I do if I lose my passport abroad?",
                "What should one do if one loses one's passport abroad?",
            ),
            ("Where do I report a data breach?", "Where does one report a data breach?"),
            ("When should I file my tax return?", "When should one file one's tax return?"),
        ],
        [
            ("Is one able to obtain a refund after 30 days?", "Is one able to obtain a refund after 90 days?"),
            (
                "What should one do if one loses one's passport abroad?",
                "What should one do if one loses one's wallet abroad?",
            ),
            ("Where does one report a data breach?", "Where does one report a lost dog?"),
        ],
    ),
    _f(
        "hedged_possible",
        "hedged",
        [
            ("Can I change my flight date?", "I was wondering whether it might be possible to change my flight date."),
            (
                "Can I pay my invoice in instalments?",
                "I was wondering if it would be possible to pay my invoice in instalments.",
            ),
            ("Can I work from home on Fridays?", "Would it be possible for me to work from home on Fridays?"),
            ("Can I bring my own laptop to the exam?", "Might it be possible to bring my own laptop to the exam?"),
        ],
        [
            (
                "Can I change my flight date?",
                "I was wondering whether it might be possible to change my flight destination.",
            ),
            ("Can I pay my invoice in instalments?", "I was wondering if it would be possible to dispute my invoice."),
            ("Can I work from home on Fridays?", "Would it be possible for me to leave early on Fridays?"),
        ],
    ),
    _f(
        "hedged_wonder_how",
        "hedged",
        [
            ("How do I export my contacts?", "I wonder if you could tell me how to export my contacts."),
            ("How do I install Python on Windows?", "I was wondering how one might install Python on Windows."),
            (
                "How do I claim travel expenses?",
                "I was hoping you might be able to tell me how to claim travel expenses.",
            ),
            ("How do I thicken a sauce?", "I wondered whether you could advise me on how to thicken a sauce."),
        ],
        [
            ("How do I export my contacts?", "I wonder if you could export my contacts for me."),
            ("How do I install Python on Windows?", "I was wondering how one might uninstall Python on Windows."),
            ("How do I thicken a sauce?", "I wondered whether you could advise me on how to thin a sauce."),
        ],
    ),
    _f(
        "formal3_held_one",
        "hedged",
        [
            (
                "Can I cancel my booking without a fee?",
                "I was wondering whether it might be possible to cancel my booking without a fee.",
            ),
            ("How do I become a teacher?", "How does one become a teacher?"),
            ("How do I compute a standard deviation?", "How is a standard deviation computed?"),
            ("How do I update my bank details?", "I wonder if you could tell me how to update my bank details."),
        ],
        [
            ("How does one become a teacher?", "How does one become a headteacher?"),
            ("How is a standard deviation computed?", "How is a standard deviation interpreted?"),
            ("How do I update my bank details?", "I wonder if you could update my bank details for me."),
        ],
    ),
    _f(
        "latinate_obtain_purchase",
        "latinate",
        [
            ("How do I get a visa for Japan?", "How do I obtain a visa for Japan?"),
            ("Where can I buy train tickets?", "Where can I purchase train tickets?"),
            ("How do I get a copy of my birth certificate?", "How may I obtain a copy of my birth certificate?"),
            ("Where can I buy a SIM card at the airport?", "Where might I purchase a SIM card at the airport?"),
        ],
        [
            ("How do I obtain a visa for Japan?", "How do I extend a visa for Japan?"),
            ("Where can I purchase train tickets?", "Where can I refund train tickets?"),
            ("How do I get a copy of my birth certificate?", "How may I amend my birth certificate?"),
        ],
    ),
    _f(
        "latinate_commence_terminate",
        "latinate",
        [
            ("When does the course start?", "When does the course commence?"),
            ("How do I end my tenancy early?", "How do I terminate my tenancy early?"),
            ("What time does the meeting start?", "At what time does the meeting commence?"),
            ("How do I end a running process in Linux?", "How do I terminate a running process in Linux?"),
        ],
        [
            ("When does the course commence?", "When does the course conclude?"),
            ("How do I terminate my tenancy early?", "How do I extend my tenancy early?"),
            ("How do I terminate a running process in Linux?", "How do I pause a running process in Linux?"),
        ],
    ),
    _f(
        "latinate_utilise_ascertain",
        "latinate",
        [
            ("How do I use a pivot table in Excel?", "How do I utilise a pivot table in Excel?"),
            ("How do I find out my credit score?", "How do I ascertain my credit score?"),
            ("How do I find out who owns a property?", "How can I ascertain who owns a property?"),
            ("How should I use an inhaler?", "How should I utilise an inhaler?"),
        ],
        [
            ("How do I utilise a pivot table in Excel?", "How do I delete a pivot table in Excel?"),
            ("How do I ascertain my credit score?", "How do I improve my credit score?"),
            ("How can I ascertain who owns a property?", "How can I ascertain who lives at a property?"),
        ],
    ),
    _f(
        "latinate_require_assistance",
        "latinate",
        [
            ("What documents do I need to open a bank account?", "What documents do I require to open a bank account?"),
            ("Who can help me with my tax return?", "Who can provide assistance with my tax return?"),
            ("Do I need a visa to visit Canada?", "Do I require a visa to visit Canada?"),
            ("Where can I get help with my pension?", "Where can I obtain assistance with my pension?"),
        ],
        [
            (
                "What documents do I require to open a bank account?",
                "What documents do I require to close a bank account?",
            ),
            ("Do I require a visa to visit Canada?", "Do I require a visa to work in Canada?"),
            ("Where can I obtain assistance with my pension?", "Where can I obtain a forecast of my pension?"),
        ],
    ),
    _f(
        "formal3_held_two",
        "latinate",
        [
            ("How do I get a fishing licence?", "How do I obtain a fishing licence?"),
            ("When does the sale start?", "When does the sale commence?"),
            ("Do I need a permit to build a shed?", "Do I require a permit to build a shed?"),
            ("What should I avoid before an MRI scan?", "What should I avoid prior to an MRI scan?"),
        ],
        [
            ("How do I obtain a fishing licence?", "How do I renew a fishing licence?"),
            ("When does the sale commence?", "When does the sale end?"),
            ("Do I require a permit to build a shed?", "Do I require a permit to build an extension?"),
        ],
    ),
    _f(
        "latinate_prior_subsequent",
        "latinate",
        [
            ("What should I do before surgery?", "What should I do prior to surgery?"),
            ("What should I eat after a workout?", "What should I eat subsequent to a workout?"),
            ("Should I stop eating before a blood test?", "Should I refrain from eating prior to a blood test?"),
            ("What do I need to do before I travel abroad?", "What must I do prior to travelling abroad?"),
        ],
        [
            ("What should I do prior to surgery?", "What should I do subsequent to surgery?"),
            ("What should I eat subsequent to a workout?", "What should I eat prior to a workout?"),
            (
                "Should I refrain from eating prior to a blood test?",
                "Should I refrain from drinking prior to a blood test?",
            ),
        ],
    ),
    _f(
        "latinate_reside_regarding",
        "latinate",
        [
            ("Can I vote if I live abroad?", "Am I able to vote if I reside abroad?"),
            ("Do I pay council tax if I live alone?", "Do I pay council tax if I reside alone?"),
            ("Who do I contact about a billing error?", "Whom should I contact regarding a billing error?"),
            ("Who do I speak to about my payslip?", "Whom do I speak to regarding my payslip?"),
        ],
        [
            ("Am I able to vote if I reside abroad?", "Am I able to vote if I was born abroad?"),
            ("Whom should I contact regarding a billing error?", "Whom should I contact regarding a delivery error?"),
            ("Who do I speak to about my payslip?", "Who do I speak to about my pension?"),
        ],
    ),
    _f(
        "latinate_in_order_to",
        "latinate",
        [
            ("What do I need to do to get a refund?", "What must I do in order to obtain a refund?"),
            ("How much do I need to save to retire early?", "How much must I save in order to retire early?"),
            ("What do I need to bring to renew my licence?", "What must I bring in order to renew my licence?"),
            ("What do I need to install to run Docker?", "What must I install in order to run Docker?"),
        ],
        [
            ("What must I do in order to obtain a refund?", "What must I do in order to obtain a replacement?"),
            ("How much must I save in order to retire early?", "How much must I earn in order to retire early?"),
            ("What must I install in order to run Docker?", "What must I install in order to run Kubernetes?"),
        ],
    ),
    _f(
        "latinate_acquire_meaning",
        "latinate",
        [
            ("How do I get a new skill quickly?", "How do I acquire a new skill quickly?"),
            ("How do I buy shares in a company?", "How do I purchase shares in a company?"),
            ("How long does it take to get fluency in French?", "How long does it take to acquire fluency in French?"),
        ],
        [
            # A Latinate word whose plain reading changes the meaning: a company acquired is bought,
            # an employee terminated is dismissed, not the object of a contract ending.
            ("How do I buy shares in a company?", "How do I acquire a company?"),
            ("How do I end my employment contract?", "How do I terminate an employee?"),
            ("How do I purchase shares in a company?", "How do I sell shares in a company?"),
            ("How do I acquire a new skill quickly?", "How do I acquire a new client quickly?"),
        ],
    ),
    _f(
        "formal3_held_three",
        "statement",
        [
            ("Can I live abroad and keep my pension?", "Am I able to reside abroad and keep my pension?"),
            ("What do I need to do to get a mortgage?", "What must I do in order to obtain a mortgage?"),
            (
                "How do I register a trademark?",
                "I require information regarding the process of registering a trademark.",
            ),
            ("How do I buy a house at auction?", "How do I purchase a house at auction?"),
        ],
        [
            ("What must I do in order to obtain a mortgage?", "What must I do in order to remortgage?"),
            ("How do I register a trademark?", "I require information regarding the cost of registering a trademark."),
            ("How do I purchase a house at auction?", "How do I sell a house at auction?"),
        ],
    ),
    _f(
        "statement_require_information",
        "statement",
        [
            (
                "How do I apply for a building permit?",
                "I require information regarding the process of applying for a building permit.",
            ),
            (
                "How do I claim maternity pay?",
                "I would appreciate information on how to claim maternity pay.",
            ),
            ("How do I appeal a parking fine?", "I should be grateful for guidance on appealing a parking fine."),
            (
                "How do I set up two-factor authentication?",
                "I require guidance on how to set up two-factor authentication.",
            ),
        ],
        [
            (
                "I require information regarding the process of applying for a building permit.",
                "I require information regarding the cost of a building permit.",
            ),
            ("How do I appeal a parking fine?", "I should be grateful for guidance on paying a parking fine."),
            ("How do I claim maternity pay?", "I would like to claim maternity pay."),
        ],
    ),
    _f(
        "statement_please_advise",
        "statement",
        [
            ("Is my flight delayed?", "Please advise whether my flight is delayed."),
            ("Does the hotel have parking?", "Kindly advise whether the hotel has parking."),
            ("Is the clinic open on Sundays?", "Please advise whether the clinic is open on Sundays."),
            (
                "Do I have to pay tax on my savings interest?",
                "Please advise whether I must pay tax on my savings interest.",
            ),
        ],
        [
            ("Please advise whether my flight is delayed.", "Please advise whether my flight is cancelled."),
            ("Does the hotel have parking?", "Kindly advise whether the hotel has a pool."),
            ("Is the clinic open on Sundays?", "Please advise whether the clinic is open on Saturdays."),
        ],
    ),
    _f(
        "statement_elaborate",
        "statement",
        [
            (
                "What is the difference between a Roth IRA and a traditional IRA?",
                "Could you elaborate on the difference between a Roth IRA and a traditional IRA?",
            ),
            ("How does recursion work?", "Could you elaborate on how recursion works?"),
            ("What are the side effects of ibuprofen?", "Could you elaborate on the side effects of ibuprofen?"),
            (
                "What is the difference between a stock and a bond?",
                "Would you be able to elaborate on the difference between a stock and a bond?",
            ),
        ],
        [
            ("Could you elaborate on how recursion works?", "Could you elaborate on how iteration works?"),
            ("What are the side effects of ibuprofen?", "Could you elaborate on the side effects of paracetamol?"),
            (
                "What is the difference between a stock and a bond?",
                "Could you elaborate on the difference between a stock and a share?",
            ),
        ],
    ),
    _f(
        "statement_grateful_if",
        "statement",
        [
            ("How do I update my address?", "I would be grateful if you could advise me how to update my address."),
            (
                "What is the deadline for submitting the form?",
                "I would be grateful if you could inform me of the deadline for submitting the form.",
            ),
            (
                "How do I convert Celsius to Fahrenheit?",
                "I should be grateful if you could explain how to convert Celsius to Fahrenheit.",
            ),
            ("How do I poach an egg?", "I would be most grateful if you could explain how to poach an egg."),
        ],
        [
            ("How do I update my address?", "I would be grateful if you could update my address."),
            (
                "How do I convert Celsius to Fahrenheit?",
                "I should be grateful if you could explain how to convert Fahrenheit to Kelvin.",
            ),
            ("How do I poach an egg?", "I would be most grateful if you could explain how to scramble an egg."),
        ],
    ),
    _f(
        "formal3_held_four",
        "statement",
        [
            ("Is the museum open on Mondays?", "Please advise whether the museum is open on Mondays."),
            ("How does a hash table work?", "Could you elaborate on how a hash table works?"),
            ("How do I descale a kettle?", "I would be grateful if you could explain how to descale a kettle."),
            ("How do I close a ticket?", "How is a ticket closed?"),
        ],
        [
            (
                "Please advise whether the museum is open on Mondays.",
                "Please advise whether the museum is free on Mondays.",
            ),
            ("Could you elaborate on how a hash table works?", "Could you elaborate on how a binary tree works?"),
            ("How do I descale a kettle?", "I would be grateful if you could descale my kettle."),
        ],
    ),
    _f(
        "passive_agent",
        "passive",
        [
            ("How do I submit a timesheet?", "How is a timesheet submitted?"),
            ("How do I reset the router?", "How is the router reset?"),
            ("How do I approve a purchase order?", "How is a purchase order approved?"),
        ],
        [
            # The passive's agent or patient differs from the active question's.
            ("How do I approve a purchase order?", "How is a purchase order approved by the finance team?"),
            ("How do I get promoted?", "How do I promote an employee?"),
            ("How is a timesheet submitted?", "How is a timesheet rejected?"),
        ],
    ),
    _f(
        "letter_long_context",
        "letter",
        [
            (
                "How do I transfer money to an overseas account?",
                "Dear Sir or Madam,\nI have been a customer of your bank for several years and I am shortly moving "
                "abroad. I should be grateful if you could advise how I can transfer money to an overseas account.\n"
                "Yours faithfully,\nJ. Smith",
            ),
            (
                "How do I request annual leave?",
                "Dear Ms Patel, I recently joined the company and am not yet familiar with the procedures. Could you "
                "please advise how to request annual leave? Best regards",
            ),
            (
                "How do I upgrade my plan?",
                "Hello, I have been using your service for a few months and I am very satisfied. I would like to "
                "know how to upgrade my plan. Thank you in advance.",
            ),
        ],
        [
            (
                "How do I transfer money to an overseas account?",
                "Dear Sir or Madam, I have been a customer of your bank for several years. I should be grateful if "
                "you could transfer money to my overseas account. Yours faithfully",
            ),
            (
                "How do I request annual leave?",
                "Dear Ms Patel, I recently joined the company. Could you please advise how to request sick leave? "
                "Best regards",
            ),
            (
                "How do I upgrade my plan?",
                "Hello, I have been using your service for a few months. I would like to know how to downgrade my "
                "plan. Thank you in advance.",
            ),
        ],
    ),
    _f(
        "hedged_permission",
        "hedged",
        [
            ("Can I bring a plus one to the event?", "Would it be acceptable for me to bring a plus one to the event?"),
            ("Can I return an item without a receipt?", "Is it at all possible to return an item without a receipt?"),
            ("Can I take my dog on the train?", "I wonder whether it is possible to take my dog on the train."),
            (
                "Can I get a discount as a student?",
                "I was wondering whether it might be possible to obtain a discount as a student.",
            ),
        ],
        [
            ("Can I return an item without a receipt?", "Is it at all possible to exchange an item without a receipt?"),
            ("Can I take my dog on the train?", "I wonder whether it is possible to take my bicycle on the train."),
            (
                "Can I get a discount as a student?",
                "I was wondering whether it might be possible to obtain a discount as a pensioner.",
            ),
        ],
    ),
    _f(
        "impersonal_passive_maths",
        "passive",
        [
            ("How do I find the area of a circle?", "How is the area of a circle found?"),
            ("How do I calculate a percentage increase?", "How is a percentage increase calculated?"),
            ("How do I convert a fraction to a decimal?", "How does one convert a fraction to a decimal?"),
            ("How do I find the median of a list?", "How might one ascertain the median of a list?"),
        ],
        [
            ("How is the area of a circle found?", "How is the circumference of a circle found?"),
            ("How is a percentage increase calculated?", "How is a percentage decrease calculated?"),
            ("How does one convert a fraction to a decimal?", "How does one convert a decimal to a fraction?"),
        ],
    ),
    _f(
        "formal3_held_five",
        "letter",
        [
            (
                "How do I change my delivery address?",
                "Dear Sir or Madam, I placed an order with you yesterday. Could you please advise how I can change my "
                "delivery address? Yours faithfully",
            ),
            ("Can I pay by bank transfer?", "Would it be acceptable for me to pay by bank transfer?"),
            ("How do I find the gradient of a line?", "How is the gradient of a line found?"),
            ("How do I get a replacement bus pass?", "How might one obtain a replacement bus pass?"),
        ],
        [
            (
                "How do I change my delivery address?",
                "Dear Sir or Madam, I placed an order with you yesterday. Could you please change my delivery "
                "address? Yours faithfully",
            ),
            ("How is the gradient of a line found?", "How is the length of a line found?"),
            ("How might one obtain a replacement bus pass?", "How might one obtain a refund for a bus pass?"),
        ],
    ),
    # ---- second batch (written after the first change, before the second): the readings' risks --
    _f(
        "hedged_whether_not_how",
        "hedged",
        [
            ("Can I change my seat after check-in?", "Would it be possible for me to change my seat after check-in?"),
            (
                "Can I take annual leave in my probation period?",
                "Might it be possible to take annual leave in my probation period?",
            ),
            (
                "Can I pay my rent by credit card?",
                "I was wondering whether it might be possible to pay my rent by credit card.",
            ),
        ],
        [
            # Whether it can be done is not how to do it.
            (
                "How do I change my seat after check-in?",
                "Would it be possible for me to change my seat after check-in?",
            ),
            (
                "How do I pay my rent by credit card?",
                "I was wondering whether it might be possible to pay my rent by credit card.",
            ),
            ("How do I cancel my order?", "Please advise whether I can cancel my order."),
            ("Can I change my seat after check-in?", "Would it be possible for you to change my seat after check-in?"),
        ],
    ),
    _f(
        "passive_describes",
        "passive",
        [
            ("How do I calculate income tax?", "How is income tax calculated?"),
            ("How do I install a ceiling fan?", "How should a ceiling fan be installed?"),
            ("How do I cook a turkey?", "How should a turkey be cooked?"),
        ],
        [
            # A process in nature or an institution's doing, not one's own procedure.
            ("How do I regulate my blood sugar?", "How is blood sugar regulated?"),
            ("How do I pay my employees?", "How are employees paid?"),
            ("How do I elect a class president?", "How is the president elected?"),
            ("How do I form a company?", "How are stars formed?"),
        ],
    ),
    _f(
        "impersonal_number",
        "impersonal",
        [
            ("How do I become a nurse?", "How does one become a nurse?"),
            ("Where should I stay in Rome?", "Where should one stay in Rome?"),
            ("What should I pack for a ski trip?", "What should one pack for a ski trip?"),
        ],
        [
            # "one" counts a thing here.
            ("How does drinking affect sleep?", "How does one drink affect sleep?"),
            ("How much do I cost my employer?", "How much does one cost?"),
            ("How does one become a nurse?", "How does one become a midwife?"),
        ],
    ),
    _f(
        "latinate_changes_meaning",
        "latinate",
        [
            ("How do I end a Zoom meeting for everyone?", "How do I terminate a Zoom meeting for everyone?"),
            ("Where do people live in Tokyo?", "Where do people reside in Tokyo?"),
            ("What should I read before the interview?", "What should I read prior to the interview?"),
        ],
        [
            ("What should I read before the interview?", "What should I read subsequent to the interview?"),
            ("How do I get a refund?", "How do I obtain a receipt?"),
            ("How do I end my contract?", "How do I terminate an employee?"),
            ("How do I live abroad?", "How do I live stream abroad?"),
        ],
    ),
    _f(
        "formal3_batch2_held",
        "hedged",
        [
            (
                "Can I bring my own food to the stadium?",
                "Would it be possible for me to bring my own food to the stadium?",
            ),
            ("How do I calculate a mortgage payment?", "How is a mortgage payment calculated?"),
            ("Where should I invest my savings?", "Where should one invest one's savings?"),
        ],
        [
            (
                "How do I bring my own food to the stadium?",
                "Would it be possible for me to bring my own food to the stadium?",
            ),
            ("How do I control my blood pressure?", "How is blood pressure controlled?"),
            ("How do I obtain a visa?", "How do I obtain a passport?"),
        ],
    ),
    # ---- third batch (written after the second change, before the third): requests to be told --
    _f(
        "would_you_mind_explaining",
        "statement",
        [
            ("How does compound interest work?", "Would you mind explaining how compound interest works?"),
            ("How do I reset my password?", "Would you be able to tell me how to reset my password?"),
            ("What is a Roth IRA?", "Could you possibly explain what a Roth IRA is?"),
            ("How do I renew my passport?", "Might I ask how to renew my passport?"),
        ],
        [
            ("How do I cancel my order?", "Would you mind cancelling my order?"),
            (
                "Would you mind explaining how compound interest works?",
                "Would you mind explaining how simple interest works?",
            ),
            ("How do I reset my password?", "Would you be able to reset my password?"),
        ],
    ),
    _f(
        "clarify_obliged",
        "statement",
        [
            ("How is VAT calculated?", "Could you please clarify how VAT is calculated?"),
            (
                "What is the difference between a Roth IRA and a traditional IRA?",
                "Could you clarify what the difference between a Roth IRA and a traditional IRA is?",
            ),
            ("How do I transfer my pension?", "I would be obliged if you could tell me how to transfer my pension."),
            ("How do I register a death?", "Please be so kind as to explain how to register a death."),
        ],
        [
            ("How is VAT calculated?", "Could you please clarify why VAT is charged?"),
            ("How do I transfer my pension?", "I would be obliged if you could transfer my pension."),
            ("How do I register a death?", "Please be so kind as to explain how to register a birth."),
        ],
    ),
    _f(
        "provide_information_on",
        "statement",
        [
            ("How do vaccines work?", "Could you provide an explanation of how vaccines work?"),
            ("How do I apply for a visa?", "Could you provide information on how to apply for a visa?"),
            ("How do I file an appeal?", "Please provide details on how to file an appeal."),
            ("How do I claim on my travel insurance?", "I seek clarification on how to claim on my travel insurance."),
        ],
        [
            ("How do I apply for a visa?", "Could you provide information on the cost of a visa?"),
            ("How do I file an appeal?", "Please provide details of my appeal."),
            ("How do vaccines work?", "Could you provide an explanation of how antibiotics work?"),
        ],
    ),
    _f(
        "appreciate_your_advice",
        "statement",
        [
            ("How do I negotiate a pay rise?", "I would appreciate your advice on how to negotiate a pay rise."),
            ("How do I bake bread?", "I would be interested to know how to bake bread."),
            (
                "What is the difference between a stock and a bond?",
                "Kindly explain the difference between a stock and a bond.",
            ),
            ("How do I choose a mortgage?", "Your advice on how to choose a mortgage would be appreciated."),
        ],
        [
            ("How do I negotiate a pay rise?", "I would appreciate your advice on whether to ask for a pay rise."),
            ("How do I bake bread?", "I would be interested to know how to bake a cake."),
            ("What is the difference between a stock and a bond?", "Kindly buy a stock and a bond."),
        ],
    ),
    _f(
        "formal3_batch3_held",
        "statement",
        [
            ("How do I cancel my membership?", "Would you mind explaining how to cancel my membership?"),
            ("How does a mortgage work?", "Could you provide an explanation of how a mortgage works?"),
            ("How do I repot a plant?", "I would appreciate your advice on how to repot a plant."),
        ],
        [
            ("How do I cancel my membership?", "Would you mind cancelling my membership?"),
            ("How does a mortgage work?", "Could you provide an explanation of how a pension works?"),
            ("How do I repot a plant?", "I would appreciate your advice on how to prune a plant."),
        ],
    ),
    # ---- fourth batch (written after the third change, before the fourth): outlines, "ought" ----
    _f(
        "outline_steps_involved",
        "statement",
        [
            ("How do I renew a passport?", "What are the steps involved in renewing a passport?"),
            ("How do I set up a limited company?", "Could you outline the steps for setting up a limited company?"),
            ("How do I apply for a mortgage?", "Please outline the procedure for applying for a mortgage."),
            ("How do I migrate a database?", "Would you kindly outline how to migrate a database?"),
        ],
        [
            ("How do I renew a passport?", "What are the costs involved in renewing a passport?"),
            (
                "Could you outline the steps for setting up a limited company?",
                "Could you outline the steps for closing a limited company?",
            ),
            ("How do I apply for a mortgage?", "Please outline the risks of applying for a mortgage."),
        ],
    ),
    _f(
        "explain_the_procedure",
        "statement",
        [
            ("How do I return a faulty item?", "Please explain the procedure for returning a faulty item."),
            ("How do I claim a tax refund?", "Could you describe the process of claiming a tax refund?"),
            ("How do I report a bug?", "Could you explain the process for reporting a bug?"),
            ("How do I adopt a child?", "Please describe the procedure for adopting a child."),
        ],
        [
            ("How do I return a faulty item?", "Please explain the procedure for repairing a faulty item."),
            ("How do I claim a tax refund?", "Could you describe the consequences of claiming a tax refund?"),
            ("How do I report a bug?", "Could you explain why this bug happens?"),
        ],
    ),
    _f(
        "unsure_how",
        "hedged",
        [
            ("How do I submit my timesheet?", "I am unsure how to submit my timesheet."),
            ("How should I store breast milk?", "I am uncertain as to how I should store breast milk."),
            ("How do I format a USB drive?", "I am not sure how to format a USB drive."),
            ("How do I read a payslip?", "I am unsure as to how to read a payslip."),
        ],
        [
            ("How do I submit my timesheet?", "I am unsure why my timesheet was rejected."),
            ("How do I format a USB drive?", "I am not sure whether to format my USB drive."),
            ("How do I read a payslip?", "I am unsure how to read a bank statement."),
        ],
    ),
    _f(
        "ought_advise_on",
        "impersonal",
        [
            ("What should I do if I lose my passport?", "What ought I to do if I lose my passport?"),
            ("How should I prepare for a job interview?", "How ought one to prepare for a job interview?"),
            ("How do I negotiate my salary?", "Could you advise me on negotiating my salary?"),
            ("How do I write a reference letter?", "Please advise on writing a reference letter."),
        ],
        [
            ("What ought I to do if I lose my passport?", "What ought I to do if I lose my wallet?"),
            ("How should I prepare for a job interview?", "How ought one to dress for a job interview?"),
            ("How do I negotiate my salary?", "Could you advise me on my salary?"),
        ],
    ),
    _f(
        "formal3_batch4_held",
        "statement",
        [
            ("How do I open a bank account?", "What are the steps involved in opening a bank account?"),
            ("How do I appeal a decision?", "Please explain the procedure for appealing a decision."),
            ("How do I reset my router?", "I am unsure how to reset my router."),
        ],
        [
            ("How do I open a bank account?", "What are the fees involved in opening a bank account?"),
            ("How do I appeal a decision?", "Please explain the reasons for the decision."),
            ("How do I reset my router?", "I am unsure where my router is."),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
