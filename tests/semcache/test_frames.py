"""Imperative and casual question frames (issue #13, j69): a frame that carries nothing of the
question is read as the question it asks, inside ``normalise.strip_wrapper`` (so in the prompt
key of ``keys.request_keys``, the normalised and semantic phases): "Explain how X works" is "How
does X work", "Tell me the difference between X and Y" is "What is the difference between X and
Y", "Show me how to / Walk me through / I need to / Help me / anyone know how to / is there a way
to X" is "How do I X", "any tips for X" is "What are some tips for X". A frame that asks for
something else ("Tell me a joke", "Write me a poem", "Cancel my order", "Help me understand"), a
wish that is a cry for help ("I want to die"), and a frame followed by another sentence (the
question is elsewhere) stay whole; traps behind the same frame are refused by a real cache."""

from __future__ import annotations

import pytest

from bastion.gateway.semcache.keys import request_keys
from bastion.gateway.semcache.normalise import canonical_question, strip_wrapper

from .conftest import ask, chat_call

READ = [
    # Imperative: a request to be told.
    ("Explain how DNS resolution works", "How does DNS resolution work"),
    ("Explain to me how vaccines work.", "How do vaccines work."),
    ("Explain why the sky is blue.", "Why the sky is blue."),
    ("Can someone explain what a Roth IRA is?", "What is a Roth IRA?"),
    ("Describe how photosynthesis works", "How does photosynthesis work"),
    ("Tell me the difference between TCP and UDP", "What is the difference between TCP and UDP"),
    ("Tell me the symptoms of the flu.", "What are the symptoms of the flu."),
    ("List the main causes of climate change.", "What are the main causes of climate change."),
    ("Give me some good books on stoicism", "What are some good books on stoicism"),
    ("Show me how to set up a Python virtual environment", "How do I set up a Python virtual environment"),
    ("Give me the steps to change a flat tyre.", "How do I change a flat tyre."),
    ("Walk me through how to file a tax return.", "How do I file a tax return."),
    ("I need to reset my router", "How do I reset my router"),
    ("I want to learn Spanish quickly.", "How do I learn Spanish quickly."),
    ("Help me unclog a drain", "How do I unclog a drain"),
    ("I want to learn to swim. How?", "How do I learn to swim?"),
    ("I want to become a web developer, what should I do?", "How do I become a web developer?"),
    # Casual.
    ("anyone know how to remove a stripped screw?", "How do I remove a stripped screw?"),
    ("does anyone know why my laptop overheats?", "Why my laptop overheats?"),
    ("is there a way to recover deleted photos on my phone?", "How do I recover deleted photos on my phone?"),
    ("any idea how to fix a squeaky door?", "How do I fix a squeaky door?"),
    ("any tips for sleeping better?", "What are some tips for sleeping better?"),
    ("how would I go about fixing a leaky tap?", "How do I fix a leaky tap?"),
    # j76: a gerund after the frame in its base form where the spelling says which.
    ("how would I go about getting a mortgage", "How do I get a mortgage"),
    ("Walk me through making sourdough bread", "How do I make sourdough bread"),
    ("how would I go about cancelling my gym membership?", "How do I cancel my gym membership?"),
    ("how would I go about opening a bank account?", "How do I open a bank account?"),
    ("how would I go about handling a complaint?", "How do I handling a complaint?"),
    ("Please advise on the procedure for renewing my passport", "How do I renew my passport"),
    ("I need to write a speech, how?", "How do I write a speech?"),
    ("trying to connect my printer to wifi, any ideas?", "How do I connect my printer to wifi?"),
    ("what's the deal with intermittent fasting?", "What is intermittent fasting?"),
    ("what even is a mortgage", "What is a mortgage"),
    ("so like how does bitcoin even work", "how does bitcoin work"),
    ("what exactly is a hedge fund lol", "What is a hedge fund"),
    ("eli5 quantum computing", "What is quantum computing"),
    ("Explain how to paint a bedroom wall, thanks!", "How do I paint a bedroom wall"),
    ("could someone help me unsubscribe from spam emails?", "How do I unsubscribe from spam emails?"),
    ("Provide the steps to apply for a mortgage", "How do I apply for a mortgage"),
    ("Teach me how a mortgage works", "How does a mortgage work"),
    ("Explain machine learning to me", "What is machine learning?"),
    ("Explain how DNS works to me", "How does DNS work"),
    # A lone interjection or "question:" before a question word.
    ("ugh how do I get rid of fruit flies", "how do I get rid of fruit flies"),
    ("wait how does a vpn work", "how does a vpn work"),
    ("ok can someone explain what an etf is", "What is an etf"),
    ("genuine question, why do onions make you cry?", "why do onions make you cry?"),
]

