"""A fresh set of semantic-cache question pairs, written blind (issue #13).

Written on 2026-12-07 by an engineer who had not read the existing pair families
(``tests/semcache/pair_families.py``), the training script or the guard code: only the cache's
interface (``docs/semcache.md``). Nothing here was used to choose a weight or a threshold; the
set exists to *measure* the shipped cache on wording it was never tuned on
(``docs/semcache.md``, "A fresh pair set written blind").

Each family has a base question (the one a first user asked and the cache stored), reworded
paraphrases a later user might send for the same answer (tagged with how they differ), and
traps: near-identical wording that needs a different answer (tagged with what changed).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    domain: str
    base: str
    #: (style, text): same intent, different wording; the cached answer is right.
    paraphrases: tuple[tuple[str, str], ...]
    #: (category, text): near-identical wording, a different answer; serving the cached one is wrong.
    traps: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Pair:
    family: str
    domain: str
    kind: str  # "paraphrase" | "trap"
    category: str  # paraphrase style or trap category
    stored: str
    asked: str


FAMILIES: tuple[Family, ...] = (
    # ---------------------------------------------------------------- coding
    Family(
        "coding",
        "How do I reverse a list in Python?",
        (
            ("reword", "What's the way to reverse a Python list?"),
            ("typo", "how do i revrse a list in pyhton"),
            ("imperative", "Show me how to reverse a list in Python."),
            ("order", "In Python, how can I reverse a list?"),
        ),
        (
            ("language", "How do I reverse a list in Haskell?"),
            ("entity", "How do I reverse a string in Python?"),
            ("entity", "How do I sort a list in Python?"),
        ),
    ),
    Family(
        "coding",
        "How do I read a CSV file with pandas?",
        (
            ("reword", "What is the way to load a CSV file using pandas?"),
            ("casual", "pandas read csv file how"),
            ("imperative", "Explain how to read a CSV into pandas."),
        ),
        (
            ("entity", "How do I write a CSV file with pandas?"),
            ("entity", "How do I read an Excel file with pandas?"),
            ("language", "How do I read a CSV file with R?"),
        ),
    ),
    Family(
        "coding",
        "What is the difference between let and const in JavaScript?",
        (
            ("reword", "How does let differ from const in JavaScript?"),
            ("typo", "diffrence between let and const in javascript?"),
            ("order", "In JavaScript, what's the difference between const and let?"),
        ),
        (
            ("entity", "What is the difference between let and var in JavaScript?"),
            ("language", "What is the difference between let and const in Swift?"),
            ("entity", "What is the difference between var and const in JavaScript?"),
        ),
    ),
    Family(
        "coding",
        "How do I undo the last git commit but keep my changes?",
        (
            ("reword", "How can I revert my most recent git commit without losing the changes?"),
            ("casual", "undo last commit in git but keep the changes pls"),
            ("imperative", "Tell me how to undo my last git commit while keeping my edits."),
        ),
        (
            ("negation", "How do I undo the last git commit and not keep my changes?"),
            ("number", "How do I undo the last 3 git commits but keep my changes?"),
            ("entity", "How do I undo the last git push but keep my changes?"),
        ),
    ),
    Family(
        "coding",
        "How do I install Node.js 18 on Ubuntu 22.04?",
        (
            ("reword", "What's the best way to get Node.js 18 installed on Ubuntu 22.04?"),
            ("typo", "how to instal nodejs 18 on ubuntu 22.04"),
            ("imperative", "Walk me through installing Node.js 18 on Ubuntu 22.04."),
        ),
        (
            ("version", "How do I install Node.js 20 on Ubuntu 22.04?"),
            ("version", "How do I install Node.js 18 on Ubuntu 20.04?"),
            ("entity", "How do I install Node.js 18 on Debian 12?"),
            ("negation", "How do I uninstall Node.js 18 on Ubuntu 22.04?"),
        ),
    ),
    Family(
        "coding",
        "How do I center a div horizontally with CSS?",
        (
            ("reword", "What's the CSS to horizontally center a div?"),
            ("casual", "css center div horizontally?"),
            ("imperative", "Show me how to center a div horizontally in CSS."),
        ),
        (
            ("direction", "How do I center a div vertically with CSS?"),
            ("entity", "How do I center an image horizontally with CSS?"),
            ("direction", "How do I align a div to the right with CSS?"),
        ),
    ),
    Family(
        "coding",
        "How do I convert a string to an integer in Java?",
        (
            ("reword", "What's the way to turn a string into an int in Java?"),
            ("typo", "convert string to integr in java"),
            ("formal", "Could you explain how a String is converted to an integer in Java?"),
        ),
        (
            ("direction", "How do I convert an integer to a string in Java?"),
            ("language", "How do I convert a string to an integer in Go?"),
            ("entity", "How do I convert a string to a float in Java?"),
        ),
    ),
    Family(
        "coding",
        "What does the 404 status code mean?",
        (
            ("reword", "What is the meaning of HTTP status 404?"),
            ("short", "HTTP 404 meaning?"),
            ("imperative", "Explain the 404 status code."),
        ),
        (
            ("number", "What does the 403 status code mean?"),
            ("number", "What does the 500 status code mean?"),
            ("number", "What does the 401 status code mean?"),
        ),
    ),
    Family(
        "coding",
        "How do I create a virtual environment in Python 3?",
        (
            ("reword", "How can I set up a Python 3 virtual environment?"),
            ("casual", "making a venv in python3, how?"),
            ("imperative", "Show me the steps to create a virtual environment in Python 3."),
        ),
        (
            ("negation", "How do I delete a virtual environment in Python 3?"),
            ("entity", "How do I activate a virtual environment in Python 3?"),
            ("for_x", "How do I create a virtual environment in Python 3 on Windows?"),
        ),
    ),
    Family(
        "coding",
        "How do I add a column to a table in PostgreSQL?",
        (
            ("reword", "What is the syntax to add a new column to a PostgreSQL table?"),
            ("typo", "add colum to table postgresql"),
            ("order", "In PostgreSQL, how do I add a column to an existing table?"),
        ),
        (
            ("negation", "How do I drop a column from a table in PostgreSQL?"),
            ("entity", "How do I add a column to a table in MySQL?"),
            ("entity", "How do I rename a column in a table in PostgreSQL?"),
        ),
    ),
    Family(
        "coding",
        "Is Python faster than Java?",
        (
            ("reword", "Does Python run faster than Java?"),
            ("casual", "python faster than java or nah?"),
        ),
        (
            ("direction", "Is Java faster than Python?"),
            ("direction", "Is Python slower than Java?"),
            ("language", "Is Python faster than Rust?"),
        ),
    ),
    Family(
        "coding",
        "How do I upgrade React from version 17 to 18?",
        (
            ("reword", "What are the steps for migrating React 17 to React 18?"),
            ("imperative", "Guide me through upgrading from React 17 to 18."),
            ("typo", "how to upgarde react 17 to 18"),
        ),
        (
            ("version", "How do I upgrade React from version 18 to 19?"),
            ("direction", "How do I downgrade React from version 18 to 17?"),
            ("language", "How do I upgrade Angular from version 17 to 18?"),
        ),
    ),
    # ---------------------------------------------------------------- cooking
    Family(
        "cooking",
        "How long should I boil an egg for a soft yolk?",
        (
            ("reword", "How many minutes do I boil an egg to get a runny yolk?"),
            ("typo", "how long to boil an eg for soft yolk"),
            ("casual", "soft boiled egg, how many mins?"),
        ),
        (
            ("entity", "How long should I boil an egg for a hard yolk?"),
            ("entity", "How long should I boil a potato for mashing?"),
            ("entity", "How long should I poach an egg for a soft yolk?"),
        ),
    ),
    Family(
        "cooking",
        "What can I use instead of eggs in baking?",
        (
            ("reword", "What's a good egg substitute for baking?"),
            ("formal", "Which ingredients can replace eggs in baked goods?"),
            ("casual", "out of eggs, what do i bake with instead"),
        ),
        (
            ("entity", "What can I use instead of butter in baking?"),
            ("entity", "What can I use instead of eggs in a quiche?"),
            ("entity", "What can I use instead of flour in baking?"),
        ),
    ),
    Family(
        "cooking",
        "How many grams are in a cup of flour?",
        (
            ("reword", "How much does one cup of flour weigh in grams?"),
            ("short", "cup of flour in grams"),
            ("order", "A cup of flour is how many grams?"),
        ),
        (
            ("entity", "How many grams are in a cup of sugar?"),
            ("unit", "How many ounces are in a cup of flour?"),
            ("number", "How many grams are in half a cup of flour?"),
        ),
    ),
    Family(
        "cooking",
        "What temperature should I roast a chicken at?",
        (
            ("reword", "At what oven temperature do I roast a whole chicken?"),
            ("typo", "what temprature to roast a chiken"),
            ("imperative", "Tell me the right temperature for roasting a chicken."),
        ),
        (
            ("entity", "What temperature should I roast a turkey at?"),
            ("entity", "What internal temperature should a roast chicken reach?"),
            ("entity", "What temperature should I roast potatoes at?"),
        ),
    ),
    Family(
        "cooking",
        "How do I make rice less sticky?",
        (
            ("reword", "How can I stop my rice from being sticky?"),
            ("casual", "my rice always comes out sticky, how to fix"),
            ("formal", "What is the method to cook rice so that it is not sticky?"),
        ),
        (
            ("direction", "How do I make rice more sticky?"),
            ("entity", "How do I make pasta less sticky?"),
            ("for_x", "How do I make sushi rice less sticky?"),
        ),
    ),
    Family(
        "cooking",
        "Can I freeze cooked pasta?",
        (
            ("reword", "Is it OK to put cooked pasta in the freezer?"),
            ("typo", "can i freez cooked pasta"),
            ("formal", "Is cooked pasta suitable for freezing?"),
        ),
        (
            ("entity", "Can I freeze uncooked pasta?"),
            ("entity", "Can I freeze cooked rice?"),
            ("entity", "Can I refreeze cooked pasta?"),
        ),
    ),
    Family(
        "cooking",
        "How long do I bake chocolate chip cookies at 350 degrees?",
        (
            ("reword", "For how many minutes should chocolate chip cookies bake at 350 degrees?"),
            ("casual", "choc chip cookies at 350, how long?"),
        ),
        (
            ("number", "How long do I bake chocolate chip cookies at 375 degrees?"),
            ("entity", "How long do I bake oatmeal cookies at 350 degrees?"),
            ("entity", "How long do I bake a chocolate cake at 350 degrees?"),
        ),
    ),
    Family(
        "cooking",
        "Is it safe to eat raw cookie dough?",
        (
            ("reword", "Can you safely eat cookie dough raw?"),
            ("casual", "raw cookie dough safe to eat??"),
            ("formal", "Is consuming uncooked cookie dough safe?"),
        ),
        (
            ("entity", "Is it safe to eat raw salmon?"),
            ("entity", "Is it safe to eat raw bread dough?"),
            ("for_x", "Is it safe for dogs to eat raw cookie dough?"),
        ),
    ),
    Family(
        "cooking",
        "How do I convert 200 Celsius to Fahrenheit for my oven?",
        (
            ("reword", "What is 200 Celsius in Fahrenheit for oven cooking?"),
            ("short", "200C to F oven"),
        ),
        (
            ("number", "How do I convert 180 Celsius to Fahrenheit for my oven?"),
            ("direction", "How do I convert 200 Fahrenheit to Celsius for my oven?"),
            ("unit", "How do I convert 200 Celsius to gas mark for my oven?"),
        ),
    ),
    # ---------------------------------------------------------------- travel
    Family(
        "travel",
        "Do I need a visa to visit Japan as a US citizen?",
        (
            ("reword", "As an American, do I need a visa to travel to Japan?"),
            ("typo", "do i need a vsia for japan as a us citizen"),
            ("formal", "Is a visa required for United States citizens visiting Japan?"),
        ),
        (
            ("entity", "Do I need a visa to visit China as a US citizen?"),
            ("for_x", "Do I need a visa to visit Japan as an Indian citizen?"),
            ("swap", "Do I need a visa to visit the US as a Japanese citizen?"),
        ),
    ),
    Family(
        "travel",
        "What is the best time of year to visit Iceland?",
        (
            ("reword", "When is the ideal season to travel to Iceland?"),
            ("casual", "best month to go to iceland?"),
            ("order", "Iceland: what time of year is best for a visit?"),
        ),
        (
            ("direction", "What is the worst time of year to visit Iceland?"),
            ("entity", "What is the best time of year to visit Norway?"),
            ("entity", "What is the best time of year to see the northern lights in Iceland?"),
        ),
    ),
    Family(
        "travel",
        "How much luggage can I bring on a Ryanair flight?",
        (
            ("reword", "What is Ryanair's baggage allowance?"),
            ("typo", "how much lugage on ryanair flight"),
            ("imperative", "Tell me the luggage limits for flying with Ryanair."),
        ),
        (
            ("entity", "How much luggage can I bring on an easyJet flight?"),
            ("entity", "How much liquid can I bring on a Ryanair flight?"),
            ("for_x", "How much luggage can I bring on a Ryanair flight with a baby?"),
        ),
    ),
    Family(
        "travel",
        "How do I get from Heathrow airport to central London?",
        (
            ("reword", "What's the best way to travel from Heathrow to central London?"),
            ("casual", "heathrow to central london, how do i get there"),
            ("formal", "Which transport options connect Heathrow Airport with central London?"),
        ),
        (
            ("swap", "How do I get from central London to Heathrow airport?"),
            ("entity", "How do I get from Gatwick airport to central London?"),
            ("entity", "How do I get from Heathrow airport to Oxford?"),
        ),
    ),
    Family(
        "travel",
        "What is the time difference between New York and Tokyo?",
        (
            ("reword", "How many hours ahead of New York is Tokyo?"),
            ("short", "time difference NYC Tokyo"),
            ("typo", "time diffrence new york and tokyo"),
        ),
        (
            ("entity", "What is the time difference between New York and Sydney?"),
            ("entity", "What is the time difference between Los Angeles and Tokyo?"),
            ("entity", "What is the flight time between New York and Tokyo?"),
        ),
    ),
    Family(
        "travel",
        "Can I use my phone abroad in Europe without roaming charges?",
        (
            ("reword", "Is it possible to use my mobile in Europe without paying roaming fees?"),
            ("casual", "phone in europe no roaming charges possible?"),
        ),
        (
            ("entity", "Can I use my phone abroad in the US without roaming charges?"),
            ("negation", "Why can't I use my phone abroad in Europe?"),
            ("entity", "Can I use my credit card abroad in Europe without fees?"),
        ),
    ),
    Family(
        "travel",
        "How early should I arrive at the airport for an international flight?",
        (
            ("reword", "How long before an international flight should I get to the airport?"),
            ("typo", "how early to arive at airport for international flight"),
            ("formal", "What is the recommended arrival time at the airport before an international departure?"),
        ),
        (
            ("entity", "How early should I arrive at the airport for a domestic flight?"),
            ("entity", "How early should I arrive at the train station for an international train?"),
            ("direction", "How late can I arrive at the airport for an international flight?"),
        ),
    ),
    Family(
        "travel",
        "Is tap water safe to drink in Mexico?",
        (
            ("reword", "Can you drink the tap water in Mexico?"),
            ("casual", "mexico tap water ok to drink?"),
            ("order", "In Mexico, is it safe to drink water from the tap?"),
        ),
        (
            ("entity", "Is tap water safe to drink in Canada?"),
            ("entity", "Is tap water safe to brush teeth with in Mexico?"),
            ("negation", "Why is tap water not safe to drink in Mexico?"),
        ),
    ),
    Family(
        "travel",
        "What's the cheapest way to travel from Paris to Amsterdam?",
        (
            ("reword", "How can I get from Paris to Amsterdam as cheaply as possible?"),
            ("typo", "cheapest way paris to amsterdm"),
        ),
        (
            ("swap", "What's the cheapest way to travel from Amsterdam to Paris?"),
            ("direction", "What's the fastest way to travel from Paris to Amsterdam?"),
            ("entity", "What's the cheapest way to travel from Paris to Brussels?"),
        ),
    ),
    Family(
        "travel",
        "Which vaccines do I need before travelling to Kenya?",
        (
            ("reword", "What vaccinations are required for a trip to Kenya?"),
            ("imperative", "List the vaccines I should get before going to Kenya."),
            ("typo", "which vacines do i need for kenya"),
        ),
        (
            ("entity", "Which vaccines do I need before travelling to Thailand?"),
            ("for_x", "Which vaccines does my dog need before travelling to Kenya?"),
            ("entity", "Which documents do I need before travelling to Kenya?"),
        ),
    ),
    # ---------------------------------------------------------------- health
    Family(
        "health",
        "How much water should I drink per day?",
        (
            ("reword", "What is the recommended daily water intake?"),
            ("casual", "how much water a day should i be drinking"),
            ("formal", "How many litres of water should an adult drink each day?"),
        ),
        (
            ("entity", "How much coffee should I drink per day?"),
            ("scope", "How much water should I drink per hour?"),
            ("for_x", "How much water should my dog drink per day?"),
        ),
    ),
    Family(
        "health",
        "What are the symptoms of vitamin D deficiency?",
        (
            ("reword", "What signs show that I am low on vitamin D?"),
            ("typo", "symptons of vitamin d defficiency"),
            ("imperative", "List the symptoms of a vitamin D deficiency."),
        ),
        (
            ("entity", "What are the symptoms of vitamin B12 deficiency?"),
            ("entity", "What are the symptoms of iron deficiency?"),
            ("direction", "What are the symptoms of too much vitamin D?"),
        ),
    ),
    Family(
        "health",
        "Can I take ibuprofen with paracetamol?",
        (
            ("reword", "Is it safe to take paracetamol and ibuprofen together?"),
            ("casual", "ok to mix ibuprofen and paracetamol?"),
            ("typo", "can i take ibuprofin with paracetamol"),
        ),
        (
            ("entity", "Can I take ibuprofen with aspirin?"),
            ("entity", "Can I take ibuprofen with alcohol?"),
            ("for_x", "Can I take ibuprofen with paracetamol while pregnant?"),
        ),
    ),
    Family(
        "health",
        "How many hours of sleep does an adult need?",
        (
            ("reword", "How much sleep do grown-ups need each night?"),
            ("short", "adult sleep hours needed"),
            ("formal", "What is the recommended amount of sleep for adults?"),
        ),
        (
            ("entity", "How many hours of sleep does a teenager need?"),
            ("entity", "How many hours of sleep does a newborn need?"),
            ("entity", "How many hours of exercise does an adult need?"),
        ),
    ),
    Family(
        "health",
        "What is a normal resting heart rate?",
        (
            ("reword", "What resting heart rate is considered normal?"),
            ("typo", "normal resting hart rate?"),
            ("casual", "whats a normal resting pulse"),
        ),
        (
            ("entity", "What is a normal blood pressure?"),
            ("for_x", "What is a normal resting heart rate for a child?"),
            ("entity", "What is a normal heart rate during exercise?"),
        ),
    ),
    Family(
        "health",
        "Is it bad to run every day?",
        (
            ("reword", "Is running daily harmful?"),
            ("casual", "running every single day bad for you?"),
        ),
        (
            ("direction", "Is it good to run every day?"),
            ("entity", "Is it bad to swim every day?"),
            ("scope", "Is it bad to run twice a day?"),
        ),
    ),
    Family(
        "health",
        "How can I lower my cholesterol naturally?",
        (
            ("reword", "What are natural ways to reduce cholesterol?"),
            ("typo", "how to lower cholestrol naturally"),
            ("imperative", "Give me natural methods for bringing my cholesterol down."),
        ),
        (
            ("direction", "How can I raise my HDL cholesterol naturally?"),
            ("entity", "How can I lower my blood pressure naturally?"),
            ("entity", "How can I lower my cholesterol with medication?"),
        ),
    ),
    Family(
        "health",
        "What should I do if I get a bee sting?",
        (
            ("reword", "How do I treat a bee sting?"),
            ("casual", "got stung by a bee, what now"),
            ("formal", "What is the recommended first aid for a bee sting?"),
        ),
        (
            ("entity", "What should I do if I get a jellyfish sting?"),
            ("entity", "What should I do if I get a tick bite?"),
            ("for_x", "What should I do if my dog gets a bee sting?"),
        ),
    ),
    Family(
        "health",
        "How many calories are in a banana?",
        (
            ("reword", "How many calories does a banana have?"),
            ("short", "banana calories"),
            ("typo", "how many calroies in a bananna"),
        ),
        (
            ("entity", "How many calories are in an apple?"),
            ("entity", "How many grams of sugar are in a banana?"),
            ("number", "How many calories are in two bananas?"),
        ),
    ),
    # ---------------------------------------------------------------- finance
    Family(
        "finance",
        "What is the difference between a Roth IRA and a traditional IRA?",
        (
            ("reword", "How does a Roth IRA differ from a traditional IRA?"),
            ("order", "Traditional IRA vs Roth IRA: what's the difference?"),
            ("typo", "diference between roth ira and traditonal ira"),
        ),
        (
            ("entity", "What is the difference between a Roth IRA and a 401(k)?"),
            ("entity", "What is the difference between a Roth 401(k) and a traditional 401(k)?"),
            ("entity", "What is the contribution limit for a Roth IRA?"),
        ),
    ),
    Family(
        "finance",
        "How do I calculate compound interest?",
        (
            ("reword", "What's the formula for compound interest?"),
            ("imperative", "Explain how to work out compound interest."),
            ("casual", "compound interest how to calc"),
        ),
        (
            ("entity", "How do I calculate simple interest?"),
            ("entity", "How do I calculate compound annual growth rate?"),
            ("entity", "How do I calculate mortgage interest?"),
        ),
    ),
    Family(
        "finance",
        "Should I pay off debt or invest first?",
        (
            ("reword", "Is it better to pay down debt before investing?"),
            ("casual", "pay off debt first or invest?"),
            ("order", "Invest first, or pay off my debt?"),
        ),
        (
            ("entity", "Should I pay off my mortgage or invest first?"),
            ("entity", "Should I pay off debt or build an emergency fund first?"),
            ("entity", "Should I save or invest first?"),
        ),
    ),
    Family(
        "finance",
        "What is the exchange rate from US dollars to euros?",
        (
            ("reword", "How many euros is one US dollar worth?"),
            ("short", "USD to EUR rate"),
        ),
        (
            ("direction", "What is the exchange rate from euros to US dollars?"),
            ("entity", "What is the exchange rate from US dollars to British pounds?"),
            ("entity", "What is the exchange rate from Canadian dollars to euros?"),
        ),
    ),
    Family(
        "finance",
        "How much should I save for retirement each month?",
        (
            ("reword", "What monthly amount should I put aside for retirement?"),
            ("typo", "how much shoud i save for retirment each month"),
            ("formal", "What is a sensible monthly retirement savings target?"),
        ),
        (
            ("scope", "How much should I save for retirement each year?"),
            ("entity", "How much should I save for a house deposit each month?"),
            ("entity", "How much should I have saved for retirement by 40?"),
        ),
    ),
    Family(
        "finance",
        "Is it a good idea to buy a house in 2025?",
        (
            ("reword", "Should I buy a home in 2025?"),
            ("casual", "good time to buy a house in 2025?"),
        ),
        (
            ("date", "Is it a good idea to buy a house in 2027?"),
            ("direction", "Is it a good idea to sell a house in 2025?"),
            ("entity", "Is it a good idea to rent a house in 2025?"),
        ),
    ),
    Family(
        "finance",
        "What is the capital gains tax rate in the UK?",
        (
            ("reword", "How much capital gains tax do you pay in the UK?"),
            ("typo", "capital gains tax rate uk?"),
            ("order", "In the UK, what's the rate of capital gains tax?"),
        ),
        (
            ("entity", "What is the capital gains tax rate in Germany?"),
            ("entity", "What is the inheritance tax rate in the UK?"),
            ("entity", "What is the corporation tax rate in the UK?"),
        ),
    ),
    Family(
        "finance",
        "How do I improve my credit score quickly?",
        (
            ("reword", "What's the fastest way to raise my credit score?"),
            ("casual", "need to boost credit score fast, tips?"),
            ("typo", "how to improve my credit scor quickly"),
        ),
        (
            ("entity", "How do I check my credit score for free?"),
            ("direction", "What lowers my credit score the most?"),
            ("entity", "How do I improve my credit limit quickly?"),
        ),
    ),
    Family(
        "finance",
        "What happens if I withdraw from my 401(k) before age 59 and a half?",
        (
            ("reword", "What are the consequences of taking money out of a 401(k) before 59 and a half?"),
            ("casual", "early 401k withdrawal before 59.5, what happens"),
        ),
        (
            ("direction", "What happens if I withdraw from my 401(k) after age 59 and a half?"),
            ("number", "What happens if I withdraw from my 401(k) before age 55?"),
            ("entity", "What happens if I withdraw from my Roth IRA before age 59 and a half?"),
        ),
    ),
    # ---------------------------------------------------------------- HR
    Family(
        "hr",
        "How many vacation days do I get per year?",
        (
            ("reword", "What is my annual paid time off allowance?"),
            ("casual", "how many days of holiday do i get a year"),
            ("typo", "how many vacaton days per year do i get"),
        ),
        (
            ("entity", "How many sick days do I get per year?"),
            ("scope", "How many vacation days do I get per month?"),
            ("entity", "How many vacation days can I carry over to next year?"),
        ),
    ),
    Family(
        "hr",
        "How do I request parental leave?",
        (
            ("reword", "What's the process to apply for parental leave?"),
            ("imperative", "Explain how to request parental leave."),
            ("casual", "how do i ask for parental leave"),
        ),
        (
            ("entity", "How do I request sick leave?"),
            ("entity", "How do I extend parental leave?"),
            ("negation", "How do I cancel my parental leave?"),
        ),
    ),
    Family(
        "hr",
        "When is the next payday?",
        (
            ("reword", "What date do we get paid next?"),
            ("casual", "when do we get paid next"),
        ),
        (
            ("direction", "When was the last payday?"),
            ("entity", "When is the next performance review?"),
            ("entity", "When is the next bank holiday?"),
        ),
    ),
    Family(
        "hr",
        "Can I work remotely from another country for two weeks?",
        (
            ("reword", "Am I allowed to work from abroad for two weeks?"),
            ("formal", "Is remote work from another country permitted for a two-week period?"),
            ("typo", "can i work remotly from another country for 2 weeks"),
        ),
        (
            ("number", "Can I work remotely from another country for three months?"),
            ("entity", "Can I work remotely from another city for two weeks?"),
            ("negation", "Why can't I work remotely from another country for two weeks?"),
        ),
    ),
    Family(
        "hr",
        "What is the notice period if I resign?",
        (
            ("reword", "How much notice do I have to give when I quit?"),
            ("casual", "if i quit how long is my notice"),
            ("formal", "What notice period applies when an employee resigns?"),
        ),
        (
            ("swap", "What is the notice period if the company fires me?"),
            ("for_x", "What is the notice period if I resign during probation?"),
            ("entity", "What is the severance pay if I resign?"),
        ),
    ),
    Family(
        "hr",
        "How do I submit an expense report?",
        (
            ("reword", "What's the process for filing an expense claim?"),
            ("imperative", "Walk me through submitting an expense report."),
            ("typo", "how do i submit an expence report"),
        ),
        (
            ("entity", "How do I approve an expense report?"),
            ("entity", "How do I submit a timesheet?"),
            ("negation", "How do I withdraw an expense report?"),
        ),
    ),
    Family(
        "hr",
        "Does the company match 401(k) contributions?",
        (
            ("reword", "Is there an employer match on our 401(k)?"),
            ("casual", "do we get a 401k match?"),
        ),
        (
            ("entity", "Does the company match charity donations?"),
            ("entity", "Does the company pay for gym memberships?"),
            ("number", "Does the company match 401(k) contributions up to 6 percent?"),
        ),
    ),
    # ---------------------------------------------------------------- customer support
    Family(
        "support",
        "How do I reset my password?",
        (
            ("reword", "I forgot my password, how can I change it?"),
            ("casual", "cant remember my password, reset?"),
            ("typo", "how do i reset my pasword"),
            ("imperative", "Help me reset my password."),
        ),
        (
            ("entity", "How do I reset my username?"),
            ("entity", "How do I reset my router?"),
            ("entity", "How do I reset my PIN?"),
        ),
    ),
    Family(
        "support",
        "How do I cancel my subscription?",
        (
            ("reword", "What's the way to end my subscription?"),
            ("casual", "want to cancel my sub, how"),
            ("formal", "Please explain how to terminate my subscription."),
        ),
        (
            ("direction", "How do I renew my subscription?"),
            ("direction", "How do I upgrade my subscription?"),
            ("entity", "How do I cancel my order?"),
        ),
    ),
    Family(
        "support",
        "Where is my order?",
        (
            ("reword", "How can I track my order?"),
            ("casual", "wheres my package"),
            ("formal", "Could you tell me the current status of my order?"),
        ),
        (
            ("entity", "Where is my refund?"),
            ("entity", "Where is my invoice?"),
            ("entity", "Where is your nearest store?"),
        ),
    ),
    Family(
        "support",
        "Can I return an item after 30 days?",
        (
            ("reword", "Is it possible to send back a product after 30 days?"),
            ("typo", "can i retrun an item after 30 days"),
            ("casual", "return something after 30 days ok?"),
        ),
        (
            ("number", "Can I return an item after 60 days?"),
            ("direction", "Can I return an item within 30 days?"),
            ("entity", "Can I exchange an item after 30 days?"),
        ),
    ),
    Family(
        "support",
        "How do I change my delivery address?",
        (
            ("reword", "How can I update the shipping address on my order?"),
            ("imperative", "Help me change the address my parcel goes to."),
            ("typo", "how to change my delivery adress"),
        ),
        (
            ("entity", "How do I change my billing address?"),
            ("entity", "How do I change my email address?"),
            ("entity", "How do I change my delivery date?"),
        ),
    ),
    Family(
        "support",
        "Why was my card declined?",
        (
            ("reword", "What's the reason my card payment was refused?"),
            ("casual", "card got declined why"),
        ),
        (
            ("entity", "Why was my refund declined?"),
            ("direction", "Why was my card charged twice?"),
            ("entity", "Why was my account suspended?"),
        ),
    ),
    Family(
        "support",
        "Do you ship to Canada?",
        (
            ("reword", "Can you deliver to Canada?"),
            ("casual", "shipping to canada available?"),
            ("formal", "Is delivery to Canada offered?"),
        ),
        (
            ("entity", "Do you ship to Australia?"),
            ("entity", "Do you ship from Canada?"),
            ("negation", "Why don't you ship to Canada?"),
        ),
    ),
    Family(
        "support",
        "How do I turn on two-factor authentication?",
        (
            ("reword", "How can I enable 2FA on my account?"),
            ("typo", "how to turn on two factor authentcation"),
            ("imperative", "Show me how to switch on two-factor authentication."),
        ),
        (
            ("direction", "How do I turn off two-factor authentication?"),
            ("entity", "How do I turn on email notifications?"),
            ("entity", "How do I recover my two-factor authentication codes?"),
        ),
    ),
    # ---------------------------------------------------------------- maths
    Family(
        "maths",
        "What is 15% of 80?",
        (
            ("reword", "How much is fifteen percent of 80?"),
            ("short", "15 percent of 80"),
            ("imperative", "Calculate 15% of 80."),
        ),
        (
            ("number", "What is 15% of 60?"),
            ("number", "What is 25% of 80?"),
            ("swap", "What is 80% of 15?"),
        ),
    ),
    Family(
        "maths",
        "How do I find the area of a circle?",
        (
            ("reword", "What's the formula for the area of a circle?"),
            ("typo", "how to find area of a cirlce"),
            ("imperative", "Explain how to calculate a circle's area."),
        ),
        (
            ("entity", "How do I find the circumference of a circle?"),
            ("entity", "How do I find the area of a triangle?"),
            ("entity", "How do I find the volume of a sphere?"),
        ),
    ),
    Family(
        "maths",
        "What is the derivative of sin(x)?",
        (
            ("reword", "What do you get when you differentiate sin x?"),
            ("short", "derivative of sin x"),
        ),
        (
            ("entity", "What is the derivative of cos(x)?"),
            ("direction", "What is the integral of sin(x)?"),
            ("entity", "What is the derivative of sin(2x)?"),
        ),
    ),
    Family(
        "maths",
        "How many kilometres are in 10 miles?",
        (
            ("reword", "What is 10 miles in kilometres?"),
            ("short", "10 miles to km"),
            ("order", "10 miles equals how many kilometres?"),
        ),
        (
            ("direction", "How many miles are in 10 kilometres?"),
            ("number", "How many kilometres are in 26 miles?"),
            ("unit", "How many metres are in 10 miles?"),
        ),
    ),
    Family(
        "maths",
        "Is 91 a prime number?",
        (
            ("reword", "Is the number 91 prime?"),
            ("casual", "91 prime or not?"),
        ),
        (
            ("number", "Is 97 a prime number?"),
            ("entity", "Is 91 an even number?"),
            ("entity", "Is 91 a perfect square?"),
        ),
    ),
    Family(
        "maths",
        "How do I solve a quadratic equation?",
        (
            ("reword", "What's the method for solving quadratic equations?"),
            ("typo", "how to solve a quadratc equation"),
            ("imperative", "Teach me how to solve a quadratic equation."),
        ),
        (
            ("entity", "How do I solve a cubic equation?"),
            ("entity", "How do I factor a quadratic equation?"),
            ("entity", "How do I graph a quadratic equation?"),
        ),
    ),
    Family(
        "maths",
        "What is the probability of rolling a 6 on a die?",
        (
            ("reword", "What are the chances of getting a six when you roll a die?"),
            ("casual", "odds of rolling a 6?"),
        ),
        (
            ("number", "What is the probability of rolling two 6s on two dice?"),
            ("negation", "What is the probability of not rolling a 6 on a die?"),
            ("number", "What is the probability of rolling a 6 on a 20-sided die?"),
        ),
    ),
    Family(
        "maths",
        "How many days are there between March 1 and June 1?",
        (
            ("reword", "How many days from March 1st to June 1st?"),
            ("short", "days between 1 March and 1 June"),
        ),
        (
            ("date", "How many days are there between March 1 and July 1?"),
            ("date", "How many days are there between February 1 and June 1?"),
            ("unit", "How many weeks are there between March 1 and June 1?"),
        ),
    ),
    # ---------------------------------------------------------------- mixed general
    Family(
        "general",
        "What time does the sun set in London on December 21?",
        (
            ("reword", "When is sunset in London on the 21st of December?"),
            ("casual", "london sunset time dec 21"),
        ),
        (
            ("direction", "What time does the sun rise in London on December 21?"),
            ("date", "What time does the sun set in London on June 21?"),
            ("entity", "What time does the sun set in Edinburgh on December 21?"),
        ),
    ),
    Family(
        "general",
        "Translate 'good morning' into Spanish.",
        (
            ("reword", "How do you say good morning in Spanish?"),
            ("casual", "good morning in spanish?"),
            ("formal", "What is the Spanish translation of 'good morning'?"),
        ),
        (
            ("language", "Translate 'good morning' into Italian."),
            ("entity", "Translate 'good night' into Spanish."),
            ("direction", "Translate 'buenos días' into English."),
        ),
    ),
    Family(
        "general",
        "Who won the World Cup in 2018?",
        (
            ("reword", "Which country won the 2018 World Cup?"),
            ("short", "2018 world cup winner"),
            ("typo", "who won the world cup in 2018"),
        ),
        (
            ("date", "Who won the World Cup in 2014?"),
            ("entity", "Who won the Women's World Cup in 2018?"),
            ("direction", "Who lost the World Cup final in 2018?"),
        ),
    ),
    Family(
        "general",
        "Write a short birthday message for my coworker.",
        (
            ("reword", "Can you write a brief happy birthday note for a colleague?"),
            ("casual", "need a quick bday msg for a coworker"),
        ),
        (
            ("entity", "Write a short retirement message for my coworker."),
            ("for_x", "Write a short birthday message for my grandmother."),
            ("entity", "Write a long birthday poem for my coworker."),
        ),
    ),
)


def pairs() -> list[Pair]:
    """Every (stored, asked) pair of the set, the family's base question stored."""
    out: list[Pair] = []
    for i, fam in enumerate(FAMILIES):
        name = f"{fam.domain}-{i:02d}"
        out += [Pair(name, fam.domain, "paraphrase", s, fam.base, t) for s, t in fam.paraphrases]
        out += [Pair(name, fam.domain, "trap", c, fam.base, t) for c, t in fam.traps]
    return out


if __name__ == "__main__":
    ps = pairs()
    print(
        f"{len(FAMILIES)} families, {sum(p.kind == 'paraphrase' for p in ps)} paraphrases, "
        f"{sum(p.kind == 'trap' for p in ps)} traps"
    )
