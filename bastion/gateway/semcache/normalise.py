"""The normalised phase's canonical form of a prompt, and the tokeniser the guards share.

Normalisation removes only what cannot change the question: Unicode compatibility forms,
case, whitespace, punctuation (but not the decimal point or sign inside a number), common
contractions and conversational filler ("please", "hey", "can you tell me"). Words that carry
meaning (negations, numbers, quantifiers) are never dropped, so two prompts with the same
canonical form ask the same thing.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_CONTRACTIONS = (
    (re.compile(r"\bcan't\b"), "cannot"),
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bshan't\b"), "shall not"),
    (re.compile(r"\b(\w+)n't\b"), r"\1 not"),
    (re.compile(r"\b(what|who|where|when|why|how|that|there|it|he|she)'s\b"), r"\1 is"),
    (re.compile(r"\b(\w+)'re\b"), r"\1 are"),
    (re.compile(r"\b(\w+)'ve\b"), r"\1 have"),
    (re.compile(r"\b(\w+)'ll\b"), r"\1 will"),
    (re.compile(r"\b(\w+)'d\b"), r"\1 would"),
    (re.compile(r"\bi'm\b"), "i am"),
)

#: Contractions typed without their apostrophe ("dont", "whats"), read as typed with it. Only
#: forms that are not also ordinary words ("were", "well", "its", "id", "hell" stay as they are);
#: "wont" and "cant" are, but rarely in a question.
APOSTROPHE_LESS = {
    **{f"{w}nt": f"{w}n't" for w in ("do", "does", "did", "is", "are", "was", "were", "has", "have", "had")},
    **{f"{w}nt": f"{w}n't" for w in ("should", "could", "would", "must", "need")},
    "cant": "can't",
    "wont": "won't",
    "whats": "what's",
    "hows": "how's",
    "im": "i'm",
    "ive": "i've",
    "youre": "you're",
    "theyre": "they're",
    "thats": "that's",
    "theres": "there's",
    # j120: the question words typed without the apostrophe ("wheres my order").
    "wheres": "where's",
    "whos": "who's",
}
_APOSTROPHE_LESS = re.compile(r"\b(" + "|".join(APOSTROPHE_LESS) + r")\b")

# Leading phrases and words that only make a request polite or chatty. Order matters: longer
# phrases first. Applied at the start of the prompt only (and "please" anywhere), because in
# the middle of a sentence the same words can carry meaning.
_LEADING_FILLER = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|greetings|dear assistant|ok|okay|so|well|um|uh|quick question"
    r"|question|excuse me|sorry|please|kindly|thanks|thank you)\b[\s,!.:;-]*)+"
)
_ASK_FILLER = re.compile(
    r"^(?:(?:can|could|would|will) you (?:please )?(?:tell me|explain(?: to me)?|let me know)"
    r"|i (?:want|would like|wish|need) to know|i was wondering|i wonder"
    r"|tell me|do you know|please tell me|let me know)\b[\s,:]*"
)
# Question openings that ask the same thing: "how can I", "how should I", "how to", "what is the
# best way to", "what are some ways to" all ask "how do I". Applied at the start only.
_HOW_DO_I = re.compile(
    r"^(?:how (?:can|could|should|would|do|does|might|must) (?:i|one|you|we|someone|a person)"
    r"|how (?:is it possible|would it be possible) (?:for (?:me|one|someone) )?to"
    r"|how to"
    r"|what (?:is|are) (?:the |some )?(?:best |easiest |simplest |good |right |proper |most effective )?"
    r"(?:way|ways|method|methods|tips|steps) (?:to|for|of)"
    r"|what (?:should|can|could|do) (?:i|one|you) do to"
    r"|in what way can (?:i|one|you))\b\s*"
)
_TRAILING_FILLER = re.compile(r"(?:[\s,]*(?:please|thanks|thank you|thx|pls))+[\s.!?]*$")
_PLEASE = re.compile(r"\bplease\b")
# Punctuation except a point or comma between digits, a minus before a digit, %, $, € and £
# (amounts and units change answers).
_PUNCT = re.compile(r"(?<!\d)[.,](?!\d)|(?<=\d)[.,](?!\d)|(?<!\d)[.,](?=\d)|[^\w\s.,%$€£+\-]|(?<!\w)-(?!\d)|-(?!\w)")
# ``_PUNCT`` for plain-ASCII text, in two cheaper steps with the same result: every match of
# ``_PUNCT`` is one character, decided on the original text, and the lookarounds of the rules for
# ".", "," and "-" only ask whether a neighbour is a digit or a word character, which replacing
# other punctuation by a space never changes. So the punctuation that goes whatever its
# neighbours (the character class) is replaced by ``str.translate``, then ``_POINTS`` applies the
# rules for ".", "," and "-", only to a text that has one.
_ASCII_PUNCT = str.maketrans({c: " " for c in map(chr, range(128)) if re.fullmatch(r"[^\w\s.,%$€£+\-]", c)})
_POINTS = re.compile(r"(?<!\d)[.,](?!\d)|(?<=\d)[.,](?!\d)|(?<!\d)[.,](?=\d)|(?<!\w)-(?!\d)|-(?!\w)")
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"[$€£]?\d+(?:[.,]\d+)*%?|\w+(?:'\w+)?|[$€£%]", re.UNICODE)


# Leading sentences and clauses that wrap a question without adding to it: courtesy ("sorry if
# this is a dumb question"), the asker's experience ("I'm new to this", "I've never done this
# before"), requests for help ("hoping someone can help"). Only whole, fixed wrappers ending in
# punctuation (or ", but") are removed, so a clause with content ("I'm on Windows - ...",
# "I'm new to Python - ...", "I don't have admin rights. ...") always stays: it changes the
# answer. Matched case-insensitively on the text as asked; what follows keeps its case (the
# entity guard reads capitals).
_APOS = "['\u2019]"
_WRAPPERS = (
    r"(?:hi|hello|hey|hiya)(?: there| all| everyone)?",
    r"good (?:morning|afternoon|evening)",
    rf"(?:i )?hope (?:you{_APOS}re|you are) (?:well|doing well|keeping well)",
    rf"i(?:{_APOS}m| am) (?:new|a beginner|a newbie|a noob|a novice) (?:to|at) (?:this|all this|all of this|it)",
    r"(?:a )?(?:complete |total |absolute )?(?:beginner|newbie|noob|novice) here",
    r"(?:sorry|apologies)(?: in advance)? (?:if|for)(?: this is| this may be| this might be)? (?:a |the |such a )?"
    r"(?:dumb|stupid|silly|basic|naive|newbie|noob|simple) question",
    r"(?:sorry|apologies) for (?:the |any )?(?:bother|trouble|interruption)",
    r"(?:this|it) (?:might|may|could|will) (?:be|sound) (?:like )?(?:a )?(?:really )?(?:dumb|stupid|silly|basic|naive) question",
    r"(?:a )?(?:dumb|stupid|silly|basic|naive|newbie|noob|random|quick|simple) (?:question|q)(?: for you)?",
    r"(?:just )?a quick one",
    r"(?:i was )?(?:just )?(?:wondering|curious)",
    rf"(?:i{_APOS}m |i am )?hoping (?:someone|somebody|anyone|you) can help(?: me)?(?: out)?",
    r"any help (?:is |would be )?(?:much |greatly |really )?appreciated",
    r"(?:can|could) (?:someone|somebody|anyone|you) (?:please )?help(?: me)?(?: out)?",
    r"i (?:need|could use) (?:some )?help",
    r"i have a question",
    rf"(?:i{_APOS}ve |i have )?never (?:done|tried|used|had to do) (?:this|it|that|anything like (?:this|it|that))"
    r"(?: before)?",
    rf"(?:(?:it{_APOS}s|it is) )?(?:my )?first time (?:doing|trying) (?:this|it)",
    r"this is my first time(?: doing this| trying this)?",
    # A formal salutation to the service (never to a named person or team with a role in the
    # question: "Dear billing team" could route it; those stay).
    r"dear (?:support|support team|team|all|sir|sirs|madam|sir or madam|sir/madam|helpdesk|help desk"
    r"|customer (?:service|support)(?: team)?)",
    # A letter's salutation to a person by title (j86), its greeting and a sentence that names only
    # a generic topic the question itself carries ("I am writing regarding my account."; never
    # before a question that refers back to it: "How do I close it?").
    r"dear (?:mr|mrs|ms|miss|mx|dr|doctor|professor|prof)\.?(?: [A-Z][\w'-]+){0,2}",
    r"to whom it may concern",
    r"i hope (?:this|my) (?:message|email|e-mail|letter|note) finds you (?:well|in good health)",
    rf"i(?:{_APOS}m| am) writing (?:in connection with|with reference to|regarding|in relation to|concerning|about"
    r"|with regard to) (?:my|our|an?|the) (?:(?:recent|current|existing|online|latest) )?(?:account|order|booking"
    r"|subscription|enquiry|inquiry|query|request|application|membership|visit|reservation)"
    r"(?=\s*\.(?![^?]*\b(?:it|them|this|that)\b))",
)
_LEADING_WRAPPER = re.compile(
    r"^\s*(?:" + "|".join(_WRAPPERS) + r")\s*(?:[-\u2013\u2014:;,.!?]+\s*(?:but\s+)?|\s+but\s+)", re.IGNORECASE
)
# A formal frame around "how do I": "Please advise on the correct procedure to X" asks "How do I X".
_FORMAL_HOW = re.compile(
    r"^\s*(?:(?:please|kindly) |(?:could|would|can) you (?:please |kindly )?)?advise(?: me)?(?: on| as to)?"
    r"(?: the)?(?: correct| proper| right| best| usual| standard)?"
    r" (?:procedure|process|way|steps|method)(?: (?:to|for))?\s+",
    re.IGNORECASE,
)
# A formal request to be told, around a question: "Could you kindly advise how to X", "I would be
# grateful if you could tell me how X", "Would you be so kind as to explain how X", "I was
# wondering whether you could let me know what X", "Kindly let me know when X", "May I ask why X".
# Only a verb of telling (advise, tell, explain, let know) followed by a question word is a
# frame: "I would be grateful if you could cancel X" asks to act and "Could you advise whether it
# is legal to X" asks something else than "How do I X"; both stay. "advise" is read only before
# "how" ("advise whether" is advice, not a procedure).
# j133 adds the verbs of telling of official letters and of formal English as a second language
# ("indicate", "confirm", "set out", "guide me", "suggest me"): each still only before a question
# word, so "Please guide me through the form" stays whole.
# "confirm" is no verb of telling (j140, review of j133): to confirm is to verify the state of an
# account or an order ("Please confirm if my order has shipped", "... when the payment was
# received"), not to be told a general fact, and read as its question it garbled the prompt
# ("Does my order have shipped?"); before "whether" it also served a trap of voice5's tuning part.
_TELL = (
    r"(?:tell me|let me know|inform me|explain(?: to me)?|clarify|outline|indicate|set out"
    r"|(?:guide|suggest)(?: me)?(?: (?:on|regarding|about|as to))?|advise(?: me)?(?: on| as to)?(?= how\b))"
)
_WH_WORDS = r"(?:how|what|when|where|why|which|who|whether|if)\b"
_WH = rf"(?={_WH_WORDS})"
#: The first words a ``_FORMAL_ASK`` frame opens with: any other prompt skips its many alternatives.
_ASK_OPENERS = frozenset(
    {"please", "kindly", "could", "would", "can", "will", "i", "i'd", "i\u2019d", "may", "might", "be", "it", "request"}
)
#: The request to be told after the question (j86): "Your advice on how to X would be appreciated."
_ADVICE_APPRECIATED = re.compile(
    rf"^\s*(?:your|any) (?:advice|guidance|help|assistance) (?:on|about|regarding|as to) (?P<q>{_WH_WORDS}[^.?!]+?)"
    r" (?:would be|is|will be) (?:much |greatly |most |very )?(?:appreciated|welcome)\s*[.!]*\s*$",
    re.IGNORECASE,
)
_FORMAL_ASK = re.compile(
    r"^\s*(?:please )?(?:"
    r"(?:(?:could|would|can|will) you (?:please |kindly )?(?:advise(?: me)?|explain(?: to me)?|outline|describe)"
    r"|(?:please )?kindly advise(?: me)?(?: as to)?) (?=how\b)"
    rf"|i(?:{_APOS}d| would| should) (?:be (?:most |very |really |extremely )?(?:grateful|obliged|thankful|glad)|appreciate it"
    r"|greatly appreciate it)"
    rf" if you (?:could|would|might) (?:please |kindly )?{_TELL} {_WH}"
    rf"|(?:would you |please )?be so kind as to {_TELL} {_WH}"
    rf"|i (?:(?:was|am) wondering|wonder(?:ed)?) (?:whether|if) you (?:could|would|might) (?:please |kindly )?{_TELL} {_WH}"
    # Formal register, a third round (j86): hedged, informing, elaborating, writing to ask, and a
    # yes/no question after "advise whether" (read in question order: "Is my flight delayed?").
    rf"|i (?:was|am) hoping (?:that )?you (?:could|would|might) (?:be able to )?{_TELL} {_WH}"
    rf"|(?:could|would|can|will) you (?:please |kindly )?(?:be able to )?(?:inform me|elaborate (?:on|upon)) {_WH}"
    rf"|i(?:{_APOS}m| am) writing to (?:ask|enquire|inquire)(?: as to)? {_WH}"
    r"|(?:(?:please|kindly) |(?:could|would|can) you (?:please |kindly )?)advise(?: me)?(?: as to)? (?=whether\b)"
    r"|i (?:was|am) wondering (?=(?:how|what|when|where|why|which|who)\b)"
    # A request to be told in other formal words (j86, third batch): "Would you mind explaining",
    # "Could you possibly explain / clarify", "Would you be able to tell me", "Might I ask",
    # "Could you provide information on / an explanation of", "I seek clarification on", "I would
    # appreciate your advice on", "I would be interested to know" (only before a question word:
    # "Would you mind cancelling my order" asks to act).
    rf"|(?:could|would|can|will|might) you (?:please |kindly |possibly )*be able to {_TELL} {_WH}"
    rf"|(?:could|would|can|will) you (?:please |kindly )?possibly (?:please )?{_TELL} {_WH}"
    rf"|(?:could|would|can|will) you (?:please |kindly )?(?:clarify|indicate) {_WH}"
    rf"|would you mind (?:explaining|telling me|clarifying|describing)(?: to me)? {_WH}"
    rf"|(?:may|might|could) i (?:please )?(?:ask|enquire|inquire)(?: as to)? {_WH}"
    r"|(?:(?:could|would|can|will) you |please |kindly )?(?:please |kindly )?provide (?:me with )?(?:some |an? |the )?"
    r"(?:further )?(?:information|details|guidance|advice|instructions|explanation|clarification)"
    rf" (?:on|about|regarding|as to|of|concerning) {_WH}"
    r"|i (?:seek|require|need|am seeking|would (?:like|appreciate)|should (?:like|appreciate)) (?:some |further )?"
    rf"(?:clarification|information|guidance|advice|details|confirmation) (?:on|about|regarding|as to|concerning) {_WH}"
    # Formal register, a fourth round (j133): the shapes of a letter's wish to be told, said as a
    # statement of gladness or need ("I should be obliged to learn how", "I would be grateful for
    # guidance as to how", "It would assist me to know why", "I wish to ascertain how", "I should
    # appreciate being told how"), of writing to ask ("I write to enquire as to how", "I am
    # writing in the hope that you can tell me how"), a request through "you" in other modal
    # words ("Might you indicate", "Please could you let me know", "Would you be good enough to
    # indicate", "Could I trouble you to explain", "Would it be possible to let me know") and the
    # non-native "Request you to kindly tell me how", "Please guide me how to". Every one only
    # before a question word: what is asked is the rest, and a request to act stays whole.
    rf"|i(?:{_APOS}d| would| should) be (?:most |very |really |extremely |much )?"
    r"(?:grateful|obliged|glad|pleased|thankful|interested|happy)"
    r" (?:to (?:know|learn|hear|ascertain|discover|find out|understand|be (?:told|informed|advised))"
    r"|for (?:some |any |an? |further |your )?(?:guidance|clarification|information|advice|details|explanation"
    rf"|confirmation)(?: (?:on|about|regarding|as to|concerning|of))?) (?:that )?{_WH}"
    r"|it would (?:assist|help|aid) (?:me|us)(?: greatly)? to (?:know|learn|ascertain|understand|find out)"
    rf"(?: as to)? {_WH}"
    r"|it would be (?:most |very |extremely |really )?(?:helpful|useful|of (?:great |much |some )?(?:assistance|help|use))"
    rf"(?: (?:to|for) me)? to (?:know|learn|ascertain|understand|find out)(?: as to)? {_WH}"
    r"|i (?:wish|want|would like|should like|need) to (?:know|ascertain|enquire|inquire|ask|find out|learn|understand)"
    rf"(?: as to| about)?(?: that)? {_WH}"
    rf"|i(?: am|{_APOS}m)? (?:writing|write|contacting you|getting in touch) (?:in the hope that you (?:can|could|will|might)"
    rf" {_TELL}|to (?:ask|enquire|inquire|find out|request (?:some |further )?(?:information|guidance|clarification"
    rf"|details) (?:on|about|regarding|as to|concerning))(?: as to)?) {_WH}"
    rf"|i(?:{_APOS}d| would| should) appreciate (?:an? |some |any |your )?(?:explanation|clarification|information"
    r"|guidance|confirmation|advice|being (?:told|informed|advised)|knowing|learning)"
    rf"(?: (?:as to|on|of|regarding|about|concerning))? {_WH}"
    r"|(?:may|might|could) i (?:please )?(?:request|have|ask for) (?:some )?(?:confirmation|clarification"
    rf"|information|an explanation|details) (?:of|on|as to|about|regarding) {_WH}"
    r"|(?:please )?(?:could|would|can|will|might) you (?:please |kindly )?(?:be (?:good|kind) enough to"
    rf" |be so good as to )?{_TELL} {_WH}"
    rf"|could i (?:trouble|ask) you to {_TELL} {_WH}"
    rf"|(?:would|might|could) it be possible (?:for you )?to {_TELL} {_WH}"
    rf"|(?:i )?request you to (?:please |kindly )*{_TELL} {_WH}"
    rf"|please (?:kindly )?{_TELL} {_WH}"
    rf"|i(?:{_APOS}d| would| should) (?:appreciate|value|welcome) (?:your|any|some) (?:advice|guidance|help|thoughts)"
    rf" (?:on|about|regarding|as to) {_WH}"
    rf"|i(?:{_APOS}d| would| should) be (?:very |most )?interested to (?:know|learn|hear) {_WH}"
    rf"|(?:please )?kindly {_TELL} {_WH}"
    r"|may i (?:please )?ask (?:you )?" + _WH + r")",
    re.IGNORECASE,
)
# The same frames before "the procedure / process / steps for X-ing" (j133: "Might you explain the
# procedure for backing up my phone?"): the rest is read as "What is the procedure for X-ing", which
# ``_FORMAL_STRUCT`` reads "How do I X" (and anything it does not read stays whole).
_FORMAL_ASK_PROCEDURE = re.compile(
    _FORMAL_ASK.pattern.replace(_WH, r"(?=the (?:procedure|process|steps|method) (?:for|to)\b)"), re.IGNORECASE
)
# "how to X" / "how I can X" after a formal frame asks "How do I X" (the normalised phase's
# ``_HOW_DO_I`` reads only a question's own opening).
# Not before a verb that asks whether something is possible or true (j140, review of j133): in
# "let me know how I can qualify for a discount / get a refund / be eligible / know if" the modal
# is the question (eligibility, permission, certainty), so it is not folded into a how-to. The
# rule is the verb's, in either order ("how I can" / the non-native "how can I"): the order
# carries no possibility in formal English ("let me know how I can reset my password" is the
# native way to ask how).
_POSSIBILITY_VERBS = r"(?:tell|know|get|qualify|be|become|afford|still|also|ever|legally|possibly)\b"
_EMBEDDED_HOW = re.compile(
    r"^how (?:to|(?:i|one|we) (?:can|could|may|might|should)(?! " + _POSSIBILITY_VERBS + r")"
    r"|(?:can|could|may|should) (?:i|one|we)(?! " + _POSSIBILITY_VERBS + r"))\s+",
    re.IGNORECASE,
)
# Imperative and casual frames (j69), read as the question they ask, as the formal ones above are.
# Each carries nothing of the question: a request to be told ("Explain how X works", "Tell me the
# difference between X and Y", "Show me how to X", "Walk me through X"), a wish or a call for help
# ("I need to X", "I want to X", "Help me X") or a chatty opening ("anyone know how to X?", "is
# there a way to X?", "any tips for X?", "how would I go about X"). What the frame asks for stays
# in the rest: "Tell me a joke", "Write me a poem", "Cancel my order", "Help me understand ...",
# "I need to know ..." and "anyone know a good X" are not frames and are kept whole.
# A wish that is a cry for help, not a request for steps ("I want to die", "help me end it"): never
# read as "How do I ...", so it is never served another prompt's answer through the frame.
_DISTRESS = r"(?:die|kill|hurt|harm|end (?:it|it all|my life)|disappear|give up)\b"
# A task done for the user or an artefact made for them (j76): "Help me write a cover letter",
# "I need to translate this into French", "I need help proofreading my essay" ask for the letter,
# the translation, the proofreading, not for instructions, so a wish or a call for help around
# one of these verbs is not "How do I X" and stays whole ("Show me how to write a cover letter"
# and "how would I go about writing one" do ask how, and are still read).
_TASK_VERBS = (
    "write|draft|compose|create|generate|design|plan|outline|summari[sz]e|translate|rewrite|reword|rephrase"
    "|paraphrase|edit|proofread|polish|brainstorm|come up with|think of|name|pick|choose|select|decide|calculate"
    "|work out|solve|review|critique|format|structure|check|correct"
)
_TASK_GERUNDS = (
    "writing|drafting|composing|creating|generating|designing|planning|outlining|summari[sz]ing|translating"
    "|rewriting|rewording|rephrasing|paraphrasing|editing|proofreading|polishing|brainstorming|coming up with"
    "|thinking of|naming|picking|choosing|selecting|deciding|calculating|working out|solving|reviewing"
    "|critiquing|formatting|structuring|checking|correcting"
)
_TASK = re.compile(rf"(?:{_TASK_VERBS}|{_TASK_GERUNDS})\b", re.IGNORECASE)
#: Frames that ask "How do I X" (the rest is X).
_PLAIN_HOW = re.compile(
    r"^\s*(?:please )?(?:"
    r"(?:(?:can|could|would|will) you (?:please )?)?(?:show|teach|tell) me how to"
    r"|(?:(?:can|could|would|will) you (?:please )?)?(?:give me|show me|tell me|list|provide) (?:the |some )?"
    r"(?:steps|instructions) (?:to|for)"
    r"|(?:(?:can|could|would|will) you (?:please )?)?walk me through(?: how to| the (?:steps|process) (?:to|for|of))?"
    # A wish or a call for help (j76: named, because around a task it stays whole; ``_TASK``).
    r"|(?P<wish>"
    rf"(?:(?:can|could|would|will) (?:you|someone|somebody|anyone|anybody) (?:please )?)?help me(?: to)?(?! (?:understand|with|out|find|know|choose|decide|{_DISTRESS}))"
    rf"|i (?:need|want|have been trying|am trying|{_APOS}m trying) to(?! (?:know|understand|ask)\b| {_DISTRESS})"
    r"|i (?:need|could use) (?:some )?help(?: with| to)?"
    r"|(?:i )?need help(?: with| to)?)"
    r"|(?:does |do )?(?:anyone|anybody|someone|somebody|you guys) know how to"
    r"|any (?:idea|ideas|clue|tips|advice|suggestions) (?:on |about )?how to"
    r"|is there (?:a|any|an easy|a simple|an easier|a good) way (?:to|i can|for me to)"
    r"|how (?:would|should|do|can) (?:i|one|you) go about"
    r"|how (?:the )?(?:heck|hell) (?:do|can|should) (?:i|you)"
    rf"|(?:i{_APOS}m |i am )?(?:just )?wondering how to"
    # j87: "trying to figure out how to X" (the subject and auxiliary dropped), "how am I / are
    # you supposed to X".
    r"|how (?:am i|are you|are u|r u|is one) supposed to"
    rf"|(?:i{_APOS}m |i am |been )?(?:just )?trying to (?:figure out|work out|find out) how to"
    r")\s+",
    re.IGNORECASE,
)
#: "trying to X, any ideas?", "I want to X. How?", "I need to X, how do I do it?": a request for
#: how after what it is about ("ideas" or "help" after a task, "I need to write a speech, any
#: ideas?", asks for the task done, and stays: ``_TASK``).
_TRYING_HOW = re.compile(
    rf"^\s*(?:(?:i{_APOS}m |i am |been )?trying|(?:i )?(?:want|need)) to (?!{_DISTRESS})(?P<rest>(?:(?! but )[^.?!])+?)\s*(?:[,;:.!-]+\s*|\s)"
    r"(?:(?P<ideas>any (?:ideas|idea|tips|advice|suggestions|help)|ideas|help)"
    # j87: "wanna learn guitar, how do i start" / "where do i start" (the subject dropped too).
    r"|how(?: (?:do|can|should) i (?:do (?:it|that|this)|start|begin|get started))?|where (?:do|should) i (?:start|begin)"
    r"|what (?:should|can|do) i do)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
#: Frames around a question of its own (the rest opens with a question word).
_PLAIN_ASK = re.compile(
    r"^\s*(?:please )?(?:"
    r"(?:(?:can|could|would|will) (?:you|someone|somebody|anyone|anybody) (?:please )?)?"
    r"(?:explain|describe|tell me|show me|remind me|teach me)(?: to me)?"
    r"|(?:someone|somebody) (?:please )?(?:explain|tell me)"
    r"|(?:does |do )?(?:anyone|anybody|someone|somebody|you guys) know"
    r"|any (?:idea|ideas|clue)"
    rf"|i (?:want|need|would like|{_APOS}d like) to (?:know|understand)"
    r"|help me understand"
    rf"|eli5|explain (?:it )?like i{_APOS}?m (?:5|five)(?: years old)?"
    rf"|(?:i{_APOS}m |i am )?(?:just )?wondering"
    r")[\s,:]+" + _WH,
    re.IGNORECASE,
)
#: A request to be told a thing ("Tell me the capital of Canada", "List the main causes of X",
#: "Give me some good books on X") is "What is/are" that thing; only before "the" or "some" ("Tell
#: me a joke" and "Give me a name" ask to make something, and stay).
_TELL_WHAT = re.compile(
    r"^\s*(?:please |kindly )?(?:(?:can|could|would|will) you (?:please |kindly )?)?"
    r"(?:tell me|give me|show me|list|name|describe|explain(?: to me)?)\s+(?=(?:the|some)\s)"
    # Formal (j86): "Could you elaborate on the side effects of X", "I would be grateful if you
    # could inform me of the deadline for X".
    rf"|^\s*(?:(?:could|would|can|will) you (?:please |kindly )?(?:be able to )?|i(?:{_APOS}d| would| should) be"
    r" (?:most |very )?grateful if you (?:could|would) (?:please |kindly )?)"
    r"(?:elaborate (?:on|upon)|inform me (?:of|about|as to))\s+(?=the\s)",
    re.IGNORECASE,
)
#: "what's the deal with X", "what even is X", "what exactly is X", "eli5 X": "What is X".
_WHAT_IS = re.compile(
    rf"^\s*(?:what(?:{_APOS}s| is)|whats) the deal with\s+"
    r"|^\s*what (?:even|exactly) (?=(?:is|are)\s)"
    r"|^\s*(?P<tips>(?:(?:can|could|would|will) you )?(?:give me (?:any |some )?|any |some )(?:tips|advice))"
    r" (?:for|on)\s+"
    rf"|^\s*(?:eli5|explain (?:it )?like i{_APOS}?m (?:5|five)(?: years old)?)[\s,:]+(?!{_WH_WORDS})",
    re.IGNORECASE,
)
#: "Explain X to me" (and only to me: "Explain X to my boss in one slide" asks something else) is
#: "What is X".
_EXPLAIN_TO_ME = re.compile(
    rf"^\s*(?:please )?(?:(?:can|could|would) you (?:please )?)?explain (?!{_WH_WORDS})(?P<x>[^.?!,]{{1,80}}?) to me\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_TO_ME = re.compile(r" to me(?=[?.!]*$)", re.IGNORECASE)
# Formal STRUCTURE (j76): a question worded as a formal noun phrase around the plain question,
# read as the plain one, in one table: the frame, then the plain opening it is read as. Each frame
# carries nothing the plain opening does not ("What is the procedure for obtaining a passport?" is
# "How do I obtain a passport?"); a frame with content of its own is read as the plain question
# that keeps it ("What are the requirements for renting a flat?" is "What do I need to rent a
# flat?", not "How do I rent a flat?"; "Is it permissible to X" is "Am I allowed to X", and "Is
# it advisable to X" is no frame). "I would like to cancel X" asks to act, "Kindly provide a copy
# of X" asks for the thing, and neither is read. The rest is put in verb form (``_verb_phrase``:
# "renewing" -> "renew", "the renewal of my passport" -> "renew my passport"); a rest that is not
# a verb phrase after that ("What is the procedure for a passport?") leaves the prompt whole.
_FORMAL_ADJ = r"(?:(?:correct|proper|right|usual|standard|official|appropriate|formal|recommended) )?"
_FORMAL_STRUCT: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.IGNORECASE), opening)
    for p, opening in (
        (
            rf"^\s*(?:what|which) (?:is|would be) the {_FORMAL_ADJ}(?:procedure|process) (?:for|to|of)\s+"
            rf"|^\s*what (?:steps|actions) (?:are|would be) (?:required|needed|necessary) (?:to|in order to)\s+"
            rf"|^\s*what are the {_FORMAL_ADJ}(?:(?:necessary|required) )?steps (?:required |needed |necessary )?(?:to|for)\s+"
            r"|^\s*what (?:measures|steps|actions) (?:should|must|do|would) (?:be taken|i take|one take|i follow|one follow)"
            r" (?:to|in order to)\s+"
            r"|^\s*what course of action (?:should|must|would) (?:i|one) take (?:to|in order to)\s+"
            rf"|^\s*(?:please |kindly )+provide (?:me with )?(?:the |some )?(?:instructions|guidance|directions|steps)"
            r" (?:for|on|regarding|as to)(?: how to)?\s+"
            rf"|^\s*(?:i(?: would| should|{_APOS}d) like|i wish|i(?: am|{_APOS}m) writing) to (?:know|enquire|inquire|ask)"
            r"(?: as to| about)? how (?:to|(?:i|one) (?:can|could|may|might|should))\s+"
            # ("How can / should I X" is the normalised phase's already; "go about" is _PLAIN_HOW's.)
            r"|^\s*(?:how (?:may|might)|(?:by what means|in what (?:manner|way)) (?:may|might|can|could|should))"
            r" (?:i|one)\s+(?!go about\b)"
            # An information request worded as a statement (j86): "I require information regarding
            # the process of applying for X", "I should be grateful for guidance on appealing X".
            r"|^\s*i (?:require|need|would (?:like|appreciate)|should (?:like|appreciate)|am (?:seeking|looking for)|seek)"
            r" (?:some |further )?(?:information|guidance|advice|instructions) (?:regarding|on|about|concerning|as to)"
            r"(?: the (?:procedure|process) (?:for|of))?(?: how (?:to|(?:i|one) (?:can|could|may|might|should)))?\s+"
            r"|^\s*i (?:should|would) be (?:most |very |extremely )?grateful for (?:any |some )?(?:guidance|advice"
            r"|instructions|information) (?:on|regarding|about|as to)(?: how (?:to|i (?:can|could|may|might|should)))?\s+"
            # (j86, fourth batch) "What are the steps involved in X-ing", "Could you outline / Please
            # explain the procedure for X-ing", "I am unsure (as to) how to X", "Could you advise me
            # on X-ing" (a gerund after "on": "advise me on my salary" stays).
            r"|^\s*what are the (?:steps|stages) involved in\s+"
            # An embedded "how one might X" whose frame ``read_casual`` took ("I was wondering ...").
            r"|^\s*how (?:i|one) (?:can|could|may|might|should)\s+(?!go about\b)"
            r"|^\s*(?:(?:could|would|can|will) you (?:please |kindly )?|please |kindly )?(?:outline|explain|describe|set out)"
            rf" (?:to me )?the {_FORMAL_ADJ}(?:steps|procedure|process|stages) (?:for|of|to|involved in)\s+"
            rf"|^\s*i(?:{_APOS}m| am) (?:unsure|uncertain|not sure|not certain)(?: as to| of)?"
            r" how (?:to|(?:i|one) (?:can|could|may|might|should))\s+"
            r"|^\s*(?:(?:could|would|can|will) you (?:please |kindly )?|please |kindly )advise(?: me)? (?:on|regarding|about)\s+",
            "How do I ",
        ),
        (
            # A hedged request for permission or possibility (j86): "I was wondering whether it might
            # be possible to X", "Would it be possible for me to X", "Would it be acceptable to X"
            # ("possible for you to X" asks to act, and is no frame). Read "Am I able to X", not "Can
            # I X": the encoders serve "Can I X" for "How do I X" (over the band), which asks how,
            # not whether; "Am I able to X" they tell apart from it and serve for "Can I X".
            r"^\s*i (?:(?:was|am) wondering|wonder(?:ed)?) (?:whether|if) it (?:(?:might|would|could|may) be|is)"
            r" (?:at all )?possible (?:for me )?to\s+"
            r"|^\s*(?:would|might|could) it (?:at all )?be (?:at all )?possible (?:for me )?to\s+"
            r"(?!(?:let me know|tell me|inform me|explain|clarify|indicate|confirm|advise)\b)"
            r"|^\s*is it (?:at all possible|possible for me) to\s+"
            r"|^\s*(?:would it be|is it) acceptable (?:for me )?to\s+",
            "Am I able to ",
        ),
        (
            r"^\s*what (?:is|would be) the (?:(?:most )?(?:recommended|appropriate|advisable|suitable|effective|efficient)"
            r"|optimal"
            r"|best) (?:approach|method|means|way) (?:to|for|of)\s+",
            "What is the best way to ",
        ),
        (
            r"^\s*(?:would it be (?:permissible|permitted|allowed)(?: for me)?|is it (?:permissible|permitted|allowed)"
            r"(?: for me)?|(?:is one|am i|would (?:i|one) be) (?:permitted|allowed)) to\s+",
            "Am I allowed to ",
        ),
        (
            r"^\s*(?:what are the (?:requirements|prerequisites) (?:for|to)|what is required (?:in order )?to"
            r"|what (?:do|would) i need (?:in order )?to)\s+",
            "What do I need to ",
        ),
    )
)
# The same question with its purpose fronted ("To renew my passport, what steps do I follow?"):
# read as the table reads "What steps do I follow to renew my passport?".
_FRONTED_STEPS = re.compile(
    r"^\s*to (?!be (?:honest|fair|clear|frank)\b|sum up|clarify)(?P<x>[^,?.!]{3,120}?),? what (?:steps|measures|actions) (?:do|should|must|would) (?:i|one|we)"
    r" (?:take|follow)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# A nominalised action ("the renewal of my passport") as its verb ("renew my passport").
_NOMINAL = {
    "renewal": "renew",
    "cancellation": "cancel",
    "registration": "register",
    "replacement": "replace",
    "submission": "submit",
    "transfer": "transfer",
    "closure": "close",
    "closing": "close",
    "payment": "pay",
    "installation": "install",
    "removal": "remove",
    "activation": "activate",
    "deactivation": "deactivate",
    "deletion": "delete",
    "termination": "terminate",
    "suspension": "suspend",
    "reinstatement": "reinstate",
    "collection": "collect",
    "return": "return",
    "repair": "repair",
    "amendment": "amend",
    "modification": "modify",
    "verification": "verify",
    "creation": "create",
    "opening": "open",
    "booking": "book",
    "purchase": "buy",
    "renovation": "renovate",
    "adoption": "adopt",
    "extension": "extend",
    "recovery": "recover",
    "restoration": "restore",
    "update": "update",
    "upgrade": "upgrade",
    "conversion": "convert",
    "exchange": "exchange",
}
_NOMINAL_PHRASE = re.compile(r"^the (?P<n>[a-z]+) of\s+", re.IGNORECASE)
# What a verb phrase must not open with (a noun phrase is left: the frame was no frame).
_NOT_VERB = re.compile(r"^(?:the|a|an|my|your|our|their|his|her|its|this|that|these|those|some|any)\b", re.IGNORECASE)


def _verb_phrase(rest: str, verb_next: bool = True) -> str | None:
    """``rest`` after a formal frame as a verb phrase ("renewing my passport" -> "renew my
    passport", "the renewal of my passport" -> "renew my passport"), or None when it is not one
    ("a passport", "the fee of ..."); after a preposition other than "to" (``verb_next`` false:
    "the process of photosynthesis") only a gerund or a listed nominalisation is one."""
    m = _NOMINAL_PHRASE.match(rest)
    if m is not None:
        verb = _NOMINAL.get(m.group("n").lower())
        if verb is None:
            return None
        rest = verb + " " + rest[m.end() :]
    else:
        based = _base_verb(rest)
        if not verb_next and based == rest:
            return None
        rest = based
    g = _GERUND.match(rest)  # a gerund left as typed ("opening"; not "bring", "string")
    if _NOT_VERB.match(rest) or (g is not None and any(c in _VOWELS for c in g.group(1).lower())):
        return None
    return rest


# A frame that takes a gerund ("go about fixing", "walk me through making", "need help with
# filing", "advise on the procedure for renewing").
_AFTER_GERUND = re.compile(r"\b(?:about|through|with|for|of|on)\s*$", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(r"\b(?:for|of|on|in|about|regarding|as to)\s*$", re.IGNORECASE)


def _read_formal_struct(t: str) -> str | None:
    """The plain question a formal structure asks (``_FORMAL_STRUCT``), or None."""
    m = _FRONTED_STEPS.match(t)
    if m is not None:
        return "How do I " + m.group("x") + "?"
    for pattern, opening in _FORMAL_STRUCT:
        m = pattern.match(t)
        if m is not None:
            rest = _verb_phrase(t[m.end() :], _AFTER_PREPOSITION.search(m.group(0)) is None)
            return None if rest is None else opening + rest
    return None


# A sentence end with more words after it.
_NEXT_SENTENCE = re.compile(r"[.?!]+(?:\s+\S|[A-Z])")
# An embedded question put back in question order: "how DNS resolution works" -> "How does DNS
# resolution work", "what a Roth IRA is" -> "What is a Roth IRA", "what X means" -> "What does X
# mean"; only a short subject without a verb of its own before the last word.
_AUX = r"(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|to)"
_EMBEDDED_WORKS = re.compile(
    rf"^how (?P<np>(?:(?!{_AUX}\b)[\w'-]+ ){{0,5}}(?!{_AUX}\b)[\w'-]+) (?P<v>works?)(?P<end>[?.!]*)$", re.IGNORECASE
)
_EMBEDDED_IS = re.compile(
    rf"^what (?P<np>(?:(?!{_AUX}\b)[\w'-]+ ){{0,5}}(?!{_AUX}\b)[\w'-]+) (?P<v>is|are|means)(?P<end>[?.!]*)$"
    # (j86) "what the difference between X and Y is", whose subject is longer.
    rf"|^what (?P<diff>the differences? between (?:(?!{_AUX}\b)[\w'-]+ ){{1,9}}?and(?: (?!{_AUX}\b)[\w'-]+){{1,6}})"
    r" (?P<dv>is|are)(?P<dend>[?.!]*)$",
    re.IGNORECASE,
)
# "how VAT is calculated" -> "How is VAT calculated" (j86), then read as the passive it is.
_EMBEDDED_PASSIVE = re.compile(
    rf"^how (?P<np>(?:(?!{_AUX}\b)[\w'-]+ ){{0,5}}(?!{_AUX}\b)[\w'-]+) (?P<v>is|are) (?P<p>[a-z]+)(?P<end>[?.!]*)$",
    re.IGNORECASE,
)
# "whether my flight is delayed" -> "Is my flight delayed?" (after "advise whether", j86): a short
# subject without a verb of its own, then an auxiliary or "has"/"have" ("Does the hotel have
# parking?").
_EMBEDDED_WHETHER = re.compile(
    rf"^(?:whether|if) (?P<np>(?:(?!{_AUX}\b|must\b|not\b)[\w'-]+ ){{0,4}}(?!{_AUX}\b|must\b)[\w'-]+)"
    r" (?P<v>is|are|was|were|can|will|must|should|could|would|has|have)(?! not\b) (?P<rest>[^?.!]+?)\s*[?.!]*$",
    re.IGNORECASE,
)
_PLURAL_HEAD = re.compile(
    r"^(?:some\b|the (?:[\w'-]+ ){0,3}?[\w'-]*[^s\W]s(?: (?:of|between|for|in|on|to|that|which|from)\b|[?.!]*$))",
    re.IGNORECASE,
)
_TRAILING_WRAPPER = re.compile(
    r"(?<=[.!?])\s*(?:(?:thanks|thank you|many thanks|with thanks)(?: (?:in advance|so much|a lot))?"
    r"(?: for your (?:help|time|assistance))?|cheers"
    r"|any help (?:is |would be )?(?:much |greatly |really )?appreciated"
    r"|(?:kind|best|warm|warmest|many) (?:regards|wishes)|regards|best|yours (?:sincerely|faithfully|truly)"
    r"|thanks and regards)\s*[.!,]*"
    # A letter's signature after the sign-off (j86): "Yours faithfully,\nJ. Smith".
    r"(?:\s*\n\s*[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}\s*)?\s*$",
    re.IGNORECASE,
)

# A closing thanks after a comma ("Explain how to X, thanks!"; j69), looked for only when the
# prompt's tail has "thank" (a pattern with a comma alternative scans every position).
_COMMA_THANKS = re.compile(r",\s*(?:thanks|thank you)(?: (?:in advance|so much|a lot))?\s*[.!]*\s*$", re.IGNORECASE)


# Chat-speak (j68): a fixed list of unambiguous shorthand, read as whole tokens as typed (lower
# case: "UR", "U-boat", "PLS", "B4" and "Ty" are names, units or abbreviations and stay). "u"
# is "you" only next to a word that says so ("can u", "u know"), never beside a digit or an
# operator ("5 u of insulin", "u = x + 1", "derivative of u squared"); "ur" is "your" except
# before a word that makes it "you're" ("ur right"), which is ambiguous and stays; "b4" is
# "before" only before a determiner, a pronoun or an -ing verb and never after "vitamin" or a
# chess move's verb. Anything not on the list ("hw", "r" alone, "n") is left as typed.
_CHAT_OPENER = re.compile(
    r"^\s*(?:hey so|ok so|okay so|so yeah|so like|yo|quick q"
    # j69: a lone interjection or "question:" before a question word carries nothing either.
    r"|so|ok|okay|um+|uh+|hm+|ugh+|omg|wait|real quick|(?:genuine|honest|serious) question|question"
    # j87: a leading hedge ("tbh is it worth ...", "ngl", "lol").
    r"|tbh|ngl|imo|imho|lol|lmao)(?:[\s,:!.-]+)"
    r"(?=(?:what|how|can|could|would|is|are|do|does|did|why|where|when|who|which|should|any|idk|u|r u)\b)",
    re.IGNORECASE,
)
# "dunno how to X" (read "don't know" by ``read_casual`` first, so only as typed in lower case).
_IDK_HOW = re.compile(r"^\s*(?:idk|i dunno|(?-i:(?:i )?don't know)) how (?:to|2)\s+", re.IGNORECASE)
_CHAT_CLOSER = re.compile(r"(?:(?<=[.!?])\s*|\s+)(?:thx|thnx|tysm|ty|lol|lmao)\s*[.!]*\s*$")
# "how does X even work": the chatty "even" before a last verb of being or working (j69).
_EVEN = re.compile(r"(?<=\w) even (?=(?:work|works|matter|matters|happen|happens|exist|exists)[?.!]*$)")
_PLS = re.compile(r"(?<![\w'-])(?:[Pp]ls|[Pp]lz)(?: help)?(?![\w'-])[\s,]*")
_WITHOUT = re.compile(r"(?<![\w/])w/o(?=[\s,.?!]|$)")
_WITH = re.compile(r"(?<![\w/])w/(?=\s)")
_R_U = re.compile(r"(?<![\w'-])r u(?![\w'-])")
_U_PREV = frozenset(
    "can could would will do did does are were have has should let help tell show give ask told showed thank"
    " want need".split()
)
_U_NEXT = frozenset(
    "can could would will know have had need should are were think want mean recommend tell help explain show"
    " do did use get give make just".split()
)
# A lone lower-case "u" not touching a digit, a symbol or an operator; the words either side decide.
_U = re.compile(r"(?<![\w'.$€£+=*/^-])u(?![\w'.=+*/^(-])(?! ?[=+*/^])")
_WORD_BEFORE = re.compile(r"(\w+) $")
#: How far before a "u" ``_u`` looks for the word before it (longer than any word it reads).
_U_WINDOW = 40
_WORD_AFTER = re.compile(r" (\w+)")


def _u(m: re.Match[str]) -> str:
    # Only the characters just before the "u": searching from 0 re-scanned the whole prefix for
    # every "u", quadratic in a long prompt; every word of _U_PREV is far shorter than the window.
    before = _WORD_BEFORE.search(m.string, max(0, m.start() - _U_WINDOW), m.start())
    after = _WORD_AFTER.match(m.string, m.end())
    if (before is not None and before.group(1) in _U_PREV) or (after is not None and after.group(1) in _U_NEXT):
        return "you"
    return "u"


_UR_KEEP = "right|wrong|welcome|the|a|an|not|so|too|very|going|being|able|sure|kidding|joking|correct"
_UR = re.compile(rf"(?<![\w'.$€£-])(?<!\d )ur(?= (?!(?:{_UR_KEEP})\b)[a-z])")
_B4 = re.compile(
    r"(?<!vitamin )(?<!pawn )(?<!play )(?<!is )(?<!to )(?<![\w'-])b4"
    r"(?= (?:a|an|the|my|your|our|their|his|her|i|you|we|they|it|bed|work|school|lunch|dinner|\w+ing)\b)"
)


# Casual register (j87): texting shorthand that stands for one reading, as whole lower-case
# tokens ("ppl", "smth", "gonna", "dunno", "tmrw", "bc"/"cuz"/"coz"); "cos" (cosine), "r" and
# "y" alone (letters, variables) are not on it: "y" is read "why" only opening a question before
# an auxiliary ("y is the sky blue"), "r" is "are" only after a question word before a subject
# ("how r u supposed to", "where r my files"), "kinda"/"sorta" are "kind of" after
# "what"/"which"/"this"/"that" and a hedge (dropped) anywhere else. "bc" after a digit is a
# year ("500 bc") and stays.
_SHORTHAND = {
    "ppl": "people", "ppls": "people's", "smth": "something", "sth": "something",
    "smthn": "something", "smthng": "something", "any1": "anyone", "some1": "someone",
    "every1": "everyone", "no1": "no one", "gonna": "going to", "wanna": "want to",
    "gotta": "have to", "dunno": "don't know", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow",
    "b/c": "because", "cuz": "because", "coz": "because", "bcuz": "because", "becuz": "because",
    "abt": "about", "thru": "through",
}  # fmt: skip
_SHORTHAND_RE = re.compile(
    r"(?<![\w'/.-])(?<!\d )(" + "|".join(map(re.escape, _SHORTHAND)) + r")(?![\w'/-])", re.IGNORECASE
)
_SHORTHAND_WORDS = frozenset(w for w in _SHORTHAND if w.isalnum())
# Chat abbreviations of one reading, only as typed in lower case (j120: "reset my pw?", "delete
# my acct", "how often shd i"; "PW" and "RN" as typed in capitals are names or titles).
_ABBREVIATIONS = {
    "pw": "password", "acct": "account", "accts": "accounts", "appt": "appointment",
    "appts": "appointments", "msg": "message", "msgs": "messages", "pic": "picture",
    "pics": "pictures", "shd": "should", "shld": "should", "hrs": "hours", "rn": "right now",
}  # fmt: skip
_ABBREVIATION_RE = re.compile(r"(?<![\w'/.-])(?<!\d )(" + "|".join(_ABBREVIATIONS) + r")(?![\w'/-])")
# "pic" has a second reading, the PIC microcontroller: in a prompt about electronics ("program a
# pic in assembly", "pic vs avr", "pic 16f84") it stays as typed.
_PIC_AS_CHIP = re.compile(
    r"\b(?:microcontrollers?|mcus?|chips?|mplab|firmware|assembly|assembler|programmer|gpio|pwm|adc|uart|"
    r"avr|arduino|atmega|stm32|registers?|pins?|circuit|breadboard)\b|\bpics? ?\d",
    re.IGNORECASE,
)


def _abbreviation(m: re.Match[str], pic_as_chip: bool) -> str:
    """The word an abbreviation stands for (``_ABBREVIATIONS``), or the abbreviation as typed when
    the prompt reads it otherwise ("pic" in a prompt about electronics). ``pic_as_chip`` is
    decided once per prompt by the caller: searching the prompt per match made "pic " * 1000
    quadratic (j136)."""
    word = m.group(1)
    if pic_as_chip and word in ("pic", "pics"):
        return word
    return _ABBREVIATIONS[word]


# "bc" is "because" only before a clause ("bc i get them a lot"), not "Vancouver bc" or "500 bc".
_BC = re.compile(
    r"(?<![\w'/.-])(?<!\d )bc(?= (?:i|im|i'm|it|its|it's|my|the|you|u|ur|we|they|he|she|there|this|that)\b)"
)
_CASUAL_AUX = (
    r"(?:is|are|am|was|were|do|does|did|would|could|can|should|will|has|have|had|r|u|dont|doesnt|"
    r"isnt|arent|cant|wont|didnt|don't|doesn't|isn't|aren't|can't|won't|didn't)"
)
_Y_WHY = re.compile(rf"^y(?= {_CASUAL_AUX}\b)")
_R_ARE = re.compile(
    r"\b(how|what|where|when|why|who|which) r"
    r"(?= (?:u|you|we|they|there|these|those|my|your|ur|the|people|ppl|kids|cats|dogs)\b)"
)
_KINDA = re.compile(r"\b(?:(what|which|this|that) (?:kinda|sorta)\b|(?:kinda|sorta) )", re.IGNORECASE)
# Hedges and intensifiers that carry nothing of the question ("how do i like basically boil an
# egg", "what is compound interest literally"): "basically", "literally", "honestly",
# "actually" and "seriously" anywhere but before "mean"/after "word" (the word asked about);
# "like" only beside one of them ("how do i like basically X"), never alone or set off by commas
# ("what does X look like", "do you like X", "tune into FM radio, like a lot of phones"); "just"
# only between a question's auxiliary and subject and its verb ("how do i just unclog", "can i
# just pay"), or before "wondering".
_FILLER_WORD = r"(?:basically|literally|honestly|actually|seriously)"
_FILLERS = re.compile(
    rf"(?<!\bword )(?<!\bsay )(?:(?<=\s)|^)(?:like,? )?{_FILLER_WORD}(?:,? like)?,?(?: |$)(?!means?\b)",
    re.IGNORECASE,
)
_JUST = re.compile(r"\b((?:do|does|did|can|could|should|would|will) (?:i|u|you|we)) just (?=[a-z])", re.IGNORECASE)
# Closing chatter, possibly several ("... so slow?? lol 😅", "tbh idk", "imo or nah", "haha"), and
# a run of "??"/"!!" (read as one).
_CASUAL_CLOSER = re.compile(
    r"(?:[\s,]+(?:lol|lmao|haha+|hehe+|tbh|imo|imho|ngl|idk|or nah|xd|thx|pls|plz|asap"
    r"|(?:i )?(?:gotta|have to|need to) know(?: asap)?))+[\s.!?]*$"
)
#: The last words ``_CASUAL_CLOSER`` can strip (it is tried only when the prompt ends with one).
_CLOSER_WORDS = frozenset("lol lmao tbh imo imho ngl idk nah xd thx pls plz asap know".split())
_FILLER_WORDS = frozenset({"basically", "literally", "honestly", "actually", "seriously"})
_REPEATED_MARKS = re.compile(r"([?!])[?!]+")
# Pictographs and their joiners (emoji): no word of the question.
_EMOJI = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+")
# "(so) i was (just) wondering, can i ..." before an auxiliary or a question word: the question is
# what follows ("I was wondering if ..." stays: "if" opens a clause, not the question).
_WONDERING = re.compile(
    r"^\s*(?:so,? )?i (?:was|am|'m|’m) (?:just |really )?wondering[,:]?\s+"
    rf"(?={_CASUAL_AUX}\b|(?:how|what|where|when|why|who|which)\b)",
    re.IGNORECASE,
)


def read_casual(t: str) -> str:
    """``t`` with its casual register read plainly (j87): texting shorthand as words
    (``_SHORTHAND``: "ppl" -> "people", "gonna" -> "going to"; "y is X" -> "why is X"; "how r u
    supposed to" -> "how are u supposed to"), hedges and fillers dropped ("like basically",
    "literally", "honestly", "just" after "how do i"), a leading "(so) i was wondering" before
    the question, closing chatter ("lol", "haha", "tbh", "imo", "idk"), emoji, and "??"/"!!" read
    as one mark. Only as typed in lower case; "Y", "BC", "Cos" and "R" stay (names, letters)."""
    if not t.isascii():
        t = _EMOJI.sub("", t).rstrip()
    if "??" in t or "!!" in t or "?!" in t or "!?" in t:
        t = _REPEATED_MARKS.sub(r"\1", t)
    # Every step needs a word of its own: one split of the prompt (its commas and closing marks
    # set apart) decides which run, so a prompt with none (most) costs about a microsecond.
    body = t.rstrip(" ?!.").lower()
    words = set(body.replace(",", " ").split())
    last = body[body.rfind(" ") + 1 :]
    if "wondering" in words:
        t = _WONDERING.sub("", t, count=1)
    if t[:2] == "y ":
        t = _Y_WHY.sub("why", t, count=1)
    if "r" in words:
        t = _R_ARE.sub(r"\1 are", t)
    if last in _CLOSER_WORDS or last.startswith(("haha", "hehe")):  # as typed in lower case: "Uncle Ty" stays
        t = _CASUAL_CLOSER.sub("", t)
    if not _SHORTHAND_WORDS.isdisjoint(words) or "b/c" in t:
        t = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(1).lower()], t)
    if not _ABBREVIATIONS.keys().isdisjoint(words):  # ``words`` is lower case: the pattern is not
        pic_as_chip = _PIC_AS_CHIP.search(t) is not None  # once per prompt, not per match
        t = _ABBREVIATION_RE.sub(lambda m: _abbreviation(m, pic_as_chip), t)
    if "bc" in words:  # "BC" (British Columbia) stays: only as typed in lower case
        t = _BC.sub("because", t)
    if "2" in words and t[:6].lower() == "how 2 ":
        t = _read_how_2(t)
    if "kinda" in words or "sorta" in words:
        t = _KINDA.sub(lambda m: f"{m.group(1)} kind of" if m.group(1) else "", t)
    if not _FILLER_WORDS.isdisjoint(words):
        t = _FILLERS.sub("", t).rstrip()
    if "just" in words:
        t = _JUST.sub(r"\1 ", t)
    return t


#: Verbs that "how 2" opens as "how to" (j120: "how 2 bleed a radiator" is no number two).
_HOW_2_VERBS = frozenset("submit bleed recall apply pay write do fix make get".split())


def _read_how_2(t: str) -> str:
    """ "how 2 <verb> ..." read "how to <verb> ...": only before a how-to verb, so "how 2 people
    share a flat" keeps its number for the numbers guard."""
    rest = t[6:]
    verb = rest.split(" ", 1)[0].lower()
    if verb in _HOWTO_VERBS or verb in _HOW_2_VERBS:
        return t[:4] + "to " + rest
    return t


# The literals ``_CHAT_CLOSER`` and ``_PLS`` cannot match without ("tysm" holds "ty").
_CLOSER_LITERALS = ("ty", "thx", "thnx", "lol", "lmao")
_PLS_LITERALS = ("pls", "Pls", "plz", "Plz")


def read_chat(text: str) -> str:
    """The question with its chat-speak read as words: "can u tell me how to reset ur router
    pls" -> "can you tell me how to reset your router", "w/o" -> "without", "b4 a run" ->
    "before a run", "idk how to X" -> "How do I X", a chatty opener ("hey so", "yo", "ok so",
    "quick q:") and a closing "thx"/"ty" dropped. Only the fixed list above, as whole lower-case
    tokens; unchanged when nothing of a question would be left."""
    t = _CHAT_OPENER.sub("", read_casual(text), count=1)
    m = _IDK_HOW.match(t)
    if m is not None:
        t = "How do I " + t[m.end() :]
    # Each pattern below needs a literal of its own to match: a substring test (tens of ns)
    # skips the scan of the whole prompt (microseconds each) on the many prompts without it,
    # the same output either way (j84: the miss path's cost).
    if any(w in t for w in _CLOSER_LITERALS):
        t = _CHAT_CLOSER.sub("", t)
    if " even " in t:
        t = _EVEN.sub(" ", t)
    if any(w in t for w in _PLS_LITERALS):
        t = _PLS.sub("", t)
    if "w/" in t:
        t = _WITHOUT.sub("without", t)
        t = _WITH.sub("with", t)
    if "r u" in t:
        t = _R_U.sub("are you", t)
    t = _U.sub(_u, t)
    t = _UR.sub("your", t)
    if "b4" in t:
        t = _B4.sub("before", t)
    if t == text:  # nothing read: the prompt as sent (trailing spaces and all)
        return text
    t = t.strip()
    return t if len(t.split()) >= 2 else text


# The impersonal "one" (j86): "How does one become a pilot?" asks "How do I become a pilot?",
# "What should one do if one loses one's passport?" asks "What should I do if I lose my
# passport?". Read only where "one" is the subject after an auxiliary and its verb has an object
# or a clause after it ("How does one drink affect X", "How much does one cost?" count one
# thing, and stay).
_ONE_SUBJECT = re.compile(
    r"^\s*(?P<wh>(?:how|what|where|when|which|why|who|whom)(?: (?!(?:i|you|we|they|he|she|it|do|does|did|should|can|could"
    r"|would|might|may|must|will|is|are)\b)[\w'-]+){0,2} )?(?P<aux>does|do|should|can|could|would"
    r"|might|may|must) one (?![a-z]+ an? (?:day|week|month|year|night)\b)"  # "Can one egg a day raise X?"
    r"(?=[a-z]+ (?:a|an|the|my|your|one's|oneself|his|her|their|this|that|these|those|it|if"
    r"|when|to|in|on|at|for|with|from|into|about|without|after|before|up|out|down|off|abroad|online|again)\b)",
    re.IGNORECASE,
)
_ONE_ABLE = re.compile(r"^\s*is one able to\s+", re.IGNORECASE)
# Its possessive and reflexive, and the singular "their" that stands for it ("How should one
# change their diet?").
_ONES = re.compile(r"\bone's\b|\boneself\b|\bthemselves\b|\btheir\b|\bhis(?:/| or )her\b", re.IGNORECASE)
# "if one loses" -> "if I lose": a third-person verb after "one" in a clause of the same question.
_ONE_CLAUSE = re.compile(r"\b(?P<c>if|when|whether|once|before|after|unless|until) one (?P<v>[a-z]+)\b", re.IGNORECASE)
_THIRD_PERSON = {"is": "am", "has": "have", "does": "do", "goes": "go", "was": "was"}


def _first_person(verb: str) -> str:
    """The first-person form of a third-person verb ("loses" -> "lose"); a modal as it is."""
    if verb in _THIRD_PERSON:
        return _THIRD_PERSON[verb]
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("shes", "ches", "xes", "sses", "zes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


#: "What ought I to do", "How ought one to X": "should" (j86, fourth batch).
_OUGHT = re.compile(
    r"^(?P<wh>\s*(?:how|what|where|when|which|why|who)(?: [\w'-]+){0,2} )?ought (?P<s>i|one|we) to\b", re.IGNORECASE
)


def _read_one(t: str) -> str:
    """``t`` with an impersonal "one" as its subject read as "I" (``_ONE_SUBJECT``), or ``t``;
    "ought ... to" read as "should"."""
    if "ought" in t:
        t = _OUGHT.sub(lambda m: f"{m.group('wh') or ''}should {m.group('s')}", t, count=1)
    if " one " not in t and " One " not in t:  # most prompts: one test instead of two patterns
        return t
    m = _ONE_ABLE.match(t)
    if m is not None:
        t = "Am I able to " + t[m.end() :]
    else:
        m = _ONE_SUBJECT.match(t)
        if m is None:
            return t
        aux = "do" if m.group("aux").lower() in ("does", "do") else m.group("aux").lower()
        wh = m.group("wh")
        head = f"{wh}{aux} I " if wh else f"{aux.capitalize()} I "
        t = head + t[m.end() :]
    t = _ONE_CLAUSE.sub(lambda c: f"{c.group('c')} I {_first_person(c.group('v').lower())}", t)
    return _ONES.sub(lambda o: "myself" if o.group(0).lower() in ("oneself", "themselves") else "my", t)


# A question in the passive voice (j86): "How is a passport renewed?" / "How can a refund be
# requested?" asks "How do I renew a passport?" / "How do I request a refund?". Only a subject of
# a few words, a participle at the end (a particle or preposition after it: "applied for"), no
# agent ("approved by the finance team" names who does it, and stays), and not a participle that
# is an adjective or a process in nature ("How are X and Y related?", "How is blood sugar
# regulated?" asks how the body does it, not how I do).
_PASSIVE = re.compile(
    r"^\s*how (?:is|are|(?P<modal>can|could|should|may|might|must)) "
    r"(?P<np>(?!(?:it|this|that|they|he|she|you|we|i|there)\b)(?:(?!(?:be|by|is|are|was|were|being|been)\b)[\w'-]+ ){1,7}?)"
    r"(?(modal)be )(?P<v>[a-z]+)(?P<prt> (?:for|up|out|off|down|back|away|over|with|to))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
#: Irregular past participles and their verbs ("made" -> "make").
_PARTICIPLES = dict(
    pair.split(":")
    for pair in (
        "made:make done:do found:find written:write taken:take paid:pay sent:send set:set reset:reset "
        "built:build kept:keep sold:sell bought:buy cut:cut put:put shut:shut chosen:choose given:give "
        "held:hold brought:bring spent:spend drawn:draw shown:show frozen:freeze taught:teach told:tell "
        "said:say read:read run:run split:split spelt:spell broken:break got:get gotten:get"
    ).split()
)
_NOT_PASSIVE = frozenset(
    "related connected linked called named known involved considered supposed based located situated"
    " defined caused formed born produced transmitted spread absorbed digested inherited affected determined"
    " regulated controlled created used needed allowed required expected concerned interested married".split()
)


# "How is X done?" describes how it is done in general ("How are IIT professors paid?", "How is
# the Government of Vietnam organised?"), and asks how to do it only for a procedure one carries
# out oneself; so does "How can X be done?", which may also ask how it is possible ("How can a
# victim be blamed?"); "How should / must X be done?" asks how to do it whatever the verb.
_PROCEDURES = frozenset(
    "calculate compute renew register file submit apply make bake cook prepare brew install reset transfer request"
    " cancel close open sort convert find solve remove clean replace repair fix update change write spell pronounce"
    " claim book approve measure extend reverse derive treat prevent cure avoid reduce improve detect store"
    " delete".split()
)


def _participle_base(word: str) -> str | None:
    """The base verb of a past participle ("renewed" -> "renew", "calculated" -> "calculate",
    "applied" -> "apply", "made" -> "make"), or None where the spelling does not say which."""
    w = word.lower()
    if w in _PARTICIPLES:
        return _PARTICIPLES[w]
    if not w.endswith("ed") or len(w) < 5:
        return None
    if w.endswith("ied"):
        return w[:-3] + "y"
    gerund = w[:-2] + "ing"
    base = _base_verb(gerund)
    return None if base == gerund else base


def _read_passive(t: str) -> str | None:
    """The active question a passive "How is X done?" asks ("How do I do X?"), or None."""
    if t.lstrip()[:4].lower() != "how ":
        return None
    m = _PASSIVE.match(t)
    if m is None or m.group("v").lower() in _NOT_PASSIVE:
        return None
    verb = _participle_base(m.group("v"))
    if verb is None or ((m.group("modal") or "").lower() not in ("should", "must") and verb not in _PROCEDURES):
        return None
    return f"How do I {verb}{m.group('prt') or ''} {m.group('np').strip()}?"


def _read_frame(t: str) -> str:
    """The question a frame asks, or ``t`` when it opens with no frame: "How do I X" for a frame
    that asks how (formal, imperative or casual), the question itself for a frame around one
    (put back in question order when it is a short "how X works" or "what X is"), "What is/are
    X" for a request to be told X, the plain question for a formal structure (``_FORMAL_STRUCT``)."""
    t = _read_one(t)
    passive = _read_passive(t)
    if passive is not None:
        return passive
    formal = _read_formal_struct(t)
    if formal is not None:
        return formal
    m = _TRYING_HOW.match(t)
    if m is not None:
        if m.group("ideas") is not None and _TASK.match(m.group("rest")):
            return t  # "I need to write a speech, any ideas?": the speech is asked for
        return "How do I " + m.group("rest") + "?"
    # The plain frames only open a prompt of one sentence: in "I want to X. Will a degree help?"
    # the first sentence is context for the second, which is the question.
    plain = _NEXT_SENTENCE.search(t) is None
    m = _FORMAL_HOW.match(t)
    if m is None and plain:
        m = _PLAIN_HOW.match(t)
        if m is not None and m.group("wish") is not None and _TASK.match(t, m.end()):
            return t  # "Help me write a cover letter": the letter is asked for, not how
    if m is not None:
        rest = t[m.end() :]
        if _AFTER_GERUND.search(m.group(0)) is None:  # "help me learning X" is no gerund frame
            return "How do I " + rest
        return "How do I " + (_verb_phrase(rest) or _base_verb(rest))
    m = _ADVICE_APPRECIATED.match(t)
    if m is not None:
        t = m.group("q") + "?"
        m = re.match("", t)  # the question is the whole of what is left
    elif t[:12].lstrip().split(" ", 1)[0].lower() in _ASK_OPENERS:
        m = _FORMAL_ASK.match(t)
        if m is None:
            p = _FORMAL_ASK_PROCEDURE.match(t)
            read = _read_formal_struct("What is " + t[p.end() :]) if p is not None else None
            if read is not None:
                return read
    if m is None and plain:
        m = _PLAIN_ASK.match(t)
        if m is not None:  # "Explain how X works to me": the addressee goes with the frame
            t = _TO_ME.sub("", t)
    if m is not None:
        rest = t[m.end() :]
        h = _EMBEDDED_HOW.match(rest)
        return "How do I " + rest[h.end() :] if h is not None else _question_order(rest)
    if not plain:
        return t
    m = _TELL_WHAT.match(t)
    if m is not None:
        rest = t[m.end() :]
        return ("What are " if _PLURAL_HEAD.match(rest) else "What is ") + rest
    m = _EXPLAIN_TO_ME.match(t)
    if m is not None:
        return f"What is {m.group('x')}?"
    m = _WHAT_IS.match(t)
    if m is not None:
        rest = t[m.end() :]
        if m.group("tips") is not None:
            return "What are some tips for " + rest
        if rest.lower().startswith(("is ", "are ")):  # "what even is X": only the filler goes
            return "What " + rest
        return "What is " + rest
    return t


# A gerund after "How do I" ("how would I go about fixing a tap", "walk me through making
# bread") in its base form (j76), so the read question is the one typed plainly ("How do I fix a
# tap"). Only where the base is certain from the spelling: a doubled last consonant is undoubled
# ("getting" -> "get"), a stem that ends in two consonants, a vowel pair and a consonant, or x, w
# or y is the base ("fixing", "cleaning", "buying"), and the common verbs that drop an "e" are
# listed ("making" -> "make"); any other gerund ("opening", "visiting", "handling") is kept as
# typed, as before (the encoders and ``canonical_question`` take it as the verb).
_GERUND = re.compile(r"([A-Za-z]{2,})ing(?=\s|[?.!,]|$)")
_E_VERBS = frozenset(
    "make take write use create update delete complete share store prepare compare declare file hire code vote"
    " hope save move lose choose close cause raise increase purchase release reduce produce introduce replace"
    " place manage change charge arrange merge judge organise organize realise realize recognise recognize"
    " analyse analyze become come give have live leave solve serve improve remove receive achieve believe"
    " bake type scare care shave rinse sue dye cite invite unsubscribe subscribe describe dispose propose"
    " retire cure secure measure ensure figure configure convince notice practise practice advertise"
    " exercise negotiate calculate translate celebrate donate rate migrate operate relocate locate"
    " automate activate deactivate validate renovate decorate insulate shape tape wipe paste taste"
    " waste trade grade upgrade downgrade fade invade persuade provide decide divide guide ride hide slide"
    " glue argue continue rescue issue pursue value approve compute reverse diagnose execute estimate".split()
)
# Verbs of more than one syllable whose last one is unstressed: not doubled, no "e" ("opening").
_PLAIN_STEMS = frozenset(
    "open visit edit listen happen develop offer enter order answer cover gather consider deliver remember"
    " market budget target limit credit audit exhibit inherit deposit profit benefit borrow follow"
    " shorten lengthen strengthen sharpen straighten fasten soften loosen tighten frighten widen register install"
    " process".split()
)
_DOUBLED_KEEP = frozenset({"add", "odd", "err", "ebb", "egg", "inn", "butt", "purr", "buzz", "fizz", "jazz"})
_VOWELS = "aeiou"
_L_VERBS = frozenset("cancel travel label model fuel refuel level counsel signal total channel tunnel dial".split())
_ING_NOUNS = frozenset({"wedding", "pudding", "bedding", "morning", "evening", "ceiling", "clothing", "something"})


def _base_verb(rest: str) -> str:
    """``rest`` with its first word, when a gerund, in its base form where the spelling says which
    ("fixing a tap" -> "fix a tap", "getting a job" -> "get a job", "making bread" -> "make
    bread"); otherwise unchanged."""
    m = _GERUND.match(rest)
    if m is None:
        return rest
    stem = m.group(1)
    low = stem.lower()
    if low + "ing" in _ING_NOUNS or not any(c in _VOWELS for c in low):  # "wedding", "bring"
        return rest
    if low + "e" in _E_VERBS:
        base = stem + "e"
    elif low in _PLAIN_STEMS:
        base = stem
    elif low.endswith("ll") and low[:-1] in _L_VERBS:  # British "cancelling", "travelling"
        base = stem[:-1]
    elif low in _DOUBLED_KEEP:
        base = stem
    elif len(low) >= 3 and low[-1] == low[-2] and low[-1] in "bdgmnprt":
        base = stem[:-1]
    elif low[-1] in "xwy" or (
        low[-1] not in _VOWELS
        and low[-1] not in "vcsz"
        and (low[-2] not in _VOWELS or low[-3:-1] in ("ea", "ai", "oo", "ee", "oa", "oi", "ou"))
        and not (low[-1] == "l" and low[-2] not in _VOWELS)  # "handling", "installing"
        and not low.endswith(("dg", "rg", "ng", "th"))  # "judging", "challenging", "breathing"
    ):
        base = stem
    else:
        return rest
    return base + rest[m.end() :]


def _question_order(q: str) -> str:
    """An embedded question ("how DNS resolution works", "what a Roth IRA is") in question order
    ("How does DNS resolution work", "What is a Roth IRA"); any other one capitalised as it is."""
    m = _EMBEDDED_WORKS.match(q)
    if m is not None:
        plural = m.group("v").lower() == "work"
        return f"How {'do' if plural else 'does'} {m.group('np')} work{m.group('end')}"
    m = _EMBEDDED_WHETHER.match(q)
    if m is not None:
        v, np, rest = m.group("v").lower(), m.group("np"), m.group("rest")
        np = np if np == "I" else np[:1].lower() + np[1:]
        if np == "I" and v == "can":  # "Can I X" the encoders take for "How do I X" (see "Am I able to")
            return f"Am I able to {rest}?"
        if v in ("has", "have"):
            return f"{'Does' if v == 'has' else 'Do'} {np} have {rest}?"
        return f"{v.capitalize()} {np} {rest}?"
    m = _EMBEDDED_PASSIVE.match(q)
    if m is not None and (m.group("p").lower().endswith("ed") or m.group("p").lower() in _PARTICIPLES):
        asked = f"How {m.group('v').lower()} {m.group('np')} {m.group('p')}?"
        return _read_passive(asked) or asked
    m = _EMBEDDED_IS.match(q)
    if m is not None and m.group("diff") is not None:
        return f"What {m.group('dv').lower()} {m.group('diff')}{m.group('dend')}"
    if m is not None:
        v = m.group("v").lower()
        if v == "means":
            return f"What does {m.group('np')} mean{m.group('end')}"
        return f"What {v} {m.group('np')}{m.group('end')}"
    return q[:1].upper() + q[1:]


#: Longer than this a prompt is returned as typed by ``strip_wrapper``. A wrapper is a sentence
#: or two around a question, and the semantic phase reads prompts of at most
#: ``max_semantic_chars`` (2,000 by default) anyway; but the reading steps re-match from each
#: stripped sentence, so their cost grows faster than the length: a pasted 50 KB document cost
#: 1.3-1.6 s of the event loop on every request (measured 2026-12-07, stop 34), 20 KB of repeated
#: letter sentences 0.4 s.
_WRAPPER_MAX_CHARS = 4000


def strip_wrapper(text: str) -> str:
    """The question without a leading courtesy or context wrapper ("Sorry if this is a dumb
    question, but how do I ..." -> "how do I ..."), a formal "Please advise on the procedure
    to X" read as "How do I X", a formal request to be told ("Could you kindly advise how to X",
    "I would be grateful if you could tell me what ...") read as its question, an imperative or
    casual frame ("Explain how X works", "Tell me the difference between ...", "I need to X",
    "anyone know how to X?", "is there a way to X?") read as its question (``_read_frame``), a
    formal structure ("What is the procedure for renewing X", "the renewal of X", "Is it
    permissible to X", "What are the requirements for X-ing") read as the plain question
    (``_FORMAL_STRUCT``; a request for a task, "Help me write a cover letter", stays whole), the
    formal register of j86 (a letter's salutation, generic topic sentence and signature; a
    passive "How is a passport renewed?", ``_read_passive``; the impersonal "one",
    ``_read_one``; a hedged "Would it be possible for me to X" read "Am I able to X"; a request
    to be told worded as a statement, "I require information regarding the process of X-ing"),
    and a closing "Thanks in advance!" or sign-off ("Kind regards"), stripped before the frame is
    read; chat-speak is read first (``read_chat``).
    Unchanged when nothing matches, or when nothing of a question would be left, and when the
    prompt is longer than ``_WRAPPER_MAX_CHARS``."""
    if len(text) > _WRAPPER_MAX_CHARS:
        return text
    t = read_chat(text)
    while True:
        m = _LEADING_WRAPPER.match(t)
        if m is None:
            break
        t = t[m.end() :]
    # A sign-off may follow a closing thanks ("Many thanks. Kind regards"): strip both, before the
    # frame is read (j86: a letter's closing "Thank you for your time." is no second sentence).
    for _ in range(2):
        t = _TRAILING_WRAPPER.sub("", t)
    t = _read_frame(t)
    t = read_keywords(t)
    if "thank" in t[-24:].lower():
        t = _COMMA_THANKS.sub("", t)
    # A wrapper alone ("Quick question: thanks!") or one word left is no question to compare.
    return t if len(t.split()) >= 2 else text


# Keyword queries (j87): a search-box query of 2-5 lower-case words ("check python version",
# "ounces in a cup", "flu symptoms") is read as the question it stands for, because the encoders,
# the verifier and the stage were fitted on questions: "check python version" against "How do I
# check my Python version?" is refused by the stage as typed and served as "How do I check
# python version?". Only a query with no word of a clause (an auxiliary, a pronoun, a question
# word, a modal, "not"), typed in lower case; the words are kept in their order, so a query
# that differs in one word reads differently still ("python shuffle list").
_KEYWORD_QUERY = re.compile(r"[a-z0-9][a-z0-9 '.-]*\??")
#: A keyword query that asks whether a thing is so ("raw eggs safe?", "coffee bad for u?"):
#: "Is/Are <thing> <adjective> (for <whom>)?".
_PREDICATE = re.compile(
    r"(?P<np>[a-z0-9][a-z0-9 '-]*?) (?P<adj>safe|bad|good|healthy|unhealthy|legal|illegal|dangerous|ok|okay"
    r"|worth it|toxic|poisonous)(?P<for> for (?:you|u|me|kids|children|dogs|cats|babies|pregnant women))?\??"
)
_KEYWORD_MAX = 5
#: Longer than this it is no keyword query (checked before any other work: the miss path).
_KEYWORD_CHARS = 60
_CLAUSE = frozenset(
    """is are was were am be been do does did can could should would will shall may might must have has
    had i me you u he she we they it him her them my your our their his its if not no what how why when
    where who which whom whose there this that these those ok okay safe bad good better best worth
    vs or and yes please thanks""".split()
)
#: Verbs that open a how-to query ("reset router password", "cook quinoa").
_HOWTO_VERBS = frozenset(
    """add back block boil bake book cancel change check clean clear close connect convert cook copy create
    cut delete disable download edit enable export find fix format freeze get import increase install
    learn make merge move open print reduce refund remove rename renew repair replace reset restart
    restore return roast save send set share sign sort speed start stop switch transfer turn undo
    uninstall unlock update upgrade upload use""".split()
)
#: Units a "how many" query counts ("ounces in a cup", "grams in a pound").
_COUNT_UNITS = frozenset(
    """calories grams kilograms kg ounces oz pounds lbs cups teaspoons tablespoons tsp tbsp ml litres
    liters pints gallons quarts inches feet metres meters miles kilometres kilometers km cm mm
    seconds minutes hours days weeks months years bytes bits megabytes gigabytes""".split()
)
#: A query that names a measure at its end is "what is the X" even after a how-to verb ("boil egg time").
_MEASURE_HEADS = frozenset(
    """time cost price fee fees rate height length weight size population capital distance speed
    temperature salary wage limit deadline age symptoms formula allowance requirements entitlement
    meaning definition recipe hours""".split()
)
#: How-to verbs that are seldom nouns, read as the verb after a topic ("python reverse list" ->
#: "How do I reverse list in python?"; not "return", "update", "copy": "tax return deadline").
_TOPIC_VERBS = frozenset(
    """reverse shuffle sort delete remove install uninstall convert reset clear merge rename undo create
    split join parse append restart unlock block cancel renew fix clean cook boil bake roast iterate
    concatenate center centre align""".split()
)
#: Verbs a telegraphic sentence keeps ("cats need baths?", "dogs eat grapes"): such a query is a
#: statement asked, not a thing named, and is not read "What is the ...".
_PLAIN_VERBS = frozenset(
    """need needs eat eats drink drinks cause causes make makes mean means work works get gets go goes
    help helps want wants use uses like likes know knows take takes affect affects happen happens
    stop stops grow grows live lives sleep sleeps die dies hurt hurts kill kills""".split()
)
#: A request opening the query ("Explain quantum computing", "define entropy"): left whole, as
#: ``_read_frame`` leaves a bare "Explain X" (and ``_TASK``'s tasks: "summarise this article").
_REQUEST_VERBS = frozenset(
    """explain describe tell give show list define compare recommend suggest teach help name find
    translate summarise summarize write draft""".split()
)


def read_keywords(t: str) -> str:
    """A lower-case keyword query read as its question: "How do I <query>?" after a how-to verb
    ("reset router password"), "How many <query>?" for a unit counted in something ("ounces in a
    cup"), "How much is <query>?" for an amount converted ("100 dollars in euros"), "How do I
    <verb ...> in <topic>?" for a topic before a how-to verb ("python reverse list"), "Is/Are
    <thing> <adjective>?" ("raw eggs safe?"), else, for a query with no verb, "What is/are the
    <query>?" (plural by its last word: "flu symptoms", "uk minimum
    wage"); anything else unchanged."""
    if len(t) > _KEYWORD_CHARS:
        return t
    # Case-blind, and a closing "." or "!" is no part of it: "redis question" and "Redis
    # question!" must keep one canonical form (the normalised phase folds case and marks).
    t_read = t.rstrip(" .!").lower()
    if not _KEYWORD_QUERY.fullmatch(t_read):
        return t
    p = _PREDICATE.fullmatch(t_read)
    if p is not None:
        np = p.group("np").split()
        if len(np) <= 3 and _CLAUSE.isdisjoint(np):
            plural = np[-1].endswith("s") and not np[-1].endswith(("ss", "us", "is"))
            whom = " for you" if p.group("for") in (" for u", " for you") else (p.group("for") or "")
            return f"{'Are' if plural else 'Is'} {p.group('np')} {p.group('adj')}{whom}?"
        return t
    query = t_read.rstrip("?")
    words = query.split()
    # A how-to query with its question word last ("return an item how", "check tyre pressure
    # how"; j120): "How do I <query>?", as the same query without "how" reads.
    if words[-1] == "how" and 3 <= len(words) <= _KEYWORD_MAX + 1 and words[0] in _HOWTO_VERBS:
        head = words[:-1]
        # "my" is the asker's own thing ("unlock my phone how"), no clause.
        if _CLAUSE.isdisjoint(w for w in head if w != "my") and not any(c.isdigit() for c in query):
            return f"How do I {' '.join(head)}?"
    # A contraction is its clause word ("what's", "who's"), typed with the apostrophe or without
    # ("whats the wifi pw" is a question, not a thing named; j120).
    if (
        not 2 <= len(words) <= _KEYWORD_MAX
        or not _CLAUSE.isdisjoint(w.split("'")[0] for w in words)
        or not APOSTROPHE_LESS.keys().isdisjoint(words)
    ):
        return t
    first, last = words[0], words[-1]
    if first in _COUNT_UNITS and words[1] == "in":
        return f"How many {first} are {' '.join(words[1:])}?"
    if first[0].isdigit() and words[2:3] in (["in"], ["to"]):
        return f"How much is {query}?"
    # With a number the verb asks for the result, not how ("convert 10 miles to km"; j76: a task
    # done for the user stays a task).
    if last not in _MEASURE_HEADS and not any(c.isdigit() for c in query):
        if first in _HOWTO_VERBS:
            return f"How do I {query}?"
        for k in range(1, len(words) - 1):
            if words[k] in _TOPIC_VERBS:
                return f"How do I {' '.join(words[k:])} in {' '.join(words[:k])}?"
    if not _PLAIN_VERBS.isdisjoint(words) or first in _REQUEST_VERBS or _TASK.match(query):
        return t  # "cats need baths?": a statement asked, not a thing named; a request
    if not last.isalpha() or first[0].isdigit() or words[-2:-1] in (["in"], ["to"], ["for"], ["of"], ["on"]):
        return t  # "celsius to fahrenheit", "flights to paris": not a thing named
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return f"What {'are' if plural else 'is'} the {query}?"


@functools.lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Unicode compatibility form, lower case, straight quotes, contractions expanded.

    Remembered for the last few thousand texts: a new prompt is folded by the normalised
    phase, then by the guards (and the writer), each time the same string."""
    t = unicodedata.normalize("NFKC", text).casefold()
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    t = _APOSTROPHE_LESS.sub(lambda m: APOSTROPHE_LESS[m.group(1)], t)
    if "'" in t:  # every contraction has an apostrophe; most prompts have none
        for pattern, repl in _CONTRACTIONS:
            t = pattern.sub(repl, t)
    return t


def normalise(text: str) -> str:
    """Canonical form of a prompt for the normalised phase."""
    t = _SPACE.sub(" ", fold(text)).strip()
    t = _LEADING_FILLER.sub("", t)
    t = _ASK_FILLER.sub("", t)
    # The two filler patterns cannot match a text without their words (cheap to rule out).
    if any(w in t for w in _TRAILING_WORDS):
        t = _TRAILING_FILLER.sub("", t)
    if "please" in t:
        t = _PLEASE.sub(" ", t)
    return _SPACE.sub(" ", _strip_punctuation(t)).strip()


#: Every match of ``_TRAILING_FILLER`` contains one of these.
_TRAILING_WORDS = ("please", "thank", "thx", "pls")


def _strip_punctuation(t: str) -> str:
    """``_PUNCT.sub(" ", t)``; plain-ASCII text takes the two cheaper steps of ``_ASCII_PUNCT``
    (the same result, tested on random ASCII text), a third of the time."""
    if not t.isascii():
        return _PUNCT.sub(" ", t)
    t = t.translate(_ASCII_PUNCT)
    if "." in t or "," in t or "-" in t:
        t = _POINTS.sub(" ", t)
    return t


def canonical_question(text: str) -> str:
    """The normalised prompt with its question opening in one canonical form ("how do i ...")."""
    t = normalise(text)
    m = _HOW_DO_I.match(t)
    if m is not None:
        # "ways of saving money" -> "how do i saving money": the verb form does not matter to
        # the embedding, and the normalised phase compares whole strings.
        t = f"how do i {t[m.end() :]}".strip()
    return drop_function_words(t)


#: Words whose absence cannot change the answer: articles and the present-tense copula and
#: auxiliaries ("how many calories are in a banana" / "how many calories in a banana"). Tense
#: ("was", "did", "will"), modals ("can", "should") and negation ("not", from "isn't") stay.
_ARTICLES = frozenset({"a", "an", "the"})
_PRESENT_AUX = frozenset({"is", "are", "am", "do", "does"})
_FUNCTION_WORDS = _ARTICLES | _PRESENT_AUX
#: Next to one of these an auxiliary stays: its place tells a question from a statement
#: ("is it raining" / "it is raining", "is there a fee" / "there is a fee").
_PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she", "it", "there", "this", "that", "these", "those", "one"})
#: Before "a" one of these makes it a letter, not an article ("vitamin a", "grade a", "plan a").
_LETTER_BEFORE = frozenset(
    {
        "vitamin", "grade", "plan", "type", "class", "hepatitis", "section", "part", "option",
        "size", "group", "level", "blood", "category", "appendix", "letter", "row", "tier",
        "phase", "model", "team", "exhibit", "schedule", "step", "series", "division", "list",
    }
)  # fmt: skip


def drop_function_words(t: str) -> str:
    """``t`` (normalised, space-separated) without its articles and present-tense auxiliaries.

    A word stays where it may carry meaning: the last word (a final "is"/"do" is the main verb:
    "what does a cardiologist do"), an auxiliary next to a pronoun (word order is then the only
    sign of a question), "a" after a digit or a word that takes a letter ("vitamin a")."""
    words = t.split()
    if _FUNCTION_WORDS.isdisjoint(words):
        return t
    last = len(words) - 1
    kept: list[str] = []
    for i, w in enumerate(words):
        if i == last:
            kept.append(w)
            continue
        prev = words[i - 1] if i else ""
        if w in _ARTICLES:
            if w == "a" and (prev in _LETTER_BEFORE or prev[-1:].isdigit()):
                kept.append(w)
            continue
        if w in _PRESENT_AUX:
            if prev in _PRONOUNS or words[i + 1] in _PRONOUNS:
                kept.append(w)
            continue
        kept.append(w)
    return " ".join(kept)


def tokens(text: str) -> list[str]:
    """Folded word, number and symbol tokens (used by the guards)."""
    return _TOKEN.findall(fold(text))
