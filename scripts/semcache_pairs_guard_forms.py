"""Hand-written pair families for what the HARD GUARDS decide (issue #13, engineer j125),
written before any change to the guards, without reading the blind set or any held-out fifth.

Each family holds paraphrases whose only difference the guards look at is a surface form of the
same thing, and traps where a difference of the same kind changes the answer:

* ``numbers``: "2" / "two" / "a couple of" / "a pair of", "twice" / "two times", "once a week" /
  "weekly", "$20" / "twenty bucks"; traps change the number, the unit or the rate;
* ``entities``: an acronym against its spelled-out name ("NYC" / "New York City", "EU" /
  "European Union"), a name repeated or replaced by a pronoun, a possessive; traps name another
  place, firm or person;
* ``order``: passive against active voice with the roles kept, "in Python" / "using Python",
  a phrase moved; traps swap the roles, or keep the order and change who does what;
* ``negation``: "don't I need" / "do I need", a tag question ("..., isn't it?"), "I can't work
  out how to X" / "how do I X", "whether or not", "no matter what"; traps negate for real;
* ``scope``: "all the time" / "always", "every time" / "always", "each" / "every"; traps change
  "all" / "some", a period, "every other".

The voices are not the repo's earlier sets': farmers and vets, sailors, nurses, clerks and
retirees, Indian and Irish English ("kindly share the procedure", "would I need"), learners'
English ("how I can ..."), fans and hobbyists; domains: farming, shipping, aviation, choir,
beekeeping, caravans, tax, pensions, climbing, aquariums, astronomy, courts, sport.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings);
``--guards`` also lists, for every pair, which hard guard refuses it whatever its similarity.

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_guard_forms.py [--held-out] [-v] [--guards]``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, PairJudge, _f, evaluate, split_families  # noqa: E402

FAMILIES: list[Family] = [
    # 0
    _f(
        "lambs_feeding",
        "numbers",
        [
            ("Can I bottle feed orphan lambs twice a day?", "is it ok to bottle feed orphan lambs two times a day"),
            ("How much milk powder for 2 lambs?", "how much milk powder do i need for two lambs"),
            ("How many ewes can graze on three acres?", "how many ewes can graze on 3 acres"),
        ],
        [
            ("Can I bottle feed orphan lambs twice a day?", "Can I bottle feed orphan lambs four times a day?"),
            ("How much milk powder for 2 lambs?", "How much milk powder for 12 lambs?"),
            ("How many ewes can graze on three acres?", "How many ewes can graze on thirty acres?"),
        ],
    ),
    # 1
    _f(
        "toddler_fever",
        "numbers",
        [
            (
                "My toddler has had a fever for 2 days, should I take her to the GP?",
                "toddler had a fever for a couple of days, should i take her to the GP",
            ),
            (
                "Do I need two witnesses to sign a will in Ireland?",
                "Would I need a pair of witnesses to sign a will in Ireland?",
            ),
        ],
        [
            (
                "My toddler has had a fever for 2 days, should I take her to the GP?",
                "My toddler has had a fever for 6 days, should I take her to the GP?",
            ),
            (
                "Do I need two witnesses to sign a will in Ireland?",
                "Do I need three witnesses to sign a will in Ireland?",
            ),
        ],
    ),
    # 2
    _f(
        "hive_inspection",
        "numbers",
        [
            ("How often should I inspect a beehive, once a week?", "should i inspect my beehive weekly"),
            ("Is it fine to open the hive once a week in summer?", "is it fine to open the hive every week in summer"),
        ],
        [
            ("How often should I inspect a beehive, once a week?", "Should I inspect my beehive twice a week?"),
            (
                "Is it fine to open the hive once a week in summer?",
                "Is it fine to open the hive once a month in summer?",
            ),
        ],
    ),
    # 3
    _f(
        "cheap_bike_parts",
        "numbers",
        [
            ("Can I get a decent bike chain for $20?", "can i get a decent bike chain for 20 bucks"),
            ("Is a $30 helmet safe enough?", "is a thirty dollar helmet safe enough"),
        ],
        [
            ("Can I get a decent bike chain for $20?", "can i get a decent bike chain for 50 bucks"),
            ("Is a $30 helmet safe enough?", "Is a 30 euro helmet safe enough?"),
        ],
    ),
    # 4 (held out)
    _f(
        "medication_doses",
        "numbers",
        [
            ("Can I take paracetamol three times a day?", "is it ok to take paracetamol 3 times a day"),
            ("Should a dog get its worming tablet once a month?", "should a dog get its worming tablet monthly"),
            ("Can I give my cat two times the normal dose?", "can i give my cat twice the normal dose"),
        ],
        [
            ("Can I take paracetamol three times a day?", "Can I take paracetamol six times a day?"),
            ("Should a dog get its worming tablet once a month?", "Should a dog get its worming tablet once a year?"),
            ("Can I give my cat two times the normal dose?", "Can I give my cat half the normal dose?"),
        ],
    ),
    # 5
    _f(
        "court_fees",
        "numbers",
        [
            ("What is the fee to file a small claim of £500?", "whats the fee to file a small claim of 500 quid"),
            ("How long do I have to appeal, 28 days?", "do i have twenty-eight days to appeal"),
        ],
        [
            ("What is the fee to file a small claim of £500?", "What is the fee to file a small claim of £5000?"),
            ("How long do I have to appeal, 28 days?", "Do I have 14 days to appeal?"),
        ],
    ),
    # 6
    _f(
        "acronym_places",
        "entities",
        [
            ("Where can I get the best bagels in NYC?", "Where can I get the best bagels in New York City?"),
            ("Do I need a visa to work in the UK?", "Do I need a visa to work in the United Kingdom?"),
            (
                "How do I get a driving licence in the UAE?",
                "How do I get a driving licence in the United Arab Emirates?",
            ),
        ],
        [
            ("Where can I get the best bagels in NYC?", "Where can I get the best bagels in Montreal?"),
            ("Do I need a visa to work in the UK?", "Do I need a visa to work in the USA?"),
            ("How do I get a driving licence in the UAE?", "How do I get a driving licence in Qatar?"),
        ],
    ),
    # 7
    _f(
        "acronym_bodies",
        "entities",
        [
            ("Can the EU ban a member state from voting?", "Can the European Union ban a member state from voting?"),
            (
                "What does the WHO say about intermittent fasting?",
                "What does the World Health Organization say about intermittent fasting?",
            ),
        ],
        [
            ("Can the EU ban a member state from voting?", "Can the UN ban a member state from voting?"),
            (
                "What does the WHO say about intermittent fasting?",
                "What does the NHS say about intermittent fasting?",
            ),
        ],
    ),
    # 8
    _f(
        "acronym_tech",
        "entities",
        [
            (
                "How do I store secrets safely in AWS?",
                "How do I store secrets safely in Amazon Web Services?",
            ),
            (
                "Is GCP cheaper than Azure for a small startup?",
                "Is Google Cloud Platform cheaper than Azure for a small startup?",
            ),
        ],
        [
            ("How do I store secrets safely in AWS?", "How do I store secrets safely in Vercel?"),
            ("Is GCP cheaper than Azure for a small startup?", "Is Heroku cheaper than Azure for a small startup?"),
        ],
    ),
    # 9 (held out)
    _f(
        "acronym_people",
        "entities",
        [
            ("Why was JFK assassinated in Dallas?", "Why was John F Kennedy assassinated in Dallas?"),
            ("How tall is the SF Golden Gate Bridge?", "How tall is the San Francisco Golden Gate Bridge?"),
        ],
        [
            ("Why was JFK assassinated in Dallas?", "Why was Lincoln assassinated in Washington?"),
            ("How tall is the SF Golden Gate Bridge?", "How tall is the Sydney Harbour Bridge?"),
        ],
    ),
    # 10
    _f(
        "possessive_names",
        "entities",
        [
            ("When does Aldi's Christmas opening start?", "When does Aldi start its Christmas opening?"),
            ("What is Ryanair's hand luggage size?", "what is the hand luggage size on Ryanair"),
        ],
        [
            ("When does Aldi's Christmas opening start?", "When does Lidl's Christmas opening start?"),
            ("What is Ryanair's hand luggage size?", "What is easyJet's hand luggage size?"),
        ],
    ),
    # 11
    _f(
        "pronoun_repeat",
        "entities",
        [
            (
                "Who was Grace Hopper and what did she invent?",
                "Who was Grace Hopper and what did Grace Hopper invent?",
            ),
            (
                "Where was Frida Kahlo born and where did she die?",
                "Where was Frida Kahlo born and where did Kahlo die?",
            ),
        ],
        [
            (
                "Who was Grace Hopper and what did she invent?",
                "Who was Alan Turing and what did he invent?",
            ),
            (
                "Where was Frida Kahlo born and where did she die?",
                "Where was Diego Rivera born and where did he die?",
            ),
        ],
    ),
    # 12
    _f(
        "passive_roles_law",
        "order",
        [
            (
                "Can a landlord evict a tenant for one late payment?",
                "can a tenant be evicted by a landlord for one late payment",
            ),
            (
                "Can an employer sack a worker for refusing overtime?",
                "Can a worker be sacked by an employer for refusing overtime?",
            ),
        ],
        [
            (
                "Can a landlord evict a tenant for one late payment?",
                "Can a tenant evict a landlord for one late payment?",
            ),
            (
                "Can an employer sack a worker for refusing overtime?",
                "Can an employer be sacked by a worker for refusing overtime?",
            ),
        ],
    ),
    # 13
    _f(
        "passive_roles_animals",
        "order",
        [
            ("Can a heron eat the goldfish in my pond?", "can the goldfish in my pond be eaten by a heron"),
            ("Will a fox kill a hen in daylight?", "will a hen be killed by a fox in daylight"),
        ],
        [
            ("Can a heron eat the goldfish in my pond?", "Can the goldfish in my pond eat a heron?"),
            ("Will a fox kill a hen in daylight?", "Will a fox be killed by a hen in daylight?"),
        ],
    ),
    # 14 (held out)
    _f(
        "passive_roles_money",
        "order",
        [
            (
                "Does the seller pay the estate agent's fee in Scotland?",
                "Is the estate agent's fee paid by the seller in Scotland?",
            ),
            (
                "Does the insurer refund the excess after a claim?",
                "is the excess refunded by the insurer after a claim",
            ),
        ],
        [
            (
                "Does the seller pay the estate agent's fee in Scotland?",
                "Does the buyer pay the estate agent's fee in Scotland?",
            ),
            ("Does the insurer refund the excess after a claim?", "Does the driver refund the excess after a claim?"),
        ],
    ),
    # 15
    _f(
        "language_phrase",
        "order",
        [
            ("How do I parse a date string in Python?", "Using Python, how do I parse a date string?"),
            ("How can I round a number to 2 decimals in Excel?", "In Excel, how can I round a number to two decimals?"),
            ("How to reverse a list in Java?", "how I can reverse a list using Java"),
        ],
        [
            ("How do I parse a date string in Python?", "Using JavaScript, how do I parse a date string?"),
            ("How can I round a number to 2 decimals in Excel?", "In Excel, how can I round a number to 3 decimals?"),
            ("How to reverse a list in Java?", "how I can reverse a string using Java"),
        ],
    ),
    # 16
    _f(
        "route_order",
        "order",
        [
            (
                "Is there a ferry from Dover to Calais on Sundays?",
                "On Sundays is there a ferry from Dover to Calais?",
            ),
            ("How long is the flight from Dublin to Boston?", "dublin to boston, how long is the flight"),
        ],
        [
            ("Is there a ferry from Dover to Calais on Sundays?", "Is there a ferry from Calais to Dover on Sundays?"),
            ("How long is the flight from Dublin to Boston?", "How long is the flight from Boston to Dublin?"),
        ],
    ),
    # 17
    _f(
        "compare_order",
        "order",
        [
            ("Is a Labrador bigger than a Beagle?", "Is a Beagle smaller than a Labrador?"),
            ("Does a tandem weigh more than two single bikes?", "do two single bikes weigh less than a tandem"),
        ],
        [
            ("Is a Labrador bigger than a Beagle?", "Is a Beagle bigger than a Labrador?"),
            ("Does a tandem weigh more than two single bikes?", "Do two single bikes weigh more than a tandem?"),
        ],
    ),
    # 18
    _f(
        "negative_question",
        "negation",
        [
            (
                "Do I need a visa for Peru with an Irish passport?",
                "Don't I need a visa for Peru with an Irish passport?",
            ),
            ("Is the pharmacy open on bank holidays?", "Isn't the pharmacy open on bank holidays?"),
            ("Should I prune apple trees in winter?", "shouldn't I prune apple trees in winter"),
        ],
        [
            (
                "Do I need a visa for Peru with an Irish passport?",
                "Why don't I need a visa for Peru with an Irish passport?",
            ),
            ("Is the pharmacy open on bank holidays?", "Is the pharmacy closed on bank holidays?"),
            ("Should I prune apple trees in winter?", "Should I never prune apple trees in winter?"),
        ],
    ),
    # 19 (held out)
    _f(
        "tag_questions",
        "negation",
        [
            ("Is it safe to refreeze thawed prawns?", "It's safe to refreeze thawed prawns, isn't it?"),
            ("Do I have to declare tips on my tax return?", "I have to declare tips on my tax return, don't I?"),
        ],
        [
            ("Is it safe to refreeze thawed prawns?", "It isn't safe to refreeze thawed prawns, is it?"),
            ("Do I have to declare tips on my tax return?", "I don't have to declare tips on my tax return, do I?"),
        ],
    ),
    # 20
    _f(
        "cant_work_out",
        "negation",
        [
            (
                "How do I change the oil filter on a Honda Civic?",
                "I can't work out how to change the oil filter on a Honda Civic",
            ),
            ("How do I tune a ukulele by ear?", "I don't know how to tune a ukulele by ear"),
            ("Why does my sourdough not rise?", "I don't understand why my sourdough doesn't rise"),
        ],
        [
            (
                "How do I change the oil filter on a Honda Civic?",
                "I can't work out how to change the air filter on a Honda Civic",
            ),
            ("How do I tune a ukulele by ear?", "I don't know how to tune a guitar by ear"),
            ("Why does my sourdough not rise?", "Why does my sourdough rise so fast?"),
        ],
    ),
    # 21
    _f(
        "whether_or_not",
        "negation",
        [
            ("Should I tell my employer about a second job?", "Should I tell my employer about a second job or not?"),
            (
                "Do I need planning permission for a garden shed?",
                "whether or not i need planning permission for a garden shed",
            ),
        ],
        [
            ("Should I tell my employer about a second job?", "Should I not tell my employer about a second job?"),
            (
                "Do I need planning permission for a garden shed?",
                "Why don't I need planning permission for a garden shed?",
            ),
        ],
    ),
    # 22
    _f(
        "no_matter",
        "negation",
        [
            ("Why won't my bread rise whatever I do?", "no matter what I do, why won't my bread rise"),
            ("Why does my baby cry whatever I try?", "why does my baby cry no matter what i try"),
        ],
        [
            ("Why won't my bread rise whatever I do?", "Why does my bread rise whatever I do?"),
            ("Why does my baby cry whatever I try?", "Why does my baby not cry whatever I try?"),
        ],
    ),
    # 23
    _f(
        "always_all_the_time",
        "scope",
        [
            ("Why is my cat hungry all the time?", "why is my cat always hungry"),
            ("Why does my knee click every time I climb stairs?", "why does my knee always click when i climb stairs"),
        ],
        [
            ("Why is my cat hungry all the time?", "Why is my cat hungry some of the time?"),
            (
                "Why does my knee click every time I climb stairs?",
                "Why does my knee sometimes click when I climb stairs?",
            ),
        ],
    ),
    # 24 (held out)
    _f(
        "every_each",
        "scope",
        [
            (
                "Does every crew member need a sea survival certificate?",
                "does each crew member need a sea survival certificate",
            ),
            ("Do all choir members have to audition?", "does every choir member have to audition"),
        ],
        [
            (
                "Does every crew member need a sea survival certificate?",
                "Does only the skipper need a sea survival certificate?",
            ),
            ("Do all choir members have to audition?", "Do some choir members have to audition?"),
        ],
    ),
    # 25
    _f(
        "rates_scope",
        "scope",
        [
            ("How much rain does Galway get per year?", "how much rain does galway get annually"),
            (
                "How many hours should a pilot fly each month to stay current?",
                "how many hours a month should a pilot fly to stay current",
            ),
        ],
        [
            ("How much rain does Galway get per year?", "How much rain does Galway get per month?"),
            (
                "How many hours should a pilot fly each month to stay current?",
                "How many hours should a pilot fly each week to stay current?",
            ),
        ],
    ),
    # 26
    _f(
        "every_other",
        "scope",
        [
            ("Should I water a cactus every day in summer?", "should i water a cactus daily in summer"),
            ("Is it bad to wash my hair every single day?", "is it bad to wash my hair every day"),
        ],
        [
            ("Should I water a cactus every day in summer?", "Should I water a cactus every other day in summer?"),
            ("Is it bad to wash my hair every single day?", "Is it bad to wash my hair every week?"),
        ],
    ),
    # 27
    _f(
        "indian_office",
        "numbers",
        [
            (
                "Kindly share the procedure to link PAN with Aadhaar for 2 accounts",
                "what is the procedure to link PAN with Aadhaar for two accounts",
            ),
            (
                "What is the TDS rate for a rent of 50000 per month?",
                "kindly tell TDS rate for rent of 50,000 per month",
            ),
        ],
        [
            (
                "Kindly share the procedure to link PAN with Aadhaar for 2 accounts",
                "Kindly share the procedure to link PAN with a passport for 2 accounts",
            ),
            (
                "What is the TDS rate for a rent of 50000 per month?",
                "What is the TDS rate for a rent of 50000 per year?",
            ),
        ],
    ),
    # 28
    _f(
        "sailing_times",
        "numbers",
        [
            ("Is high tide at 6 pm in Kinsale tomorrow?", "is high tide at 6pm in kinsale tomorrow"),
            ("Can I sail a 2nd hand dinghy single handed?", "can i sail a second hand dinghy single handed"),
        ],
        [
            ("Is high tide at 6 pm in Kinsale tomorrow?", "Is high tide at 6 am in Kinsale tomorrow?"),
            ("Is high tide at 6 pm in Kinsale tomorrow?", "Is high tide at 6 pm in Kinsale today?"),
        ],
    ),
    # 29 (held out)
    _f(
        "aquarium_counts",
        "numbers",
        [
            ("How many neon tetras can live in a 60 litre tank?", "how many neon tetras fit in a sixty litre tank"),
            ("Can I keep a couple of bettas together?", "Can I keep 2 bettas together?"),
        ],
        [
            ("How many neon tetras can live in a 60 litre tank?", "How many neon tetras can live in a 60 gallon tank?"),
            ("Can I keep a couple of bettas together?", "Can I keep 5 bettas together?"),
        ],
    ),
    # 30
    _f(
        "climbing_grades",
        "entities",
        [
            (
                "Is the Old Man of Hoy climb harder than the Inaccessible Pinnacle?",
                "is the Old Man of Hoy harder to climb than the Inaccessible Pinnacle",
            ),
            ("What rope do I need for climbing in the Dolomites?", "what rope do i need for Dolomites climbing"),
        ],
        [
            ("What rope do I need for climbing in the Dolomites?", "What rope do I need for climbing in the Alps?"),
            (
                "Is the Old Man of Hoy climb harder than the Inaccessible Pinnacle?",
                "Is the Old Man of Stoer harder to climb than the Inaccessible Pinnacle?",
            ),
        ],
    ),
    # 31
    _f(
        "brand_aliases",
        "entities",
        [
            ("How do I pair AirPods with a Windows laptop?", "how do I pair airpods with a windows laptop"),
            ("Can I use a PS5 controller on a PC?", "Can I use a PlayStation 5 controller on a PC?"),
        ],
        [
            ("How do I pair AirPods with a Windows laptop?", "How do I pair AirPods with a Chromebook?"),
            ("Can I use a PS5 controller on a PC?", "Can I use a PS4 controller on a PC?"),
        ],
    ),
    # 32
    _f(
        "caravan_towing",
        "order",
        [
            ("Can a Skoda Octavia tow a 1500 kg caravan?", "can a 1500 kg caravan be towed by a skoda octavia"),
            ("Can my car pull a horsebox?", "can a horsebox be pulled by my car"),
        ],
        [
            ("Can a Skoda Octavia tow a 1500 kg caravan?", "Can a Skoda Octavia tow a 2000 kg caravan?"),
            ("Can my car pull a horsebox?", "Can a horsebox pull my car?"),
        ],
    ),
    # 33
    _f(
        "nurse_shift",
        "negation",
        [
            ("Can I refuse a night shift as a nurse?", "can't I refuse a night shift as a nurse"),
            (
                "Is it legal to work 3 night shifts in a row?",
                "it's legal to work three night shifts in a row, isn't it",
            ),
        ],
        [
            ("Can I refuse a night shift as a nurse?", "Why can't I refuse a night shift as a nurse?"),
            ("Is it legal to work 3 night shifts in a row?", "Is it legal to work 5 night shifts in a row?"),
        ],
    ),
    # 34 (held out)
    _f(
        "learner_english",
        "negation",
        [
            ("How do I renew my residence permit?", "I not know how I can renew my residence permit"),
            ("Where can I buy a SIM card at the airport?", "I don't know where I can buy a SIM card at the airport"),
        ],
        [
            ("How do I renew my residence permit?", "How I can cancel my residence permit?"),
            ("Where can I buy a SIM card at the airport?", "Where can I not buy a SIM card at the airport?"),
        ],
    ),
    # 35
    _f(
        "astronomy",
        "scope",
        [
            (
                "Can you see the Milky Way every night from the Atacama?",
                "Can you see the Milky Way nightly from the Atacama?",
            ),
            ("Is Jupiter always visible all the time in December?", "Is Jupiter always visible in December?"),
        ],
        [
            (
                "Can you see the Milky Way every night from the Atacama?",
                "Can you see the Milky Way some nights from the Atacama?",
            ),
            ("Is Jupiter always visible all the time in December?", "Is Jupiter ever visible in June?"),
        ],
    ),
    # 36
    _f(
        "pension_numbers",
        "numbers",
        [
            (
                "Can I take 25% of my pension tax free at 55?",
                "can i take 25 percent of my pension tax free at fifty five",
            ),
            ("Is the state pension paid every 4 weeks?", "is the state pension paid every four weeks"),
        ],
        [
            ("Can I take 25% of my pension tax free at 55?", "Can I take 50% of my pension tax free at 55?"),
            ("Is the state pension paid every 4 weeks?", "Is the state pension paid every 2 weeks?"),
        ],
    ),
    # 37
    _f(
        "sport_results",
        "order",
        [
            ("Did Munster beat Leinster in the 2023 final?", "In the 2023 final, did Munster beat Leinster?"),
            (
                "Has Leinster ever been beaten by Munster at the Aviva?",
                "Has Munster ever beaten Leinster at the Aviva?",
            ),
        ],
        [
            ("Did Munster beat Leinster in the 2023 final?", "Did Leinster beat Munster in the 2023 final?"),
            (
                "Has Leinster ever been beaten by Munster at the Aviva?",
                "Has Leinster ever beaten Munster at the Aviva?",
            ),
        ],
    ),
    # 38
    _f(
        "vet_visits",
        "negation",
        [
            (
                "Is it normal that my dog won't eat after being spayed?",
                "is it normal my dog doesn't eat after being spayed",
            ),
            ("Why does my horse not drink in cold weather?", "why won't my horse drink in cold weather"),
        ],
        [
            (
                "Is it normal that my dog won't eat after being spayed?",
                "Is it normal that my dog eats a lot after being spayed?",
            ),
            ("Why does my horse not drink in cold weather?", "Why does my horse drink so much in cold weather?"),
        ],
    ),
    # 39 (held out)
    _f(
        "choir_music",
        "entities",
        [
            (
                "How do I sing the alto part in Handel's Messiah?",
                "how do i sing the alto part in the Messiah by Handel",
            ),
            ("What key is Bach's Toccata and Fugue in?", "What key is the Toccata and Fugue by Bach in?"),
        ],
        [
            ("How do I sing the alto part in Handel's Messiah?", "How do I sing the alto part in Mozart's Requiem?"),
            ("What key is Bach's Toccata and Fugue in?", "What key is Bach's Air on the G String in?"),
        ],
    ),
    # 40
    _f(
        "flight_rules",
        "scope",
        [
            (
                "Do all passengers need to show ID on domestic flights?",
                "does every passenger need to show ID on domestic flights",
            ),
            ("Can anyone sit in the exit row?", "can anybody sit in the exit row"),
        ],
        [
            (
                "Do all passengers need to show ID on domestic flights?",
                "Do only adult passengers need to show ID on domestic flights?",
            ),
            ("Can anyone sit in the exit row?", "Can only crew sit in the exit row?"),
        ],
    ),
    # 41
    _f(
        "city_acronyms",
        "entities",
        [
            (
                "What is the cheapest way to get around LA without a car?",
                "Cheapest way to get around Los Angeles without a car?",
            ),
            ("Is Washington DC walkable for tourists?", "Is Washington District of Columbia walkable for tourists?"),
        ],
        [
            (
                "What is the cheapest way to get around LA without a car?",
                "What is the cheapest way to get around LA with a car?",
            ),
            ("Is Washington DC walkable for tourists?", "Is Washington State walkable for tourists?"),
        ],
    ),
    # 42
    _f(
        "recipe_amounts",
        "numbers",
        [
            ("How long do I roast a 2kg chicken?", "how long do i roast a two kilo chicken"),
            ("Can I halve a recipe that uses 3 eggs?", "can i halve a recipe that uses three eggs"),
        ],
        [
            ("How long do I roast a 2kg chicken?", "How long do I roast a 2lb chicken?"),
            ("Can I halve a recipe that uses 3 eggs?", "Can I double a recipe that uses 3 eggs?"),
        ],
    ),
    # 43
    _f(
        "tax_people",
        "order",
        [
            ("Does my employer pay my pension contributions?", "Are my pension contributions paid by my employer?"),
            ("Does the landlord have to fix the boiler?", "Does the boiler have to be fixed by the landlord?"),
        ],
        [
            ("Does my employer pay my pension contributions?", "Do I pay my employer's pension contributions?"),
            ("Does the landlord have to fix the boiler?", "Does the tenant have to fix the boiler?"),
        ],
    ),
    # 44 (held out)
    _f(
        "farm_machinery",
        "numbers",
        [
            ("Can a 2 wheel drive tractor pull a plough?", "can a two wheel drive tractor pull a plough"),
            ("How many bales fit on a twenty foot trailer?", "how many bales fit on a 20 ft trailer"),
        ],
        [
            ("Can a 2 wheel drive tractor pull a plough?", "Can a 4 wheel drive tractor pull a plough?"),
            ("How many bales fit on a twenty foot trailer?", "How many bales fit on a forty foot trailer?"),
        ],
    ),
]


def guard_table(families: list[Family]) -> None:
    """For every pair, the hard guard that refuses it whatever its similarity (or ``pass``)."""
    from bastion.gateway.semcache.guards import Guards, extract
    from bastion.gateway.semcache.settings import SemcacheSettings

    guards = Guards(SemcacheSettings().guards)
    counts: Counter[tuple[str, str]] = Counter()
    for fam in families:
        for kind, ps in (("paraphrase", fam.paraphrases), ("trap", fam.traps)):
            for a, b in ps:
                pa, pb = PairJudge.prompt(a), PairJudge.prompt(b)
                v = guards.check(extract(pb), extract(pa), float("inf"), 0.0)
                reason = "pass" if v.ok else v.reason
                counts[(kind, reason)] += 1
                print(f"  [{kind} {fam.name} {reason}] {a!r} / {b!r}")
    for kind in ("paraphrase", "trap"):
        print(f"{kind}s by guard: " + ", ".join(f"{r} {n}" for (k, r), n in counts.most_common() if k == kind))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true", help="the held-out families (look once)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the pairs decided wrongly")
    ap.add_argument("--guards", action="store_true", help="which hard guard refuses each pair")
    args = ap.parse_args()
    fams = split_families(FAMILIES, args.held_out)
    print(f"{'held-out' if args.held_out else 'tuning'} families: {len(fams)}")
    if args.guards:
        guard_table(fams)
    else:
        evaluate(fams, args.verbose)
