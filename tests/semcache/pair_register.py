"""Hand-written families of how *other people* reword a question (issue #13, third set).

Written for this project by j61 (no sentence comes from an evaluation data set, and the blind
set ``scripts/semcache_fresh_pairs.py`` was not read). The earlier families (``pair_families``,
``pair_categories``) are mostly light rewordings; a blind set written by someone else showed the
cache serving 9% of typo rewordings, 6% of formal ones and 25% of ordinary rewords. So these
families pair each question with the way another user would send it:

* register: formal ("Could you kindly advise how to ...", "I would be grateful if ...") and
  chat ("hey how do u ...", "quick q: ...") against the plain question;
* question against imperative ("Tell me how to ...", "Walk me through ..."), telegraphic forms
  ("passport renewal steps?"), added politeness and context ("I'm new to this, ...");
* word order and clause reordering, synonyms and hypernyms, passive against active;
* misspellings of the subject's words (the static encoder reads them as other words).

Traps keep most words and change the answer, in each of the same registers: negation, the
opposite verb (enable/disable), another entity, number or place, swapped roles, narrower or
wider scope, another aspect of the same subject. A trap often *also* changes the register, so a
model cannot learn "formal against plain means the same question".

Every family crosses one template with subjects from several domains (IT, HR, finance, health,
travel, coding, cooking). **Every fifth family** (in definition order, paraphrases and traps
counted apart) is held out (:func:`held_out`): ``make train-semcache`` never fits or tunes on
it and reports it apart (``paraphrase:reg`` / ``trap:reg``).
"""

from __future__ import annotations

from collections.abc import Sequence

Pair = tuple[str, str]

#: Things a user wants to do, as infinitive phrases, from seven domains.
_ACTIONS = {
    "it": [
        "reset my email password",
        "connect to the office VPN",
        "clear the browser cache",
        "set up two-factor authentication",
        "free up disk space on my laptop",
        "update the printer driver",
    ],
    "hr": [
        "request parental leave",
        "change my direct deposit details",
        "report a workplace injury",
        "claim travel expenses",
        "book time off for a holiday",
        "update my emergency contact",
    ],
    "finance": [
        "open a savings account",
        "dispute a credit card charge",
        "file a tax return",
        "set up a monthly budget",
        "roll over my pension",
        "pay off a student loan early",
    ],
    "health": [
        "lower my blood pressure",
        "treat a sprained ankle",
        "get rid of a stubborn cough",
        "improve my sleep",
        "book a flu vaccine",
        "ease lower back pain",
    ],
    "travel": [
        "renew my passport",
        "apply for a tourist visa",
        "change a flight booking",
        "get a refund for a cancelled train",
        "find cheap hotel rooms",
        "upgrade to business class",
    ],
    "coding": [
        "reverse a string in Python",
        "undo the last git commit",
        "read a CSV file with pandas",
        "center a div with CSS",
        "merge two dictionaries in Python",
        "find a memory leak in a Java app",
    ],
    "cooking": [
        "make a roux",
        "keep pasta from sticking together",
        "poach an egg",
        "thicken a soup",
        "sharpen a chef's knife",
        "proof bread dough",
    ],
}
_DOMAINS = list(_ACTIONS)


def _actions(k: int, n: int = 5) -> list[str]:
    """``n`` actions for the ``k``-th family, each from another domain (rotating), so every
    family spans several domains and no two neighbouring families share their subjects."""
    out = []
    for j in range(n):
        domain = _ACTIONS[_DOMAINS[(k + j) % len(_DOMAINS)]]
        out.append(domain[(k * 5 + j * 3) % len(domain)])
    return out


def _fill(a: str, b: str, subjects: list[str]) -> list[Pair]:
    return [(a.format(s=s), b.format(s=s)) for s in subjects]


def _fill2(a: str, b: str, subjects: Sequence[tuple[str, ...]]) -> list[Pair]:
    """Templates over several slots (``{0}``, ``{1}`` ...), e.g. an action and its gerund."""
    return [(a.format(*s), b.format(*s)) for s in subjects]


