"""Hand-written pair families in another voice: hobbyists, home computing, science homework,
civic errands and the outdoors, in three registers (issue #13, engineer j131), written before
any change to the MiniLM stage, without reading the blind set or the other sets' held-out fifths.

* ``formal``: the wording of a council letter or an office e-mail around a plain question ("I
  should be obliged if you could indicate ...", "Kindly confirm whether ...", "It would assist me
  to know ...", "Might you explain ...", "I seek guidance as to ..."), with Latinate words
  ("ascertain", "procure", "terminate", "rectify");
* ``casual``: a forum or group chat ("so my", "does anyone actually know", "real talk", "ngl",
  "tbh", "pls help", dropped articles, lower case, "??");
* ``reword``: the same question with other content words ("Why is the sky blue?" / "What makes
  the sky look blue?");
* traps in every family, of the same register as its paraphrases, with the same words but
  another answer: an entity, a number, polarity, direction, time or unit changed.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_voice5.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    # 0
    _f(
        "formal_computing",
        "formal",
        [
            ("How do I reset my router?", "I should be obliged if you could indicate how I might reset my router."),
            ("How do I free up space on my laptop?", "Kindly advise as to how one may free up space on a laptop."),
            ("Why is my printer offline?", "It would assist me to know why my printer is showing as offline."),
            ("How do I back up my phone?", "Might you explain the procedure for backing up my phone?"),
        ],
        [
            ("How do I reset my router?", "I should be obliged if you could indicate how I might reset my modem."),
            ("Why is my printer offline?", "It would assist me to know why my scanner is showing as offline."),
            ("How do I back up my phone?", "Might you explain the procedure for restoring my phone from a backup?"),
        ],
    ),
    # 1
    _f(
        "casual_astronomy",
        "casual",
        [
            ("When is the next full moon?", "ngl does anyone know when the next full moon is"),
            ("Can you see Saturn's rings with binoculars?", "real talk can u see saturns rings with binoculars"),
            ("What is the best time to watch a meteor shower?", "best time to watch a meteor shower?? pls"),
            ("Why does the moon look orange sometimes?", "so why does the moon look orange sometimes lol"),
        ],
        [
            ("Can you see Saturn's rings with binoculars?", "real talk can u see jupiters moons with binoculars"),
            ("When is the next full moon?", "ngl does anyone know when the next new moon is"),
            ("Why does the moon look orange sometimes?", "so why does the sun look orange sometimes lol"),
        ],
    ),
    # 2
    _f(
        "reword_cooking",
        "reword",
        [
            ("How do I stop pasta sticking together?", "What keeps spaghetti from clumping in the pot?"),
            ("How long should I rest a steak?", "For how many minutes should a steak sit after cooking?"),
            ("Why did my bread not rise?", "What makes a loaf fail to rise?"),
            ("How do I make rice less mushy?", "What is the trick to fluffier rice that is not soggy?"),
        ],
        [
            ("How long should I rest a steak?", "For how many minutes should a turkey sit after cooking?"),
            ("Why did my bread not rise?", "What makes a loaf rise too much?"),
            ("How do I stop pasta sticking together?", "What keeps rice from clumping in the pot?"),
        ],
    ),
    # 3
    _f(
        "formal_council",
        "formal",
        [
            ("When is my bin collected?", "Kindly confirm on which day my refuse bin is collected."),
            (
                "How do I apply for a parking permit?",
                "I seek guidance as to the application process for a parking permit.",
            ),
            ("How do I report a pothole?", "I should be grateful if you would indicate how a pothole may be reported."),
            (
                "Do I need permission to build a shed?",
                "Kindly advise whether planning permission is required to erect a shed.",
            ),
        ],
        [
            ("When is my bin collected?", "Kindly confirm on which day my recycling bin is collected."),
            (
                "How do I apply for a parking permit?",
                "I seek guidance as to the application process for a fishing permit.",
            ),
            (
                "Do I need permission to build a shed?",
                "Kindly advise whether planning permission is required to demolish a shed.",
            ),
        ],
    ),
    # 4 held out
    _f(
        "casual_cycling_held",
        "casual",
        [
            ("How do I fix a flat bike tyre?", "pls help how do i fix a flat on my bike"),
            ("How often should I oil my bike chain?", "tbh how often r u meant to oil a bike chain"),
            ("What tyre pressure should a road bike have?", "what psi should road bike tyres be at??"),
            ("Is it safe to cycle in the rain?", "is cycling in the rain actually safe or nah"),
        ],
        [
            ("How often should I oil my bike chain?", "tbh how often r u meant to replace a bike chain"),
            ("What tyre pressure should a road bike have?", "what psi should mountain bike tyres be at??"),
            ("Is it safe to cycle in the rain?", "is cycling in the snow actually safe or nah"),
        ],
    ),
    # 5
    _f(
        "reword_science",
        "reword",
        [
            ("Why is the sky blue?", "What makes the sky look blue?"),
            ("How do plants make food?", "By what process do plants produce their own food?"),
            ("What causes the seasons?", "Why does the Earth have seasons?"),
            ("Why does ice float on water?", "What makes frozen water float?"),
        ],
        [
            ("Why is the sky blue?", "What makes the sky look red at sunset?"),
            ("Why does ice float on water?", "What makes ice sink in alcohol?"),
            ("How do plants make food?", "By what process do fungi get their food?"),
        ],
    ),
    # 6
    _f(
        "formal_library",
        "formal",
        [
            (
                "How many books can I borrow at once?",
                "Kindly indicate the number of books one may borrow at any one time.",
            ),
            (
                "How do I renew a library book?",
                "I would be obliged to learn the procedure for renewing a library book.",
            ),
            (
                "Is there a fine for returning books late?",
                "Might you confirm whether a charge is levied for the late return of books?",
            ),
            ("Can I reserve a book online?", "I seek confirmation as to whether a book may be reserved online."),
        ],
        [
            (
                "How many books can I borrow at once?",
                "Kindly indicate the number of DVDs one may borrow at any one time.",
            ),
            (
                "Is there a fine for returning books late?",
                "Might you confirm whether a charge is levied for losing a book?",
            ),
            ("Can I reserve a book online?", "I seek confirmation as to whether a book may be reserved by telephone."),
        ],
    ),
    # 7
    _f(
        "casual_gaming",
        "casual",
        [
            ("How do I stop my game from lagging?", "my game keeps lagging how do i stop it"),
            ("Is it worth upgrading my graphics card?", "real talk is upgrading my graphics card even worth it"),
            ("How do I connect a controller to my PC?", "how do u connect a controller to a pc lol"),
            ("Why does my console overheat?", "so why does my console keep overheating"),
        ],
        [
            ("How do I connect a controller to my PC?", "how do u connect a controller to a tv lol"),
            ("Is it worth upgrading my graphics card?", "real talk is upgrading my processor even worth it"),
            ("Why does my console overheat?", "so why does my console keep shutting down"),
        ],
    ),
    # 8
    _f(
        "reword_garden",
        "reword",
        [
            ("When should I plant tulip bulbs?", "What is the right time of year to put tulip bulbs in the ground?"),
            ("How do I get rid of aphids?", "What kills greenfly on plants?"),
            ("How often should I water tomatoes?", "How frequently do tomato plants need watering?"),
            ("Why are my lawn's patches turning yellow?", "What makes patches of grass go yellow?"),
        ],
        [
            ("When should I plant tulip bulbs?", "What is the right time of year to dig up tulip bulbs?"),
            ("How often should I water tomatoes?", "How frequently do cucumber plants need watering?"),
            ("How do I get rid of aphids?", "What kills slugs on plants?"),
        ],
    ),
    # 9 held out
    _f(
        "formal_rail_held",
        "formal",
        [
            (
                "Can I get a refund on a train ticket?",
                "I should be obliged if you could confirm whether a train ticket is refundable.",
            ),
            (
                "How early should I arrive for my train?",
                "Kindly indicate how far in advance one ought to arrive for a train.",
            ),
            ("Can I take my bike on the train?", "I seek guidance as to whether bicycles are permitted on trains."),
            (
                "How do I claim compensation for a delayed train?",
                "Might you explain how one claims compensation for a delayed train?",
            ),
        ],
        [
            ("Can I take my bike on the train?", "I seek guidance as to whether dogs are permitted on trains."),
            (
                "Can I get a refund on a train ticket?",
                "I should be obliged if you could confirm whether a bus ticket is refundable.",
            ),
            (
                "How do I claim compensation for a delayed train?",
                "Might you explain how one claims compensation for a cancelled flight?",
            ),
        ],
    ),
    # 10
    _f(
        "casual_music",
        "casual",
        [
            ("How do I tune a guitar?", "ok so how do i tune a guitar"),
            ("How long does it take to learn piano?", "how long does it actually take to get decent at piano"),
            ("Why do my guitar strings buzz?", "why do my guitar strings buzz so much ugh"),
            ("What is the easiest instrument to learn?", "whats the easiest instrument to pick up tbh"),
        ],
        [
            ("How do I tune a guitar?", "ok so how do i tune a violin"),
            ("How long does it take to learn piano?", "how long does it actually take to get decent at drums"),
            ("What is the easiest instrument to learn?", "whats the hardest instrument to pick up tbh"),
        ],
    ),
    # 11
    _f(
        "reword_health",
        "reword",
        [
            ("How much water should I drink a day?", "What daily amount of water is recommended?"),
            ("Why do I get headaches after screen time?", "What causes a sore head after looking at screens?"),
            ("How can I fall asleep faster?", "What helps you drift off to sleep more quickly?"),
            ("Is it bad to crack your knuckles?", "Does cracking your knuckles do any harm?"),
        ],
        [
            ("How much water should I drink a day?", "What daily amount of coffee is recommended?"),
            ("How can I fall asleep faster?", "What helps you wake up more quickly?"),
            ("Is it bad to crack your knuckles?", "Does cracking your neck do any harm?"),
        ],
    ),
    # 12
    _f(
        "formal_tax",
        "formal",
        [
            (
                "When is the deadline for my tax return?",
                "Kindly confirm the date by which my tax return must be submitted.",
            ),
            (
                "How do I register as self-employed?",
                "I seek guidance as to the procedure for registering as self-employed.",
            ),
            (
                "Can I claim my phone bill as an expense?",
                "It would assist me to know whether my telephone bill may be claimed as an expense.",
            ),
            ("How do I pay my tax bill?", "Might you indicate the means by which I may settle my tax bill?"),
        ],
        [
            (
                "Can I claim my phone bill as an expense?",
                "It would assist me to know whether my gym membership may be claimed as an expense.",
            ),
            (
                "How do I register as self-employed?",
                "I seek guidance as to the procedure for deregistering as self-employed.",
            ),
            (
                "When is the deadline for my tax return?",
                "Kindly confirm the date by which my VAT return must be submitted.",
            ),
        ],
    ),
    # 13
    _f(
        "casual_pets",
        "casual",
        [
            ("How often should I feed my cat?", "how many times a day do u feed a cat"),
            ("Why does my dog eat grass?", "why does my dog keep eating grass lol is that normal"),
            ("Can rabbits live outside in winter?", "can bunnies live outside in winter or nah"),
            ("How do I stop my puppy biting?", "my puppy wont stop biting pls help"),
        ],
        [
            ("How often should I feed my cat?", "how many times a day do u feed a goldfish"),
            ("Can rabbits live outside in winter?", "can bunnies live outside in summer or nah"),
            ("Why does my dog eat grass?", "why does my dog keep eating socks lol is that normal"),
        ],
    ),
    # 14 held out
    _f(
        "reword_money_held",
        "reword",
        [
            ("How do I improve my credit score?", "What can I do to raise my credit rating?"),
            ("How do I save money on groceries?", "What are ways to spend less at the supermarket?"),
            ("Should I pay off debt or save first?", "Is it better to clear what I owe before putting money aside?"),
            ("How does compound interest work?", "Can you explain the way compound interest builds up?"),
        ],
        [
            ("How do I save money on groceries?", "What are ways to spend less on electricity?"),
            ("How do I improve my credit score?", "What lowers a credit rating?"),
            ("How does compound interest work?", "Can you explain the way simple interest builds up?"),
        ],
    ),
    # 15
    _f(
        "formal_employment",
        "formal",
        [
            (
                "How much notice do I have to give my employer?",
                "Kindly indicate the period of notice I am obliged to give my employer.",
            ),
            (
                "Am I entitled to sick pay?",
                "I should be grateful if you could confirm whether I am entitled to sick pay.",
            ),
            (
                "How do I request flexible working?",
                "Might you explain the procedure for requesting flexible working arrangements?",
            ),
            (
                "Can my employer read my work emails?",
                "I seek clarification as to whether my employer is permitted to read my work emails.",
            ),
        ],
        [
            (
                "Am I entitled to sick pay?",
                "I should be grateful if you could confirm whether I am entitled to holiday pay.",
            ),
            (
                "How much notice do I have to give my employer?",
                "Kindly indicate the period of notice my employer is obliged to give me.",
            ),
            (
                "Can my employer read my work emails?",
                "I seek clarification as to whether my employer is permitted to read my personal messages.",
            ),
        ],
    ),
    # 16
    _f(
        "casual_phones",
        "casual",
        [
            ("Why is my phone battery draining so fast?", "why is my phone battery dying so fast ugh"),
            ("How do I take a screenshot on an iPhone?", "how do u screenshot on an iphone"),
            ("How do I free up storage on my phone?", "phone storage full how do i clear it"),
            ("Is it bad to charge my phone overnight?", "is charging ur phone overnight actually bad"),
        ],
        [
            ("How do I take a screenshot on an iPhone?", "how do u screenshot on an android"),
            ("Why is my phone battery draining so fast?", "why is my phone battery charging so slow ugh"),
            ("Is it bad to charge my phone overnight?", "is charging ur laptop overnight actually bad"),
        ],
    ),
    # 17
    _f(
        "reword_travel",
        "reword",
        [
            ("How do I beat jet lag?", "What is the best way to get over jet lag?"),
            ("What can I take in my hand luggage?", "Which items are allowed in a carry-on bag?"),
            ("Do I need a visa to visit Japan?", "Is a visa required for travel to Japan?"),
            ("How early should I get to the airport?", "How long before a flight should I be at the airport?"),
        ],
        [
            ("Do I need a visa to visit Japan?", "Is a visa required for travel to China?"),
            ("What can I take in my hand luggage?", "Which items are banned from checked baggage?"),
            ("How early should I get to the airport?", "How long after landing can I leave the airport?"),
        ],
    ),
    # 18
    _f(
        "formal_housing",
        "formal",
        [
            ("Can my landlord raise the rent?", "Kindly confirm whether my landlord is entitled to increase the rent."),
            ("How do I get my deposit back?", "I seek guidance as to how I may recover my tenancy deposit."),
            (
                "Who pays for repairs in a rented flat?",
                "It would assist me to ascertain who bears the cost of repairs in a rented flat.",
            ),
            (
                "How much notice must my landlord give?",
                "Might you indicate the notice period my landlord is required to give?",
            ),
        ],
        [
            ("Can my landlord raise the rent?", "Kindly confirm whether my landlord is entitled to reduce the rent."),
            (
                "How much notice must my landlord give?",
                "Might you indicate the notice period I am required to give my landlord?",
            ),
            (
                "Who pays for repairs in a rented flat?",
                "It would assist me to ascertain who bears the cost of repairs in a bought flat.",
            ),
        ],
    ),
    # 19 held out
    _f(
        "casual_fitness_held",
        "casual",
        [
            ("How many push-ups should I do a day?", "how many pushups should i be doing a day tbh"),
            ("Is it okay to run every day?", "is running every day actually ok or nah"),
            ("How do I get rid of muscle soreness?", "my legs r so sore after the gym how do i fix it"),
            ("Should I stretch before running?", "do u need to stretch before a run"),
        ],
        [
            ("Is it okay to run every day?", "is swimming every day actually ok or nah"),
            ("Should I stretch before running?", "do u need to stretch after a run"),
            ("How many push-ups should I do a day?", "how many squats should i be doing a day tbh"),
        ],
    ),
    # 20
    _f(
        "reword_computing",
        "reword",
        [
            ("How do I make my computer faster?", "What speeds up a slow PC?"),
            ("What is the difference between RAM and storage?", "How does memory differ from disk space?"),
            ("How do I protect my computer from viruses?", "What keeps malware off my PC?"),
            ("Why does my wifi keep dropping?", "What makes my wireless connection cut out?"),
        ],
        [
            ("How do I make my computer faster?", "What speeds up a slow phone?"),
            ("Why does my wifi keep dropping?", "What makes my bluetooth connection cut out?"),
            ("How do I protect my computer from viruses?", "What removes malware from my PC?"),
        ],
    ),
    # 21
    _f(
        "formal_school",
        "formal",
        [
            (
                "How do I apply for a school place?",
                "I should be obliged if you could indicate how I may apply for a school place.",
            ),
            (
                "Can I take my child out of school for a holiday?",
                "Kindly confirm whether a child may be withdrawn from school for a holiday.",
            ),
            (
                "When do school term dates get published?",
                "It would assist me to know when school term dates are published.",
            ),
            (
                "Is my child entitled to free school meals?",
                "I seek clarification as to whether my child qualifies for free school meals.",
            ),
        ],
        [
            (
                "How do I apply for a school place?",
                "I should be obliged if you could indicate how I may appeal a school place decision.",
            ),
            (
                "Is my child entitled to free school meals?",
                "I seek clarification as to whether my child qualifies for free school transport.",
            ),
            (
                "When do school term dates get published?",
                "It would assist me to know when school exam results are published.",
            ),
        ],
    ),
    # 22
    _f(
        "casual_cars",
        "casual",
        [
            ("How often should I change my car's oil?", "how often do u actually need an oil change"),
            ("Why is my check engine light on?", "check engine light just came on wtf does it mean"),
            ("How do I jump start a car?", "car wont start how do i jump it"),
            ("Is it bad to drive on a spare tyre?", "is it bad driving on the spare tyre for a bit"),
        ],
        [
            ("How often should I change my car's oil?", "how often do u actually need new brake pads"),
            ("Why is my check engine light on?", "oil light just came on wtf does it mean"),
            ("How do I jump start a car?", "car wont stop how do i fix it"),
        ],
    ),
    # 23
    _f(
        "reword_history",
        "reword",
        [
            ("Who built the pyramids?", "Which people constructed the pyramids of Egypt?"),
            ("Why did the Roman Empire fall?", "What caused the collapse of the Roman Empire?"),
            ("When did the First World War start?", "In what year did World War One begin?"),
            ("Who invented the printing press?", "Who was the inventor of the printing press?"),
        ],
        [
            ("When did the First World War start?", "In what year did World War One end?"),
            ("Why did the Roman Empire fall?", "What caused the rise of the Roman Empire?"),
            ("Who invented the printing press?", "Who was the inventor of the telephone?"),
        ],
    ),
    # 24 held out
    _f(
        "formal_health_held",
        "formal",
        [
            ("How do I register with a dentist?", "Kindly advise as to how one registers with a dentist."),
            (
                "How do I get a repeat prescription?",
                "I should be obliged to learn the procedure for obtaining a repeat prescription.",
            ),
            (
                "Can I see a doctor at the weekend?",
                "Might you confirm whether it is possible to consult a doctor at the weekend?",
            ),
            (
                "How long are hospital visiting hours?",
                "It would assist me to ascertain the duration of hospital visiting hours.",
            ),
        ],
        [
            ("How do I register with a dentist?", "Kindly advise as to how one registers with an optician."),
            (
                "Can I see a doctor at the weekend?",
                "Might you confirm whether it is possible to consult a doctor in the evening?",
            ),
            (
                "How do I get a repeat prescription?",
                "I should be obliged to learn the procedure for cancelling a repeat prescription.",
            ),
        ],
    ),
    # 25
    _f(
        "casual_cooking",
        "casual",
        [
            ("How do I make pancakes without eggs?", "can u make pancakes with no eggs"),
            ("How long do I boil an egg for a runny yolk?", "how long do i boil an egg so its runny"),
            ("Can you freeze cooked rice?", "is it ok to freeze cooked rice or nah"),
            ("Why is my cake sinking in the middle?", "why does my cake keep sinking in the middle ugh"),
        ],
        [
            ("How long do I boil an egg for a runny yolk?", "how long do i boil an egg so its hard"),
            ("Can you freeze cooked rice?", "is it ok to reheat cooked rice twice or nah"),
            ("How do I make pancakes without eggs?", "can u make pancakes with no milk"),
        ],
    ),
    # 26
    _f(
        "reword_outdoors",
        "reword",
        [
            ("What should I pack for a day hike?", "What do I need to bring on a one-day walk in the hills?"),
            ("How do I avoid getting lost while hiking?", "What stops you losing your way on a trail?"),
            ("How do I treat a blister?", "What is the best care for a blister?"),
            ("Is it safe to drink stream water?", "Can you safely drink water from a creek?"),
        ],
        [
            ("What should I pack for a day hike?", "What do I need to bring on a week-long walk in the hills?"),
            ("How do I treat a blister?", "What is the best care for a sprained ankle?"),
            ("Is it safe to drink stream water?", "Can you safely swim in water from a creek?"),
        ],
    ),
    # 27
    _f(
        "formal_post",
        "formal",
        [
            (
                "How much does it cost to send a parcel abroad?",
                "Kindly indicate the charge for dispatching a parcel overseas.",
            ),
            ("How do I redirect my mail?", "I seek guidance as to how my post may be redirected to a new address."),
            (
                "How long does a first class letter take?",
                "Might you confirm how long a first class letter takes to arrive?",
            ),
            (
                "Can I track a recorded delivery letter?",
                "I should be grateful to ascertain whether a recorded delivery letter can be tracked.",
            ),
        ],
        [
            (
                "How long does a first class letter take?",
                "Might you confirm how long a second class letter takes to arrive?",
            ),
            (
                "How much does it cost to send a parcel abroad?",
                "Kindly indicate the charge for dispatching a parcel within the country.",
            ),
            ("How do I redirect my mail?", "I seek guidance as to how my post may be held at the sorting office."),
        ],
    ),
    # 28
    _f(
        "casual_work",
        "casual",
        [
            ("How do I ask for a pay rise?", "how do i even ask my boss for a raise"),
            ("How do I write a good CV?", "pls help how do i make a decent cv"),
            ("What should I wear to a job interview?", "what do u wear to a job interview these days"),
            ("How do I deal with a difficult coworker?", "real talk how do u deal with an annoying coworker"),
        ],
        [
            ("How do I ask for a pay rise?", "how do i even ask my boss for a day off"),
            ("What should I wear to a job interview?", "what do u wear to a wedding these days"),
            ("How do I write a good CV?", "pls help how do i make a decent cover letter"),
        ],
    ),
    # 29 held out
    _f(
        "reword_home_held",
        "reword",
        [
            ("How do I get rid of mould in the bathroom?", "What removes mildew from a shower room?"),
            ("Why is my boiler losing pressure?", "What makes the pressure on a boiler drop?"),
            ("How do I fix a squeaky door?", "What stops a door hinge from creaking?"),
            ("How can I keep my house warm cheaply?", "What are low-cost ways to heat a home?"),
        ],
        [
            ("How do I fix a squeaky door?", "What stops a floorboard from creaking?"),
            ("Why is my boiler losing pressure?", "What makes the pressure on a boiler rise?"),
            ("How can I keep my house warm cheaply?", "What are low-cost ways to cool a home?"),
        ],
    ),
    # 30
    _f(
        "formal_banking",
        "formal",
        [
            ("How do I close my bank account?", "Kindly advise as to the procedure for closing my bank account."),
            ("How do I report a lost card?", "I should be obliged to learn how a lost card may be reported."),
            ("Can I increase my overdraft?", "Might you confirm whether my overdraft limit may be increased?"),
            ("How do I set up a standing order?", "I seek guidance as to how a standing order may be set up."),
        ],
        [
            ("Can I increase my overdraft?", "Might you confirm whether my overdraft limit may be reduced?"),
            ("How do I close my bank account?", "Kindly advise as to the procedure for closing my savings account."),
            ("How do I set up a standing order?", "I seek guidance as to how a standing order may be cancelled."),
        ],
    ),
    # 31
    _f(
        "casual_photography",
        "casual",
        [
            ("How do I take sharper photos?", "my pics always come out blurry how do i fix that"),
            ("What camera settings are best for night photos?", "best camera settings for night shots??"),
            ("Is a phone camera good enough for travel photos?", "ngl is a phone camera good enough for travel pics"),
            ("How do I edit photos on my phone?", "how do u edit pics on ur phone"),
        ],
        [
            ("What camera settings are best for night photos?", "best camera settings for sports shots??"),
            ("Is a phone camera good enough for travel photos?", "ngl is a phone camera good enough for wedding pics"),
            ("How do I edit photos on my phone?", "how do u edit videos on ur phone"),
        ],
    ),
    # 32
    _f(
        "reword_language",
        "reword",
        [
            ("What is the fastest way to learn Spanish?", "How can I pick up Spanish as quickly as possible?"),
            ("How many words do I need to be fluent?", "What vocabulary size makes someone fluent?"),
            ("Is French hard for English speakers?", "How difficult is French for a native English speaker?"),
            ("How do I improve my pronunciation?", "What helps you speak with better pronunciation?"),
        ],
        [
            ("What is the fastest way to learn Spanish?", "How can I pick up Mandarin as quickly as possible?"),
            ("Is French hard for English speakers?", "How difficult is English for a native French speaker?"),
            ("How do I improve my pronunciation?", "What helps you write with better spelling?"),
        ],
    ),
    # 33
    _f(
        "formal_insurance",
        "formal",
        [
            (
                "Does my home insurance cover flood damage?",
                "Kindly confirm whether flood damage falls within my home insurance cover.",
            ),
            (
                "How do I make a car insurance claim?",
                "I seek guidance as to the procedure for submitting a car insurance claim.",
            ),
            (
                "Can I cancel my insurance policy early?",
                "Might you indicate whether my insurance policy may be terminated early?",
            ),
            ("Why has my premium gone up?", "It would assist me to ascertain the reason my premium has increased."),
        ],
        [
            (
                "Does my home insurance cover flood damage?",
                "Kindly confirm whether storm damage falls within my home insurance cover.",
            ),
            ("Why has my premium gone up?", "It would assist me to ascertain the reason my premium has decreased."),
            (
                "How do I make a car insurance claim?",
                "I seek guidance as to the procedure for submitting a travel insurance claim.",
            ),
        ],
    ),
    # 34 held out
    _f(
        "casual_shopping_held",
        "casual",
        [
            ("Can I return something without a receipt?", "can u return stuff without a receipt"),
            ("How do I get a refund for a faulty item?", "bought something and its broken how do i get my money back"),
            ("When do the January sales start?", "when do the jan sales actually start"),
            ("Is it cheaper to shop online?", "real talk is online shopping actually cheaper"),
        ],
        [
            ("Can I return something without a receipt?", "can u exchange stuff without a receipt"),
            ("When do the January sales start?", "when do the jan sales actually end"),
            ("Is it cheaper to shop online?", "real talk is online shopping actually faster"),
        ],
    ),
    # 35
    _f(
        "reword_energy",
        "reword",
        [
            ("How can I lower my electricity bill?", "What cuts the cost of my power bill?"),
            ("Are solar panels worth it?", "Is installing solar panels a good investment?"),
            ("What uses the most electricity at home?", "Which household appliance consumes the most power?"),
            ("How do I read my gas meter?", "What is the way to take a reading from a gas meter?"),
        ],
        [
            ("How do I read my gas meter?", "What is the way to take a reading from a water meter?"),
            ("What uses the most electricity at home?", "Which household appliance consumes the least power?"),
            ("Are solar panels worth it?", "Is installing a heat pump a good investment?"),
        ],
    ),
    # 36
    _f(
        "formal_travel",
        "formal",
        [
            (
                "How do I renew my passport?",
                "I should be obliged if you could indicate the procedure for renewing my passport.",
            ),
            ("Do I need travel insurance?", "Kindly advise whether travel insurance is required."),
            ("Can I change my flight date?", "Might you confirm whether the date of my flight may be altered?"),
            ("What is the baggage allowance?", "It would assist me to know the permitted baggage allowance."),
        ],
        [
            ("Can I change my flight date?", "Might you confirm whether the destination of my flight may be altered?"),
            (
                "How do I renew my passport?",
                "I should be obliged if you could indicate the procedure for renewing my driving licence.",
            ),
            ("Do I need travel insurance?", "Kindly advise whether a vaccination certificate is required."),
        ],
    ),
    # 37
    _f(
        "casual_chess",
        "casual",
        [
            ("How do I get better at chess?", "how do i actually get good at chess"),
            ("What is the best opening for beginners?", "best chess opening for a noob??"),
            ("How does castling work?", "wait how does castling even work"),
            ("Can a pawn move backwards?", "can pawns go backwards or nah"),
        ],
        [
            ("Can a pawn move backwards?", "can bishops go backwards or nah"),
            ("What is the best opening for beginners?", "best chess opening for advanced players??"),
            ("How does castling work?", "wait how does en passant even work"),
        ],
    ),
    # 38
    _f(
        "reword_nature",
        "reword",
        [
            ("Why do leaves change colour in autumn?", "What makes tree leaves turn red and yellow in the fall?"),
            ("How do birds know where to migrate?", "How do migrating birds find their way?"),
            ("Why do cats purr?", "What is the reason cats make a purring sound?"),
            ("How long do bees live?", "What is the lifespan of a honeybee?"),
        ],
        [
            ("How long do bees live?", "What is the lifespan of a wasp?"),
            ("Why do cats purr?", "What is the reason cats hiss?"),
            ("Why do leaves change colour in autumn?", "What makes tree leaves grow back in the spring?"),
        ],
    ),
    # 39 held out
    _f(
        "formal_utilities_held",
        "formal",
        [
            ("How do I switch energy supplier?", "Kindly advise as to the procedure for changing energy supplier."),
            ("Why is my water bill so high?", "It would assist me to ascertain why my water bill is so high."),
            ("Can I pay my bill monthly?", "Might you confirm whether my bill may be paid monthly?"),
            ("How do I report a power cut?", "I seek guidance as to how a power cut may be reported."),
        ],
        [
            ("Can I pay my bill monthly?", "Might you confirm whether my bill may be paid annually?"),
            ("Why is my water bill so high?", "It would assist me to ascertain why my water bill is so low."),
            ("How do I report a power cut?", "I seek guidance as to how a gas leak may be reported."),
        ],
    ),
    # 40
    _f(
        "casual_home",
        "casual",
        [
            ("How do I unblock a sink?", "sink is blocked again how do i unblock it"),
            ("How do I get rid of fruit flies?", "so many fruit flies in my kitchen how do i get rid of them"),
            ("Why is my radiator cold at the top?", "why is my radiator cold at the top tho"),
            ("How do I remove limescale from a kettle?", "how do u get limescale out of a kettle"),
        ],
        [
            ("Why is my radiator cold at the top?", "why is my radiator cold at the bottom tho"),
            ("How do I get rid of fruit flies?", "so many ants in my kitchen how do i get rid of them"),
            ("How do I remove limescale from a kettle?", "how do u get limescale out of a shower head"),
        ],
    ),
    # 41
    _f(
        "reword_sport",
        "reword",
        [
            ("How long is a football match?", "How many minutes does a soccer game last?"),
            ("How many players are on a rugby team?", "What is the number of players in a rugby side?"),
            ("What is the offside rule?", "Can you explain offside in football?"),
            ("How is a tennis match scored?", "How does the scoring work in tennis?"),
        ],
        [
            ("How long is a football match?", "How many minutes does a basketball game last?"),
            ("How many players are on a rugby team?", "What is the number of players in a hockey side?"),
            ("How is a tennis match scored?", "How does the scoring work in badminton?"),
        ],
    ),
    # 42
    _f(
        "formal_legal",
        "formal",
        [
            ("How do I make a will?", "I seek guidance as to how one may draw up a will."),
            (
                "Do I need a solicitor to buy a house?",
                "Kindly confirm whether a solicitor is required for the purchase of a house.",
            ),
            ("How do I change my name legally?", "Might you explain the procedure for changing one's name legally?"),
            (
                "How do I get a copy of my birth certificate?",
                "I should be obliged to learn how a copy of my birth certificate may be obtained.",
            ),
        ],
        [
            (
                "Do I need a solicitor to buy a house?",
                "Kindly confirm whether a solicitor is required for the sale of a house.",
            ),
            (
                "How do I get a copy of my birth certificate?",
                "I should be obliged to learn how a copy of my marriage certificate may be obtained.",
            ),
            ("How do I make a will?", "I seek guidance as to how one may contest a will."),
        ],
    ),
    # 43
    _f(
        "casual_travel",
        "casual",
        [
            ("What should I do if my flight is cancelled?", "flight just got cancelled wat do i do"),
            ("How do I find cheap flights?", "how do u find cheap flights these days"),
            ("Is it safe to drink tap water in Spain?", "real talk is the tap water in spain ok to drink"),
            ("How much cash should I take on holiday?", "how much cash do u take on holiday tbh"),
        ],
        [
            ("Is it safe to drink tap water in Spain?", "real talk is the tap water in mexico ok to drink"),
            ("How do I find cheap flights?", "how do u find cheap hotels these days"),
            ("What should I do if my flight is cancelled?", "flight just got delayed wat do i do"),
        ],
    ),
    # 44 held out
    _f(
        "reword_food_held",
        "reword",
        [
            (
                "How long does cooked chicken keep in the fridge?",
                "For how many days is leftover chicken safe refrigerated?",
            ),
            ("What is a good substitute for butter in baking?", "What can replace butter when I bake?"),
            ("Why do onions make you cry?", "What makes your eyes water when cutting onions?"),
            ("How do I know if an avocado is ripe?", "How can you tell an avocado is ready to eat?"),
        ],
        [
            (
                "How long does cooked chicken keep in the fridge?",
                "For how many days is leftover fish safe refrigerated?",
            ),
            ("What is a good substitute for butter in baking?", "What can replace eggs when I bake?"),
            ("How do I know if an avocado is ripe?", "How can you tell a mango is ready to eat?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
