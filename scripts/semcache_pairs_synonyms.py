"""Hand-written pair families for word-level rewording (issue #13, engineer j70), written before
any change and without reading the blind set (``semcache_fresh_pairs.py``).

* ``synonym``: one or two words swapped for a word a question uses interchangeably ("fix" /
  "repair" / "resolve", "fastest" / "quickest", "start" / "begin", "car" / "automobile",
  "buy" / "purchase", "hard" / "difficult");
* ``phrasal``: a phrasal verb against its one-word equivalent ("get rid of" / "remove", "put
  off" / "postpone", "find out" / "discover", "set up" / "configure", "speed up" / "make
  faster");
* ``nominal``: the verb said as a noun ("how do I apply for" / "what is the application
  process for").

Traps swap a word for a near-but-different one and must stay refused: co-hyponyms ("rent" /
"buy", "lease" / "purchase", "car" / "bike", "doctor" / "dentist", "delete" / "deactivate") and
antonyms ("increase" / "decrease", "install" / "uninstall", "import" / "export", "upload" /
"download", "encrypt" / "decrypt").

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_synonyms.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "fix_repair",
        "synonym",
        [
            ("How do I fix a leaking tap?", "How do I repair a leaking tap?"),
            ("How do I resolve a merge conflict in git?", "How do I fix a merge conflict in git?"),
            ("How can I repair a cracked phone screen?", "How do I fix a cracked phone screen?"),
            ("How do I fix a squeaky door hinge?", "What is the way to mend a squeaky door hinge?"),
        ],
        [
            ("How do I fix a leaking tap?", "How do I fix a leaking toilet?"),
            ("How can I repair a cracked phone screen?", "How can I replace a cracked phone screen?"),
            ("How do I fix a squeaky door hinge?", "How do I oil a squeaky door hinge?"),
        ],
    ),
    _f(
        "fast_quick",
        "synonym",
        [
            ("What is the fastest way to learn Spanish?", "What is the quickest way to learn Spanish?"),
            ("How do I speed up my laptop?", "How can I make my laptop faster?"),
            ("How do I speed up a slow WordPress site?", "How can I make a slow WordPress site load faster?"),
            ("How can I quickly fall asleep?", "How do I fall asleep fast?"),
        ],
        [
            ("What is the fastest way to learn Spanish?", "What is the cheapest way to learn Spanish?"),
            ("How can I make my laptop faster?", "How can I make my laptop quieter?"),
            ("How do I speed up a slow WordPress site?", "How do I back up a slow WordPress site?"),
        ],
    ),
    _f(
        "start_begin",
        "synonym",
        [
            ("How do I start a podcast?", "How do I begin a podcast?"),
            ("When should I start potty training?", "When should I begin potty training?"),
            ("How do I get started with running?", "How do I begin running?"),
            ("How do I start a small business?", "How do I launch a small business?"),
        ],
        [
            ("How do I start a podcast?", "How do I monetise a podcast?"),
            ("How do I start a small business?", "How do I sell a small business?"),
            ("How do I get started with running?", "How do I get started with swimming?"),
        ],
    ),
    _f(
        "car_automobile",
        "synonym",
        [
            ("How often should I service my car?", "How often should I service my automobile?"),
            ("How do I clean my car seats?", "How do I clean the seats of my vehicle?"),
            ("What is a good movie for a rainy day?", "What is a good film to watch on a rainy day?"),
            ("How do I talk to my doctor about anxiety?", "How do I speak with my physician about anxiety?"),
        ],
        [
            ("How often should I service my car?", "How often should I service my bike?"),
            ("What is a good movie for a rainy day?", "What is a good book for a rainy day?"),
            ("How do I talk to my doctor about anxiety?", "How do I talk to my dentist about anxiety?"),
        ],
    ),
    _f(
        "buy_purchase_held",
        "synonym",
        [
            ("Where can I buy cheap flights?", "Where can I purchase inexpensive flights?"),
            ("Is it safe to buy a used phone online?", "Is it safe to purchase a second-hand phone online?"),
            ("How do I purchase Bitcoin?", "How do I buy Bitcoin?"),
        ],
        [
            ("How do I buy a house?", "How do I rent a house?"),
            ("How do I purchase a car?", "How do I lease a car?"),
            ("Where can I buy cheap flights?", "Where can I sell cheap flights?"),
        ],
    ),
    _f(
        "get_rid_of",
        "phrasal",
        [
            ("How do I get rid of fruit flies?", "How do I eliminate fruit flies?"),
            ("How do I remove ants from my kitchen?", "How do I get rid of ants in my kitchen?"),
            ("How do I delete my Facebook account?", "How do I remove my Facebook account?"),
            ("How do I get rid of a stye?", "How do I treat a stye?"),
        ],
        [
            ("How do I get rid of fruit flies?", "How do I attract fruit flies?"),
            ("How do I delete my Facebook account?", "How do I deactivate my Facebook account?"),
            ("How do I remove ants from my kitchen?", "How do I remove mice from my kitchen?"),
        ],
    ),
    _f(
        "install_setup",
        "phrasal",
        [
            ("How do I install Node on Ubuntu?", "How do I set up Node on Ubuntu?"),
            ("How do I uninstall Zoom on a Mac?", "How do I remove Zoom from a Mac?"),
            ("How do I turn off notifications on my iPhone?", "How do I disable notifications on my iPhone?"),
            ("How do I switch on dark mode in Chrome?", "How do I enable dark mode in Chrome?"),
        ],
        [
            ("How do I install Node on Ubuntu?", "How do I uninstall Node on Ubuntu?"),
            ("How do I import contacts into Gmail?", "How do I export contacts from Gmail?"),
            ("How do I turn off notifications on my iPhone?", "How do I enable notifications on my iPhone?"),
            ("How do I enable dark mode in Chrome?", "How do I disable dark mode in Chrome?"),
        ],
    ),
    _f(
        "increase_raise",
        "synonym",
        [
            ("How can I increase my credit score?", "How can I raise my credit score?"),
            ("How do I boost my immune system?", "How do I strengthen my immune system?"),
            ("How do I lower my blood pressure?", "How do I reduce my blood pressure?"),
            ("How can I cut my electricity bill?", "How can I reduce my electricity bill?"),
        ],
        [
            ("How can I increase my credit score?", "How can I decrease my credit score?"),
            ("How do I lower my blood pressure?", "How do I raise my blood pressure?"),
            ("How do I boost my immune system?", "How do I suppress my immune system?"),
            ("How can I reduce my electricity bill?", "How can I reduce my water bill?"),
        ],
    ),
    _f(
        "nominal",
        "nominal",
        [
            ("How do I apply for a passport?", "What is the application process for a passport?"),
            ("How do I register a company?", "What is the process for registering a company?"),
            ("How do I cancel my gym membership?", "How does cancellation of a gym membership work?"),
            ("How do I renew my driving licence?", "What is the procedure for renewing a driving licence?"),
        ],
        [
            ("How do I apply for a passport?", "How do I apply for a visa?"),
            ("How do I cancel my gym membership?", "How do I freeze my gym membership?"),
            ("How do I renew my driving licence?", "How do I replace my driving licence?"),
        ],
    ),
    _f(
        "verbs_held",
        "synonym",
        [
            ("How do I choose a good watermelon?", "How do I pick a good watermelon?"),
            ("Do I need a visa to visit Japan?", "Is a visa required to visit Japan?"),
            ("How do I learn to code?", "How do I get into programming?"),
            ("How do I get in touch with Amazon support?", "How do I contact Amazon support?"),
        ],
        [
            ("Do I need a visa to visit Japan?", "Do I need a vaccine to visit Japan?"),
            ("How do I choose a good watermelon?", "How do I store a watermelon?"),
            ("How do I learn to code?", "How do I teach kids to code?"),
        ],
    ),
    _f(
        "adjectives",
        "synonym",
        [
            ("Is it hard to learn Japanese?", "Is it difficult to learn Japanese?"),
            ("What is a cheap way to heat a house?", "What is an inexpensive way to heat a home?"),
            ("What is the biggest planet?", "What is the largest planet?"),
            ("Is it normal for a baby to be sleepy all day?", "Is it normal for a baby to be drowsy all day?"),
        ],
        [
            ("What is a cheap way to heat a house?", "What is a cheap way to cool a house?"),
            ("Is it hard to learn Japanese?", "Is it useful to learn Japanese?"),
            ("What is the biggest planet?", "What is the hottest planet?"),
        ],
    ),
    _f(
        "phrasal_verbs",
        "phrasal",
        [
            ("How do I find out who owns a website?", "How can I discover who owns a website?"),
            ("How do I figure out my IP address?", "How do I determine my IP address?"),
            ("Should I put off my exam?", "Should I postpone my exam?"),
            ("How do I look after a succulent?", "How do I care for a succulent?"),
            ("How do I set up a VPN?", "How do I configure a VPN?"),
        ],
        [
            ("Should I postpone my exam?", "Should I cancel my exam?"),
            ("How do I look after a succulent?", "How do I propagate a succulent?"),
            ("How do I set up a VPN?", "How do I bypass a VPN?"),
        ],
    ),
    _f(
        "rent_buy",
        "synonym",
        [
            ("How much does it cost to hire a van?", "How much does it cost to rent a van?"),
            ("Is it better to rent or buy a home?", "Is renting or buying a house better?"),
            ("How do I purchase a train ticket online?", "How do I buy a train ticket online?"),
        ],
        [
            ("How do I rent an apartment?", "How do I buy an apartment?"),
            ("How much does it cost to rent a van?", "How much does it cost to buy a van?"),
            ("Should I lease a car?", "Should I purchase a car?"),
            ("How do I borrow an ebook from the library?", "How do I return an ebook to the library?"),
        ],
    ),
    _f(
        "send_receive",
        "synonym",
        [
            ("How do I send a large file?", "How do I transfer a big file?"),
            ("How do I close my bank account?", "How do I shut down my bank account?"),
            ("How do I open a PDF on Android?", "How do I view a PDF on Android?"),
            ("How do I stop my dog from barking?", "How do I prevent my dog from barking?"),
        ],
        [
            ("How do I send a large file?", "How do I receive a large file?"),
            ("How do I download a YouTube video?", "How do I upload a YouTube video?"),
            ("How do I close my bank account?", "How do I open a bank account?"),
            ("How do I encrypt a file?", "How do I decrypt a file?"),
        ],
    ),
    _f(
        "mixed_held",
        "synonym",
        [
            ("What are the symptoms of the flu?", "What are the signs of the flu?"),
            ("How do I stop procrastinating?", "How do I quit procrastinating?"),
            ("How do I end a conversation politely?", "How do I finish a conversation politely?"),
            ("Why do cats purr?", "What is the reason cats purr?"),
            ("How do I fix a slow internet connection?", "How do I speed up a sluggish internet connection?"),
        ],
        [
            ("What are the symptoms of the flu?", "What are the causes of the flu?"),
            ("How do I end a conversation politely?", "How do I start a conversation politely?"),
            ("How do I stop procrastinating?", "How do I stop snoring?"),
            ("How do I fix a slow internet connection?", "How do I share a slow internet connection?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
