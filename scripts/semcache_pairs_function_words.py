"""Hand-written pair families for questions that differ by a dropped or added article or
present-tense auxiliary (issue #13, engineer j82), written before any change, without reading the
blind set (``semcache_fresh_pairs.py``).

* ``dropped article``: "a", "an", "the" left out or swapped ("how to tie a tie" / "how to tie tie");
* ``dropped auxiliary``: "is", "are", "do", "does" left out ("How many calories are in a banana?" /
  "how many calories in a banana", "Does vitamin C help with colds?" / "vitamin c help with colds?");
* ``function trap``: where such a small word matters: tense (was/is, did/does, will/does), a
  modal (can/does, should/do), negation, another number ("a" / "two"), a letter that looks like an
  article ("vitamin a", "plan b"), a statement against a question with a pronoun ("it is" / "is it").

Every fifth family (by position, from the fifth) is held out and looked at once for the report.
The judge is ``semcache_pairs_typos.PairJudge`` (the cache's own decision, shipped settings).

Run: ``PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/semcache_pairs_function_words.py [--held-out] [-v]``.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from semcache_pairs_typos import Family, _f, run_cli  # noqa: E402

FAMILIES: list[Family] = [
    _f(
        "article_dropped",
        "dropped article",
        [
            ("How do I tie a tie?", "how do i tie tie"),
            ("What is the capital of Australia?", "what is capital of australia"),
            ("How do I change a flat tire?", "how do i change flat tire"),
            ("What is the boiling point of water?", "what is boiling point of water?"),
            ("How do I make an omelette?", "how do i make omelette"),
        ],
        [
            ("What is vitamin A good for?", "what is vitamin good for?"),
            ("What is the capital of Australia?", "what was the capital of australia"),
            ("How do I make an omelette?", "how do i make two omelettes"),
        ],
    ),
    _f(
        "aux_how_many",
        "dropped auxiliary",
        [
            ("How many calories are in a banana?", "how many calories in a banana"),
            ("How many ounces are in a pound?", "how many ounces in a pound"),
            ("How many cups are in a litre?", "how many cups in litre"),
            ("How many bones are in the human body?", "how many bones in the human body?"),
            ("How much caffeine is in a cup of coffee?", "how much caffeine in a cup of coffee"),
        ],
        [
            ("How many calories are in a banana?", "how many calories were in a banana"),
            ("How many calories are in a banana?", "how many calories are in two bananas"),
            ("How many bones are in the human body?", "how many bones are in a dog's body?"),
            ("How much caffeine is in a cup of coffee?", "how much caffeine is in a cup of tea"),
        ],
    ),
    _f(
        "aux_leading_does",
        "dropped auxiliary",
        [
            ("Does vitamin C help with colds?", "vitamin c help with colds?"),
            ("Do cats need baths?", "cats need baths?"),
            ("Does coffee dehydrate you?", "coffee dehydrate you?"),
            ("Do plants need sunlight to grow?", "plants need sunlight to grow?"),
            ("Does the moon have gravity?", "does moon have gravity?"),
        ],
        [
            ("Does vitamin C help with colds?", "did vitamin c help with colds?"),
            ("Do cats need baths?", "can cats need baths?"),
            ("Does coffee dehydrate you?", "doesn't coffee dehydrate you?"),
            ("Do plants need sunlight to grow?", "will plants need sunlight to grow?"),
            ("Does the moon have gravity?", "does the sun have gravity?"),
        ],
    ),
    _f(
        "copula_question",
        "dropped auxiliary",
        [
            ("Is coffee bad for you?", "coffee bad for you?"),
            ("Is the sun a star?", "is sun a star?"),
            ("Are tomatoes a fruit?", "tomatoes a fruit?"),
            ("Is a tomato a fruit?", "is tomato a fruit?"),
            ("Are bananas good for dogs?", "bananas good for dogs?"),
        ],
        [
            ("Is coffee bad for you?", "was coffee bad for you?"),
            ("Is coffee bad for you?", "isn't coffee bad for you?"),
            ("Are tomatoes a fruit?", "should tomatoes be a fruit?"),
            ("Is it raining in London?", "it is raining in London"),
        ],
    ),
    _f(
        "held_mixed",
        "dropped auxiliary",
        [
            ("How many teaspoons are in a tablespoon?", "how many teaspoons in a tablespoon"),
            ("Does the iPhone have a headphone jack?", "does iphone have headphone jack?"),
            ("Is a whale a mammal?", "whale a mammal?"),
            ("What is the speed of light?", "what is speed of light"),
        ],
        [
            ("Does the iPhone have a headphone jack?", "did the iphone have a headphone jack?"),
            ("Is a whale a mammal?", "is a whale a fish?"),
            ("What is plan B?", "what is plan?"),
            ("How many teaspoons are in a tablespoon?", "how many tablespoons are in a teaspoon"),
        ],
    ),
    _f(
        "wh_copula",
        "dropped auxiliary",
        [
            ("Who is the CEO of Microsoft?", "who is ceo of microsoft"),
            ("Where is the Eiffel Tower?", "where is eiffel tower?"),
            ("What is the tallest mountain in the world?", "what is tallest mountain in the world"),
            ("When is the next solar eclipse?", "when is next solar eclipse"),
        ],
        [
            ("Who is the CEO of Microsoft?", "who was the ceo of microsoft"),
            ("Who is the CEO of Microsoft?", "who will be the ceo of microsoft"),
            ("When is the next solar eclipse?", "when was the last solar eclipse"),
            ("Where is the Eiffel Tower?", "where was the eiffel tower built"),
        ],
    ),
    _f(
        "wh_does",
        "dropped auxiliary",
        [
            ("What does a cardiologist do?", "what a cardiologist do?"),
            ("How does a refrigerator work?", "how a refrigerator works"),
            ("Why do cats purr?", "why cats purr?"),
            ("Why does the sky look blue?", "why sky look blue?"),
        ],
        [
            ("What does the Bible say about divorce?", "what did the bible say about divorce"),
            ("Why do cats purr?", "why don't cats purr?"),
            ("Why do cats purr?", "why did my cat purr?"),
            ("What does a cardiologist do?", "what should a cardiologist do?"),
        ],
    ),
    _f(
        "agreement",
        "dropped auxiliary",
        [
            ("Are eggs good for you?", "is eggs good for you?"),
            ("Does dogs need vaccines?", "do dogs need vaccines?"),
            ("What are the symptoms of flu?", "what is the symptoms of flu"),
            ("Is there a fee for the museum?", "is there fee for the museum?"),
        ],
        [
            ("Is there a fee for the museum?", "there is a fee for the museum"),
            ("Are eggs good for you?", "were eggs good for you?"),
            ("Do you need a visa for Japan?", "did you need a visa for japan?"),
            ("Is the egg good for you?", "is the egg white good for you?"),
        ],
    ),
    _f(
        "recipe_articles",
        "dropped article",
        [
            ("How long do I boil an egg?", "how long do i boil egg"),
            ("How do I cook the perfect steak?", "how do i cook a perfect steak"),
            ("What temperature do I bake a cake at?", "what temperature do i bake the cake at?"),
            ("How do I sharpen a knife?", "how do i sharpen the knife"),
        ],
        [
            ("How long do I boil an egg?", "how long did i boil the egg"),
            ("How do I sharpen a knife?", "how do i sharpen two knives"),
            ("What temperature do I bake a cake at?", "what temperature should not i bake a cake at?"),
            ("What is grade A beef?", "what is grade beef?"),
        ],
    ),
    _f(
        "held_wh",
        "dropped auxiliary",
        [
            ("What is the population of Canada?", "what is population of canada"),
            ("Why do onions make you cry?", "why onions make you cry?"),
            ("How many legs does a spider have?", "how many legs a spider have?"),
            ("Are carrots good for your eyes?", "carrots good for your eyes?"),
        ],
        [
            ("What was the population of Canada in 1900?", "what is the population of canada"),
            ("Why do onions make you cry?", "why don't onions make you cry?"),
            ("How many legs does a spider have?", "how many legs did a spider have?"),
            ("Do you have vitamin A?", "do you have vitamin?"),
        ],
    ),
]


if __name__ == "__main__":
    run_cli(FAMILIES)