#: The templates of the action families: (name, category, stored question, new question).
_ACTION_PARAPHRASES = [
    ("kindly_advise", "formal", "Could you kindly advise how to {s}?", "how do i {s}"),
    ("grateful_explain", "formal", "I would be grateful if you could explain how to {s}.", "How do I {s}?"),
    ("so_kind", "formal", "Would you be so kind as to tell me how one might {s}?", "How can I {s}?"),
    ("advise_procedure", "formal", "Please advise on the correct procedure to {s}.", "how to {s}?"),
    ("hey_u", "casual", "hey how do u {s}", "How do I {s}?"),
    ("quick_q", "casual", "quick q - how do i {s}?", "How can I {s}?"),
    ("any_idea", "casual", "any idea how to {s}??", "How do I {s}?"),
    ("lol_help", "casual", "ok so how am i supposed to {s} lol", "How should I {s}?"),
    ("tell_me", "imperative", "Tell me how to {s}.", "How do I {s}?"),
    ("explain_how", "imperative", "Explain how to {s}.", "How does one {s}?"),
    ("show_steps", "imperative", "Show me the steps to {s}.", "What are the steps to {s}?"),
    ("walk_through", "imperative", "Walk me through how to {s}.", "How do I {s}?"),
    ("new_to_this", "context", "I'm new to this - how do I {s}?", "How do I {s}?"),
    ("never_done", "context", "I've never done this before. How do I {s}?", "How do I {s}?"),
    ("dumb_question", "context", "Sorry if this is a dumb question, but how do I {s}?", "How do I {s}?"),
    ("asked_to", "context", "My manager asked me to {s}. How do I do that?", "How do I {s}?"),
    ("bare_how_to", "telegraphic", "how to {s}", "What is the way to {s}?"),
    ("want_to_what", "reorder", "If I want to {s}, what should I do?", "What should I do if I want to {s}?"),
    ("to_x_what_steps", "reorder", "To {s}, what steps do I follow?", "What steps do I follow to {s}?"),
    ("best_way", "synonym", "What is the best way to {s}?", "How should I {s}?"),
    ("recommend_way", "synonym", "Can you recommend a good way to {s}?", "What's a good way to {s}?"),
    ("easiest_way", "casual", "whats the easiest way to {s}", "What is the simplest way to {s}?"),
    ("possible_online", "question_form", "Can I {s} online?", "Is it possible to {s} online?"),
    ("how_long_take", "synonym", "How long does it take to {s}?", "How much time does it take to {s}?"),
    ("is_there_way", "question_form", "Is there a way to {s}?", "How can I {s}?"),
    ("trying_to", "context", "I'm trying to {s} but I'm stuck. Any tips?", "How do I {s}?"),
    ("need_help", "imperative", "I need help to {s}.", "How do I {s}?"),
    ("where_start", "synonym", "Where do I start if I want to {s}?", "How do I begin to {s}?"),
]

_CLAUSES = [
    ("my flight is cancelled", "My flight is cancelled"),
    ("I forgot my laptop password", "I forgot my laptop password"),
    ("my paycheck is wrong", "My paycheck is wrong"),
    ("the sauce splits", "The sauce splits"),
    ("my card is declined abroad", "My card is declined abroad"),
]

