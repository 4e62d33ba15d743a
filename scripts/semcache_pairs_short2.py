"""Hand-written pair families for SHORT and CASUAL chat prompts, a third round (issue #13,
engineer j120), written before any change, without reading the blind set or the held-out
fifth of ``tests/semcache/pair_register.py``.

* ``short``: 3-8 word prompts, missing articles and auxiliaries ("wifi password?", "best way
  boil egg") against the whole question;
* ``abbrev``: chat abbreviations ("pw", "pls", "u", "ur", "thx", "acct", "info", "appt",
  "msg", "b4") and apostrophes typed or dropped ("whats", "dont", "cant", "im");
* ``imperative``: a request against a question ("tell me X" / "what is X", "show me how to X" /
  "how do I X", "need X" / "where can I get X");
* traps in every family: the same short or casual shape around another object, verb, number,
  place or person, one fact apart ("reset my pw?" / "change my username?").

Topics: home wifi and devices, accounts, banking, travel, food, health, work, school, shopping,
weather, pets, cars, phones, money, sport, housing, time and units.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_short2.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    # 0
    _f(
        "wifi_home",
        "abbrev",
        [
            ("What is the wifi password?", "whats the wifi pw"),
            ("How do I reset my router?", "how do i reset my router pls"),
            ("Why is my wifi so slow?", "y is my wifi so slow"),
            ("How do I connect my printer to wifi?", "how do u connect ur printer to wifi"),
            ("How do I change my wifi name?", "change wifi name how"),
        ],
        [
            ("What is the wifi password?", "whats the router admin pw"),
            ("How do I reset my router?", "how do i reset my modem pls"),
            ("How do I connect my printer to wifi?", "how do u connect ur tv to wifi"),
            ("How do I change my wifi name?", "change wifi password how"),
        ],
    ),
    # 1
    _f(
        "account_password",
        "abbrev",
        [
            ("How do I reset my password?", "reset my pw?"),
            ("How do I change my password?", "how do i change my pw"),
            ("How do I delete my account?", "how do i delete my acct"),
            ("I forgot my password, what should I do?", "forgot my pw what do i do"),
            ("How do I turn on two-factor authentication?", "how to turn on 2fa pls"),
        ],
        [
            ("How do I reset my password?", "reset my username?"),
            ("How do I delete my account?", "how do i suspend my acct"),
            ("I forgot my password, what should I do?", "forgot my email what do i do"),
            ("How do I change my password?", "how do i change my pin"),
        ],
    ),
    # 2
    _f(
        "tell_me_facts",
        "imperative",
        [
            ("What is the capital of Canada?", "tell me the capital of canada"),
            ("What is the boiling point of water?", "tell me the boiling point of water"),
            ("Who painted the Mona Lisa?", "tell me who painted the mona lisa"),
            ("What is the population of Japan?", "give me the population of japan"),
            ("How tall is Mount Everest?", "tell me how tall mount everest is"),
        ],
        [
            ("What is the capital of Canada?", "tell me the capital of australia"),
            ("What is the boiling point of water?", "tell me the freezing point of water"),
            ("Who painted the Mona Lisa?", "tell me who stole the mona lisa"),
            ("What is the population of Japan?", "give me the population of china"),
        ],
    ),
    # 3
    _f(
        "banking_short",
        "short",
        [
            ("How do I check my bank balance?", "check bank balance"),
            ("How do I order a new debit card?", "new debit card how"),
            ("What is my account number?", "my account number?"),
            ("How do I set up a direct debit?", "set up direct debit"),
            ("How long does a bank transfer take?", "bank transfer how long"),
        ],
        [
            ("How do I check my bank balance?", "check credit score"),
            ("How do I order a new debit card?", "new credit card how"),
            ("How do I set up a direct debit?", "cancel direct debit"),
            ("How long does a bank transfer take?", "international bank transfer how long"),
        ],
    ),
    # 4 (held out)
    _f(
        "travel_casual",
        "abbrev",
        [
            ("Do I need a visa for Japan?", "do i need a visa for japan?? thx"),
            ("What time is check-in at the hotel?", "whats check in time at the hotel"),
            ("How much luggage can I bring on the plane?", "how much luggage can i bring on the plane pls"),
            (
                "Can I bring a water bottle through airport security?",
                "can u bring a water bottle thru airport security",
            ),
            ("How early should I get to the airport?", "how early shld i get to the airport"),
        ],
        [
            ("Do I need a visa for Japan?", "do i need a visa for china?? thx"),
            ("What time is check-in at the hotel?", "whats check out time at the hotel"),
            (
                "Can I bring a water bottle through airport security?",
                "can u bring a pocket knife thru airport security",
            ),
            ("How early should I get to the airport?", "how late can i get to the airport"),
        ],
    ),
    # 5
    _f(
        "cooking_short",
        "short",
        [
            ("How long should I boil an egg?", "how long boil egg"),
            ("How do I cook rice?", "cook rice how"),
            ("What temperature should I bake chicken at?", "bake chicken what temp"),
            ("How do I make pancakes?", "pancake recipe pls"),
            ("Can I freeze cooked pasta?", "freeze cooked pasta ok?"),
        ],
        [
            ("How long should I boil an egg?", "how long boil potato"),
            ("How do I cook rice?", "cook quinoa how"),
            ("What temperature should I bake chicken at?", "bake salmon what temp"),
            ("Can I freeze cooked pasta?", "freeze cooked rice ok?"),
        ],
    ),
    # 6
    _f(
        "contractions_dropped",
        "abbrev",
        [
            ("Why won't my phone charge?", "why wont my phone charge"),
            ("What's the best way to learn Spanish?", "whats the best way to learn spanish"),
            ("I can't log in to my account.", "cant log in to my acct"),
            ("Why doesn't my laptop turn on?", "why doesnt my laptop turn on"),
            ("I'm locked out of my email.", "im locked out of my email"),
        ],
        [
            ("Why won't my phone charge?", "why wont my phone ring"),
            ("What's the best way to learn Spanish?", "whats the best way to learn french"),
            ("I can't log in to my account.", "cant log out of my acct"),
            ("Why doesn't my laptop turn on?", "why doesnt my laptop turn off"),
        ],
    ),
    # 7
    _f(
        "show_me_how",
        "imperative",
        [
            ("How do I take a screenshot on Windows?", "show me how to take a screenshot on windows"),
            ("How do I tie a tie?", "teach me how to tie a tie"),
            ("How do I change a flat tyre?", "explain how to change a flat tyre"),
            ("How do I make a pivot table in Excel?", "walk me through making a pivot table in excel"),
            ("How do I merge two PDFs?", "help me merge two pdfs"),
        ],
        [
            ("How do I take a screenshot on Windows?", "show me how to take a screenshot on a mac"),
            ("How do I tie a tie?", "teach me how to tie a bow tie"),
            ("How do I make a pivot table in Excel?", "walk me through making a pivot table in google sheets"),
            ("How do I merge two PDFs?", "help me split two pdfs"),
        ],
    ),
    # 8
    _f(
        "weather_short",
        "short",
        [
            ("What is the weather like in London today?", "london weather today"),
            ("Will it rain tomorrow in Paris?", "rain tomorrow paris?"),
            ("Is it going to snow this weekend?", "gonna snow this weekend?"),
            ("What is the temperature in Berlin right now?", "berlin temp rn"),
        ],
        [
            ("What is the weather like in London today?", "london weather tomorrow"),
            ("Will it rain tomorrow in Paris?", "rain tomorrow rome?"),
            ("Is it going to snow this weekend?", "gonna snow this week?"),
            ("What is the temperature in Berlin right now?", "munich temp rn"),
        ],
    ),
    # 9 (held out)
    _f(
        "health_casual",
        "abbrev",
        [
            ("How much water should I drink a day?", "how much water shd i drink a day"),
            ("Is it ok to take ibuprofen with food?", "ok to take ibuprofen w food?"),
            ("How do I get rid of a headache?", "how do i get rid of a headache pls"),
            ("How many hours of sleep do I need?", "how many hrs of sleep do i need"),
            ("What are the symptoms of the flu?", "flu symptoms?"),
        ],
        [
            ("How much water should I drink a day?", "how much coffee shd i drink a day"),
            ("Is it ok to take ibuprofen with food?", "ok to take ibuprofen w alcohol?"),
            ("How many hours of sleep do I need?", "how many hrs of exercise do i need"),
            ("What are the symptoms of the flu?", "covid symptoms?"),
        ],
    ),
    # 10
    _f(
        "work_hr",
        "abbrev",
        [
            ("How do I request time off?", "how do i request time off pls"),
            ("When is payday this month?", "when is payday this month?"),
            ("How many vacation days do I have left?", "how many vacation days do i have left??"),
            ("Who do I talk to about my payslip?", "who do i talk to abt my payslip"),
            ("How do I submit my expenses?", "how 2 submit my expenses"),
        ],
        [
            ("How do I request time off?", "how do i request a pay rise pls"),
            ("How many vacation days do I have left?", "how many sick days do i have left??"),
            ("Who do I talk to about my payslip?", "who do i talk to abt my pension"),
            ("How do I submit my expenses?", "how 2 submit my timesheet"),
        ],
    ),
    # 11
    _f(
        "whats_vs_tell",
        "imperative",
        [
            ("What is the time in Tokyo?", "tell me the time in tokyo"),
            ("What is the exchange rate from dollars to euros?", "give me the dollar to euro rate"),
            ("What does GDP stand for?", "tell me what gdp stands for"),
            ("What is the speed of light?", "tell me the speed of light"),
            ("Where is the nearest train station?", "find me the nearest train station"),
        ],
        [
            ("What is the time in Tokyo?", "tell me the time in seoul"),
            ("What is the exchange rate from dollars to euros?", "give me the dollar to pound rate"),
            ("What does GDP stand for?", "tell me what gnp stands for"),
            ("What is the speed of light?", "tell me the speed of sound"),
            ("Where is the nearest train station?", "find me the nearest bus station"),
        ],
    ),
    # 12
    _f(
        "shopping_returns",
        "short",
        [
            ("How do I return an item?", "return an item how"),
            ("Where is my order?", "wheres my order"),
            ("How do I track my package?", "track my package pls"),
            ("Can I change my delivery address?", "change delivery address?"),
            ("How long does shipping take?", "shipping how long"),
        ],
        [
            ("How do I return an item?", "exchange an item how"),
            ("Where is my order?", "wheres my refund"),
            ("Can I change my delivery address?", "change billing address?"),
            ("How long does shipping take?", "shipping how much"),
        ],
    ),
    # 13
    _f(
        "phone_help",
        "abbrev",
        [
            ("How do I turn off my iPhone?", "how do u turn off ur iphone"),
            ("How do I free up storage on my phone?", "how do i free up storage on my phone pls"),
            ("How do I block a number?", "how 2 block a number"),
            ("Why does my phone battery drain so fast?", "y does my phone battery drain so fast"),
            ("How do I back up my photos?", "how do i backup my pics"),
        ],
        [
            ("How do I turn off my iPhone?", "how do u turn off ur ipad"),
            ("How do I block a number?", "how 2 unblock a number"),
            ("Why does my phone battery drain so fast?", "y does my phone get so hot"),
            ("How do I back up my photos?", "how do i delete my pics"),
        ],
    ),
    # 14 (held out)
    _f(
        "school_short",
        "short",
        [
            ("When does the school term start?", "school term start when"),
            ("How do I write a good essay?", "how write good essay"),
            ("What is the deadline for the assignment?", "assignment deadline?"),
            ("How do I cite a website in APA?", "cite website apa how"),
        ],
        [
            ("When does the school term start?", "school term end when"),
            ("How do I write a good essay?", "how write good cover letter"),
            ("How do I cite a website in APA?", "cite website mla how"),
            ("What is the deadline for the assignment?", "exam deadline?"),
        ],
    ),
    # 15
    _f(
        "pets_casual",
        "abbrev",
        [
            ("Can dogs eat grapes?", "can dogs eat grapes??"),
            ("How often should I feed my cat?", "how often shd i feed my cat"),
            ("Why does my dog eat grass?", "y does my dog eat grass"),
            ("How do I stop my puppy biting?", "how do i stop my puppy biting pls"),
            ("How often should I walk my dog?", "how often do u walk ur dog"),
        ],
        [
            ("Can dogs eat grapes?", "can dogs eat apples??"),
            ("How often should I feed my cat?", "how often shd i bathe my cat"),
            ("Why does my dog eat grass?", "y does my cat eat grass"),
            ("How do I stop my puppy biting?", "how do i stop my puppy barking pls"),
        ],
    ),
    # 16
    _f(
        "car_short",
        "short",
        [
            ("How often should I change my oil?", "oil change how often"),
            ("How do I jump start a car?", "jump start car how"),
            ("What does the check engine light mean?", "check engine light meaning"),
            ("How do I check my tyre pressure?", "check tyre pressure how"),
        ],
        [
            ("How often should I change my oil?", "tyre change how often"),
            ("How do I jump start a car?", "jump start motorbike how"),
            ("What does the check engine light mean?", "oil light meaning"),
            ("How do I check my tyre pressure?", "check oil level how"),
        ],
    ),
    # 17
    _f(
        "need_x",
        "imperative",
        [
            ("Where can I buy a phone charger?", "need a phone charger where"),
            ("How do I book a doctor's appointment?", "book me a doctors appt"),
            ("How do I order a taxi?", "get me a taxi"),
            ("Where can I print a document?", "need to print a doc where"),
        ],
        [
            ("Where can I buy a phone charger?", "need a phone case where"),
            ("How do I book a doctor's appointment?", "book me a dentist appt"),
            ("How do I order a taxi?", "get me a pizza"),
            ("Where can I print a document?", "need to scan a doc where"),
        ],
    ),
    # 18
    _f(
        "money_units",
        "short",
        [
            ("How many grams are in a pound?", "grams in a pound?"),
            ("How many miles is 10 kilometres?", "10 km in miles"),
            ("What is 20 percent of 50?", "20% of 50?"),
            ("How many ounces are in a cup?", "oz in a cup"),
        ],
        [
            ("How many grams are in a pound?", "grams in an ounce?"),
            ("How many miles is 10 kilometres?", "100 km in miles"),
            ("What is 20 percent of 50?", "25% of 50?"),
            ("How many ounces are in a cup?", "oz in a pint"),
        ],
    ),
    # 19 (held out)
    _f(
        "email_msgs",
        "abbrev",
        [
            ("How do I unsubscribe from emails?", "how do i unsubscribe from emails pls"),
            ("How do I recall a sent email in Outlook?", "how 2 recall a sent email in outlook"),
            ("How do I set an out of office reply?", "how do u set an out of office reply"),
            ("Why are my emails going to spam?", "y r my emails going to spam"),
            ("How do I delete a message on WhatsApp?", "how do i delete a msg on whatsapp"),
        ],
        [
            ("How do I unsubscribe from emails?", "how do i subscribe to emails pls"),
            ("How do I recall a sent email in Outlook?", "how 2 recall a sent email in gmail"),
            ("Why are my emails going to spam?", "y r my emails bouncing"),
            ("How do I delete a message on WhatsApp?", "how do i delete a msg on telegram"),
        ],
    ),
    # 20
    _f(
        "housing_casual",
        "abbrev",
        [
            ("How do I unblock a sink?", "how do u unblock a sink"),
            ("How do I get rid of mould in the bathroom?", "how do i get rid of mould in the bathroom pls"),
            ("Who do I call about a broken boiler?", "who do i call abt a broken boiler"),
            ("How do I bleed a radiator?", "how 2 bleed a radiator"),
            ("Can my landlord raise the rent?", "can my landlord raise the rent??"),
        ],
        [
            ("How do I unblock a sink?", "how do u unblock a toilet"),
            ("How do I get rid of mould in the bathroom?", "how do i get rid of ants in the bathroom pls"),
            ("Who do I call about a broken boiler?", "who do i call abt a broken window"),
            ("Can my landlord raise the rent?", "can my landlord keep the deposit??"),
        ],
    ),
    # 21
    _f(
        "sport_short",
        "short",
        [
            ("Who won the World Cup in 2018?", "world cup 2018 winner"),
            ("When is the next Olympics?", "next olympics when"),
            ("How long is a marathon?", "marathon how long"),
            ("How many players are on a football team?", "players on a football team?"),
        ],
        [
            ("Who won the World Cup in 2018?", "world cup 2014 winner"),
            ("When is the next Olympics?", "next world cup when"),
            ("How long is a marathon?", "half marathon how long"),
            ("How many players are on a football team?", "players on a rugby team?"),
        ],
    ),
    # 22
    _f(
        "question_vs_request",
        "imperative",
        [
            ("Can you recommend a good book?", "recommend a good book"),
            ("What is a good name for a cat?", "suggest a good name for a cat"),
            ("What should I cook for dinner tonight?", "give me a dinner idea for tonight"),
            ("What are some good movies to watch?", "list some good movies to watch"),
        ],
        [
            ("Can you recommend a good book?", "recommend a good podcast"),
            ("What is a good name for a cat?", "suggest a good name for a dog"),
            ("What should I cook for dinner tonight?", "give me a breakfast idea for tomorrow"),
            ("What are some good movies to watch?", "list some bad movies to watch"),
        ],
    ),
    # 23
    _f(
        "time_dates",
        "short",
        [
            ("What time is it in New York?", "time in new york?"),
            ("What day is Christmas this year?", "christmas this year what day"),
            ("How many days until Christmas?", "days till christmas?"),
            ("When does daylight saving time end?", "daylight saving ends when"),
        ],
        [
            ("What time is it in New York?", "time in los angeles?"),
            ("What day is Christmas this year?", "christmas next year what day"),
            ("How many days until Christmas?", "days till easter?"),
            ("When does daylight saving time end?", "daylight saving starts when"),
        ],
    ),
    # 24 (held out)
    _f(
        "thx_pls_support",
        "abbrev",
        [
            ("How do I update my app?", "how do i update the app pls thx"),
            ("How do I contact customer service?", "how do i contact customer service pls"),
            ("Why is the app not loading?", "y isnt the app loading"),
            ("How do I change my profile picture?", "how do u change ur profile pic"),
            ("Can I get a refund?", "can i get a refund pls"),
        ],
        [
            ("How do I update my app?", "how do i uninstall the app pls thx"),
            ("How do I change my profile picture?", "how do u change ur username"),
            ("Can I get a refund?", "can i get a discount pls"),
            ("Why is the app not loading?", "y isnt the app updating"),
        ],
    ),
    # 25
    _f(
        "missing_articles",
        "short",
        [
            ("What is the best way to clean an oven?", "best way clean oven"),
            ("How do I remove a stain from a carpet?", "remove stain from carpet"),
            ("How do I hang a picture on the wall?", "hang picture on wall how"),
            ("What is the best time to visit Italy?", "best time visit italy"),
        ],
        [
            ("What is the best way to clean an oven?", "best way clean fridge"),
            ("How do I remove a stain from a carpet?", "remove stain from sofa"),
            ("How do I hang a picture on the wall?", "hang shelf on wall how"),
            ("What is the best time to visit Italy?", "best time visit greece"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
