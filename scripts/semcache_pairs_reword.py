"""Hand-written pair families for LEXICAL REWORDINGS (issue #13, engineer j88), written before
the re-fit of the cache's trained files, without reading the blind set
(``semcache_fresh_pairs.py``) or any other set's held-out part.

* ``reword``: the same question in other words: synonyms ("purchase" / "buy", "automobile" /
  "car"), paraphrased verbs ("get rid of" / "remove", "figure out" / "work out"), reordered
  clauses ("Before an interview, what should I prepare?" / "What should I prepare before an
  interview?") and another sentence structure ("Why is the sky blue?" / "What makes the sky
  blue?", "How long does X take?" / "How much time does X need?"), across cooking, health,
  money, travel, computing, home, law, science, work, language, pets, cars, sport and school;
* traps: the same wording with one content word that changes the meaning ("remove" / "repair",
  "before" / "after", "cheapest" / "safest") or another entity or number ("France" / "Spain",
  "2 years" / "5 years", "iPhone" / "Android"), each family's traps built on its own
  paraphrases' wording so only the one change tells them apart.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_reword.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "cooking_synonyms",
        "reword",
        [
            ("How do I stop pasta from sticking together?", "How can I keep pasta from clumping together?"),
            ("How long should I boil an egg?", "For how many minutes should an egg be boiled?"),
            ("What can I use instead of butter in baking?", "What is a good substitute for butter in baking?"),
            ("Why does my bread come out dense?", "What makes my bread turn out so heavy?"),
            ("How do I thicken a sauce?", "What is the way to make a sauce thicker?"),
        ],
        [
            ("How long should I boil an egg?", "How long should I poach an egg?"),
            ("What can I use instead of butter in baking?", "What can I use instead of eggs in baking?"),
            ("How do I thicken a sauce?", "How do I thin a sauce?"),
            ("Why does my bread come out dense?", "Why does my bread come out dry?"),
        ],
    ),
    _f(
        "health_verbs",
        "reword",
        [
            ("How can I get rid of a headache quickly?", "What is the fastest way to relieve a headache?"),
            ("What helps you fall asleep faster?", "How can I drop off to sleep more quickly?"),
            ("Is it bad to drink coffee every day?", "Is drinking coffee daily harmful?"),
            ("How much water should an adult drink each day?", "What is the daily amount of water an adult needs?"),
            ("What causes muscle cramps?", "Why do muscles cramp up?"),
        ],
        [
            ("How can I get rid of a headache quickly?", "How can I get rid of a toothache quickly?"),
            ("Is it bad to drink coffee every day?", "Is it bad to drink alcohol every day?"),
            ("How much water should an adult drink each day?", "How much water should a baby drink each day?"),
            ("What causes muscle cramps?", "What prevents muscle cramps?"),
        ],
    ),
    _f(
        "money_synonyms",
        "reword",
        [
            ("How do I improve my credit score?", "What can I do to raise my credit rating?"),
            ("Is it better to rent or buy a house?", "Should I purchase a home or keep renting?"),
            ("How much should I save for retirement?", "What amount ought I to put aside for my pension?"),
            (
                "What is the difference between a Roth IRA and a traditional IRA?",
                "How does a Roth IRA differ from a traditional IRA?",
            ),
            ("How can I reduce my monthly expenses?", "What are ways to cut my monthly spending?"),
        ],
        [
            ("How do I improve my credit score?", "How do I check my credit score?"),
            ("How much should I save for retirement?", "How much should I save for a wedding?"),
            ("How can I reduce my monthly expenses?", "How can I track my monthly expenses?"),
            (
                "What is the difference between a Roth IRA and a traditional IRA?",
                "What is the difference between a Roth IRA and a 401k?",
            ),
        ],
    ),
    _f(
        "travel_structure",
        "reword",
        [
            ("Do I need a visa to visit Japan?", "Is a visa required for travelling to Japan?"),
            (
                "What is the cheapest way to get from London to Paris?",
                "How can I travel from London to Paris for the least money?",
            ),
            ("When is the best time to visit Iceland?", "What time of year is ideal for a trip to Iceland?"),
            (
                "How early should I arrive at the airport for an international flight?",
                "For an international flight, how early should I get to the airport?",
            ),
            ("What should I pack for a week in Italy?", "What do I need to bring on a one-week trip to Italy?"),
        ],
        [
            ("Do I need a visa to visit Japan?", "Do I need a visa to visit China?"),
            (
                "What is the cheapest way to get from London to Paris?",
                "What is the fastest way to get from London to Paris?",
            ),
            ("When is the best time to visit Iceland?", "When is the worst time to visit Iceland?"),
            (
                "How early should I arrive at the airport for an international flight?",
                "How early should I arrive at the airport for a domestic flight?",
            ),
        ],
    ),
    _f(
        "computing_verbs",
        "reword",
        [
            ("How do I take a screenshot on a Mac?", "What is the way to capture my screen on a Mac?"),
            ("Why is my laptop running so slowly?", "What makes my laptop so sluggish?"),
            ("How can I recover deleted files on Windows?", "Is there a way to restore files I erased on Windows?"),
            ("How do I free up space on my phone?", "How can I clear storage on my phone?"),
            ("What is the difference between RAM and storage?", "How does RAM differ from storage?"),
        ],
        [
            ("How do I take a screenshot on a Mac?", "How do I take a screenshot on a Chromebook?"),
            ("How can I recover deleted files on Windows?", "How can I permanently delete files on Windows?"),
            ("Why is my laptop running so slowly?", "Why is my laptop running so hot?"),
            ("How do I free up space on my phone?", "How do I free up space on my email account?"),
        ],
    ),
    _f(
        "home_repairs",
        "reword",
        [
            ("How do I fix a leaking tap?", "What is the way to repair a dripping faucet?"),
            ("How can I get rid of mould in the bathroom?", "What removes mould from a bathroom?"),
            ("What is the best way to unblock a drain?", "How should I clear a clogged drain?"),
            ("How do I stop my windows from steaming up?", "How can I prevent condensation on my windows?"),
        ],
        [
            ("How do I fix a leaking tap?", "How do I replace a leaking tap?"),
            ("How can I get rid of mould in the bathroom?", "How can I get rid of mould in the loft?"),
            ("What is the best way to unblock a drain?", "What is the best way to unblock a toilet?"),
            ("How do I stop my windows from steaming up?", "How do I stop my glasses from steaming up?"),
        ],
    ),
    _f(
        "science_why",
        "reword",
        [
            ("Why is the sky blue?", "What makes the sky look blue?"),
            ("How do airplanes stay in the air?", "What keeps an aeroplane up while flying?"),
            ("Why do leaves change colour in autumn?", "What causes leaves to turn a different colour in the fall?"),
            ("How far away is the Moon from the Earth?", "What is the distance between the Earth and the Moon?"),
            ("Why does ice float on water?", "What causes ice to float in water?"),
        ],
        [
            ("Why is the sky blue?", "Why is the sea blue?"),
            ("How far away is the Moon from the Earth?", "How far away is the Sun from the Earth?"),
            ("Why does ice float on water?", "Why does oil float on water?"),
            ("Why do leaves change colour in autumn?", "Why do leaves fall in autumn?"),
        ],
    ),
    _f(
        "work_career",
        "reword",
        [
            ("How do I ask my boss for a raise?", "What is the best way to request a pay rise from my manager?"),
            ("How should I prepare for a job interview?", "Before a job interview, how should I get ready?"),
            ("How do I write a good cover letter?", "What makes a strong cover letter?"),
            ("How can I tell my employer I am quitting?", "How should I let my employer know that I am resigning?"),
        ],
        [
            ("How do I ask my boss for a raise?", "How do I ask my boss for a day off?"),
            ("How should I prepare for a job interview?", "How should I follow up after a job interview?"),
            ("How do I write a good cover letter?", "How do I write a good resignation letter?"),
            ("How can I tell my employer I am quitting?", "How can I tell my employer I am pregnant?"),
        ],
    ),
    _f(
        "law_rights",
        "reword",
        [
            (
                "Can my landlord enter my flat without permission?",
                "Is my landlord allowed to come into my flat without asking?",
            ),
            ("How long does a divorce take?", "How much time does getting divorced usually need?"),
            ("What happens if I die without a will?", "If I pass away without a will, what happens?"),
            ("Can I be fired for being sick?", "Is it legal for my employer to dismiss me because I am ill?"),
        ],
        [
            ("Can my landlord enter my flat without permission?", "Can my landlord raise my rent without permission?"),
            ("How long does a divorce take?", "How much does a divorce cost?"),
            ("What happens if I die without a will?", "What happens if I die without life insurance?"),
            ("Can I be fired for being sick?", "Can I be fired for being late?"),
        ],
    ),
    _f(
        "reword_held_one",
        "reword",
        [
            (
                "How do I get rid of fruit flies in the kitchen?",
                "What is the way to eliminate fruit flies from my kitchen?",
            ),
            ("Why does my car make a noise when I brake?", "What causes a noise from my car when braking?"),
            ("How much should I tip at a restaurant in the US?", "In the US, what is the usual tip at a restaurant?"),
            ("How can I learn to type faster?", "What is the best way to improve my typing speed?"),
        ],
        [
            ("How do I get rid of fruit flies in the kitchen?", "How do I get rid of ants in the kitchen?"),
            ("Why does my car make a noise when I brake?", "Why does my car make a noise when I accelerate?"),
            ("How much should I tip at a restaurant in the US?", "How much should I tip at a restaurant in Japan?"),
            ("How can I learn to type faster?", "How can I learn to read faster?"),
        ],
    ),
    _f(
        "language_learning",
        "reword",
        [
            ("What is the quickest way to learn Spanish?", "How can I pick up Spanish as fast as possible?"),
            ("How many words do I need to know to speak French?", "What vocabulary size is needed to speak French?"),
            (
                "Is German hard to learn for English speakers?",
                "For an English speaker, how difficult is learning German?",
            ),
            ("How do I improve my English pronunciation?", "What can I do to pronounce English better?"),
        ],
        [
            ("What is the quickest way to learn Spanish?", "What is the quickest way to learn Portuguese?"),
            ("How do I improve my English pronunciation?", "How do I improve my English grammar?"),
            ("Is German hard to learn for English speakers?", "Is German hard to learn for Dutch speakers?"),
            ("How many words do I need to know to speak French?", "How many words do I need to know to read French?"),
        ],
    ),
    _f(
        "pets",
        "reword",
        [
            ("How often should I feed my cat?", "How many times a day does a cat need feeding?"),
            ("Why does my dog eat grass?", "What makes dogs chew on grass?"),
            ("How do I stop my puppy from biting?", "How can I train my puppy not to bite?"),
            ("Can dogs eat chocolate?", "Is chocolate safe for dogs to eat?"),
        ],
        [
            ("How often should I feed my cat?", "How often should I bathe my cat?"),
            ("Can dogs eat chocolate?", "Can dogs eat bananas?"),
            ("How do I stop my puppy from biting?", "How do I stop my puppy from barking?"),
            ("Why does my dog eat grass?", "Why does my cat eat grass?"),
        ],
    ),
    _f(
        "cars",
        "reword",
        [
            ("How often should I change the oil in my car?", "How frequently does my car need an oil change?"),
            ("What does the check engine light mean?", "Why is my check engine light on?"),
            ("How do I jump start a car with a flat battery?", "What is the way to jump a car whose battery is dead?"),
            ("Is it worth buying an electric car?", "Does purchasing an electric vehicle make sense?"),
        ],
        [
            ("How often should I change the oil in my car?", "How often should I change the tyres on my car?"),
            ("Is it worth buying an electric car?", "Is it worth leasing an electric car?"),
            ("How do I jump start a car with a flat battery?", "How do I jump start a motorbike with a flat battery?"),
            ("What does the check engine light mean?", "What does the tyre pressure light mean?"),
        ],
    ),
    _f(
        "numbers_and_ages",
        "reword",
        [
            ("At what age can a child stay home alone?", "How old does a child have to be to stay home by themselves?"),
            ("How many hours of sleep does a teenager need?", "How much sleep is required for a teenager?"),
            ("What is the minimum age to rent a car?", "How old must you be to hire a car?"),
            ("How long does it take to run a marathon?", "What is a typical time to finish a marathon?"),
        ],
        [
            ("How many hours of sleep does a teenager need?", "How many hours of sleep does a toddler need?"),
            ("How long does it take to run a marathon?", "How long does it take to train for a marathon?"),
            ("What is the minimum age to rent a car?", "What is the minimum age to buy a car?"),
            ("How long does it take to run a marathon?", "How long does it take to run a 10k?"),
        ],
    ),
    _f(
        "reword_held_two",
        "reword",
        [
            ("How do I remove a red wine stain from a carpet?", "What gets red wine out of carpet?"),
            ("Why do cats purr?", "What is the reason cats purr?"),
            ("How can I save money on groceries?", "What are ways to spend less on food shopping?"),
            ("Do I need a passport to fly within the EU?", "Is a passport required for flights inside the EU?"),
        ],
        [
            ("How do I remove a red wine stain from a carpet?", "How do I remove a coffee stain from a carpet?"),
            ("Why do cats purr?", "Why do cats hiss?"),
            ("How can I save money on groceries?", "How can I save money on electricity?"),
            ("Do I need a passport to fly within the EU?", "Do I need a passport to fly within the US?"),
        ],
    ),
    _f(
        "sport_fitness",
        "reword",
        [
            ("How can I build muscle quickly?", "What is the fastest way to gain muscle?"),
            ("Is running bad for your knees?", "Does running damage the knees?"),
            ("How many times a week should I work out?", "How often per week should I exercise?"),
            ("What should I eat before a workout?", "Before exercising, what is good to eat?"),
        ],
        [
            ("How can I build muscle quickly?", "How can I lose fat quickly?"),
            ("Is running bad for your knees?", "Is cycling bad for your knees?"),
            ("What should I eat before a workout?", "What should I eat after a workout?"),
            ("How many times a week should I work out?", "How many times a week should I rest?"),
        ],
    ),
    _f(
        "school_study",
        "reword",
        [
            ("How can I concentrate better while studying?", "What helps me focus when I study?"),
            ("What is the best way to memorise vocabulary?", "How do I remember new words effectively?"),
            ("How do I stop procrastinating on homework?", "How can I quit putting off my homework?"),
            ("How should I revise for a maths exam?", "What is a good way to study for a maths test?"),
        ],
        [
            ("How should I revise for a maths exam?", "How should I revise for a history exam?"),
            ("What is the best way to memorise vocabulary?", "What is the best way to memorise a speech?"),
            ("How can I concentrate better while studying?", "How can I relax better while studying?"),
            ("How do I stop procrastinating on homework?", "How do I stop cheating on homework?"),
        ],
    ),
    _f(
        "history_geography",
        "reword",
        [
            ("Who built the pyramids of Giza?", "By whom were the Giza pyramids constructed?"),
            ("What is the largest country in Africa?", "Which African country is the biggest?"),
            ("When did the Berlin Wall come down?", "In what year did the Berlin Wall fall?"),
            ("What caused the First World War?", "Why did World War One start?"),
        ],
        [
            ("What is the largest country in Africa?", "What is the largest country in Asia?"),
            ("When did the Berlin Wall come down?", "When did the Berlin Wall go up?"),
            ("What caused the First World War?", "What ended the First World War?"),
            ("What is the largest country in Africa?", "What is the smallest country in Africa?"),
        ],
    ),
    _f(
        "shopping_returns",
        "reword",
        [
            ("Can I return an item without a receipt?", "Is it possible to send back a product if I have no receipt?"),
            ("How do I track my parcel?", "How can I find out where my package is?"),
            ("What should I do if my order arrives damaged?", "If my order turns up broken, what should I do?"),
            ("How long does delivery usually take?", "What is the normal delivery time?"),
        ],
        [
            ("Can I return an item without a receipt?", "Can I exchange an item without a receipt?"),
            ("How do I track my parcel?", "How do I insure my parcel?"),
            ("What should I do if my order arrives damaged?", "What should I do if my order arrives late?"),
            ("How long does delivery usually take?", "How much does delivery usually cost?"),
        ],
    ),
    _f(
        "reword_held_three",
        "reword",
        [
            ("How do I lower my blood pressure naturally?", "What are natural ways to bring down blood pressure?"),
            ("What is the capital of Australia?", "Which city is Australia's capital?"),
            ("How do I back up my iPhone?", "What is the way to make a backup of my iPhone?"),
            ("Why does my cat scratch the furniture?", "What makes my cat claw at the furniture?"),
        ],
        [
            ("How do I lower my blood pressure naturally?", "How do I lower my cholesterol naturally?"),
            ("What is the capital of Australia?", "What is the capital of Austria?"),
            ("How do I back up my iPhone?", "How do I reset my iPhone?"),
            ("Why does my cat scratch the furniture?", "Why does my cat scratch the door?"),
        ],
    ),
    _f(
        "gardening",
        "reword",
        [
            ("How often should I water tomato plants?", "How frequently do tomato plants need watering?"),
            ("When should I plant tulip bulbs?", "What is the right time to put tulip bulbs in the ground?"),
            ("How do I get rid of slugs in my garden?", "What keeps slugs out of the garden?"),
            ("Why are the leaves on my plant turning yellow?", "What makes my plant's leaves go yellow?"),
        ],
        [
            ("How often should I water tomato plants?", "How often should I feed tomato plants?"),
            ("When should I plant tulip bulbs?", "When should I plant daffodil bulbs?"),
            ("How do I get rid of slugs in my garden?", "How do I get rid of moss in my garden?"),
            ("Why are the leaves on my plant turning yellow?", "Why are the leaves on my plant turning brown?"),
        ],
    ),
    _f(
        "parenting",
        "reword",
        [
            ("How do I get my baby to sleep through the night?", "What helps a baby sleep all night?"),
            ("When do babies start walking?", "At what age do infants begin to walk?"),
            ("How much screen time is okay for a child?", "What amount of screen time is acceptable for kids?"),
            ("How do I potty train a toddler?", "What is the way to toilet train a toddler?"),
        ],
        [
            ("When do babies start walking?", "When do babies start talking?"),
            ("How much screen time is okay for a child?", "How much screen time is okay for an adult?"),
            ("How do I get my baby to sleep through the night?", "How do I get my baby to eat solid food?"),
            ("How do I potty train a toddler?", "How do I potty train a puppy?"),
        ],
    ),
    _f(
        "software_dev",
        "reword",
        [
            ("How do I reverse a list in Python?", "What is the way to invert the order of a Python list?"),
            ("How can I undo my last git commit?", "How do I revert the most recent commit in git?"),
            ("What is the difference between a process and a thread?", "How does a thread differ from a process?"),
            ("How do I read a file line by line in Java?", "In Java, how can I read a file one line at a time?"),
        ],
        [
            ("How do I reverse a list in Python?", "How do I sort a list in Python?"),
            ("How can I undo my last git commit?", "How can I undo my last git push?"),
            ("How do I read a file line by line in Java?", "How do I read a file line by line in Rust?"),
            (
                "What is the difference between a process and a thread?",
                "What is the difference between a thread and a coroutine?",
            ),
        ],
    ),
    _f(
        "energy_home",
        "reword",
        [
            ("How can I make my house warmer in winter?", "What keeps a home warm during the winter?"),
            ("Are solar panels worth the cost?", "Is it worth paying for solar panels?"),
            ("How do I bleed a radiator?", "What is the way to let the air out of a radiator?"),
            ("Why is my electricity bill so high?", "What makes my power bill so expensive?"),
        ],
        [
            ("How can I make my house warmer in winter?", "How can I make my house cooler in summer?"),
            ("Are solar panels worth the cost?", "Are heat pumps worth the cost?"),
            ("Why is my electricity bill so high?", "Why is my water bill so high?"),
            ("How do I bleed a radiator?", "How do I paint a radiator?"),
        ],
    ),
    _f(
        "reword_held_four",
        "reword",
        [
            ("How long does it take to get a driving licence?", "How much time is needed to obtain a driving licence?"),
            ("What is the best way to clean a cast iron pan?", "How should I wash a cast iron skillet?"),
            ("Why do I wake up tired every morning?", "What makes me feel exhausted when I wake up each day?"),
            ("Can I freeze cooked rice?", "Is it safe to put cooked rice in the freezer?"),
        ],
        [
            ("How long does it take to get a driving licence?", "How much does it cost to get a driving licence?"),
            ("What is the best way to clean a cast iron pan?", "What is the best way to season a cast iron pan?"),
            ("Can I freeze cooked rice?", "Can I reheat cooked rice?"),
            ("Why do I wake up tired every morning?", "Why do I wake up hungry every morning?"),
        ],
    ),
    _f(
        "insurance_banking",
        "reword",
        [
            ("Do I need travel insurance for a trip to Europe?", "Is travel insurance necessary when going to Europe?"),
            ("How do I open a savings account?", "What is the way to set up a savings account?"),
            (
                "What happens if I miss a credit card payment?",
                "If I skip a credit card payment, what are the consequences?",
            ),
            ("How long does a bank transfer take?", "How much time does a bank transfer need to arrive?"),
        ],
        [
            ("Do I need travel insurance for a trip to Europe?", "Do I need health insurance for a trip to Europe?"),
            ("How do I open a savings account?", "How do I close a savings account?"),
            ("What happens if I miss a credit card payment?", "What happens if I miss a mortgage payment?"),
            ("How long does a bank transfer take?", "How much does a bank transfer cost?"),
        ],
    ),
    _f(
        "food_nutrition",
        "reword",
        [
            ("Is brown rice healthier than white rice?", "Does brown rice have more health benefits than white rice?"),
            ("How much protein do I need per day?", "What is my daily protein requirement?"),
            ("Which foods are high in iron?", "What foods contain a lot of iron?"),
            ("Is it safe to eat eggs past their best before date?", "Can eggs be eaten after the best before date?"),
        ],
        [
            ("Is brown rice healthier than white rice?", "Is brown bread healthier than white bread?"),
            ("Which foods are high in iron?", "Which foods are high in sugar?"),
            ("How much protein do I need per day?", "How much fibre do I need per day?"),
            (
                "Is it safe to eat eggs past their best before date?",
                "Is it safe to eat chicken past its best before date?",
            ),
        ],
    ),
    _f(
        "housing_moving",
        "reword",
        [
            (
                "What should I check before signing a lease?",
                "Before I sign a tenancy agreement, what should I look at?",
            ),
            (
                "How do I get my deposit back from my landlord?",
                "How can I recover my rental deposit from the landlord?",
            ),
            ("How much does it cost to move house?", "What is the price of moving home?"),
            ("How far in advance should I book a removal company?", "How early do I need to reserve movers?"),
        ],
        [
            ("What should I check before signing a lease?", "What should I check before ending a lease?"),
            ("How do I get my deposit back from my landlord?", "How do I get my deposit back from a holiday let?"),
            ("How much does it cost to move house?", "How much does it cost to build a house?"),
            (
                "How far in advance should I book a removal company?",
                "How far in advance should I book a wedding venue?",
            ),
        ],
    ),
    _f(
        "phones_devices",
        "reword",
        [
            ("How do I make my phone battery last longer?", "What can I do to extend my phone's battery life?"),
            ("Why won't my phone charge?", "What stops my phone from charging?"),
            (
                "How do I transfer photos from my phone to my computer?",
                "How can I move pictures from my phone onto my PC?",
            ),
            ("How do I turn off notifications on Android?", "On Android, how can I disable notifications?"),
        ],
        [
            ("How do I make my phone battery last longer?", "How do I make my laptop battery last longer?"),
            ("How do I turn off notifications on Android?", "How do I turn off notifications on an iPhone?"),
            (
                "How do I transfer photos from my phone to my computer?",
                "How do I transfer contacts from my phone to my computer?",
            ),
            ("Why won't my phone charge?", "Why won't my phone turn on?"),
        ],
    ),
    _f(
        "reword_held_five",
        "reword",
        [
            (
                "How do I stop my glasses from fogging up when I wear a mask?",
                "What keeps my glasses from misting over when I have a mask on?",
            ),
            ("What is the difference between weather and climate?", "How does climate differ from weather?"),
            ("How can I become a better public speaker?", "What can I do to improve at public speaking?"),
            ("Should I stretch before or after running?", "Is it better to stretch before a run or after it?"),
        ],
        [
            (
                "What is the difference between weather and climate?",
                "What is the difference between climate and geography?",
            ),
            ("How can I become a better public speaker?", "How can I become a better listener?"),
            ("Should I stretch before or after running?", "Should I eat before or after running?"),
            (
                "How do I stop my glasses from fogging up when I wear a mask?",
                "How do I stop my glasses from slipping down when I wear a mask?",
            ),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
