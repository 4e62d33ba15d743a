"""Hand-written pair families for the domains reworded paraphrases are served least in (issue #13,
engineer j102): HR, customer support, travel, cooking and general knowledge. Written before any
change, without reading the blind set (``semcache_fresh_pairs.py``) or the held-out fifth of
``tests/semcache/pair_register.py``.

Each family is a handful of questions of one topic, each asked again in 1-2 lexically different
wordings a user would write: everyday synonyms ("luggage" / "baggage", "fridge" / "refrigerator",
"paid back" / "reimbursed"), another verb ("call off" / "cancel", "hire" / "rent"), a noun
phrase against a clause ("What is the processing time for a Schengen visa?" / "How long does it
take to get a Schengen visa?"). The category is the domain (``hr``, ``support``, ``travel``,
``cooking``, ``general``).

Traps: the same wording around another entity of the same kind (savings / current account,
checked / carry-on bag, debit / credit card, annual / sick leave, fridge / freezer, bake /
roast), another number or time (7am / 7pm), another direction or bound (under / over 50 dollars,
within / after 30 days, to / from the airport), a negation ("without" / "with a receipt") and
another person (my manager / my colleagues, spouse / son). A synonym group that merged what a
trap separates would serve it.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_domains.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    # 0
    _f(
        "hr_leave",
        "hr",
        [
            ("How do I request annual leave?", "How do I book time off?"),
            ("How do I request annual leave?", "How can I apply for vacation time?"),
            ("How many holiday days do I get per year?", "How many vacation days do I get per year?"),
            ("How do I request annual leave?", "What is the process for taking vacation days?"),
        ],
        [
            ("How do I request annual leave?", "How do I request sick leave?"),
            ("How do I book time off?", "How do I cancel time off?"),
            ("How many holiday days do I get per year?", "How many sick days do I get per year?"),
        ],
    ),
    # 1
    _f(
        "hr_sick",
        "hr",
        [
            (
                "What should I do if I am sick and cannot come to work?",
                "What do I do if I'm ill and can't make it to work?",
            ),
            ("How do I report a sick day?", "How do I call in sick?"),
            ("Do I need a doctor's note for sick leave?", "Is a medical certificate required for sick leave?"),
        ],
        [
            ("Do I need a doctor's note for sick leave?", "Do I need a doctor's note for annual leave?"),
            ("How do I report a sick day?", "How do I report a workplace injury?"),
            ("Can my manager see why I took sick leave?", "Can my colleagues see why I took sick leave?"),
        ],
    ),
    # 2
    _f(
        "hr_payroll",
        "hr",
        [
            ("When is payday?", "When do we get paid?"),
            ("When is payday?", "On what date are salaries paid?"),
            ("Why is my paycheck lower this month?", "Why did I get paid less this month?"),
            ("How do I update my bank details for payroll?", "How do I change the bank account my salary goes into?"),
        ],
        [
            ("Why is my paycheck lower this month?", "Why is my paycheck higher this month?"),
            ("How do I update my bank details for payroll?", "How do I update my home address for payroll?"),
            ("When is payday?", "When is the bonus paid?"),
        ],
    ),
    # 3
    _f(
        "hr_benefits",
        "hr",
        [
            ("How do I enroll in the company health insurance?", "How do I sign up for the company medical plan?"),
            ("Does the company match pension contributions?", "Does my employer match what I put into my pension?"),
            ("How do I add my spouse to my health insurance?", "How can I put my partner on my medical cover?"),
            ("What dental benefits do we have?", "What does our dental coverage include?"),
        ],
        [
            ("How do I add my spouse to my health insurance?", "How do I remove my spouse from my health insurance?"),
            ("How do I add my spouse to my health insurance?", "How do I add my son to my health insurance?"),
            ("How do I enroll in the company health insurance?", "How do I enroll in the company life insurance?"),
            ("Does the company match pension contributions?", "Does the company match charity donations?"),
        ],
    ),
    # 4 held out
    _f(
        "hr_onboarding_held",
        "hr",
        [
            (
                "What should I bring on my first day of work?",
                "What do I need to take with me on my first day at the job?",
            ),
            ("When will I get my work laptop?", "When is my company laptop handed out?"),
            ("Who do I contact about my employment contract?", "Who should I speak to about my job contract?"),
        ],
        [
            ("What should I bring on my first day of work?", "What should I wear on my first day of work?"),
            ("When will I get my work laptop?", "When do I have to return my work laptop?"),
            ("Who do I contact about my employment contract?", "Who do I contact about my parking permit?"),
        ],
    ),
    # 5
    _f(
        "hr_expenses",
        "hr",
        [
            ("How do I submit an expense claim?", "How do I get reimbursed for work expenses?"),
            ("How do I claim travel expenses?", "How can I get my travel costs paid back?"),
            (
                "What is the daily meal allowance on business trips?",
                "How much can I spend on food per day when travelling for work?",
            ),
            ("Do I need receipts for expense claims?", "Do I have to keep receipts to claim expenses?"),
        ],
        [
            ("How do I claim travel expenses?", "How do I approve travel expenses?"),
            (
                "What is the daily meal allowance on business trips?",
                "What is the daily hotel allowance on business trips?",
            ),
            ("Do I need receipts for expense claims?", "Do I need manager approval for expense claims?"),
        ],
    ),
    # 6
    _f(
        "hr_policies",
        "hr",
        [
            ("Can I work from home?", "Am I allowed to work remotely?"),
            ("What is the remote work policy?", "What are the rules for working from home?"),
            ("How much notice do I need to give when I resign?", "What notice period applies if I quit?"),
            ("What is the dress code at the office?", "What am I expected to wear to the office?"),
        ],
        [
            ("Can I work from home?", "Can I work from abroad?"),
            (
                "How much notice do I need to give when I resign?",
                "How much notice does my employer need to give when they fire me?",
            ),
            ("What is the dress code at the office?", "What is the dress code at the Christmas party?"),
        ],
    ),
    # 7
    _f(
        "hr_parental",
        "hr",
        [
            ("How long is maternity leave?", "How many weeks of maternity leave do I get?"),
            ("How do I apply for paternity leave?", "What is the process to take paternity leave?"),
            ("Is parental leave paid?", "Do I get paid while on parental leave?"),
        ],
        [
            ("How long is maternity leave?", "How long is paternity leave?"),
            ("Is parental leave paid?", "Is sabbatical leave paid?"),
            ("How do I apply for paternity leave?", "How do I apply for adoption leave?"),
        ],
    ),
    # 8
    _f(
        "support_password",
        "support",
        [
            ("How do I reset my password?", "I forgot my password, how do I get a new one?"),
            ("How do I change my password?", "How can I update my login password?"),
            ("Why can't I log in to my account?", "Why am I unable to sign in to my account?"),
            ("How do I unlock my account?", "My account is locked, how do I get back in?"),
        ],
        [
            ("How do I reset my password?", "How do I reset my username?"),
            ("Why can't I log in to my account?", "Why can't I log out of my account?"),
            ("How do I change my password?", "How do I change my PIN?"),
        ],
    ),
    # 9 held out
    _f(
        "support_account_held",
        "support",
        [
            ("How do I close my account?", "How do I shut my account?"),
            ("How do I change the email address on my account?", "How do I update my account email?"),
            ("How do I delete my account?", "How can I permanently remove my account?"),
        ],
        [
            ("How do I close my savings account?", "How do I close my current account?"),
            ("How do I change the email address on my account?", "How do I change the phone number on my account?"),
            ("How do I delete my account?", "How do I recover my account?"),
        ],
    ),
    # 10
    _f(
        "support_orders",
        "support",
        [
            ("Where is my order?", "Where's my package?"),
            ("How do I track my order?", "How can I see where my parcel is?"),
            ("How do I cancel my order?", "Can I call off my order?"),
            ("How do I change the delivery address on my order?", "How do I send my order to a different address?"),
        ],
        [
            ("How do I cancel my order?", "How do I return my order?"),
            ("How do I track my order?", "How do I rate my order?"),
            ("How do I change the delivery address on my order?", "How do I change the billing address on my order?"),
        ],
    ),
    # 11
    _f(
        "support_refunds",
        "support",
        [
            ("How long does a refund take?", "When will I get my money back?"),
            ("How do I get a refund?", "How can I get my money back?"),
            ("Can I return an item without a receipt?", "Is it possible to send something back if I lost the receipt?"),
            ("How do I return a damaged item?", "What do I do if my item arrived broken?"),
        ],
        [
            ("How long does a refund take?", "How long does an exchange take?"),
            ("Can I return an item without a receipt?", "Can I return an item with a receipt?"),
            ("How do I return a damaged item?", "How do I return an unwanted item?"),
            ("Can I return an item within 30 days?", "Can I return an item after 30 days?"),
        ],
    ),
    # 12
    _f(
        "support_shipping",
        "support",
        [
            ("How much does shipping cost?", "What are the delivery charges?"),
            ("How long does delivery take?", "How many days until my order arrives?"),
            ("Do you ship internationally?", "Do you deliver overseas?"),
            ("Is express shipping available?", "Can I get faster delivery?"),
        ],
        [
            ("Do you ship internationally?", "Do you ship to PO boxes?"),
            ("How long does delivery take?", "How long does a return take?"),
            ("Is shipping free on orders over 50 dollars?", "Is shipping free on orders under 50 dollars?"),
        ],
    ),
    # 13
    _f(
        "support_billing",
        "support",
        [
            ("Why was I charged twice?", "Why did you take the payment twice?"),
            ("How do I update my payment method?", "How do I change the card I pay with?"),
            ("Where can I find my invoice?", "Where do I get a copy of my bill?"),
            ("Can I pay by debit card?", "Do you accept debit cards?"),
        ],
        [
            ("Can I pay by debit card?", "Can I pay by credit card?"),
            ("Where can I find my invoice?", "Where can I find my order number?"),
            ("How do I update my payment method?", "How do I remove my payment method?"),
        ],
    ),
    # 14 held out
    _f(
        "support_subscriptions_held",
        "support",
        [
            ("How do I cancel my subscription?", "How do I end my membership?"),
            ("How do I upgrade my plan?", "How can I move to a higher tier?"),
            ("Will my subscription renew automatically?", "Does my plan auto-renew?"),
        ],
        [
            ("How do I upgrade my plan?", "How do I downgrade my plan?"),
            ("How do I cancel my subscription?", "How do I pause my subscription?"),
            ("Will my subscription renew automatically?", "Will my subscription be refunded automatically?"),
        ],
    ),
    # 15
    _f(
        "travel_flights",
        "travel",
        [
            ("How do I check in online for my flight?", "How can I do web check-in for my flight?"),
            ("Can I change my flight date?", "Is it possible to rebook my flight for another day?"),
            ("What happens if my flight is cancelled?", "What should I do if the airline cancels my flight?"),
            ("How early should I get to the airport?", "How long before departure should I arrive at the airport?"),
        ],
        [
            ("Can I change my flight date?", "Can I change my flight destination?"),
            ("What happens if my flight is cancelled?", "What happens if my flight is delayed?"),
            ("How early should I get to the airport?", "How late can I get to the airport?"),
            ("Is there a flight to Paris at 7am?", "Is there a flight to Paris at 7pm?"),
        ],
    ),
    # 16
    _f(
        "travel_luggage",
        "travel",
        [
            ("How much luggage can I take on the plane?", "What is the baggage allowance on the plane?"),
            ("Can I bring liquids in my carry-on?", "Are liquids allowed in my carry-on bag?"),
            ("What is the weight limit for checked bags?", "How heavy can my checked suitcase be?"),
            ("What should I do if my luggage is lost?", "What do I do if the airline loses my suitcase?"),
        ],
        [
            ("What is the weight limit for checked bags?", "What is the weight limit for carry-on bags?"),
            ("Can I bring liquids in my carry-on?", "Can I bring liquids in my checked bag?"),
            ("What should I do if my luggage is lost?", "What should I do if my luggage is damaged?"),
        ],
    ),
    # 17
    _f(
        "travel_visas",
        "travel",
        [
            ("Do I need a visa to visit Japan?", "Is a visa required to travel to Japan?"),
            ("How long does it take to get a Schengen visa?", "What is the processing time for a Schengen visa?"),
            ("How do I apply for a tourist visa?", "What is the process for getting a tourist visa?"),
            ("Can I work on a tourist visa?", "Am I allowed to have a job while on a tourist visa?"),
        ],
        [
            ("Do I need a visa to visit Japan?", "Do I need a visa to visit China?"),
            ("How do I apply for a tourist visa?", "How do I apply for a student visa?"),
            ("Can I work on a tourist visa?", "Can I study on a tourist visa?"),
        ],
    ),
    # 18
    _f(
        "travel_hotels",
        "travel",
        [
            ("What time is check-in at the hotel?", "When can I check in to the hotel?"),
            ("Can I cancel my hotel booking for free?", "Is there free cancellation on my hotel reservation?"),
            ("Does the hotel have parking?", "Is there a car park at the hotel?"),
            ("Is breakfast included in the room price?", "Does the room rate include breakfast?"),
        ],
        [
            ("What time is check-in at the hotel?", "What time is check-out at the hotel?"),
            ("Is breakfast included in the room price?", "Is dinner included in the room price?"),
            ("Does the hotel have parking?", "Does the hotel have a pool?"),
            (
                "Are there hotels under 100 dollars near the station?",
                "Are there hotels over 100 dollars near the station?",
            ),
        ],
    ),
    # 19 held out
    _f(
        "travel_transit_held",
        "travel",
        [
            (
                "How do I get from the airport to the city centre?",
                "What is the best way to get downtown from the airport?",
            ),
            ("How much is a metro ticket?", "What does a subway ticket cost?"),
            ("Is there a night bus?", "Do buses run at night?"),
        ],
        [
            ("How do I get from the airport to the city centre?", "How do I get from the city centre to the airport?"),
            ("How much is a metro ticket?", "How much is a taxi?"),
            ("Is there a night bus?", "Is there a night train?"),
        ],
    ),
    # 20
    _f(
        "travel_trains",
        "travel",
        [
            ("How do I buy a train ticket?", "Where do I purchase rail tickets?"),
            ("Can I get a refund on my train ticket?", "Is my rail ticket refundable?"),
            ("Do I need to reserve a seat on the train?", "Is seat booking required on the train?"),
        ],
        [
            ("Can I get a refund on my train ticket?", "Can I get a refund on my bus ticket?"),
            ("Do I need to reserve a seat on the train?", "Do I need to reserve a bike space on the train?"),
            ("How do I buy a train ticket?", "How do I buy a first class train ticket?"),
        ],
    ),
    # 21
    _f(
        "cooking_substitutions",
        "cooking",
        [
            ("What can I use instead of eggs in baking?", "What is a good egg substitute for baking?"),
            ("Can I substitute butter with oil?", "Can I use oil in place of butter?"),
            ("What can I use if I don't have buttermilk?", "What can replace buttermilk in a recipe?"),
            ("Can I use baking soda instead of baking powder?", "Can baking soda replace baking powder?"),
        ],
        [
            ("Can I use baking soda instead of baking powder?", "Can I use baking powder instead of baking soda?"),
            ("Can I substitute butter with oil?", "Can I substitute butter with margarine?"),
            ("What can I use instead of eggs in baking?", "What can I use instead of milk in baking?"),
        ],
    ),
    # 22
    _f(
        "cooking_times",
        "cooking",
        [
            ("How long should I boil an egg?", "How many minutes do I boil an egg for?"),
            ("How long does it take to roast a chicken?", "What is the cooking time for a roast chicken?"),
            ("How long should I cook rice?", "How long does rice take to cook?"),
            ("How long do I bake potatoes?", "What is the baking time for potatoes?"),
        ],
        [
            ("How long should I boil an egg?", "How long should I poach an egg?"),
            ("How long does it take to roast a chicken?", "How long does it take to roast a turkey?"),
            ("How long should I cook rice?", "How long should I soak rice?"),
        ],
    ),
    # 23
    _f(
        "cooking_temperatures",
        "cooking",
        [
            ("What temperature should I bake bread at?", "How hot should the oven be for bread?"),
            (
                "What is the safe internal temperature for chicken?",
                "How hot does chicken need to be inside to be safe?",
            ),
            ("What oven temperature should I roast vegetables at?", "At what heat should I roast vegetables?"),
        ],
        [
            ("What is the safe internal temperature for chicken?", "What is the safe internal temperature for pork?"),
            ("What temperature should I bake bread at?", "What temperature should I bake cookies at?"),
            (
                "What oven temperature should I roast vegetables at?",
                "What oven temperature should I bake vegetables at?",
            ),
        ],
    ),
    # 24 held out
    _f(
        "cooking_storage_held",
        "cooking",
        [
            (
                "How long do cooked leftovers last in the fridge?",
                "How many days are leftovers good for in the refrigerator?",
            ),
            ("Can I freeze cooked rice?", "Is it okay to put cooked rice in the freezer?"),
            ("How should I store fresh herbs?", "What is the best way to keep fresh herbs?"),
        ],
        [
            ("How long do cooked leftovers last in the fridge?", "How long do cooked leftovers last in the freezer?"),
            ("Can I freeze cooked rice?", "Can I reheat cooked rice?"),
            ("How should I store fresh herbs?", "How should I store dried herbs?"),
        ],
    ),
    # 25
    _f(
        "cooking_techniques",
        "cooking",
        [
            ("How do I caramelise onions?", "What is the way to make caramelized onions?"),
            ("How do I thicken a sauce?", "How can I make a sauce thicker?"),
            ("How do I keep pasta from sticking together?", "How do I stop pasta sticking?"),
            ("How do I make fluffy rice?", "How do I stop my rice turning out sticky?"),
        ],
        [
            ("How do I thicken a sauce?", "How do I thin a sauce?"),
            ("How do I caramelise onions?", "How do I pickle onions?"),
            ("How do I keep pasta from sticking together?", "How do I keep rice from sticking together?"),
        ],
    ),
    # 26
    _f(
        "cooking_measures",
        "cooking",
        [
            ("How many grams are in a cup of flour?", "How much does a cup of flour weigh in grams?"),
            ("How do I soften butter quickly?", "What is the fastest way to bring butter to room temperature?"),
            ("How do I know when pasta is done?", "How can I tell if pasta is cooked?"),
        ],
        [
            ("How many grams are in a cup of flour?", "How many grams are in a cup of sugar?"),
            ("How do I soften butter quickly?", "How do I melt butter quickly?"),
            ("How do I know when pasta is done?", "How do I know when steak is done?"),
        ],
    ),
    # 27
    _f(
        "general_science",
        "general",
        [
            ("Why is the sky blue?", "What makes the sky look blue?"),
            ("How far is the Moon from Earth?", "What is the distance between the Earth and the Moon?"),
            ("What causes earthquakes?", "Why do earthquakes happen?"),
            ("How do plants make their food?", "How does photosynthesis work?"),
        ],
        [
            ("How far is the Moon from Earth?", "How far is the Sun from Earth?"),
            ("What causes earthquakes?", "What causes volcanoes?"),
            ("Why is the sky blue?", "Why is the sky red at sunset?"),
        ],
    ),
    # 28
    _f(
        "general_geography",
        "general",
        [
            ("What is the capital of Australia?", "Which city is Australia's capital?"),
            ("What is the longest river in the world?", "Which river is the longest on Earth?"),
            ("How many people live in Canada?", "What is the population of Canada?"),
            ("What language do they speak in Brazil?", "What is the official language of Brazil?"),
        ],
        [
            ("What is the capital of Australia?", "What is the capital of Austria?"),
            ("What is the longest river in the world?", "What is the shortest river in the world?"),
            ("How many people live in Canada?", "How many people live in Mexico?"),
        ],
    ),
    # 29 held out
    _f(
        "general_history_held",
        "general",
        [
            ("Who invented the telephone?", "Who came up with the telephone?"),
            ("When did World War II end?", "In what year did the Second World War finish?"),
            ("Who was the first person to walk on the moon?", "Who first set foot on the moon?"),
        ],
        [
            ("Who invented the telephone?", "Who invented the television?"),
            ("When did World War II end?", "When did World War II start?"),
            ("Who was the first person to walk on the moon?", "Who was the second person to walk on the moon?"),
        ],
    ),
    # 30
    _f(
        "general_body",
        "general",
        [
            ("How much water should I drink each day?", "What is the recommended daily water intake?"),
            ("How many hours of sleep does an adult need?", "How much sleep do grown-ups need?"),
            ("How many bones are in the human body?", "How many bones does a person have?"),
        ],
        [
            ("How many hours of sleep does an adult need?", "How many hours of sleep does a baby need?"),
            ("How many bones are in the human body?", "How many muscles are in the human body?"),
            ("How much water should I drink each day?", "How much coffee should I drink each day?"),
        ],
    ),
    # 31
    _f(
        "general_household",
        "general",
        [
            ("How do I get rid of a hangover?", "What is the best cure for a hangover?"),
            ("How do I unclog a drain?", "How can I clear a blocked drain?"),
            ("What is the boiling point of water?", "At what temperature does water boil?"),
        ],
        [
            ("What is the boiling point of water?", "What is the freezing point of water?"),
            ("How do I unclog a drain?", "How do I unclog a toilet?"),
            ("How do I get rid of a hangover?", "How do I prevent a hangover?"),
        ],
    ),
    # 32
    _f(
        "support_banking",
        "support",
        [
            ("How do I open a savings account?", "How can I set up a savings account?"),
            ("How do I transfer money to another bank?", "How do I send money to an account at a different bank?"),
            ("How do I report a lost debit card?", "What do I do if I lose my debit card?"),
            ("How do I order a new credit card?", "How can I get a replacement credit card?"),
        ],
        [
            ("How do I open a savings account?", "How do I open a current account?"),
            ("How do I report a lost debit card?", "How do I report a lost credit card?"),
            ("How do I transfer money to another bank?", "How do I transfer money from another bank?"),
        ],
    ),
    # 33
    _f(
        "travel_car_hire",
        "travel",
        [
            ("How do I rent a car at the airport?", "How do I hire a car at the airport?"),
            ("Do I need an international driving permit?", "Is an international driving licence required?"),
            ("Is insurance included in the car rental?", "Does the rental car come with insurance?"),
        ],
        [
            ("How do I rent a car at the airport?", "How do I return a rental car at the airport?"),
            ("Is insurance included in the car rental?", "Is fuel included in the car rental?"),
            ("Can I pick up the rental car at 7am?", "Can I pick up the rental car at 7pm?"),
        ],
    ),
    # 34 held out
    _f(
        "hr_time_held",
        "hr",
        [
            ("How do I log my overtime hours?", "How do I record the extra hours I worked?"),
            ("Do I get paid for overtime?", "Is overtime paid?"),
            ("How do I swap a shift with a coworker?", "How can I trade shifts with a colleague?"),
        ],
        [
            ("How do I log my overtime hours?", "How do I log my holiday hours?"),
            ("Do I get paid for overtime?", "Do I get paid for lunch breaks?"),
            ("How do I swap a shift with a coworker?", "How do I swap a shift with my manager?"),
        ],
    ),
    # A second batch (families 35-39), written after the held-out look at the first, before any
    # guard change: directions between places of several words ("from the airport to the city
    # centre" / "from the city centre to the airport"), which main served as a paraphrase.
    # 35
    _f(
        "travel_routes",
        "travel",
        [
            (
                "How do I get from the train station to the old town?",
                "What is the best way to get to the old town from the train station?",
            ),
            (
                "How long is the drive from San Francisco to Los Angeles?",
                "How long does it take to drive from San Francisco to Los Angeles?",
            ),
            (
                "Is there a bus from the airport to the city centre?",
                "Does a bus run from the airport to the city centre?",
            ),
        ],
        [
            (
                "How do I get from the train station to the old town?",
                "How do I get from the old town to the train station?",
            ),
            (
                "Is there a bus from the airport to the city centre?",
                "Is there a bus from the city centre to the airport?",
            ),
            (
                "How much is a taxi from the hotel to the cruise terminal?",
                "How much is a taxi from the cruise terminal to the hotel?",
            ),
        ],
    ),
    # 36
    _f(
        "support_transfers",
        "support",
        [
            (
                "How do I move money from my savings account to my current account?",
                "How can I transfer money from my savings account to my current account?",
            ),
            (
                "How do I switch from the monthly plan to the annual plan?",
                "How can I change from the monthly plan to the annual plan?",
            ),
        ],
        [
            (
                "How do I move money from my savings account to my current account?",
                "How do I move money from my current account to my savings account?",
            ),
            (
                "How do I switch from the monthly plan to the annual plan?",
                "How do I switch from the annual plan to the monthly plan?",
            ),
            (
                "Can I upgrade from economy class to business class?",
                "Can I downgrade from business class to economy class?",
            ),
        ],
    ),
    # 37
    _f(
        "hr_transfers",
        "hr",
        [
            (
                "How do I move from the sales team to the marketing team?",
                "How can I transfer from the sales team to the marketing team?",
            ),
            ("Can I switch from full time to part time?", "Is it possible to go from full time to part time?"),
        ],
        [
            (
                "How do I move from the sales team to the marketing team?",
                "How do I move from the marketing team to the sales team?",
            ),
            ("Can I switch from full time to part time?", "Can I switch from part time to full time?"),
        ],
    ),
    # 38
    _f(
        "cooking_conversions",
        "cooking",
        [
            (
                "How do I convert a cake recipe from a round tin to a square tin?",
                "How do I adapt a cake recipe from a round tin to a square tin?",
            ),
            ("Can I swap plain flour for self-raising flour?", "Can I replace plain flour with self-raising flour?"),
        ],
        [
            (
                "How do I convert a cake recipe from a round tin to a square tin?",
                "How do I convert a cake recipe from a square tin to a round tin?",
            ),
            (
                "How do I switch from a gas hob to an induction hob?",
                "How do I switch from an induction hob to a gas hob?",
            ),
        ],
    ),
    # 39 held out
    _f(
        "routes_held",
        "travel",
        [
            (
                "How do I get from the ferry port to the old town?",
                "What is the way to the old town from the ferry port?",
            ),
            (
                "How do I move my pension from my old employer to my new employer?",
                "How can I transfer my pension from my old employer to my new employer?",
            ),
        ],
        [
            ("How do I get from the ferry port to the old town?", "How do I get from the old town to the ferry port?"),
            (
                "How do I move my pension from my old employer to my new employer?",
                "How do I move my pension from my new employer to my old employer?",
            ),
            (
                "Is there a train from the main station to the football stadium?",
                "Is there a train from the football stadium to the main station?",
            ),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