#: Families over other subjects (each pair asks the same question twice).
_OTHER_PARAPHRASES: list[tuple[str, str, list[Pair]]] = [
    (
        "calculated_passive",
        "passive",
        _fill(
            "How is {s} calculated?",
            "How do you calculate {s}?",
            ["overtime pay", "compound interest", "body mass index", "a mortgage payment", "holiday pay", "a tip"],
        ),
    ),
    (
        "stored_passive",
        "passive",
        _fill(
            "How should {s} be stored?",
            "How should I store {s}?",
            ["cooked rice", "fresh basil", "API keys", "insulin pens", "tax receipts", "sourdough starter"],
        ),
    ),
    (
        "symptoms_signs",
        "synonym",
        _fill(
            "What are the symptoms of {s}?",
            "What are the signs of {s}?",
            ["dehydration", "burnout", "low iron", "a concussion", "food poisoning", "altitude sickness"],
        ),
    ),
    (
        "bring_on_plane",
        "synonym",
        _fill(
            "Can I bring {s} on a plane?",
            "Am I allowed to take {s} on a flight?",
            ["a power bank", "insulin", "a laptop", "peanut butter", "a folding umbrella", "knitting needles"],
        ),
    ),
    (
        "what_causes",
        "question_form",
        _fill(
            "Why does {s} happen?",
            "What causes {s}?",
            ["a memory leak", "heartburn", "a segmentation fault", "jet lag", "inflation", "a deadlock"],
        ),
    ),
    (
        "difference_between",
        "question_form",
        _fill2(
            "What is the difference between {0} and {1}?",
            "How does {0} differ from {1}?",
            [
                ("a Roth IRA", "a traditional IRA"),
                ("baking soda", "baking powder"),
                ("a process", "a thread"),
                ("a cold", "the flu"),
                ("annual leave", "sick leave"),
                ("a visa", "a residence permit"),
            ],
        ),
    ),
    (
        "eligible_qualify",
        "synonym",
        _fill(
            "Am I eligible for {s}?",
            "Do I qualify for {s}?",
            ["a tax refund", "parental leave", "a student discount", "travel insurance", "a company pension"],
        ),
    ),
    (
        "what_if_clause",
        "reorder",
        _fill2("What should I do if {0}?", "{1} - what should I do?", _CLAUSES),
    ),
    (
        "get_rid_remove",
        "synonym",
        _fill(
            "How do I get rid of {s}?",
            "How can I remove {s}?",
            [
                "fruit flies in the kitchen",
                "malware from my PC",
                "a stripped screw",
                "limescale in a kettle",
                "mould in the shower",
            ],
        ),
    ),
    (
        "place_front",
        "reorder",
        _fill2(
            "In {1}, how do I {0}?",
            "How do I {0} in {1}?",
            [
                ("open a bank account", "Germany"),
                ("get a driving licence", "Japan"),
                ("register a small business", "Canada"),
                ("see a GP", "the UK"),
                ("rent a car", "Iceland"),
            ],
        ),
    ),
    (
        "telegraphic_noun",
        "telegraphic",
        _fill(
            "{s} requirements?",
            "What are the requirements for {s}?",
            ["passport renewal", "a mortgage", "sick pay", "a work visa", "a Python internship"],
        ),
    ),
    (
        "telegraphic_cost",
        "telegraphic",
        _fill(
            "{s} cost",
            "How much does {s} cost?",
            ["a root canal", "a Schengen visa", "an AWS t3.micro instance", "a cooking class", "a health check-up"],
        ),
    ),
    (
        "worth_it",
        "question_form",
        _fill2(
            "Is {0} worth it?",
            "Is it worth getting {0}?",
            [
                ("travel insurance",),
                ("an extended warranty",),
                ("a standing desk",),
                ("a cast iron pan",),
                ("GitHub Copilot",),
            ],
        ),
    ),
    (
        "safe_risk",
        "question_form",
        _fill2(
            "Is it safe to {0}?",
            "Is there any risk in {1}?",
            [
                ("refreeze thawed chicken", "refreezing thawed chicken"),
                ("take ibuprofen with coffee", "taking ibuprofen with coffee"),
                ("store passwords in a browser", "storing passwords in a browser"),
                ("exercise with a cold", "exercising with a cold"),
                ("use public wifi for banking", "using public wifi for banking"),
            ],
        ),
    ),
    (
        "deadline_last_day",
        "synonym",
        _fill(
            "What's the deadline to {s}?",
            "When is the last day to {s}?",
            [
                "file taxes",
                "enrol in benefits",
                "submit expense claims",
                "change a flight for free",
                "register to vote",
            ],
        ),
    ),
    (
        "hypernym_device",
        "hypernym",
        _fill2(
            "My {0} won't turn on. What can I do?",
            "What should I do when my {0} doesn't switch on?",
            [("laptop",), ("phone",), ("router",), ("dishwasher",), ("smart TV",)],
        ),
    ),
    (
        "typo_action",
        "typo",
        _fill2(
            "how do i {1}",
            "How do I {0}?",
            [
                ("reset my email password", "reset my emial pasword"),
                ("request parental leave", "reqest parental leav"),
                ("file a tax return", "file a tax retrun"),
                ("lower my blood pressure", "lower my blod presure"),
                ("renew my passport", "renw my pasport"),
                ("reverse a string in Python", "revers a strng in pyton"),
            ],
        ),
    ),
    (
        "typo_what_is",
        "typo",
        _fill2(
            "{1}",
            "{0}",
            [
                ("What is the capital of Australia?", "whats the captial of australia"),
                ("How many calories are in an avocado?", "how many calroies in an avocdo"),
                ("What is a good credit score?", "what is a good credt score"),
                ("How do I boil an egg?", "how do i boill an eg"),
                ("What are the side effects of ibuprofen?", "what are the side efects of ibuprofin"),
            ],
        ),
    ),
    (
        "typo_formal_mix",
        "typo",
        _fill2(
            "Could you explain how to {0}?",
            "can u explain how to {1}",
            [
                ("clear the browser cache", "clear the browswer cashe"),
                ("claim travel expenses", "claim travle expences"),
                ("open a savings account", "open a savngs acount"),
                ("change a flight booking", "change a flght bookng"),
                ("thicken a soup", "thiken a soop"),
            ],
        ),
    ),
]

