"""Hand-written pair families for the CASUAL and SHORT register, a second round (issue #13,
engineer j87), written before any change, without reading the blind set
(``semcache_fresh_pairs.py``) or the held-out fifth of ``tests/semcache/pair_register.py``.

* ``abbreviations``: texting shorthand around a full question ("how do u", "ur", "r", "pls",
  "plz", "thx", "idk", "tbh", "imo", "w/", "w/o", "b4", "bc"/"cuz"/"coz", "ppl", "smth"/"sth",
  "any1", "gonna"/"wanna"/"gotta"/"kinda"/"dunno", "y" for "why"), lower case, no punctuation;
* ``fillers``: dropped subjects and auxiliaries ("trying to figure out how to X"), fillers
  ("like", "basically", "literally", "honestly", "just", "actually"), "??" / "!!", emoji, a
  trailing "lol" / "haha", "so i was wondering";
* ``run-on context``: casual context before the question in the same run-on sentence ("my laptop
  keeps dying, how do i ...");
* ``keywords``: 2-5 word search-box queries ("python reverse list", "passport renewal cost uk",
  "reset router password") against the full question;
* traps in every family: the same casual frame around another object or verb, a keyword query
  that differs in one content word, another number / unit / entity, and "u" against "i" where the
  subject changes the answer ("what do u do for a living" is not "What do I do for a living?";
  "how do u make tea" is "How do you make tea?" and "How do I make tea?" alike).

Domains: travel, finance, health, HR, coding, cooking, support, maths.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_casual2.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    # 0
    _f(
        "texting_support",
        "abbreviations",
        [
            ("How do I reset my router password?", "how do u reset ur router password"),
            ("How do I change my email address?", "how r u supposed to change ur email address??"),
            ("How do I cancel my subscription?", "how do i cancel my subscription pls"),
            ("How do I update my billing address?", "plz how do i update my billing address thx"),
            ("How do I delete my account?", "idk how to delete my account"),
        ],
        [
            ("How do I reset my router password?", "how do u reset ur wifi name"),
            ("How do I cancel my subscription?", "how do i pause my subscription pls"),
            ("How do I change my email address?", "how do i change my email password thx"),
        ],
    ),
    # 1
    _f(
        "texting_coding",
        "abbreviations",
        [
            ("How do I reverse a list in Python?", "how do u reverse a list in python"),
            ("How do I read a CSV file in Python?", "how do i read a csv file in python w/ pandas"),
            ("How do I sort a dictionary by value in Python?", "how do u sort a dict by value in python pls"),
            ("How do I undo the last git commit?", "how do i undo my last git commit tbh idk"),
        ],
        [
            ("How do I reverse a list in Python?", "how do u reverse a string in python"),
            ("How do I read a CSV file in Python?", "how do i write a csv file in python w/ pandas"),
            ("How do I sort a dictionary by value in Python?", "how do u sort a dict by key in python"),
            ("How do I read a CSV file in Python?", "how do i read a csv file in python w/o pandas"),
        ],
    ),
    # 2
    _f(
        "gonna_wanna",
        "abbreviations",
        [
            ("How do I learn to play the guitar?", "wanna learn guitar, how do i start"),
            ("Is it going to rain in London tomorrow?", "is it gonna rain in london tomorrow"),
            ("How do I get a refund for my flight?", "how do i get a refund for my flight, gotta know asap"),
            ("How do I make a budget?", "dunno how to make a budget"),
        ],
        [
            ("Is it going to rain in London tomorrow?", "is it gonna snow in london tomorrow"),
            ("How do I learn to play the guitar?", "wanna learn piano, how do i start"),
            ("How do I get a refund for my flight?", "how do i get a refund for my hotel, gotta know asap"),
        ],
    ),
    # 3
    _f(
        "why_y_bc",
        "abbreviations",
        [
            ("Why is the sky blue?", "y is the sky blue"),
            ("Why does my phone battery drain so fast?", "y does my phone battery drain so fast"),
            ("Why do cats purr?", "y do cats purr lol"),
            ("Why is my internet so slow?", "y is my internet so slow??"),
        ],
        [
            ("Why is the sky blue?", "y is the sea blue"),
            ("Why do cats purr?", "y do cats hiss lol"),
            ("Why does my phone battery drain so fast?", "y does my laptop battery drain so fast"),
        ],
    ),
    # 4 held out
    _f(
        "abbreviations_held",
        "abbreviations",
        [
            ("How do I block a number on my iPhone?", "how do u block a number on ur iphone"),
            ("How do I clear my browser cache?", "how do i clear my browser cache pls thx"),
            ("Why is my car making a clicking noise?", "y is my car making a clicking noise"),
            ("How do I get rid of hiccups?", "idk how to get rid of hiccups"),
        ],
        [
            ("How do I block a number on my iPhone?", "how do u unblock a number on ur iphone"),
            ("How do I clear my browser cache?", "how do i clear my browser history pls thx"),
            ("Why is my car making a clicking noise?", "y is my car making a grinding noise"),
        ],
    ),
    # 5
    _f(
        "fillers",
        "fillers",
        [
            ("How do I boil an egg?", "how do i like basically boil an egg"),
            ("How long should I rest after a workout?", "honestly how long should i rest after a workout"),
            ("How do I get rid of a headache?", "how do i actually get rid of a headache"),
            ("What is compound interest?", "what is compound interest literally"),
            ("How do I unclog a drain?", "how do i just unclog a drain"),
        ],
        [
            ("How do I boil an egg?", "how do i like basically poach an egg"),
            ("How do I get rid of a headache?", "how do i actually get rid of a hangover"),
            ("What is compound interest?", "what is simple interest literally"),
        ],
    ),
    # 6
    _f(
        "dropped_subject",
        "fillers",
        [
            ("How do I merge two branches in git?", "trying to figure out how to merge two branches in git"),
            ("How do I freeze fresh bread?", "trying to work out how to freeze fresh bread"),
            ("How do I calculate the area of a circle?", "need to calculate the area of a circle, how"),
            ("How do I transfer money to another bank?", "trying to transfer money to another bank, how do i do it"),
        ],
        [
            ("How do I merge two branches in git?", "trying to figure out how to delete two branches in git"),
            ("How do I freeze fresh bread?", "trying to work out how to freeze fresh pasta"),
            ("How do I calculate the area of a circle?", "need to calculate the area of a square, how"),
        ],
    ),
    # 7
    _f(
        "wondering",
        "fillers",
        [
            ("Can I take ibuprofen with paracetamol?", "so i was wondering can i take ibuprofen with paracetamol"),
            ("How much annual leave am I entitled to?", "so i was wondering how much annual leave am i entitled to"),
            ("Do I need a visa to visit Canada?", "so i was just wondering do i need a visa to visit canada"),
            ("How do I ask for a pay rise?", "i was wondering how do i ask for a pay rise"),
        ],
        [
            ("Can I take ibuprofen with paracetamol?", "so i was wondering can i take ibuprofen with alcohol"),
            ("Do I need a visa to visit Canada?", "so i was wondering do i need a visa to visit mexico"),
            ("How do I ask for a pay rise?", "i was wondering how do i ask for a day off"),
        ],
    ),
    # 8
    _f(
        "punctuation_emoji",
        "fillers",
        [
            ("How do I make pancakes?", "how do i make pancakes?? 🥞"),
            ("How do I stop my dog barking?", "how do i stop my dog barking!! 😩"),
            ("How do I fix a flat bike tyre?", "how do i fix a flat bike tyre haha"),
            ("How do I make my code run faster?", "how do i make my code run faster lol 😅"),
        ],
        [
            ("How do I make pancakes?", "how do i make waffles?? 🥞"),
            ("How do I stop my dog barking?", "how do i stop my dog biting!! 😩"),
            ("How do I fix a flat bike tyre?", "how do i fix a flat car tyre haha"),
        ],
    ),
    # 9 held out
    _f(
        "fillers_held",
        "fillers",
        [
            ("How do I roast a chicken?", "how do i like roast a chicken??"),
            ("How do I split a bill in Excel?", "trying to figure out how to split a bill in excel"),
            ("Can I pay my rent with a credit card?", "so i was wondering can i pay my rent with a credit card lol"),
            ("How do I stop snoring?", "how do i honestly stop snoring 😴"),
        ],
        [
            ("How do I roast a chicken?", "how do i like roast a turkey??"),
            ("Can I pay my rent with a credit card?", "so i was wondering can i pay my rent with a debit card lol"),
            ("How do I stop snoring?", "how do i honestly stop sneezing 😴"),
        ],
    ),
    # 10
    _f(
        "run_on_support",
        "run-on context",
        [
            ("How do I fix a laptop battery that drains fast?", "my laptop keeps dying, how do i fix the battery"),
            ("How do I reset my router?", "wifi keeps dropping, how do i reset my router"),
            ("How do I recover a deleted file?", "accidentally deleted a file, how do i recover it"),
            ("How do I speed up my phone?", "my phone is so slow lately, how do i speed it up"),
        ],
        [
            ("How do I reset my router?", "wifi keeps dropping, how do i replace my router"),
            ("How do I recover a deleted file?", "accidentally deleted a file, how do i delete it permanently"),
            ("How do I speed up my phone?", "my phone is so slow lately, how do i back it up"),
        ],
    ),
    # 11
    _f(
        "run_on_health",
        "run-on context",
        [
            ("How do I get rid of a sore throat?", "ugh my throat is killing me, how do i get rid of a sore throat"),
            ("How do I treat a sprained ankle?", "twisted my ankle playing football, how do i treat a sprain"),
            ("How can I fall asleep faster?", "been lying awake for hours lol how can i fall asleep faster"),
            ("How do I stop a nosebleed?", "kid has a nosebleed, how do i stop it"),
        ],
        [
            ("How do I treat a sprained ankle?", "twisted my ankle playing football, how do i treat a fracture"),
            ("How can I fall asleep faster?", "been lying awake for hours lol how can i wake up earlier"),
            ("How do I get rid of a sore throat?", "ugh my head is killing me, how do i get rid of a headache"),
        ],
    ),
    # 12
    _f(
        "run_on_hr_finance",
        "run-on context",
        [
            ("How do I ask my boss for a raise?", "been at my job 3 years, how do i ask my boss for a raise"),
            ("How do I dispute a credit card charge?", "got charged twice, how do i dispute a credit card charge"),
            ("How do I write a resignation letter?", "finally quitting lol, how do i write a resignation letter"),
            ("How do I improve my credit score?", "got rejected for a loan, how do i improve my credit score"),
        ],
        [
            ("How do I ask my boss for a raise?", "been at my job 3 years, how do i ask my boss for a promotion"),
            ("How do I dispute a credit card charge?", "got charged twice, how do i dispute a bank transfer"),
            ("How do I write a resignation letter?", "finally quitting lol, how do i write a reference letter"),
        ],
    ),
    # 13
    _f(
        "run_on_cooking_travel",
        "run-on context",
        [
            ("How do I cook rice in a rice cooker?", "just got a rice cooker, how do i cook rice in it"),
            ("How do I keep avocados from going brown?", "my avocados always go brown, how do i stop that"),
            ("What should I pack for a trip to Iceland?", "going to iceland next month, what should i pack"),
            (
                "How do I get from Heathrow to central London?",
                "landing at heathrow tmrw, how do i get to central london",
            ),
        ],
        [
            ("What should I pack for a trip to Iceland?", "going to iceland next month, what should i eat"),
            (
                "How do I get from Heathrow to central London?",
                "landing at gatwick tmrw, how do i get to central london",
            ),
            ("How do I cook rice in a rice cooker?", "just got a slow cooker, how do i cook rice in it"),
        ],
    ),
    # 14 held out
    _f(
        "run_on_held",
        "run-on context",
        [
            ("How do I get rid of fruit flies?", "my kitchen is full of fruit flies, how do i get rid of them"),
            ("How do I fix a leaking tap?", "tap keeps dripping all night, how do i fix a leaking tap"),
            ("How do I negotiate a job offer?", "just got an offer!! how do i negotiate a job offer"),
            ("How do I reset my Apple ID password?", "locked out of my icloud, how do i reset my apple id password"),
        ],
        [
            ("How do I get rid of fruit flies?", "my kitchen is full of ants, how do i get rid of them"),
            ("How do I negotiate a job offer?", "just got an offer!! how do i decline a job offer"),
            ("How do I fix a leaking tap?", "tap keeps dripping all night, how do i fix a leaking toilet"),
        ],
    ),
    # 15
    _f(
        "keyword_coding",
        "keywords",
        [
            ("How do I reverse a list in Python?", "python reverse list"),
            ("How do I get the length of a string in JavaScript?", "javascript string length"),
            ("How do I create a virtual environment in Python?", "python create virtual environment"),
            ("How do I delete a branch in git?", "git delete branch"),
            ("How do I check my Python version?", "check python version"),
        ],
        [
            ("How do I reverse a list in Python?", "python shuffle list"),
            ("How do I get the length of a string in JavaScript?", "javascript array length"),
            ("How do I delete a branch in git?", "git rename branch"),
            ("How do I check my Python version?", "check java version"),
        ],
    ),
    # 16
    _f(
        "keyword_travel",
        "keywords",
        [
            ("How much does it cost to renew a passport in the UK?", "passport renewal cost uk"),
            ("Do I need a visa to visit Thailand?", "thailand visa requirements"),
            ("How long is the flight from London to New York?", "london to new york flight time"),
            ("What is the baggage allowance on Ryanair?", "ryanair baggage allowance"),
        ],
        [
            ("How much does it cost to renew a passport in the UK?", "passport renewal cost us"),
            ("Do I need a visa to visit Thailand?", "vietnam visa requirements"),
            ("How long is the flight from London to New York?", "london to new york train time"),
            ("What is the baggage allowance on Ryanair?", "easyjet baggage allowance"),
        ],
    ),
    # 17
    _f(
        "keyword_support",
        "keywords",
        [
            ("How do I reset my router password?", "reset router password"),
            ("How do I change my Netflix password?", "change netflix password"),
            ("How do I turn off notifications on my iPhone?", "iphone turn off notifications"),
            ("How do I clear the cache in Chrome?", "clear chrome cache"),
        ],
        [
            ("How do I reset my router password?", "reset router firmware"),
            ("How do I change my Netflix password?", "change spotify password"),
            ("How do I turn off notifications on my iPhone?", "iphone turn on notifications"),
            ("How do I clear the cache in Chrome?", "clear firefox cache"),
        ],
    ),
    # 18
    _f(
        "keyword_health_cooking",
        "keywords",
        [
            ("How many calories are in a banana?", "calories in a banana"),
            ("How long do I boil an egg for?", "boil egg time"),
            ("What are the symptoms of flu?", "flu symptoms"),
            ("What is the normal resting heart rate?", "normal resting heart rate"),
        ],
        [
            ("How many calories are in a banana?", "calories in an apple"),
            ("What are the symptoms of flu?", "covid symptoms"),
            ("How long do I boil an egg for?", "poach egg time"),
            ("What is the normal resting heart rate?", "normal blood pressure"),
        ],
    ),
    # 19 held out
    _f(
        "keywords_held",
        "keywords",
        [
            ("How do I install Node.js on Ubuntu?", "install nodejs ubuntu"),
            ("What is the minimum wage in the UK?", "uk minimum wage"),
            ("How do I convert Celsius to Fahrenheit?", "celsius to fahrenheit"),
            ("How do I cook quinoa?", "cook quinoa"),
        ],
        [
            ("How do I install Node.js on Ubuntu?", "install nodejs windows"),
            ("What is the minimum wage in the UK?", "us minimum wage"),
            ("How do I convert Celsius to Fahrenheit?", "fahrenheit to celsius"),
        ],
    ),
    # 20
    _f(
        "keyword_finance_maths",
        "keywords",
        [
            ("How do I calculate compound interest?", "compound interest formula"),
            ("What is the formula for the area of a circle?", "area of circle formula"),
            ("How do I work out a percentage increase?", "percentage increase calculation"),
            ("What is the current inflation rate in the UK?", "uk inflation rate"),
        ],
        [
            ("How do I calculate compound interest?", "simple interest formula"),
            ("What is the formula for the area of a circle?", "circumference of circle formula"),
            ("How do I work out a percentage increase?", "percentage decrease calculation"),
            ("What is the current inflation rate in the UK?", "uk interest rate"),
        ],
    ),
    # 21
    _f(
        "keyword_numbers",
        "keywords",
        [
            ("How many ounces are in a cup?", "ounces in a cup"),
            ("How many days of annual leave do I get in the UK?", "uk annual leave days"),
            ("How much is 100 dollars in euros?", "100 dollars in euros"),
            ("How many grams are in a pound?", "grams in a pound"),
        ],
        [
            ("How much is 100 dollars in euros?", "200 dollars in euros"),
            ("How many grams are in a pound?", "grams in a kilogram"),
            ("How many ounces are in a cup?", "ounces in a pint"),
            ("How much is 100 dollars in euros?", "100 euros in dollars"),
        ],
    ),
    # 22
    _f(
        "keyword_hr",
        "keywords",
        [
            ("How much notice do I need to give when resigning?", "resignation notice period"),
            ("How do I write a cover letter?", "how to write cover letter"),
            ("How much maternity leave am I entitled to in the UK?", "uk maternity leave entitlement"),
            ("How do I calculate my take-home pay?", "take home pay calculator"),
        ],
        [
            ("How much maternity leave am I entitled to in the UK?", "uk paternity leave entitlement"),
            ("How do I write a cover letter?", "how to write resignation letter"),
            ("How much notice do I need to give when resigning?", "redundancy notice period"),
        ],
    ),
    # 23
    _f(
        "you_vs_i",
        "abbreviations",
        [
            ("How do I know if I have a fever?", "how do u know if u have a fever"),
            ("Can you get sunburn through a window?", "can u get sunburn through a window"),
            ("How do you make a cup of tea?", "how do u make a cup of tea"),
            ("How do you find the slope of a line?", "how do u find the slope of a line"),
        ],
        [
            ("What do I do for a living?", "what do u do for a living"),
            ("How old am I?", "how old r u"),
            ("How old are you?", "how old am i"),
            ("How do you find the slope of a line?", "how do u find the area of a line"),
        ],
    ),
    # 24 held out
    _f(
        "casual_mix_held",
        "abbreviations",
        [
            ("How do I make cold brew coffee?", "wanna make cold brew coffee, how do i do it"),
            ("Why do my eyes twitch?", "y do my eyes twitch"),
            ("How do I calculate VAT?", "how do u calculate vat"),
            ("How do I get a tax refund?", "so i was wondering how do i get a tax refund"),
        ],
        [
            ("How do I make cold brew coffee?", "wanna make iced tea, how do i do it"),
            ("Why do my eyes twitch?", "y do my eyes itch"),
            ("How do I calculate VAT?", "how do u calculate vat in ireland"),
        ],
    ),
    # 25
    _f(
        "texting_opinion",
        "abbreviations",
        [
            ("Is it worth learning Rust?", "tbh is it worth learning rust"),
            ("Is a Roth IRA worth it?", "is a roth ira worth it imo or nah"),
            ("What is the best laptop for programming?", "whats the best laptop for programming imo"),
            ("Should I buy or lease a car?", "should i buy or lease a car tbh"),
        ],
        [
            ("Is it worth learning Rust?", "tbh is it worth learning go"),
            ("What is the best laptop for programming?", "whats the best laptop for gaming imo"),
            ("Should I buy or lease a car?", "should i buy or lease a house tbh"),
        ],
    ),
    # 26
    _f(
        "texting_people",
        "abbreviations",
        [
            ("Why do people snore?", "y do ppl snore"),
            ("Does anyone know how to fix a squeaky door?", "does any1 know how to fix a squeaky door"),
            ("How do I say something nice to a coworker?", "how do i say smth nice to a coworker"),
            ("Why do people get hiccups?", "why do ppl get hiccups bc i get them a lot"),
        ],
        [
            ("Why do people snore?", "y do ppl sneeze"),
            ("Does anyone know how to fix a squeaky door?", "does any1 know how to fix a squeaky floor"),
            ("Why do people get hiccups?", "why do dogs get hiccups"),
        ],
    ),
    # 27
    _f(
        "texting_before_because",
        "abbreviations",
        [
            ("Should I stretch before running?", "should i stretch b4 running"),
            ("What should I eat before a workout?", "what should i eat b4 a workout"),
            ("Can I drink coffee before a blood test?", "can i drink coffee b4 a blood test"),
            ("How do I travel with a dog without a crate?", "how do i travel with a dog w/o a crate"),
        ],
        [
            ("Should I stretch before running?", "should i stretch after running"),
            ("What should I eat before a workout?", "what should i eat b4 a race"),
            ("Can I drink coffee before a blood test?", "can i drink alcohol b4 a blood test"),
            ("How do I travel with a dog without a crate?", "how do i travel with a cat w/o a crate"),
        ],
    ),
    # 28
    _f(
        "kinda_gotta",
        "abbreviations",
        [
            ("Do I have to pay tax on savings interest?", "do i gotta pay tax on savings interest"),
            ("How do I make my resume stand out?", "how do i make my resume kinda stand out"),
            ("Do I need to tip in Japan?", "do i gotta tip in japan"),
            ("How do I find the derivative of x squared?", "how do u find the derivative of x squared"),
        ],
        [
            ("Do I need to tip in Japan?", "do i gotta tip in the us"),
            ("Do I have to pay tax on savings interest?", "do i gotta pay tax on dividends"),
            ("How do I find the derivative of x squared?", "how do u find the integral of x squared"),
        ],
    ),
    # 29 held out
    _f(
        "texting_held_two",
        "abbreviations",
        [
            ("Should I drink water before bed?", "should i drink water b4 bed"),
            ("Why do people yawn?", "y do ppl yawn"),
            ("Do I have to pay back a student loan?", "do i gotta pay back a student loan"),
            ("Is it worth getting travel insurance?", "tbh is it worth getting travel insurance"),
        ],
        [
            ("Should I drink water before bed?", "should i drink milk b4 bed"),
            ("Why do people yawn?", "y do dogs yawn"),
            ("Is it worth getting travel insurance?", "tbh is it worth getting pet insurance"),
        ],
    ),
    # 30
    _f(
        "lowercase_noq",
        "fillers",
        [
            (
                "What is the difference between a Roth IRA and a traditional IRA?",
                "whats the difference between a roth ira and a traditional ira",
            ),
            ("How many tablespoons are in a cup?", "how many tablespoons in a cup"),
            ("What is a good credit score?", "whats a good credit score"),
            ("How do I solve a quadratic equation?", "how do u solve a quadratic equation lol"),
        ],
        [
            ("How many tablespoons are in a cup?", "how many teaspoons in a cup"),
            ("What is a good credit score?", "whats a bad credit score"),
            ("How do I solve a quadratic equation?", "how do u solve a cubic equation lol"),
        ],
    ),
    # 31
    _f(
        "short_casual_question",
        "keywords",
        [
            ("Is it safe to eat raw eggs?", "raw eggs safe?"),
            ("Can dogs eat chocolate?", "dogs chocolate ok??"),
            ("Is coffee bad for you?", "coffee bad for u?"),
            ("How long does it take to get a passport?", "passport how long to get"),
        ],
        [
            ("Is it safe to eat raw eggs?", "raw chicken safe?"),
            ("Can dogs eat chocolate?", "cats chocolate ok??"),
            ("Is coffee bad for you?", "tea bad for u?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