KEPT = [
    # The frame asks to make or do something, or for something else than the question.
    "Tell me a joke about cats",
    "Write me a poem about autumn",
    "Tell me about autumn",
    "Cancel my order",
    "Help me understand recursion",
    "Help me with my homework",
    "I need to know the opening hours",
    "anyone know a good pizza place in Boston?",
    "Explain quantum computing",
    "Explain machine learning to my boss in one slide",
    # j76: a wish or a call for help around a task done for the user or an artefact made for
    # them asks for the thing, not for instructions.
    "Help me write a cover letter",
    "I need to write a wedding speech",
    "Can you help me compose a thank-you note?",
    "I need help proofreading my essay",
    "I want to create a budget spreadsheet",
    "Help me come up with a name for my bakery",
    "Help me summarise a research paper",
    "could someone help me edit my personal statement?",
    "I need to write a speech, any ideas?",
    # An interjection before anything but a question word, or with nothing after it.
    "So what?",
    "Wait Until Dark is a film",
    "What's the best way to learn French?",
    # A wish that is a cry for help is never read as a request for steps.
    "I want to die",
    "help me end it all",
    "I want to hurt myself. How?",
    # Another sentence follows: the first is context, the question is the second.
    "I want to quit engineering. Will a management degree help?",
    "Is there a way to delete my account? I can't find the button.",
    "I want to study design but my parents want me to do law. What do I do?",
    # As before (j65): a wrapper without a separator is part of the sentence.
    "Curious how this works",
]


@pytest.mark.parametrize(("text", "question"), READ)
def test_a_frame_is_read_as_the_question_it_asks(text: str, question: str) -> None:
    assert strip_wrapper(text) == question


@pytest.mark.parametrize("text", KEPT)
def test_a_frame_with_content_or_followed_by_another_sentence_stays(text: str) -> None:
    assert strip_wrapper(text) == text


def test_framed_and_plain_questions_share_the_normalised_key_not_the_exact_key() -> None:
    def keys(text: str) -> tuple[str, str | None]:
        k = request_keys({"model": "m", "messages": [{"role": "user", "content": text}]})
        return k.exact, k.prompt

    framed = keys("I need to reset my router")
    plain = keys("How can I reset my router?")
    assert framed[0] != plain[0]  # the exact key is still the request as sent
    assert framed[1] is not None and plain[1] is not None
    assert canonical_question(framed[1]) == canonical_question(plain[1]) == "how do i reset my router"


@pytest.mark.anyio
async def test_framed_questions_are_served_and_frames_that_hide_a_difference_are_not(make_cache) -> None:
    async with make_cache() as (_, cache):
        dns = "How does DNS resolution work?"
        await ask(cache, chat_call(dns))
        tcp = "What is the difference between TCP and UDP?"
        await ask(cache, chat_call(tcp))
        photos = "How do I recover deleted photos on my phone?"
        await ask(cache, chat_call(photos))
        router = "How can I reset my router?"
        await ask(cache, chat_call(router))
        cats = "Tell me a joke about cats"
        await ask(cache, chat_call(cats))
        assert await ask(cache, chat_call("Explain how DNS resolution works")) == dns
        assert await ask(cache, chat_call("Tell me the difference between TCP and UDP")) == tcp
        assert await ask(cache, chat_call("is there a way to recover deleted photos on my phone?")) == photos
        assert await ask(cache, chat_call("I need to reset my router")) == router
        # The same frames around another question, and a frame that is the request itself.
        assert await ask(cache, chat_call("Explain how DHCP works")) is None
        assert await ask(cache, chat_call("Tell me the difference between TCP and IP")) is None
        assert await ask(cache, chat_call("Is there a way to delete photos on my phone?")) is None
        assert await ask(cache, chat_call("I need to replace my router")) is None
        assert await ask(cache, chat_call("Tell me a fact about cats")) is None
        # j76: asking for the letter is not asking how to write one, in either phase.
        letter = "How do I write a cover letter?"
        await ask(cache, chat_call(letter))
        await ask(cache, chat_call("How do I plan a trip to Japan?"))
        assert await ask(cache, chat_call("Help me write a cover letter")) is None
        assert await ask(cache, chat_call("Help me plan a trip to Japan.")) is None
        assert await ask(cache, chat_call("Show me how to write a cover letter")) == letter