#: Families whose pairs ask two questions with different answers.
_TRAPS: list[tuple[str, str, list[Pair]]] = [
    (
        "happens_if_dont",
        "negation",
        _fill(
            "What happens if I {s}?",
            "What happens if I don't {s}?",
            ["pay my credit card on time", "take my antibiotics", "file my taxes", "renew my visa", "update my laptop"],
        ),
    ),
    (
        "foods_contain_not",
        "negation",
        _fill(
            "Which foods contain {s}?",
            "Which foods don't contain {s}?",
            ["gluten", "lactose", "caffeine", "added sugar", "soy"],
        ),
    ),
    (
        "formal_vs_stop",
        "negation",
        _fill2(
            "Could you kindly advise how to {0}?",
            "how do i stop {1}",
            [
                ("share my screen in Teams", "sharing my screen in Teams"),
                ("sync my photos to iCloud", "syncing my photos to iCloud"),
                ("get overtime pay", "getting overtime pay"),
                ("auto-renew my subscription", "auto-renewing my subscription"),
                ("track my location", "tracking my location"),
            ],
        ),
    ),
    (
        "enable_disable",
        "opposite_verb",
        _fill2(
            "I would be grateful if you could explain how to {0} {1}.",
            "how do i {2} {1}",
            [
                ("enable", "dark mode in Outlook", "disable"),
                ("turn on", "location services", "turn off"),
                ("increase", "my pension contributions", "decrease"),
                ("add", "a user to the Slack workspace", "remove"),
                ("lock", "my credit card", "unlock"),
            ],
        ),
    ),
    (
        "another_country_register",
        "entity",
        _fill2(
            "Could you kindly advise how to {0} in {1}?",
            "how do i {0} in {2}",
            [
                ("renew a passport", "Canada", "Australia"),
                ("get a work permit", "Germany", "Austria"),
                ("file taxes as a freelancer", "Spain", "Portugal"),
                ("see a dermatologist", "France", "Belgium"),
                ("buy a SIM card", "Japan", "Korea"),
            ],
        ),
    ),
    (
        "another_language_code",
        "entity",
        _fill2(
            "Tell me how to {0} in {1}.",
            "How do I {0} in {2}?",
            [
                ("reverse a string", "Python", "JavaScript"),
                ("read a JSON file", "Go", "Rust"),
                ("sort a dictionary by value", "Python", "Ruby"),
                ("make an HTTP request", "Java", "Kotlin"),
                ("parse a date", "PHP", "Perl"),
            ],
        ),
    ),
    (
        "another_number_formal",
        "numbers",
        _fill2(
            "Would you be so kind as to tell me whether a {0}-year-old can {1}?",
            "can a {2} year old {1}",
            [
                ("16", "open a bank account", "12"),
                ("17", "get a tattoo", "18"),
                ("14", "work part time", "15"),
                ("65", "withdraw from a pension", "55"),
                ("70", "renew a driving licence", "60"),
            ],
        ),
    ),
    (
        "another_dose",
        "numbers",
        _fill2(
            "Is it safe to take {0} mg of {1} a day?",
            "is it safe to take {2} mg of {1} a day",
            [
                ("400", "ibuprofen", "1200"),
                ("500", "paracetamol", "4000"),
                ("10", "melatonin", "1"),
                ("200", "caffeine", "600"),
            ],
        ),
    ),
    (
        "swapped_roles_sue",
        "roles",
        _fill2(
            "Can {0} sue {1}?",
            "Can {1} sue {0}?",
            [
                ("an employer", "an employee"),
                ("a tenant", "a landlord"),
                ("a patient", "a doctor"),
                ("a customer", "an airline"),
                ("a contractor", "a homeowner"),
            ],
        ),
    ),
    (
        "swapped_roles_pay",
        "roles",
        _fill2(
            "Does the {0} pay the {1}?",
            "Does the {1} pay the {0}?",
            [
                ("buyer", "estate agent"),
                ("employer", "recruiter"),
                ("tenant", "letting agent"),
                ("guest", "host"),
                ("client", "freelancer"),
            ],
        ),
    ),
    (
        "narrower_scope",
        "scope",
        _fill2(
            "How do I {0}?",
            "How do I {0} {1}?",
            [
                ("cancel my subscription", "without losing my data"),
                ("delete my account", "but keep my photos"),
                ("quit my job", "while on sick leave"),
                ("change my flight", "after check-in"),
                ("merge two branches", "without a merge commit"),
            ],
        ),
    ),
    (
        "long_term_scope",
        "scope",
        _fill(
            "What are the side effects of {s}?",
            "What are the long-term side effects of {s}?",
            ["statins", "melatonin", "the birth control pill", "antidepressants", "steroid inhalers"],
        ),
    ),
    (
        "wider_hypernym",
        "scope",
        _fill2(
            "Can I bring {0} on a plane?",
            "Can I bring {1} on a plane?",
            [
                ("cheese", "food"),
                ("a lithium battery", "batteries"),
                ("wine", "alcohol"),
                ("scissors", "sharp objects"),
                ("a drone", "electronics"),
            ],
        ),
    ),
    (
        "other_aspect",
        "aspect",
        _fill(
            "How long does it take to {s}?",
            "How much does it cost to {s}?",
            ["renew a passport", "get a visa for India", "replace a laptop screen", "train a guide dog", "get braces"],
        ),
    ),
    (
        "how_vs_why",
        "aspect",
        _fill(
            "How do I {s}?",
            "Why should I {s}?",
            [
                "set up two-factor authentication",
                "roll over my pension",
                "proof bread dough",
                "stretch before running",
                "use a VPN",
            ],
        ),
    ),
    (
        "before_after",
        "time",
        _fill(
            "Should I eat before {s}?",
            "Should I eat after {s}?",
            ["a workout", "a blood test", "a long flight", "a job interview", "swimming"],
        ),
    ),
    (
        "best_for_other",
        "for_x",
        _fill2(
            "Can you recommend a good laptop for {0}?",
            "whats a good laptop for {1}",
            [
                ("gaming", "programming"),
                ("students", "video editing"),
                ("travel", "music production"),
                ("kids", "seniors"),
            ],
        ),
    ),
    (
        "better_worse",
        "comparison",
        _fill2(
            "Is {0} better than {1} for {2}?",
            "Is {0} worse than {1} for {2}?",
            [
                ("oat milk", "almond milk", "baking"),
                ("a Roth IRA", "a 401k", "early retirement"),
                ("SQLite", "Postgres", "small apps"),
                ("walking", "running", "weight loss"),
                ("a rail pass", "single tickets", "Italy"),
            ],
        ),
    ),
    (
        "tell_me_other_object",
        "entity",
        _fill2(
            "Walk me through how to {0}.",
            "How do I {1}?",
            [
                ("reset my email password", "reset my bank password"),
                ("poach an egg", "poach a pear"),
                ("claim travel expenses", "claim medical expenses"),
                ("undo the last git commit", "undo the last git push"),
                ("treat a sprained ankle", "treat a sprained wrist"),
            ],
        ),
    ),
    (
        "typo_other_entity",
        "entity",
        _fill2(
            "{0}",
            "{1}",
            [
                ("How do I renew my passport?", "how do i renw my drivers licence"),
                ("What is the capital of Austria?", "whats the captial of australia"),
                ("How many calories are in an avocado?", "how many calroies in a banana"),
                ("How do I reverse a list in Python?", "how do i reverse a list in java"),
                ("What are the side effects of ibuprofen?", "what are the side efects of aspirin"),
            ],
        ),
    ),
    (
        "active_passive_roles",
        "roles",
        _fill2(
            "Who approves {0}?",
            "What does {0} approve?",
            [
                ("the finance manager",),
                ("the ethics board",),
                ("the head of HR",),
                ("the planning committee",),
                ("the release manager",),
            ],
        ),
    ),
    (
        "from_to_money",
        "roles",
        _fill2(
            "Please advise on how to move money from my {0} account to my {1} account.",
            "how do i move money from my {1} account to my {0} account",
            [("savings", "checking"), ("personal", "business"), ("ISA", "current"), ("brokerage", "savings")],
        ),
    ),
    (
        "import_export",
        "opposite_verb",
        _fill2(
            "Explain how to {0} {2}.",
            "how do i {1} {2}",
            [
                ("import", "export", "contacts into Outlook"),
                ("upgrade", "downgrade", "my Spotify plan"),
                ("deposit", "withdraw", "cash at an ATM abroad"),
                ("encrypt", "decrypt", "a zip file"),
                ("freeze", "thaw", "cooked rice safely"),
            ],
        ),
    ),
    (
        "clinic_am_pm",
        "time",
        _fill2(
            "Could you let me know whether the {0} opens at {1}?",
            "does the {0} open at {2}",
            [("clinic", "8 am", "8 pm"), ("pharmacy", "7am", "7pm"), ("bank", "9 am", "9 pm"), ("gym", "6am", "6pm")],
        ),
    ),
    (
        "oven_temperature",
        "numbers",
        _fill2(
            "Can I bake {0} at {1} degrees?",
            "can i bake {0} at {2} degrees",
            [
                ("salmon", "180", "250"),
                ("sourdough", "230", "150"),
                ("brownies", "160", "220"),
                ("chicken thighs", "200", "120"),
            ],
        ),
    ),
    (
        "insurance_dependant",
        "entity",
        _fill2(
            "I would be grateful if you could tell me whether I can add my {0} to my {1}.",
            "can i add my {2} to my {1}",
            [
                ("spouse", "health insurance", "parents"),
                ("partner", "car insurance", "neighbour"),
                ("son", "phone plan", "landlord"),
                ("daughter", "pension as a beneficiary", "employer"),
            ],
        ),
    ),
    (
        "leave_arrive",
        "direction",
        _fill2(
            "What time does the last train {0} {2}?",
            "What time does the last train {1} {2}?",
            [
                ("leave from", "arrive at", "Paddington"),
                ("depart from", "get into", "Central Station"),
                ("leave", "reach", "the airport"),
                ("set off from", "arrive in", "Brighton"),
            ],
        ),
    ),
    (
        "tax_year",
        "numbers",
        _fill2(
            "What is the {0} for {1}?",
            "what's the {0} for {2}",
            [
                ("personal allowance", "2023", "2025"),
                ("ISA limit", "2019", "2024"),
                ("401k contribution limit", "2022", "2026"),
                ("standard deduction", "2020", "2025"),
            ],
        ),
    ),
    (
        "cause_vs_cure",
        "aspect",
        _fill(
            "What causes {s}?",
            "What cures {s}?",
            ["hiccups", "a hangover", "a dry cough", "motion sickness", "dandruff"],
        ),
    ),
    (
        "informal_other_place",
        "entity",
        _fill2(
            "Is it safe to drink the tap water in {0}?",
            "can u drink the tap water in {1}",
            [
                ("Lisbon", "Cairo"),
                ("Mexico City", "Madrid"),
                ("Bangkok", "Singapore"),
                ("Prague", "Delhi"),
                ("Oslo", "Lima"),
            ],
        ),
    ),
    (
        "plural_all_some",
        "scope",
        [
            ("How do I delete an email in Gmail?", "How do I delete all my emails in Gmail?"),
            ("How do I delete a branch in git?", "How do I delete all my branches in git?"),
            ("How do I delete a contact on my iPhone?", "How do I delete all my contacts on my iPhone?"),
            ("How do I delete a file in Google Drive?", "How do I delete all my files in Google Drive?"),
            ("How do I delete a row in Excel?", "How do I delete all the rows in Excel?"),
        ],
    ),
    (
        "min_max",
        "comparison",
        _fill(
            "What is the minimum {s}?",
            "What is the maximum {s}?",
            [
                "wage in Ireland",
                "pension contribution",
                "carry-on bag weight",
                "daily dose of vitamin D",
                "length of a tweet",
            ],
        ),
    ),
]


