"""Hand-written pair families for imperative and casual question frames (issue #13, engineer
j69), written before the fix, without reading the blind set (``semcache_fresh_pairs.py``) or the
held-out fifth of ``tests/semcache/pair_register.py``.

* ``imperative``: a request to be told around a question ("Explain how X works", "Tell me the
  difference between X and Y", "Show me how to X", "Give me the steps to X", "Walk me through
  X", "I need to X", "I want to X", "Help me X") against the question itself;
* ``casual``: a chatty frame ("anyone know how to X?", "is there a way to X?", "any tips for
  X?", "what's the best way to X", "how would I go about X-ing", "what's the deal with X", "what
  even is X", "eli5 X", "trying to X, any ideas?", "can someone explain X") against the question
  itself; a second batch, written after the first change and before the second: "looking for a
  way to X", "any way to X?", "I was wondering how to X", "could someone help me X", "hey guys,
  ...", "so how do I ...", "tips for X?", "List / Provide the steps to X", "Let me know how to X",
  "Teach me how X works", "Explain X to me"; a third batch, written after the second change and
  before the third: chatty openers ("ugh", "so", "wait", "omg", "hmm", "um", "ok", "real quick -",
  "question:", "genuine question,"), "need to X, how?", "someone pls tell me how to X"; a fourth
  (j76, written before its fix): "Help me / I need to / I want to X" where X is a task done for
  the user or an artefact ("Help me write a cover letter") against "How do I X" (traps), and
  "how would I go about X-ing" against "How do I X";
* traps: a frame that hides a real difference ("Explain why X fails" against "How do I fix X",
  "Tell me a joke about cats" against "Tell me a fact about cats", "Is there a way to delete X"
  against "Is there a way to recover X", a request to write or act against a question about it)
  and the same frame around another question.

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_frames.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "explain_wh",
        "imperative",
        [
            ("How does DNS resolution work?", "Explain how DNS resolution works"),
            ("Why is the sky blue?", "Explain why the sky is blue."),
            ("How does a heat pump work?", "Explain to me how a heat pump works."),
            ("What causes inflation?", "Explain what causes inflation"),
            ("How do vaccines work?", "Can you explain how vaccines work?"),
        ],
        [
            ("How does DNS resolution work?", "Explain how DHCP works"),
            ("Why is the sky blue?", "Explain why the sea is blue."),
            ("What causes inflation?", "Explain what causes deflation"),
        ],
    ),
    _f(
        "tell_me_the",
        "imperative",
        [
            ("What is the difference between TCP and UDP?", "Tell me the difference between TCP and UDP"),
            ("What is the capital of Canada?", "Tell me the capital of Canada."),
            (
                "What is the difference between a virus and a bacterium?",
                "Tell me the difference between a virus and a bacterium",
            ),
            ("What are the symptoms of the flu?", "Tell me the symptoms of the flu."),
            ("What is the boiling point of water?", "Give me the boiling point of water"),
        ],
        [
            ("What is the difference between TCP and UDP?", "Tell me the difference between TCP and IP"),
            ("What are the symptoms of the flu?", "Tell me the symptoms of a cold."),
            ("What is the capital of Canada?", "Tell me the population of Canada."),
        ],
    ),
    _f(
        "show_me_steps",
        "imperative",
        [
            ("How do I set up a Python virtual environment?", "Show me how to set up a Python virtual environment"),
            ("How do I change a flat tyre?", "Give me the steps to change a flat tyre."),
            ("How do I make sourdough bread?", "Walk me through making sourdough bread"),
            ("How do I file a tax return?", "Walk me through how to file a tax return."),
            ("How do I replace a bike chain?", "Show me the steps to replace a bike chain"),
        ],
        [
            ("How do I set up a Python virtual environment?", "Show me how to delete a Python virtual environment"),
            ("How do I change a flat tyre?", "Give me the steps to rotate my tyres."),
            ("How do I make sourdough bread?", "Walk me through making banana bread"),
        ],
    ),
    _f(
        "need_want_help",
        "imperative",
        [
            ("How can I reset my router?", "I need to reset my router"),
            ("How can I learn Spanish quickly?", "I want to learn Spanish quickly."),
            ("How can I unclog a drain?", "Help me unclog a drain"),
            ("How do I get rid of fruit flies?", "I need to get rid of fruit flies."),
            ("How can I improve my credit score?", "I want to improve my credit score"),
        ],
        [
            ("How can I reset my router?", "I need to replace my router"),
            ("How can I learn Spanish quickly?", "I want to learn Portuguese quickly."),
            ("How can I improve my credit score?", "I want to check my credit score"),
        ],
    ),
    _f(
        "imperative_held",
        "imperative",
        [
            ("How does a refrigerator work?", "Explain how a refrigerator works."),
            ("What is the difference between stocks and bonds?", "Tell me the difference between stocks and bonds"),
            ("How do I install Docker on Ubuntu?", "Show me how to install Docker on Ubuntu"),
            ("How can I stop my dog barking?", "Help me stop my dog barking."),
        ],
        [
            ("How does a refrigerator work?", "Explain how a freezer works."),
            ("How do I install Docker on Ubuntu?", "Show me how to uninstall Docker on Ubuntu"),
            ("How can I stop my dog barking?", "Help me stop my dog biting."),
        ],
    ),
    _f(
        "anyone_know",
        "casual",
        [
            ("How do I remove a stripped screw?", "anyone know how to remove a stripped screw?"),
            ("How do I clear my browser cache?", "does anyone know how to clear my browser cache"),
            ("Why does my laptop overheat?", "anyone know why my laptop overheats?"),
            ("How do I convert a PDF to Word?", "anybody know how to convert a pdf to word?"),
        ],
        [
            ("How do I remove a stripped screw?", "anyone know how to remove a rusted bolt?"),
            ("Why does my laptop overheat?", "anyone know why my phone overheats?"),
        ],
    ),
    _f(
        "is_there_a_way",
        "casual",
        [
            ("How do I recover deleted photos on my phone?", "is there a way to recover deleted photos on my phone?"),
            ("How can I schedule an email in Gmail?", "Is there a way to schedule an email in Gmail?"),
            ("How do I mute a group chat on WhatsApp?", "is there any way to mute a group chat on whatsapp"),
            ("How do I speed up my old laptop?", "is there a way I can speed up my old laptop?"),
        ],
        [
            ("Is there a way to recover deleted photos on my phone?", "Is there a way to delete photos on my phone?"),
            ("How can I schedule an email in Gmail?", "is there a way to unsend an email in Gmail?"),
            ("How do I mute a group chat on WhatsApp?", "is there a way to leave a group chat on whatsapp"),
        ],
    ),
    _f(
        "tips_best_way",
        "casual",
        [
            ("How do I sleep better?", "any tips for sleeping better?"),
            ("How do I save money on groceries?", "any tips on saving money on groceries?"),
            ("How do I learn to touch type?", "what's the best way to learn to touch type"),
            ("How do I get a stain out of a carpet?", "whats the best way to get a stain out of a carpet?"),
            ("How do I start running?", "how would I go about starting running?"),
            ("How do I get a job in data science?", "how would I go about getting a job in data science"),
        ],
        [
            ("How do I sleep better?", "any tips for waking up earlier?"),
            ("How do I get a stain out of a carpet?", "what's the best way to clean a carpet?"),
            ("How do I get a job in data science?", "how would I go about leaving a job in data science"),
        ],
    ),
    _f(
        "frame_hides_difference",
        "imperative trap",
        [],
        [
            ("Explain why my Python import fails", "How do I fix my Python import?"),
            ("Tell me a joke about cats", "Tell me a fact about cats"),
            ("Help me write a resignation letter", "Help me write a cover letter"),
            ("Write me a poem about autumn", "Tell me about autumn"),
            ("Explain why the build fails", "Show me how to fix the build"),
            ("Summarize the French Revolution", "What caused the French Revolution?"),
        ],
    ),
    _f(
        "casual_held",
        "casual",
        [
            ("How do I hard boil an egg?", "anyone know how to hard boil an egg?"),
            ("How can I block a number on my iPhone?", "is there a way to block a number on my iphone?"),
            ("How do I keep basil alive?", "any tips for keeping basil alive?"),
            ("How do I learn to play guitar?", "what's the best way to learn to play guitar?"),
        ],
        [
            ("How do I hard boil an egg?", "anyone know how to poach an egg?"),
            ("Is there a way to block a number on my iPhone?", "Is there a way to unblock a number on my iPhone?"),
            ("Tell me a story about a dragon", "Tell me a fact about dragons"),
        ],
    ),
    _f(
        "describe_list",
        "imperative",
        [
            ("What are the main causes of climate change?", "List the main causes of climate change."),
            ("What are the benefits of meditation?", "Describe the benefits of meditation"),
            (
                "What is the difference between a crocodile and an alligator?",
                "Explain the difference between a crocodile and an alligator.",
            ),
            ("How does photosynthesis work?", "Describe how photosynthesis works"),
        ],
        [
            ("What are the main causes of climate change?", "List the main effects of climate change."),
            ("What are the benefits of meditation?", "Describe the risks of meditation"),
            ("How does photosynthesis work?", "Describe how respiration works"),
        ],
    ),
    _f(
        "frame_act_or_ask",
        "imperative trap",
        [],
        [
            ("How do I cancel my order?", "Cancel my order"),
            ("Is there a way to delete my account?", "Is there a way to recover my account?"),
            ("Tell me how to make a cake", "Make me a shopping list for a cake"),
            ("I need to renew my passport", "I need to report my passport stolen"),
            ("Help me plan a trip to Japan", "Help me learn Japanese"),
            ("What's the deal with intermittent fasting?", "What's the deal with keto?"),
        ],
    ),
    _f(
        "deal_with_wonder",
        "casual",
        [
            ("What is intermittent fasting?", "what's the deal with intermittent fasting?"),
            ("Why do cats purr?", "anyone know why cats purr"),
            ("How do I fix a leaky tap?", "how would I go about fixing a leaky tap?"),
            ("How can I make my phone battery last longer?", "is there a way to make my phone battery last longer"),
        ],
        [
            ("Why do cats purr?", "anyone know why cats hiss"),
            ("How do I fix a leaky tap?", "how would I go about replacing a tap?"),
        ],
    ),
    _f(
        "give_walk",
        "imperative",
        [
            ("How do I write a cover letter?", "Give me tips for writing a cover letter"),
            ("How do I set up a home network?", "Walk me through setting up a home network."),
            ("What are some good books on stoicism?", "Give me some good books on stoicism"),
            ("How do I make cold brew coffee?", "Show me how to make cold brew coffee."),
        ],
        [
            ("How do I write a cover letter?", "Write me a cover letter"),
            ("What are some good books on stoicism?", "Give me some good podcasts on stoicism"),
        ],
    ),
    _f(
        "mixed_held",
        "imperative",
        [
            ("How do I reset my Apple ID password?", "I need to reset my Apple ID password."),
            ("How does compound interest work?", "Explain how compound interest works"),
            ("How do I start a vegetable garden?", "how would I go about starting a vegetable garden?"),
            ("How can I stop procrastinating?", "any tips for not procrastinating?"),
        ],
        [
            ("How does compound interest work?", "Explain how simple interest works"),
            ("I need to reset my Apple ID password.", "I need to change my Apple ID email."),
            ("Tell me a joke about dogs", "Tell me a riddle about dogs"),
        ],
    ),
    _f(
        "even_eli5",
        "casual",
        [
            ("What is a mortgage?", "what even is a mortgage"),
            ("How does Bitcoin work?", "so like how does bitcoin even work"),
            ("What is quantum computing?", "eli5 quantum computing"),
            ("How do noise cancelling headphones work?", "explain like I'm 5 how noise cancelling headphones work"),
            ("What exactly is a hedge fund?", "what exactly is a hedge fund lol"),
        ],
        [
            ("What is a mortgage?", "what even is a remortgage"),
            ("How does Bitcoin work?", "so like how does bitcoin mining even work"),
            ("What is quantum computing?", "eli5 cloud computing"),
        ],
    ),
    _f(
        "trying_to_any_idea",
        "casual",
        [
            ("How do I connect my printer to Wi-Fi?", "trying to connect my printer to wifi, any ideas?"),
            ("How do I fix a squeaky door?", "any idea how to fix a squeaky door?"),
            ("How do I get rid of mould in the shower?", "need help getting rid of mould in the shower"),
            ("How do I split a bill in Splitwise?", "how the heck do I split a bill in splitwise"),
            ("How do I back up my iPhone?", "wondering how to back up my iphone"),
        ],
        [
            ("How do I connect my printer to Wi-Fi?", "trying to connect my scanner to wifi, any ideas?"),
            ("How do I fix a squeaky door?", "any idea how to fix a squeaky floorboard?"),
            ("How do I back up my iPhone?", "wondering how to restore my iphone"),
        ],
    ),
    _f(
        "someone_explain",
        "casual",
        [
            ("What is a Roth IRA?", "can someone explain what a roth ira is"),
            ("How does the electoral college work?", "could somebody explain how the electoral college works?"),
            ("Why do we have leap years?", "someone explain why we have leap years"),
            ("What is going on with egg prices?", "what's up with egg prices?"),
        ],
        [
            ("What is a Roth IRA?", "can someone explain what a 401k is"),
            ("Why do we have leap years?", "someone explain why we have daylight saving time"),
        ],
    ),
    _f(
        "casual_frame_traps",
        "casual trap",
        [],
        [
            ("any idea why my app crashes on startup?", "any idea how to install my app?"),
            ("is there a way to speed up a video?", "is there a way to slow down a video?"),
            ("any tips for a first date?", "any tips for a breakup?"),
            ("what's the best way to buy bitcoin?", "what's the best way to sell bitcoin?"),
            ("how would I go about suing my landlord?", "how would I go about becoming a landlord?"),
            ("anyone know a good pizza place in Boston?", "anyone know a good pizza place in Chicago?"),
        ],
    ),
    _f(
        "casual_held_two",
        "casual",
        [
            ("How do I get rid of hiccups?", "any idea how to get rid of hiccups?"),
            ("What is an index fund?", "what even is an index fund"),
            ("How do I update my graphics drivers?", "trying to update my graphics drivers, any ideas?"),
            ("How does a credit score work?", "can someone explain how a credit score works"),
        ],
        [
            ("How do I get rid of hiccups?", "any idea how to get rid of a cough?"),
            ("is there a way to mute notifications?", "is there a way to unmute notifications?"),
            ("Explain why my code is slow", "Show me how to make my code faster"),
        ],
    ),
    # ---- second batch (written after the first change, before the second) --------------------
    _f(
        "looking_for_a_way",
        "casual",
        [
            ("How do I stop my cat scratching the sofa?", "looking for a way to stop my cat scratching the sofa"),
            (
                "How can I transfer photos from Android to PC?",
                "I'm looking for a way to transfer photos from android to pc",
            ),
            ("How do I free up space on my iPhone?", "any way to free up space on my iphone?"),
            ("How do I find my Wi-Fi password on Windows?", "I was wondering how to find my wifi password on windows"),
            ("How do I unsubscribe from spam emails?", "could someone help me unsubscribe from spam emails?"),
        ],
        [
            ("How do I stop my cat scratching the sofa?", "looking for a way to stop my cat scratching the door"),
            (
                "How can I transfer photos from Android to PC?",
                "I'm looking for a way to transfer photos from pc to android",
            ),
            ("How do I free up space on my iPhone?", "any way to add more space to my iphone?"),
        ],
    ),
    _f(
        "hey_guys_so",
        "casual",
        [
            ("How do I get a refund on Steam?", "hey guys, how do I get a refund on steam?"),
            ("What is the best pizza dough recipe?", "hey folks - what is the best pizza dough recipe?"),
            ("How do I renew my driving licence?", "so how do I renew my driving licence?"),
            ("How do I clean white sneakers?", "tips for cleaning white sneakers?"),
        ],
        [
            ("How do I get a refund on Steam?", "hey guys, how do I gift a game on steam?"),
            ("How do I renew my driving licence?", "so how do I renew my passport?"),
            ("How do I clean white sneakers?", "tips for buying white sneakers?"),
        ],
    ),
    _f(
        "list_provide_let_me_know",
        "imperative",
        [
            ("How do I register a company in the UK?", "List the steps to register a company in the UK."),
            ("How do I apply for a mortgage?", "Provide the steps to apply for a mortgage"),
            ("How do I set up two-factor authentication?", "Let me know how to set up two-factor authentication"),
            ("How does a mortgage work?", "Teach me how a mortgage works"),
            ("What is machine learning?", "Explain machine learning to me"),
        ],
        [
            ("How do I register a company in the UK?", "List the steps to close a company in the UK."),
            ("How does a mortgage work?", "Teach me how a pension works"),
            ("What is machine learning?", "Explain deep learning to me"),
        ],
    ),
    _f(
        "possible_frame_traps",
        "casual trap",
        [],
        [
            (
                "is it possible to recover a deleted WhatsApp message?",
                "is it possible to delete a WhatsApp message for everyone?",
            ),
            ("looking for a way to lose weight", "looking for a way to gain weight"),
            ("Let me know how to cancel my plan", "Let me know when my plan renews"),
            ("Explain machine learning to me", "Explain machine learning to my boss in one slide"),
            ("hey guys, what's a good laptop for gaming?", "hey guys, what's a good laptop for college?"),
        ],
    ),
    _f(
        "second_batch_held",
        "casual",
        [
            ("How do I remove a wine stain?", "looking for a way to remove a wine stain"),
            ("How do I reset my AirPods?", "hey guys, how do I reset my airpods?"),
            ("How do I calculate compound interest?", "Let me know how to calculate compound interest"),
            ("How can I make my code run faster?", "any way to make my code run faster?"),
        ],
        [
            ("How do I remove a wine stain?", "looking for a way to remove a coffee stain"),
            ("How do I reset my AirPods?", "hey guys, how do I pair my airpods?"),
            ("is it possible to undo a sent email?", "is it possible to schedule a sent email?"),
        ],
    ),
    # ---- third batch (written after the second change, before the third) ----------------------
    _f(
        "chatty_openers",
        "casual",
        [
            ("How do I get rid of fruit flies?", "ugh how do I get rid of fruit flies"),
            (
                "What is the difference between a latte and a flat white?",
                "so what's the difference between a latte and a flat white?",
            ),
            ("How does a VPN work?", "wait how does a vpn work"),
            ("How do I cancel Netflix?", "omg how do I cancel netflix"),
            ("Why is my sourdough so dense?", "hmm why is my sourdough so dense?"),
        ],
        [
            ("How do I get rid of fruit flies?", "ugh how do I get rid of ants"),
            ("How does a VPN work?", "wait how does a proxy work"),
            ("How do I cancel Netflix?", "omg how do I pause netflix"),
        ],
    ),
    _f(
        "need_to_how",
        "casual",
        [
            ("How do I change my username on Reddit?", "need to change my username on reddit, how?"),
            ("How do I get a copy of my birth certificate?", "need a copy of my birth certificate, how do I get one?"),
            ("How do I defrost chicken quickly?", "someone pls tell me how to defrost chicken quickly"),
            ("How do I turn off autocorrect?", "real quick - how do I turn off autocorrect?"),
        ],
        [
            ("How do I change my username on Reddit?", "need to change my password on reddit, how?"),
            ("How do I defrost chicken quickly?", "someone pls tell me how to marinate chicken quickly"),
        ],
    ),
    _f(
        "explain_please_casual",
        "casual",
        [
            ("What is an ETF?", "ok can someone explain what an etf is"),
            ("How does inflation affect savings?", "um how does inflation affect savings?"),
            (
                "What is the difference between RAM and storage?",
                "question: what's the difference between ram and storage?",
            ),
            ("Why do onions make you cry?", "genuine question, why do onions make you cry?"),
        ],
        [
            ("What is an ETF?", "ok can someone explain what a mutual fund is"),
            ("How does inflation affect savings?", "um how does inflation affect mortgages?"),
        ],
    ),
    _f(
        "casual_frame_traps_two",
        "casual trap",
        [],
        [
            ("ugh how do I stop my cat scratching", "ugh how do I stop my cat eating plants"),
            ("so how do I open a bank account?", "so how do I close a bank account?"),
            ("need to book a flight, how?", "need to cancel a flight, how?"),
            ("wait is it safe to eat raw eggs?", "wait is it safe to eat raw chicken?"),
        ],
    ),
    _f(
        "third_batch_held",
        "casual",
        [
            ("How do I reset my Xbox controller?", "ugh how do I reset my xbox controller"),
            (
                "What is the difference between a cold and the flu?",
                "so what's the difference between a cold and the flu",
            ),
            ("How do I update my address with the DMV?", "need to update my address with the dmv, how?"),
            ("What is a credit union?", "ok can someone explain what a credit union is"),
        ],
        [
            ("How do I reset my Xbox controller?", "ugh how do I charge my xbox controller"),
            ("need to renew my visa, how?", "need to extend my visa, how?"),
        ],
    ),
    # ---- fourth batch (j76, written before the fix): a wish or a call for help around a task
    # done for the user or an artefact made for them ("Help me write a cover letter" wants the
    # letter) is not "How do I X" (wants instructions): traps; the same frames around a request
    # for how, and gerunds after "go about", stay paraphrases.
    _f(
        "task_frame_traps",
        "imperative trap",
        [],
        [
            ("How do I write a cover letter?", "Help me write a cover letter"),
            ("How do I write a wedding speech?", "I need to write a wedding speech"),
            ("How do I draft a complaint letter?", "Help me draft a complaint letter"),
            ("How do I plan a trip to Japan?", "Help me plan a trip to Japan."),
            ("How do I translate a document into French?", "I need to translate a document into French"),
            ("How do I come up with a name for my bakery?", "Help me come up with a name for my bakery"),
        ],
    ),
    _f(
        "task_frame_traps_two",
        "imperative trap",
        [],
        [
            ("How do I summarise a research paper?", "Help me summarise a research paper"),
            ("How do I calculate my mortgage repayments?", "Help me calculate my mortgage repayments"),
            ("How do I create a budget spreadsheet?", "I want to create a budget spreadsheet"),
            ("How do I compose a thank-you note?", "Can you help me compose a thank-you note?"),
            ("How do I proofread my essay?", "I need help proofreading my essay"),
            ("How do I brainstorm ideas for a novel?", "Help me brainstorm ideas for a novel"),
        ],
    ),
    _f(
        "task_frame_traps_three",
        "imperative trap",
        [],
        [
            ("How do I rewrite my CV?", "I need to rewrite my CV"),
            ("How do I design a logo for my band?", "Help me design a logo for my band"),
            ("How do I outline a business plan?", "Help me outline a business plan"),
            ("How do I pick a name for my dog?", "Help me pick a name for my dog"),
            ("How do I generate a strong password?", "I need to generate a strong password"),
            ("How do I edit my personal statement?", "Could someone help me edit my personal statement?"),
        ],
    ),
    _f(
        "go_about_gerund",
        "casual",
        [
            ("How do I fix a leaky tap?", "how would I go about fixing a leaky tap"),
            ("How do I make sourdough bread?", "how would I go about making sourdough bread?"),
            ("How do I get a mortgage?", "how would I go about getting a mortgage"),
            ("How do I clean a cast iron pan?", "how would I go about cleaning a cast iron pan?"),
            ("How do I unclog a drain?", "Help me unclog a drain."),
        ],
        [
            ("How do I fix a leaky tap?", "how would I go about replacing a leaky tap"),
            ("How do I get a mortgage?", "how would I go about paying off a mortgage"),
            ("How do I write a cover letter?", "Help me write a cover letter."),
        ],
    ),
    _f(
        "fourth_batch_held",
        "imperative",
        [
            ("How do I start running?", "how would I go about starting running?"),
            ("How can I reset my router?", "I need to reset my router."),
            ("How do I leave a job gracefully?", "how would I go about leaving a job gracefully"),
        ],
        [
            ("How do I write a eulogy?", "Help me write a eulogy"),
            ("How do I draft a tenancy agreement?", "I need to draft a tenancy agreement"),
            ("How do I choose a name for my startup?", "I want to choose a name for my startup"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
