"""Hand-written questions and misspelt variants for the end-to-end typo test
(``test_semcache_typos.py``): written for it, not drawn from any data set.

Each family: the stored question, a variant with one typo, a variant with two (a letter
dropped, doubled, replaced or two swapped), all in words of four letters or more whose first
letter is kept, the shapes ``spelling.py`` corrects. Every fifth family (index 4, 9, ...) is
held out: looked at once, after any change made with the others.
"""

from __future__ import annotations

#: (stored, one typo, two typos)
FAMILIES: list[tuple[str, str, str]] = [
    ("How many calories are in a banana?", "How many calroies are in a banana?", "How many calroies are in a bananna?"),
    (
        "What is the best way to learn programming?",
        "What is the best way to learn programing?",
        "What is the best way to lern programing?",
    ),
    ("How do I reset my router password?", "How do I reset my ruoter password?", "How do I reset my ruoter passwrod?"),
    (
        "What causes thunderstorms in the summer?",
        "What causes thunderstroms in the summer?",
        "What cuases thunderstroms in the summer?",
    ),
    (
        "How long should I boil eggs for breakfast?",
        "How long should I boil eggs for breakfats?",
        "How long shuold I boil eggs for breakfats?",
    ),
    (
        "What is the difference between a virus and bacteria?",
        "What is the diffrence between a virus and bacteria?",
        "What is the diffrence between a virus and bacteira?",
    ),
    (
        "How can I improve my credit score quickly?",
        "How can I imporve my credit score quickly?",
        "How can I imporve my credit score quikcly?",
    ),
    (
        "What are the symptoms of vitamin deficiency?",
        "What are the symtoms of vitamin deficiency?",
        "What are the symtoms of vitamin defficiency?",
    ),
    (
        "How do I remove coffee stains from carpet?",
        "How do I remove coffee stains from carpett?",
        "How do I remvoe coffee stains from carpett?",
    ),
    (
        "What is the population of the largest city in Japan?",
        "What is the populaton of the largest city in Japan?",
        "What is the populaton of the largset city in Japan?",
    ),
    (
        "How does photosynthesis work in plants?",
        "How does photosyntesis work in plants?",
        "How does photosyntesis work in palnts?",
    ),
    (
        "Which programming language should a beginner learn first?",
        "Which programming language should a begginer learn first?",
        "Which programming langauge should a begginer learn first?",
    ),
    (
        "How do I make sourdough bread at home?",
        "How do I make sourdugh bread at home?",
        "How do I make sourdugh braed at home?",
    ),
    (
        "What is the healthiest breakfast for weight loss?",
        "What is the healthiest breakfest for weight loss?",
        "What is the healthiest breakfest for wieght loss?",
    ),
    (
        "How do I change a flat tire on a bicycle?",
        "How do I change a flat tire on a bicyle?",
        "How do I chnage a flat tire on a bicyle?",
    ),
    (
        "Why do cats purr when they are happy?",
        "Why do cats purr when they are happpy?",
        "Why do cats purr wehn they are happpy?",
    ),
    (
        "What should I pack for a beach vacation?",
        "What should I pack for a beach vacaton?",
        "What shoudl I pack for a beach vacaton?",
    ),
    (
        "How can I stop my dog from barking at night?",
        "How can I stop my dog from barkign at night?",
        "How can I stop my dog from barkign at nigth?",
    ),
    (
        "What is the boiling point of water at high altitude?",
        "What is the boiling point of water at high altitdue?",
        "What is the boilling point of water at high altitdue?",
    ),
    (
        "How do I write a cover letter for a job application?",
        "How do I write a cover letter for a job applicaton?",
        "How do I wirte a cover letter for a job applicaton?",
    ),
    (
        "What are good exercises for lower back pain?",
        "What are good excercises for lower back pain?",
        "What are good excercises for lowre back pain?",
    ),
    (
        "How do I convert kilometers to miles?",
        "How do I convret kilometers to miles?",
        "How do I convret kilomters to miles?",
    ),
    (
        "Why do leaves change color in autumn?",
        "Why do leaves change color in autmun?",
        "Why do leaves chnage color in autmun?",
    ),
    (
        "How much water should I drink every day?",
        "How much water should I drikn every day?",
        "How much wtaer should I drikn every day?",
    ),
    (
        "What is the fastest animal on the planet?",
        "What is the fastets animal on the planet?",
        "What is the fastets animal on the plnaet?",
    ),
    (
        "How do I get rid of fruit flies in the kitchen?",
        "How do I get rid of fruit flies in the kitchn?",
        "How do I get rid of fruit flise in the kitchn?",
    ),
    (
        "What are the benefits of drinking green tea?",
        "What are the benifits of drinking green tea?",
        "What are the benifits of drinkng green tea?",
    ),
    (
        "How do I unclog a bathroom sink without chemicals?",
        "How do I unclog a bathroom sink without chemcials?",
        "How do I unclog a bathroom snik without chemcials?",
    ),
    (
        "How can I fall asleep faster at night?",
        "How can I fall aslep faster at night?",
        "How can I fall aslep fastre at night?",
    ),
    (
        "What is the meaning of the word serendipity?",
        "What is the meaning of the word serendipty?",
        "What is the meanign of the word serendipty?",
    ),
]

#: Near misses: a stored question with one word changed into another real word, mostly one
#: edit away (a different question; must not be served the stored answer).
TRAPS: list[str] = [
    "What is the boiling point of water at high latitude?",
    "What is the fastest animal on the plant?",
    "How do I change a flat tire on a tricycle?",
    "What are the benefits of drinking green beer?",
    "How do I reset my router passcode?",
    "What causes thunderstorms in the winter?",
    "How do I convert kilometers to meters?",
    "How do I get rid of fruit flies in the garden?",
]

#: Near misses with a real word the encoder's vocabulary lacks as whole word, one edit from a
#: stored word ("bandana" / "banana", "vocation" / "vacation"): served the stored answer until the
#: speller learnt common English words (``spelling.english_words``); asserted refused since.
UNKNOWN_WORD_TRAPS: list[str] = [
    "How many calories are in a bandana?",
    "What should I pack for a beach vocation?",
]

HELD_OUT = frozenset(range(4, len(FAMILIES), 5))