#: Trap families no verifier input can tell from a paraphrase (the same content words; only the
#: question word, or a quantifier added against a singular, changes): shapes the hard guards own.
#: ``make train-semcache`` fits them as "not the same" but does not count them in its trap budget
#: (out of fold, each family unseen, they would set the operating point alone); they are listed
#: here so the guards' owner can take them up.
GUARD_GAPS = frozenset({"active_passive_roles", "plural_all_some"})


def _assemble() -> tuple[dict[str, tuple[str, list[Pair]]], dict[str, tuple[str, list[Pair]]]]:
    paraphrases: dict[str, tuple[str, list[Pair]]] = {}
    for k, (name, cat, a, b) in enumerate(_ACTION_PARAPHRASES):
        paraphrases[name] = (cat, _fill(a, b, _actions(k)))
    for name, cat, pairs in _OTHER_PARAPHRASES:
        paraphrases[name] = (cat, pairs)
    traps = {name: (cat, pairs) for name, cat, pairs in _TRAPS}
    return paraphrases, traps


#: family name -> (category, pairs).
PARAPHRASE_FAMILIES, TRAP_FAMILIES = _assemble()


def held_out(families: dict[str, tuple[str, list[Pair]]], name: str) -> bool:
    """Every fifth family in definition order (the fifth, tenth, ...): never fitted or tuned on."""
    return list(families).index(name) % 5 == 4


def family_pairs(families: dict[str, tuple[str, list[Pair]]], held: bool) -> list[tuple[str, str, Pair]]:
    """(family, category, pair) of the held-out (``held``) or the training families."""
    return [
        (name, cat, pair)
        for name, (cat, pairs) in families.items()
        if held_out(families, name) == held
        for pair in pairs
    ]
