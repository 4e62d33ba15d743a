"""Hand-written pair families for the MiniLM stage and the candidate floor (issue #13, engineer
j89), written before any change to the stage's decision, without reading the blind set
(``semcache_fresh_pairs.py``).

Ordinary paraphrases people write, across domains (cooking, travel, health, money, computing,
law, science, sport, home, pets, cars, study, work):

* ``reworded``: another verb or noun for the same ask ("fix" / "repair", "quickest way" /
  "fastest way", "how long does it take" / "how much time does it need");
* ``reordered``: the same words in another order, a phrase fronted or moved to the end;
* ``context``: extra words that do not change the ask ("I'm new to this,", "for my kid",
  "please", "roughly", "at home", "these days");
* ``dropped``: words left out the way people type ("best way make pancakes", "time to boil egg");

each family with hard traps: the same words around another entity, quantity, direction,
negation or time ("Paris to London" / "London to Paris", "2 cups" / "3 cups", "can I" / "can't
I", "last year" / "next year", "dog" / "cat").

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_stage.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "cooking_reworded",
        "reworded",
        [
            ("How do I make pancakes fluffy?", "What makes pancakes fluffy?"),
            (
                "How long should I boil an egg for a runny yolk?",
                "How many minutes do I boil an egg to get a runny yolk?",
            ),
            ("What can I use instead of eggs in baking?", "What is a good substitute for eggs in baking?"),
            ("How do I stop rice from sticking to the pot?", "How can I keep rice from sticking to the pan?"),
            ("How do you sharpen a kitchen knife?", "What is the best way to sharpen a kitchen knife?"),
        ],
        [
            ("How long should I boil an egg for a runny yolk?", "How long should I boil an egg for a hard yolk?"),
            ("What can I use instead of eggs in baking?", "What can I use instead of butter in baking?"),
            ("How do I make pancakes fluffy?", "How do I make pancakes crispy?"),
            ("How do you sharpen a kitchen knife?", "How do you sharpen a chainsaw?"),
        ],
    ),
    _f(
        "travel_reordered",
        "reordered",
        [
            ("Do I need a visa to visit Japan?", "To visit Japan, do I need a visa?"),
            (
                "What is the cheapest way to get from the airport to the city centre in Rome?",
                "In Rome, what is the cheapest way from the airport to the city centre?",
            ),
            ("Can I bring a power bank on a plane?", "On a plane, can I bring a power bank?"),
            ("What is the best time of year to visit Iceland?", "When is the best time of year to visit Iceland?"),
        ],
        [
            ("How long is the flight from Paris to London?", "How long is the train from Paris to London?"),
            ("Do I need a visa to visit Japan?", "Do I need a visa to visit China?"),
            ("Can I bring a power bank on a plane?", "Can I bring a power bank in checked luggage?"),
            ("What is the best time of year to visit Iceland?", "What is the worst time of year to visit Iceland?"),
        ],
    ),
    _f(
        "health_context",
        "context",
        [
            ("How much water should I drink a day?", "Roughly how much water should I drink every day?"),
            ("What are the symptoms of dehydration?", "I feel off today, what are the symptoms of dehydration?"),
            ("How can I fall asleep faster?", "I have trouble sleeping. How can I fall asleep faster?"),
            (
                "Is it safe to take ibuprofen with paracetamol?",
                "Quick question: is it safe to take ibuprofen together with paracetamol?",
            ),
            ("How do I treat a minor burn?", "How do I treat a minor burn at home?"),
        ],
        [
            ("Is it safe to take ibuprofen with paracetamol?", "Is it safe to take ibuprofen with alcohol?"),
            ("How much water should I drink a day?", "How much coffee should I drink a day?"),
            ("What are the symptoms of dehydration?", "What are the causes of dehydration?"),
            ("How can I fall asleep faster?", "How can I wake up faster?"),
        ],
    ),
    _f(
        "computing_dropped",
        "dropped",
        [
            ("How do I take a screenshot on Windows?", "how take screenshot windows"),
            ("How do I clear my browser cache in Chrome?", "clear browser cache chrome"),
            ("How do I check how much storage is left on my iPhone?", "how check storage left on iphone"),
            ("How do I connect my laptop to a TV?", "connect laptop to tv how"),
        ],
        [
            ("How do I take a screenshot on Windows?", "how take screenshot mac"),
            ("How do I clear my browser cache in Chrome?", "clear browser history chrome"),
            ("How do I connect my laptop to a TV?", "connect phone to tv how"),
        ],
    ),
    _f(
        "money_held",
        "reworded",
        [
            ("How do I start saving for retirement?", "What is the best way to begin saving for retirement?"),
            (
                "What is the difference between a Roth IRA and a traditional IRA?",
                "How does a Roth IRA differ from a traditional IRA?",
            ),
            ("How can I improve my credit score?", "What can I do to raise my credit score?"),
            ("Should I pay off debt or invest first?", "Is it better to invest first or pay off debt?"),
        ],
        [
            ("How can I improve my credit score?", "How can I check my credit score?"),
            ("How do I start saving for retirement?", "How do I start withdrawing from my retirement savings?"),
            (
                "What is the difference between a Roth IRA and a traditional IRA?",
                "What is the difference between a Roth IRA and a 401k?",
            ),
            ("Should I pay off debt or invest first?", "Should I pay off debt before buying a house?"),
        ],
    ),
    _f(
        "law_reworded",
        "reworded",
        [
            (
                "Can my landlord enter my flat without notice?",
                "Is my landlord allowed to come into my flat without giving notice?",
            ),
            ("How do I write a will?", "What is the process for writing a will?"),
            ("What happens if I die without a will?", "What happens if someone dies without leaving a will?"),
            ("Can I be fired for being sick?", "Is it legal to fire someone for being sick?"),
        ],
        [
            ("Can my landlord enter my flat without notice?", "Can my landlord raise my rent without notice?"),
            ("Can I be fired for being sick?", "Can I be fired for being pregnant?"),
            ("How do I write a will?", "How do I contest a will?"),
            ("Can my landlord enter my flat without notice?", "Can I enter my landlord's flat without notice?"),
        ],
    ),
    _f(
        "science_reordered",
        "reordered",
        [
            ("Why is the sky blue?", "The sky is blue, why?"),
            ("How far is the Moon from the Earth?", "What is the distance between the Earth and the Moon?"),
            ("What is the boiling point of water at sea level?", "At sea level, what is the boiling point of water?"),
            ("How do vaccines work in the body?", "In the body, how do vaccines work?"),
        ],
        [
            ("How far is the Moon from the Earth?", "How far is the Sun from the Earth?"),
            ("What is the boiling point of water at sea level?", "What is the freezing point of water at sea level?"),
            ("What is the boiling point of water at sea level?", "What is the boiling point of water on Everest?"),
            ("Why is the sky blue?", "Why is the sea blue?"),
        ],
    ),
    _f(
        "sport_context",
        "context",
        [
            ("How many players are on a football team?", "Just wondering, how many players are on a football team?"),
            ("How do I improve my running stamina?", "I'm new to running. How do I improve my stamina?"),
            ("What are the rules of offside in football?", "Can someone explain the rules of offside in football?"),
            ("How often should I stretch?", "How often should I stretch, as a beginner?"),
        ],
        [
            ("How many players are on a football team?", "How many players are on a basketball team?"),
            ("How do I improve my running stamina?", "How do I improve my running speed?"),
            ("What are the rules of offside in football?", "What are the rules of offside in hockey?"),
        ],
    ),
    _f(
        "home_dropped",
        "dropped",
        [
            ("How do I unclog a kitchen sink?", "unclog kitchen sink"),
            ("What is the best way to remove mould from a shower?", "best way remove mould from shower"),
            ("How do I fix a leaking tap?", "fix leaking tap how to"),
            ("How often should I change the filter in my air conditioner?", "how often change air conditioner filter"),
        ],
        [
            ("How do I unclog a kitchen sink?", "unclog bathroom sink"),
            ("How do I fix a leaking tap?", "fix leaking toilet how to"),
            ("How often should I change the filter in my air conditioner?", "how often clean air conditioner filter"),
        ],
    ),
    _f(
        "pets_held",
        "context",
        [
            ("How often should I feed my cat?", "How often should I feed my cat? She is three years old."),
            ("Can dogs eat grapes?", "Is it okay for dogs to eat grapes?"),
            ("How do I stop my puppy from biting?", "My puppy keeps biting. How do I stop it?"),
            ("How long do rabbits live?", "What is the lifespan of a rabbit?"),
        ],
        [
            ("Can dogs eat grapes?", "Can dogs eat carrots?"),
            ("How often should I feed my cat?", "How often should I bathe my cat?"),
            ("How long do rabbits live?", "How long do hamsters live?"),
            ("How do I stop my puppy from biting?", "How do I stop my puppy from barking?"),
        ],
    ),
    _f(
        "cars_reworded",
        "reworded",
        [
            ("How often should I change my car's oil?", "How frequently does my car need an oil change?"),
            ("Why is my car battery draining overnight?", "What causes a car battery to drain overnight?"),
            ("How do I jump start a car?", "What are the steps to jump start a car?"),
            ("What does the check engine light mean?", "What is the check engine light telling me?"),
        ],
        [
            ("How often should I change my car's oil?", "How often should I change my car's tyres?"),
            ("How do I jump start a car?", "How do I jump start a motorbike?"),
            ("Why is my car battery draining overnight?", "Why is my phone battery draining overnight?"),
        ],
    ),
    _f(
        "study_reordered",
        "reordered",
        [
            ("What is the best way to learn Spanish quickly?", "Quickly learning Spanish: what is the best way?"),
            ("How many hours a day should I study for exams?", "For exams, how many hours a day should I study?"),
            ("How do I write a good essay introduction?", "A good essay introduction, how do I write one?"),
            ("What is the best way to memorise vocabulary?", "To memorise vocabulary, what is the best way?"),
        ],
        [
            ("What is the best way to learn Spanish quickly?", "What is the best way to learn Japanese quickly?"),
            ("How do I write a good essay introduction?", "How do I write a good essay conclusion?"),
            ("How many hours a day should I study for exams?", "How many hours a day should I sleep before exams?"),
        ],
    ),
    _f(
        "work_context",
        "context",
        [
            ("How do I ask for a raise?", "How do I ask my boss for a raise?"),
            (
                "How should I prepare for a job interview?",
                "I have a job interview next week. How should I prepare for it?",
            ),
            ("How do I write a resignation letter?", "How do I write a polite resignation letter?"),
            ("What should I put on my CV?", "Honestly, what should I put on my CV?"),
        ],
        [
            ("How do I write a resignation letter?", "How do I write a cover letter?"),
            ("How do I ask for a raise?", "How do I ask for a day off?"),
            ("How should I prepare for a job interview?", "How should I conduct a job interview?"),
            ("What should I put on my CV?", "What should I leave off my CV?"),
        ],
    ),
    _f(
        "quantity_traps",
        "quantity",
        [
            ("How many grams are in a cup of flour?", "How many grams of flour are in one cup?"),
            ("How many calories are in a banana?", "How many calories does a banana have?"),
            ("How many ounces are in a pound?", "How many ounces make a pound?"),
            ("How long does it take to walk 5 km?", "How much time does it take to walk 5 km?"),
        ],
        [
            ("How many grams are in a cup of flour?", "How many grams are in 2 cups of flour?"),
            ("How long does it take to walk 5 km?", "How long does it take to walk 10 km?"),
            ("How many calories are in a banana?", "How many calories are in two bananas?"),
            ("How many ounces are in a pound?", "How many pounds are in an ounce?"),
        ],
    ),
    _f(
        "direction_held",
        "direction",
        [
            ("How do I convert Celsius to Fahrenheit?", "What is the formula to convert Celsius into Fahrenheit?"),
            (
                "How long is the drive from Boston to New York?",
                "How long does it take to drive from Boston to New York?",
            ),
            ("How do I transfer money from PayPal to my bank?", "How can I move money from PayPal to my bank account?"),
            (
                "How do I copy files from my phone to my computer?",
                "How can I copy files from my phone onto my computer?",
            ),
        ],
        [
            ("How do I convert Celsius to Fahrenheit?", "How do I convert Fahrenheit to Celsius?"),
            ("How do I transfer money from PayPal to my bank?", "How do I transfer money from my bank to PayPal?"),
            ("How do I copy files from my phone to my computer?", "How do I copy files from my computer to my phone?"),
        ],
    ),
    _f(
        "negation_traps",
        "negation",
        [
            ("Why can't I sleep at night?", "Why am I unable to sleep at night?"),
            ("Why won't my laptop turn on?", "Why does my laptop not turn on?"),
            ("What foods should I avoid when pregnant?", "Which foods should pregnant women avoid?"),
            ("Why doesn't my Wi-Fi work?", "Why is my Wi-Fi not working?"),
        ],
        [
            ("Why won't my laptop turn on?", "Why won't my laptop turn off?"),
            ("What foods should I avoid when pregnant?", "What foods should I eat when pregnant?"),
            ("Can I drink alcohol on antibiotics?", "Why shouldn't I drink alcohol on antibiotics?"),
            ("Is it safe to eat raw eggs?", "Is it unsafe to eat raw eggs?"),
        ],
    ),
    _f(
        "time_traps",
        "time",
        [
            ("What is the weather usually like in Lisbon in April?", "What is Lisbon's weather usually like in April?"),
            ("When does daylight saving time start in the US?", "When do clocks go forward in the US?"),
            ("What time does the sun set in London in December?", "When does the sun set in London in December?"),
            ("How long does it take for a tattoo to heal?", "How much time does a tattoo need to heal?"),
        ],
        [
            (
                "What is the weather usually like in Lisbon in April?",
                "What is the weather usually like in Lisbon in October?",
            ),
            ("When does daylight saving time start in the US?", "When does daylight saving time end in the US?"),
            ("What time does the sun set in London in December?", "What time does the sun rise in London in December?"),
            ("Who won the World Cup in 2018?", "Who won the World Cup in 2022?"),
        ],
    ),
    _f(
        "entity_traps",
        "entity",
        [
            ("What is the population of Canada?", "How many people live in Canada?"),
            ("Who wrote Pride and Prejudice?", "Who is the author of Pride and Prejudice?"),
            ("What language do they speak in Brazil?", "Which language is spoken in Brazil?"),
            ("What currency does Switzerland use?", "What is the currency of Switzerland?"),
        ],
        [
            ("What is the population of Canada?", "What is the population of Australia?"),
            ("Who wrote Pride and Prejudice?", "Who wrote Sense and Sensibility?"),
            ("What language do they speak in Brazil?", "What language do they speak in Argentina?"),
            ("What currency does Switzerland use?", "What currency does Sweden use?"),
        ],
    ),
    _f(
        "gardening_dropped",
        "dropped",
        [
            ("When should I plant tomatoes?", "when plant tomatoes"),
            ("How often should I water my succulents?", "how often water succulents"),
            ("How do I get rid of aphids on my roses?", "get rid of aphids on roses"),
            ("What is the best fertiliser for a lawn?", "best fertiliser for lawn"),
        ],
        [
            ("When should I plant tomatoes?", "when harvest tomatoes"),
            ("How often should I water my succulents?", "how often water ferns"),
            ("How do I get rid of aphids on my roses?", "get rid of slugs on roses"),
        ],
    ),
    _f(
        "parenting_held",
        "context",
        [
            ("When do babies start walking?", "At what age do babies usually start walking?"),
            ("How much sleep does a toddler need?", "How many hours of sleep does a toddler need each night?"),
            (
                "How do I get my child to eat vegetables?",
                "My son refuses vegetables. How do I get my child to eat them?",
            ),
            ("When should a child start school?", "At what age should a child start school?"),
        ],
        [
            ("When do babies start walking?", "When do babies start talking?"),
            ("How much sleep does a toddler need?", "How much sleep does a teenager need?"),
            ("How do I get my child to eat vegetables?", "How do I get my child to eat less sugar?"),
        ],
    ),
    _f(
        "tech_reworded",
        "reworded",
        [
            ("How do I reset my router?", "How can I restart my router to factory settings?"),
            ("Why is my phone so slow?", "What makes my phone run so slowly?"),
            ("How do I back up my photos?", "What is the best way to back up my photos?"),
            ("How do I change my Wi-Fi password?", "How can I update the password on my Wi-Fi?"),
        ],
        [
            ("How do I back up my photos?", "How do I delete my photos?"),
            ("How do I change my Wi-Fi password?", "How do I find my Wi-Fi password?"),
            ("Why is my phone so slow?", "Why is my phone so hot?"),
        ],
    ),
    _f(
        "fitness_reordered",
        "reordered",
        [
            ("How many push-ups should I do a day?", "Each day, how many push-ups should I do?"),
            ("What should I eat before a workout?", "Before a workout, what should I eat?"),
            (
                "Is it better to run in the morning or the evening?",
                "Is it better to run in the evening or in the morning?",
            ),
            ("How do I lose belly fat?", "Belly fat: how do I lose it?"),
        ],
        [
            ("What should I eat before a workout?", "What should I eat after a workout?"),
            ("How many push-ups should I do a day?", "How many sit-ups should I do a day?"),
            ("How do I lose belly fat?", "How do I gain belly fat?"),
        ],
    ),
    _f(
        "shopping_context",
        "context",
        [
            ("How do I return an item to Amazon?", "I bought the wrong size. How do I return an item to Amazon?"),
            ("What is the best budget laptop?", "What is the best budget laptop these days?"),
            ("How do I track my parcel?", "How do I track my parcel, please?"),
            ("Is it cheaper to buy or lease a car?", "In general, is it cheaper to buy or to lease a car?"),
        ],
        [
            ("How do I return an item to Amazon?", "How do I return an item to eBay?"),
            ("What is the best budget laptop?", "What is the best gaming laptop?"),
            ("How do I track my parcel?", "How do I send a parcel?"),
        ],
    ),
    _f(
        "programming_dropped",
        "dropped",
        [
            ("How do I reverse a list in Python?", "reverse list python"),
            ("How do I read a CSV file in Python?", "read csv file python"),
            ("How do I undo the last commit in git?", "undo last commit git"),
            ("How do I center a div in CSS?", "center div css"),
        ],
        [
            ("How do I reverse a list in Python?", "reverse list javascript"),
            ("How do I read a CSV file in Python?", "write csv file python"),
            ("How do I undo the last commit in git?", "undo last push git"),
        ],
    ),
    _f(
        "history_held",
        "reordered",
        [
            ("When did the Second World War end?", "The Second World War ended when?"),
            ("Who was the first president of the United States?", "Of the United States, who was the first president?"),
            ("Why did the Roman Empire fall?", "What caused the fall of the Roman Empire?"),
            ("When was the Berlin Wall built?", "In what year was the Berlin Wall built?"),
        ],
        [
            ("When did the Second World War end?", "When did the First World War end?"),
            ("Who was the first president of the United States?", "Who was the second president of the United States?"),
            ("When was the Berlin Wall built?", "When was the Berlin Wall torn down?"),
        ],
    ),
    _f(
        "cooking_quantity",
        "quantity",
        [
            ("How long do I cook a 2 kg chicken?", "How long should a 2 kg chicken be cooked for?"),
            ("At what temperature should I bake bread?", "What oven temperature do I bake bread at?"),
            ("How much salt do I add to pasta water?", "How much salt should go in pasta water?"),
            ("How long does it take to hard boil an egg?", "How many minutes to hard boil an egg?"),
        ],
        [
            ("How long do I cook a 2 kg chicken?", "How long do I cook a 4 kg chicken?"),
            ("How much salt do I add to pasta water?", "How much oil do I add to pasta water?"),
            ("At what temperature should I bake bread?", "At what temperature should I bake cookies?"),
        ],
    ),
    _f(
        "finance_negation",
        "negation",
        [
            ("Why was my card declined?", "Why did my card get declined?"),
            ("Why hasn't my refund arrived yet?", "Why have I not received my refund yet?"),
            ("Can I cancel a bank transfer?", "Is it possible to cancel a bank transfer?"),
            ("Do I have to pay tax on savings interest?", "Is savings interest taxable?"),
        ],
        [
            ("Why was my card declined?", "Why was my card charged twice?"),
            ("Can I cancel a bank transfer?", "Can I cancel a direct debit?"),
            ("Why hasn't my refund arrived yet?", "Why has my refund arrived twice?"),
        ],
    ),
    _f(
        "weather_context",
        "context",
        [
            ("What causes thunderstorms?", "I was wondering, what causes thunderstorms?"),
            ("How are hurricanes formed?", "How do hurricanes form?"),
            ("Why does it rain more in the mountains?", "Why does it tend to rain more in the mountains?"),
            (
                "What is the difference between weather and climate?",
                "Can you explain the difference between weather and climate?",
            ),
        ],
        [
            ("What causes thunderstorms?", "What causes earthquakes?"),
            ("How are hurricanes formed?", "How are tornadoes formed?"),
            ("Why does it rain more in the mountains?", "Why does it snow more in the mountains?"),
        ],
    ),
    _f(
        "music_dropped",
        "dropped",
        [
            ("How do I tune a guitar?", "how tune guitar"),
            ("What is the easiest instrument to learn?", "easiest instrument to learn"),
            ("How long does it take to learn piano?", "how long learn piano"),
            ("How do I read sheet music?", "read sheet music how"),
        ],
        [
            ("How do I tune a guitar?", "how tune violin"),
            ("How long does it take to learn piano?", "how long learn drums"),
            ("How do I read sheet music?", "write sheet music how"),
        ],
    ),
    _f(
        "mixed_held",
        "reworded",
        [
            ("How do I get rid of hiccups?", "What is the best way to stop hiccups?"),
            ("How many bones are in the human body?", "How many bones does the human body have?"),
            ("How do I remove a stripped screw?", "What is the way to get out a stripped screw?"),
            ("How do I get red wine out of a carpet?", "How can I remove a red wine stain from my carpet?"),
        ],
        [
            ("How do I get red wine out of a carpet?", "How do I get coffee out of a carpet?"),
            ("How many bones are in the human body?", "How many muscles are in the human body?"),
            ("How do I remove a stripped screw?", "How do I tighten a stripped screw?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
