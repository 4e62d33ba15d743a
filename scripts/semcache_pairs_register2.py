"""Hand-written pair families for the FORMAL and CASUAL registers and PLAIN REWORDING, a fourth
round (issue #13, engineer j119), written before any change, without reading the blind set or
the held-out fifths of the other pair sets.

* ``formal``: business-letter requests around a plain question ("Could you kindly advise ...",
  "I would be grateful to learn ...", "Please provide details regarding ...", "I am writing to
  enquire ...", "May I ask ...", "We would appreciate clarification on ..."), often with a
  nominalised verb ("the renewal of" for "renew") and Latinate words ("commence", "obtain",
  "reside", "remit");
* ``casual``: chat openers and dropped words ("hey quick q", "ok so", "anyone know", "how do i",
  "whats the deal with", slang: "bucks", "quid", "grand", "mate", "legit", "gonna"), lower case,
  no punctuation or "??";
* ``reword``: plain rewordings with other content words ("What time does the bank close?" /
  "Until when is the bank open?", "How do I get a refund?" / "How can I get my money back?");
* traps in every family, of the same register as its paraphrases, that differ in one fact: an
  entity, a number, polarity, direction, a time or a unit.

Domains: banking, travel, cooking, health, home, cars, pets, gardening, school, renting,
shopping, fitness, tax, phones, insurance, work, post, energy, weather, leisure.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_register2.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    # 0
    _f(
        "formal_banking",
        "formal",
        [
            (
                "How do I open a savings account?",
                "Could you kindly advise me on how to open a savings account?",
            ),
            (
                "What is the daily limit for cash withdrawals?",
                "I would be grateful to learn the daily limit on cash withdrawals.",
            ),
            (
                "How long does a bank transfer take?",
                "Please provide details regarding how long a bank transfer takes.",
            ),
            (
                "How do I order a new debit card?",
                "I am writing to enquire how I might order a new debit card.",
            ),
            (
                "Can I pay in a cheque at a post office?",
                "May I ask whether it is possible to pay in a cheque at a post office?",
            ),
        ],
        [
            (
                "How do I open a savings account?",
                "Could you kindly advise me on how to close a savings account?",
            ),
            (
                "What is the daily limit for cash withdrawals?",
                "I would be grateful to learn the weekly limit on cash withdrawals.",
            ),
            (
                "How long does a bank transfer take?",
                "Please provide details regarding how long an international bank transfer takes.",
            ),
            (
                "How do I order a new debit card?",
                "I am writing to enquire how I might cancel my debit card.",
            ),
        ],
    ),
    # 1
    _f(
        "casual_cooking",
        "casual",
        [
            ("How long should I boil pasta?", "hey quick q how long do u boil pasta"),
            ("How do I make rice less sticky?", "ok so how do i stop my rice being all sticky"),
            ("Can I freeze cooked chicken?", "anyone know if u can freeze cooked chicken"),
            ("What temperature should I bake a cake at?", "what temp do i bake a cake at??"),
            ("How do I sharpen a kitchen knife?", "how do i sharpen my kitchen knife, its super blunt lol"),
        ],
        [
            ("How long should I boil pasta?", "hey quick q how long do u boil eggs"),
            ("Can I freeze cooked chicken?", "anyone know if u can freeze cooked rice"),
            ("What temperature should I bake a cake at?", "what temp do i bake bread at??"),
            ("How do I sharpen a kitchen knife?", "how do i sharpen scissors, theyre super blunt lol"),
        ],
    ),
    # 2
    _f(
        "reword_shopping",
        "reword",
        [
            (
                "How do I get a refund for an online order?",
                "How can I get my money back for something I ordered online?",
            ),
            ("What is the return policy for shoes?", "How long do I have to send shoes back?"),
            ("When will my package arrive?", "How soon should my parcel be delivered?"),
            ("Do you ship to Canada?", "Can you deliver orders to Canada?"),
            ("Is this jacket available in a larger size?", "Does this jacket come in a bigger size?"),
        ],
        [
            ("Do you ship to Canada?", "Can you deliver orders to Mexico?"),
            ("Is this jacket available in a larger size?", "Does this jacket come in a smaller size?"),
            ("What is the return policy for shoes?", "How long do I have to send furniture back?"),
            (
                "How do I get a refund for an online order?",
                "How can I get my money back for something I bought in a store?",
            ),
        ],
    ),
    # 3
    _f(
        "formal_travel",
        "formal",
        [
            (
                "Can I bring a laptop in my hand luggage?",
                "I would appreciate confirmation as to whether a laptop may be carried in hand luggage.",
            ),
            (
                "How early should I arrive at the airport?",
                "Could you please advise how early one ought to arrive at the airport?",
            ),
            (
                "Do I need a visa to visit Japan?",
                "Kindly let me know whether a visa is required to visit Japan.",
            ),
            (
                "How do I change my flight date?",
                "I would be grateful for guidance on changing the date of my flight.",
            ),
        ],
        [
            (
                "Do I need a visa to visit Japan?",
                "Kindly let me know whether a visa is required to visit China.",
            ),
            (
                "How early should I arrive at the airport?",
                "Could you please advise how late one may arrive at the airport?",
            ),
            (
                "How do I change my flight date?",
                "I would be grateful for guidance on changing the date of my hotel booking.",
            ),
            (
                "Can I bring a laptop in my hand luggage?",
                "I would appreciate confirmation as to whether a laptop may be carried in checked luggage.",
            ),
        ],
    ),
    # 4 held out
    _f(
        "casual_phones_held",
        "casual",
        [
            ("How do I take a screenshot on Android?", "yo how do u screenshot on android"),
            ("Why does my phone get hot when charging?", "why does my phone get super hot when its charging??"),
            ("How do I free up storage on my iPhone?", "iphone storage full, how do i clear space"),
            ("How do I turn off autocorrect?", "how do i get rid of autocorrect its driving me nuts"),
        ],
        [
            ("How do I take a screenshot on Android?", "yo how do u screenshot on iphone"),
            ("How do I turn off autocorrect?", "how do i turn on autocorrect"),
            ("How do I free up storage on my iPhone?", "iphone storage full, how do i buy more icloud space"),
        ],
    ),
    # 5
    _f(
        "reword_home",
        "reword",
        [
            ("How do I fix a leaking tap?", "What should I do about a dripping faucet?"),
            ("How do I get rid of mould in the bathroom?", "What is the best way to remove mold from my bathroom?"),
            ("Why is my radiator cold at the top?", "What makes a radiator stay cold near the top?"),
            (
                "How often should I change my smoke alarm battery?",
                "How frequently do smoke detector batteries need replacing?",
            ),
        ],
        [
            ("How do I fix a leaking tap?", "What should I do about a leaking toilet?"),
            ("Why is my radiator cold at the top?", "What makes a radiator stay cold near the bottom?"),
            (
                "How often should I change my smoke alarm battery?",
                "How frequently do carbon monoxide detector batteries need replacing?",
            ),
        ],
    ),
    # 6
    _f(
        "formal_renting",
        "formal",
        [
            (
                "How much notice do I need to give my landlord?",
                "I would be grateful if you could clarify the notice period I am required to give my landlord.",
            ),
            (
                "Can my landlord raise the rent?",
                "Please advise whether my landlord is permitted to increase the rent.",
            ),
            (
                "How do I get my deposit back?",
                "Could you kindly explain the procedure for the return of my deposit?",
            ),
            (
                "Who pays for repairs in a rented flat?",
                "I am writing to enquire who is responsible for the cost of repairs in a rented flat.",
            ),
        ],
        [
            (
                "How much notice do I need to give my landlord?",
                "I would be grateful if you could clarify the notice period my landlord is required to give me.",
            ),
            (
                "Can my landlord raise the rent?",
                "Please advise whether my landlord is permitted to reduce the rent.",
            ),
            (
                "Who pays for repairs in a rented flat?",
                "I am writing to enquire who is responsible for the cost of repairs in a rented house.",
            ),
        ],
    ),
    # 7
    _f(
        "casual_money_slang",
        "casual",
        [
            ("Is it worth paying off my credit card early?", "is it legit worth paying off my credit card early"),
            ("How much should I save each month?", "how much r u supposed to save a month"),
            ("How do I build a credit score?", "how do i build up my credit score from nothing"),
            ("Is a 5% interest rate good for a savings account?", "is 5% interest any good for a savings account"),
        ],
        [
            ("Is a 5% interest rate good for a savings account?", "is 2% interest any good for a savings account"),
            ("Is it worth paying off my credit card early?", "is it legit worth paying off my mortgage early"),
            ("How much should I save each month?", "how much r u supposed to save a year"),
            ("Is a 5% interest rate good for a savings account?", "is 5% interest any good for a mortgage"),
        ],
    ),
    # 8
    _f(
        "reword_health",
        "reword",
        [
            ("How much water should I drink a day?", "What is a healthy daily water intake?"),
            ("What helps with a sore throat?", "What can I take to soothe a sore throat?"),
            ("How long does a cold last?", "How many days does a common cold usually go on for?"),
            ("Is it bad to sleep right after eating?", "Is going to bed straight after a meal unhealthy?"),
        ],
        [
            ("What helps with a sore throat?", "What can I take to soothe an earache?"),
            ("How long does a cold last?", "How many days does the flu usually go on for?"),
            ("Is it bad to sleep right after eating?", "Is going to bed straight after exercise unhealthy?"),
        ],
    ),
    # 9 held out
    _f(
        "formal_work_held",
        "formal",
        [
            (
                "How many days of annual leave do I get?",
                "Could you kindly confirm my annual leave entitlement in days?",
            ),
            (
                "When will I receive my payslip?",
                "I would be grateful to learn when my payslip will be issued.",
            ),
            (
                "Can I work from home on Fridays?",
                "May I enquire whether working from home on Fridays is permitted?",
            ),
            (
                "How do I claim travel expenses?",
                "Please provide details regarding the procedure for claiming travel expenses.",
            ),
        ],
        [
            (
                "Can I work from home on Fridays?",
                "May I enquire whether working from home on Mondays is permitted?",
            ),
            (
                "How do I claim travel expenses?",
                "Please provide details regarding the procedure for claiming relocation expenses.",
            ),
            (
                "How many days of annual leave do I get?",
                "Could you kindly confirm my sick leave entitlement in days?",
            ),
        ],
    ),
    # 10
    _f(
        "casual_cars",
        "casual",
        [
            ("How often should I change my car's oil?", "how often do u need an oil change"),
            ("Why is my check engine light on?", "check engine light just came on, whats up with that"),
            ("How do I jump start a car?", "hey how do u jump start a car, battery's dead"),
            ("What tyre pressure should my car have?", "what pressure should my tyres be at"),
        ],
        [
            ("Why is my check engine light on?", "oil light just came on, whats up with that"),
            ("How do I jump start a car?", "hey how do u jump start a motorbike, battery's dead"),
            ("How often should I change my car's oil?", "how often do u need a brake fluid change"),
        ],
    ),
    # 11
    _f(
        "reword_tech",
        "reword",
        [
            ("How do I speed up my laptop?", "How can I make my laptop run faster?"),
            ("Why does my wifi keep disconnecting?", "What causes my wireless connection to drop all the time?"),
            ("How do I back up my photos?", "What is a good way to keep a copy of my pictures safe?"),
            ("How do I recover a deleted file?", "Is there a way to get back a file I removed by mistake?"),
        ],
        [
            ("How do I speed up my laptop?", "How can I make my phone run faster?"),
            ("How do I back up my photos?", "What is a good way to keep a copy of my videos safe?"),
            ("Why does my wifi keep disconnecting?", "What causes my bluetooth connection to drop all the time?"),
        ],
    ),
    # 12
    _f(
        "formal_tax",
        "formal",
        [
            (
                "When is the deadline for filing my tax return?",
                "Could you please inform me of the deadline for the submission of my tax return?",
            ),
            (
                "Do I have to pay tax on my savings interest?",
                "I would welcome clarification as to whether interest on savings is taxable.",
            ),
            (
                "How do I register as self-employed?",
                "Please advise on the process of registering as a self-employed person.",
            ),
            (
                "Can I claim my home office as an expense?",
                "I should be grateful to know whether a home office may be claimed as an expense.",
            ),
        ],
        [
            (
                "Do I have to pay tax on my savings interest?",
                "I would welcome clarification as to whether dividends are taxable.",
            ),
            (
                "How do I register as self-employed?",
                "Please advise on the process of deregistering as a self-employed person.",
            ),
            (
                "Can I claim my home office as an expense?",
                "I should be grateful to know whether my car may be claimed as an expense.",
            ),
        ],
    ),
    # 13
    _f(
        "casual_fitness",
        "casual",
        [
            ("How many times a week should I go to the gym?", "how many times a week should i hit the gym"),
            ("What should I eat before a run?", "what do u eat b4 a run"),
            ("How do I get better at push ups?", "how do i get better at pushups, i can barely do 5 lol"),
            ("Is it okay to work out every day?", "is it ok to work out every single day or nah"),
        ],
        [
            ("What should I eat before a run?", "what do u eat after a run"),
            ("How do I get better at push ups?", "how do i get better at pull ups, i can barely do 5 lol"),
            ("How many times a week should I go to the gym?", "how many hours a week should i hit the gym"),
        ],
    ),
    # 14 held out
    _f(
        "reword_travel_held",
        "reword",
        [
            ("What time does the museum close?", "Until when is the museum open?"),
            ("How do I get from the airport to the city centre?", "What is the best way into town from the airport?"),
            ("Is tap water safe to drink in Spain?", "Can you drink the water from the tap in Spain?"),
            ("How much should I tip in a restaurant in the US?", "What is a normal tip at an American restaurant?"),
        ],
        [
            ("What time does the museum close?", "Until when is the library open?"),
            ("Is tap water safe to drink in Spain?", "Can you drink the water from the tap in Morocco?"),
            ("How do I get from the airport to the city centre?", "What is the best way to the airport from town?"),
        ],
    ),
    # 15
    _f(
        "formal_insurance",
        "formal",
        [
            (
                "How do I make a claim on my car insurance?",
                "Could you kindly outline how I should submit a claim under my motor insurance policy?",
            ),
            (
                "Does my home insurance cover flood damage?",
                "I would be grateful to know whether flood damage is covered by my home insurance.",
            ),
            (
                "How do I cancel my travel insurance?",
                "Please advise me of the steps required to cancel my travel insurance.",
            ),
            (
                "Why has my insurance premium gone up?",
                "I am writing to ask why my insurance premium has increased.",
            ),
        ],
        [
            (
                "Does my home insurance cover flood damage?",
                "I would be grateful to know whether fire damage is covered by my home insurance.",
            ),
            (
                "Why has my insurance premium gone up?",
                "I am writing to ask why my insurance premium has decreased.",
            ),
            (
                "How do I cancel my travel insurance?",
                "Please advise me of the steps required to renew my travel insurance.",
            ),
        ],
    ),
    # 16
    _f(
        "casual_pets",
        "casual",
        [
            ("How often should I feed my puppy?", "how many times a day do i feed a puppy"),
            ("Why does my cat scratch the furniture?", "y does my cat keep scratching the sofa ugh"),
            ("Can dogs eat grapes?", "r grapes ok for dogs"),
            ("How do I stop my dog barking at night?", "my dog wont stop barking at night, help"),
        ],
        [
            ("Can dogs eat grapes?", "r strawberries ok for dogs"),
            ("How do I stop my dog barking at night?", "my dog wont stop barking in the car, help"),
            ("How often should I feed my puppy?", "how many times a day do i feed a kitten"),
        ],
    ),
    # 17
    _f(
        "reword_money",
        "reword",
        [
            ("What time does the bank close today?", "Until what time is the bank open today?"),
            ("How do I send money abroad?", "What is the way to transfer cash to another country?"),
            (
                "How do I dispute a charge on my card?",
                "How can I challenge a payment on my card that I do not recognise?",
            ),
            ("What is a good credit score?", "Which credit rating counts as good?"),
        ],
        [
            ("What time does the bank close today?", "Until what time is the bank open tomorrow?"),
            ("How do I send money abroad?", "What is the way to receive cash from another country?"),
            ("What is a good credit score?", "Which credit rating counts as bad?"),
        ],
    ),
    # 18
    _f(
        "formal_school",
        "formal",
        [
            (
                "When does the school term start?",
                "Could you kindly inform me when the school term commences?",
            ),
            (
                "How do I apply for a school place?",
                "I would be grateful for information on the application process for a school place.",
            ),
            (
                "Is there a school bus from our village?",
                "May I ask whether a school bus service operates from our village?",
            ),
            (
                "What should my child bring on the first day?",
                "Please provide details of what my child is expected to bring on the first day.",
            ),
        ],
        [
            (
                "When does the school term start?",
                "Could you kindly inform me when the school term ends?",
            ),
            (
                "How do I apply for a school place?",
                "I would be grateful for information on the appeal process for a school place.",
            ),
            (
                "What should my child bring on the first day?",
                "Please provide details of what my child is expected to bring on the last day.",
            ),
        ],
    ),
    # 19 held out
    _f(
        "casual_energy_held",
        "casual",
        [
            ("How can I lower my electricity bill?", "hey any tips to get my electric bill down"),
            (
                "Is it cheaper to leave the heating on all day?",
                "is it cheaper to just leave the heating on all day or nah",
            ),
            ("How do I read my gas meter?", "how do u read a gas meter lol no idea"),
            ("Should I switch energy supplier?", "worth switching energy supplier?"),
        ],
        [
            ("How do I read my gas meter?", "how do u read a water meter lol no idea"),
            ("How can I lower my electricity bill?", "hey any tips to get my water bill down"),
            (
                "Is it cheaper to leave the heating on all day?",
                "is it cheaper to just leave the heating off all day or nah",
            ),
        ],
    ),
    # 20
    _f(
        "reword_garden",
        "reword",
        [
            ("When should I plant tomatoes?", "What time of year do tomatoes go in the ground?"),
            ("How often should I water my lawn?", "How frequently does grass need watering?"),
            ("Why are my plant's leaves turning yellow?", "What makes the leaves on a plant go yellow?"),
            ("How do I get rid of slugs?", "What keeps slugs away from my garden?"),
        ],
        [
            ("When should I plant tomatoes?", "What time of year do potatoes go in the ground?"),
            ("Why are my plant's leaves turning yellow?", "What makes the leaves on a plant go brown?"),
            ("How often should I water my lawn?", "How frequently does grass need mowing?"),
        ],
    ),
    # 21
    _f(
        "formal_post",
        "formal",
        [
            (
                "How much does it cost to send a parcel to France?",
                "Could you kindly advise the cost of sending a parcel to France?",
            ),
            (
                "How do I track a parcel?",
                "I would be grateful for guidance on how to track a parcel.",
            ),
            (
                "How long does a first class letter take?",
                "Please let me know how long the delivery of a first class letter takes.",
            ),
            (
                "Can I redirect my post to a new address?",
                "I wish to enquire whether my post may be redirected to a new address.",
            ),
        ],
        [
            (
                "How much does it cost to send a parcel to France?",
                "Could you kindly advise the cost of sending a parcel to Australia?",
            ),
            (
                "How long does a first class letter take?",
                "Please let me know how long the delivery of a second class letter takes.",
            ),
            (
                "How much does it cost to send a parcel to France?",
                "Could you kindly advise the cost of sending a letter to France?",
            ),
        ],
    ),
    # 22
    _f(
        "casual_weather_leisure",
        "casual",
        [
            ("Will it rain in Manchester this weekend?", "gonna rain in manchester this weekend?"),
            ("What are some good films to watch tonight?", "any good movies to watch tonight"),
            ("How do I get cheap concert tickets?", "how do u get concert tickets without paying a fortune"),
            ("What is there to do in Edinburgh?", "whats there to do in edinburgh"),
        ],
        [
            ("Will it rain in Manchester this weekend?", "gonna rain in manchester tomorrow?"),
            ("What is there to do in Edinburgh?", "whats there to do in glasgow"),
            ("How do I get cheap concert tickets?", "how do u get cheap train tickets"),
        ],
    ),
    # 23
    _f(
        "reword_numbers_units",
        "reword",
        [
            ("How many grams are in a pound?", "What is one pound in grams?"),
            ("How many miles is 10 kilometres?", "What is 10 km in miles?"),
            ("What is 20 degrees Celsius in Fahrenheit?", "Convert 20 C to Fahrenheit."),
            ("How many ounces are in a cup?", "What is a cup in ounces?"),
        ],
        [
            ("How many grams are in a pound?", "What is one ounce in grams?"),
            ("How many miles is 10 kilometres?", "What is 10 miles in km?"),
            ("What is 20 degrees Celsius in Fahrenheit?", "Convert 25 C to Fahrenheit."),
            ("How many ounces are in a cup?", "What is a pint in ounces?"),
        ],
    ),
    # 24 held out
    _f(
        "formal_health_held",
        "formal",
        [
            (
                "How do I register with a GP?",
                "Could you kindly advise how I may register with a general practitioner?",
            ),
            (
                "Do I need a prescription for antibiotics?",
                "I would be grateful to learn whether antibiotics require a prescription.",
            ),
            (
                "How long is the wait for a hospital appointment?",
                "Please provide details regarding the waiting time for a hospital appointment.",
            ),
            (
                "Can I get a flu vaccine at a pharmacy?",
                "May I ask whether the flu vaccine is available at a pharmacy?",
            ),
        ],
        [
            (
                "Do I need a prescription for antibiotics?",
                "I would be grateful to learn whether painkillers require a prescription.",
            ),
            (
                "Can I get a flu vaccine at a pharmacy?",
                "May I ask whether the covid vaccine is available at a pharmacy?",
            ),
            (
                "How do I register with a GP?",
                "Could you kindly advise how I may register with a dentist?",
            ),
        ],
    ),
    # 25
    _f(
        "casual_school_study",
        "casual",
        [
            ("How do I study for an exam in one week?", "exam in a week how do i study"),
            ("How do I write a good essay introduction?", "hey how do i write a decent intro for my essay"),
            ("How do I stay focused while studying?", "cant focus when studying, any tips"),
            ("What is the best way to learn Spanish?", "best way to learn spanish??"),
        ],
        [
            ("How do I study for an exam in one week?", "exam in a month how do i study"),
            ("What is the best way to learn Spanish?", "best way to learn italian??"),
            ("How do I write a good essay introduction?", "hey how do i write a decent conclusion for my essay"),
        ],
    ),
    # 26
    _f(
        "reword_work",
        "reword",
        [
            ("How do I ask for a pay rise?", "What is the best way to request a raise from my boss?"),
            ("How do I write a resignation letter?", "What should I put in a letter saying I am leaving my job?"),
            ("How do I prepare for a job interview?", "What can I do to get ready for an interview?"),
            ("Can my employer read my work emails?", "Is my boss allowed to look at my work email?"),
        ],
        [
            ("How do I write a resignation letter?", "What should I put in a letter saying I accept the job?"),
            ("Can my employer read my work emails?", "Is my boss allowed to look at my personal email?"),
            ("How do I ask for a pay rise?", "What is the best way to request a day off from my boss?"),
        ],
    ),
    # 27
    _f(
        "formal_shopping",
        "formal",
        [
            (
                "Can I return an item without a receipt?",
                "Could you kindly clarify whether an item may be returned without a receipt?",
            ),
            (
                "How long is the warranty on this washing machine?",
                "I would be grateful to learn the duration of the warranty on this washing machine.",
            ),
            (
                "Do you offer free delivery?",
                "Please advise whether delivery is provided free of charge.",
            ),
            (
                "When will the item be back in stock?",
                "May I enquire when the item is expected to be back in stock?",
            ),
        ],
        [
            (
                "How long is the warranty on this washing machine?",
                "I would be grateful to learn the duration of the warranty on this dishwasher.",
            ),
            (
                "Do you offer free delivery?",
                "Please advise whether installation is provided free of charge.",
            ),
            (
                "Can I return an item without a receipt?",
                "Could you kindly clarify whether an item may be exchanged without a receipt?",
            ),
        ],
    ),
    # 28
    _f(
        "casual_food_slang",
        "casual",
        [
            ("How many calories are in a banana?", "hey how many cals in a banana"),
            ("Is it safe to eat leftover rice?", "is leftover rice ok to eat or nah"),
            ("How long do eggs last in the fridge?", "how long r eggs good for in the fridge"),
            ("Can you microwave a boiled egg?", "can u microwave a boiled egg or will it explode lol"),
        ],
        [
            ("How many calories are in a banana?", "hey how many cals in an apple"),
            ("How long do eggs last in the fridge?", "how long r eggs good for in the freezer"),
            ("Is it safe to eat leftover rice?", "is leftover pizza ok to eat or nah"),
        ],
    ),
    # 29 held out
    _f(
        "reword_home_held",
        "reword",
        [
            ("How do I unblock a toilet?", "What can I do about a clogged loo?"),
            ("How do I bleed a radiator?", "What is the way to let the air out of a radiator?"),
            ("Why does my fridge make a buzzing noise?", "What causes a humming sound from my refrigerator?"),
            ("How do I remove a wine stain from a carpet?", "How can I get red wine out of a rug?"),
        ],
        [
            ("How do I remove a wine stain from a carpet?", "How can I get coffee out of a rug?"),
            ("Why does my fridge make a buzzing noise?", "What causes a humming sound from my freezer?"),
            ("How do I bleed a radiator?", "What is the way to let the air out of a tyre?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
