"""Keyword lists (large, whole words, case-insensitive), regex rules, and topics."""

from __future__ import annotations

import pytest

from bastion.gateway.embeddings import Embedder
from bastion.gateway.policy.detectors.base import DetectorError
from bastion.gateway.policy.detectors.custom import KeywordDetector, RegexDetector
from bastion.gateway.policy.detectors.topics import TopicDetector


def test_keywords_whole_words_case_insensitive() -> None:
    det = KeywordDetector(["Project Falcon", "Acme Corp", "falcon"], entity="CODENAME")
    text = "Status of project FALCON for ACME corp; falconry is unrelated."
    got = [text[m.start : m.end] for m in det.detect(text)]
    assert got == ["project FALCON", "ACME corp"]
    assert det.detect("Falcons and acmecorp") == []


def test_large_keyword_list() -> None:
    names = [f"customer{i:05d}" for i in range(50_000)]
    det = KeywordDetector(names, entity="CUSTOMER")
    text = "renewal for customer04711 and customer49999, not customer5 or xcustomer00001"
    assert [text[m.start : m.end] for m in det.detect(text)] == ["customer04711", "customer49999"]


def test_regex_rule() -> None:
    det = RegexDetector(r"\bPRJ-\d{4}\b", entity="PROJECT")
    assert [(m.entity, m.start) for m in det.detect("see PRJ-1234 and PRJ-12")] == [("PROJECT", 4)]
    assert RegexDetector(r"secret", ignore_case=True).detect("SECRET")


def test_keyword_length_change_under_lowercase_keeps_offsets() -> None:
    det = KeywordDetector(["bastion"])
    text = "İstanbul bastion"
    [m] = det.detect(text)
    assert text[m.start : m.end] == "bastion"


def test_topic_keywords_without_model() -> None:
    det = TopicDetector(None, keywords={"weapons": ["rifle", "ammunition"]})
    assert not det.semantic
    assert [m.entity for m in det.detect("where to buy ammunition")] == ["TOPIC:weapons"]


@pytest.mark.anyio
async def test_topic_without_model_fails_loudly() -> None:
    det = TopicDetector(None, deny={"medical": "medical diagnosis"})
    with pytest.raises(DetectorError):
        await det.adetect(["I have a rash, what is it?"])


@pytest.mark.slow
@pytest.mark.anyio
async def test_semantic_topics_deny_and_allow(embedder: Embedder) -> None:
    emb = embedder
    det = TopicDetector(
        emb,
        deny={
            "medical-diagnosis": [
                "medical diagnosis of symptoms",
                "what illness or disease do I have",
                "should I take this medication for my condition",
            ]
        },
    )
    texts = [
        "I've had a fever and a rash on my arms for three days, what disease do I have?",
        "What is the capital of Portugal?",
    ]
    found = await det.adetect(texts)
    assert [m.entity for m in found[0]] == ["TOPIC:medical-diagnosis"]
    assert found[1] == []
    only_billing = TopicDetector(emb, allow={"billing": "questions about invoices, payments and subscription billing"})
    found = await only_billing.adetect(
        ["Why was my invoice charged twice this month?", "Write me a poem about the sea."]
    )
    assert found[0] == [] and [m.entity for m in found[1]] == ["OFF_TOPIC"]


@pytest.mark.slow
@pytest.mark.anyio
async def test_engine_semantic_rules_and_lazy_model(embedder: Embedder) -> None:
    import anyio

    from bastion.gateway.policy.engine import PolicyEngine
    from bastion.gateway.policy.model import Policy

    semantic = Policy.model_validate(
        {
            "name": "topics",
            "rules": [
                {
                    "name": "legal",
                    "action": "block",
                    "message": "no legal advice",
                    "detector": {
                        "type": "topics",
                        "deny": {"litigation": ["legal advice about our lawsuit", "can we win the court case"]},
                    },
                }
            ],
        }
    )
    engine = PolicyEngine(embedder, b"k" * 32)
    engine.set_policies([semantic])
    r = await engine.inspect(None, "chat_input", ["Can we win the lawsuit against our supplier?"])
    assert r.action == "block" and r.decisions[0]["entities"] == ["TOPIC:litigation"]
    assert (await engine.inspect(None, "chat_input", ["Bake a cake"])).action == "allow"

    # The model is loaded only once a policy with a semantic detector is installed.
    fresh = Embedder()
    lazy = PolicyEngine(fresh, b"k" * 32)
    lazy.set_policies(
        [
            Policy.model_validate(
                {"name": "plain", "rules": [{"name": "s", "action": "block", "detector": {"type": "secrets"}}]}
            )
        ]
    )
    assert not fresh.loaded
    lazy.set_policies([semantic])
    with anyio.fail_after(300):
        while not fresh.loaded:
            await anyio.sleep(0.1)


_PARAGRAPHS = [
    "The team met on Tuesday to go through the migration of the reporting service. Most dashboards "
    "already run on the new cluster, but the nightly export still runs on the old host.",
    "Please shorten the release notes to one page. Keep the sections on the new search filters and "
    "the faster exports, and drop the list of internal refactorings.",
    "The office move is planned for the second week of March. Movers come on the Friday, desks are "
    "labelled by floor, and the network team sets up the switches over the weekend.",
    "The customer survey closed with 1,240 answers. Most people liked the new mobile app, but many "
    "asked for a dark mode and complained about slow loading of the order history.",
    "The build pipeline takes forty minutes because the integration tests run one after another; "
    "split them into four parallel jobs and cache the dependency downloads.",
    "Finally, the library changes its opening hours in summer: weekdays ten to six, Saturdays until one.",
]
_MEDICAL = ["medical diagnosis of symptoms", "what illness or disease do I have"]
_LAST = "One more thing: I've had a fever and a red rash on my arms for three days. What illness do I have?"


def _kb(last: str | None) -> str:
    text = "\n\n".join(_PARAGRAPHS + ([last] if last else []))
    assert 900 <= len(text) <= 1200
    return text


@pytest.mark.slow
@pytest.mark.anyio
async def test_denied_topic_in_the_last_paragraph_of_a_long_prompt(embedder: Embedder) -> None:
    """A denied topic raised only in the last paragraph of a 1 KB prompt is found (the windows
    the static encoder picks); the previous reading, MiniLM over the whole text, misses it: the
    paragraph is diluted in the rest. The same prompt without it is not flagged."""
    det = TopicDetector(embedder, deny={"medical": _MEDICAL})
    whole = TopicDetector(embedder, deny={"medical": _MEDICAL}, reading="whole")
    det.load()
    with_topic, without = _kb(_LAST), _kb(None)
    found = await det.adetect([with_topic, without])
    assert [m.entity for m in found[0]] == ["TOPIC:medical"]
    assert found[0][0].score >= det.threshold
    assert found[1] == []
    assert await whole.adetect([with_topic]) == [[]]
    # What MiniLM read of the flagged prompt: fewer characters than the prompt (one window per
    # topic), and the last paragraph among them.
    [picked] = det._picks([with_topic])
    assert len(picked) == 1 and sum(b - a for a, b in picked) < len(with_topic) // 2
    assert "rash" in with_topic[picked[0][0] : picked[0][1]]


@pytest.mark.slow
@pytest.mark.anyio
async def test_short_prompts_score_as_before_and_allow_lists_read_windows(embedder: Embedder) -> None:
    """A prompt of one window is read whole, so its scores equal the previous reading's; an
    allowed topic raised in one paragraph of a long prompt keeps it on topic."""
    short = "I've had a fever and a rash on my arms for three days, what disease do I have?"
    windows = await TopicDetector(embedder, deny={"medical": _MEDICAL}).scores([short])
    whole = await TopicDetector(embedder, deny={"medical": _MEDICAL}, reading="whole").scores([short])
    assert windows == whole and windows[0]["medical"] >= 0.3
    billing = TopicDetector(embedder, allow={"billing": ["questions about invoices, payments and billing"]})
    billing.load()
    question = "Why was my invoice for March charged twice to my credit card?"
    found = await billing.adetect([_kb(question), _kb(None)])
    assert found[0] == []
    assert [m.entity for m in found[1]] == ["OFF_TOPIC"]


def test_topics_spec_reading_and_warming() -> None:
    """``reading`` reaches the detector (default ``windows``), and a topic rule's detector is
    among those the engine warms (its static encoder) before the first call."""
    from pydantic import ValidationError

    from bastion.gateway.policy.compiled import PolicySet, build_detector, compile_policy
    from bastion.gateway.policy.model import Policy, TopicsSpec

    spec = TopicsSpec.model_validate({"type": "topics", "deny": {"a": "b"}})
    assert spec.reading == "windows" and build_detector(spec, None).reading == "windows"
    whole = TopicsSpec.model_validate({"type": "topics", "deny": {"a": "b"}, "reading": "whole"})
    assert build_detector(whole, None).reading == "whole"
    with pytest.raises(ValidationError):
        TopicsSpec.model_validate({"type": "topics", "deny": {"a": "b"}, "reading": "sentences"})
    policy = Policy.model_validate(
        {"name": "t", "rules": [{"name": "t", "action": "flag", "detector": {"type": "topics", "deny": {"a": "b"}}}]}
    )
    [det] = PolicySet((compile_policy(policy, None),)).to_warm
    assert isinstance(det, TopicDetector) and not det.loaded


@pytest.mark.slow
@pytest.mark.anyio
async def test_long_text_costs_one_window_per_topic(embedder: Embedder) -> None:
    """A 6 KB document (its static stage runs in a worker thread) with a denied topic in its
    last paragraph: found, and MiniLM encoded one ~200-character window for the one topic,
    not the document."""
    det = TopicDetector(embedder, deny={"medical": _MEDICAL})
    det.load()
    await det.adetect(["warm the description vectors"])
    doc = "\n\n".join(f"Section {i}. " + p for i in range(6) for p in _PARAGRAPHS[:4]) + "\n\n" + _LAST
    assert len(doc) > 4096
    before = embedder.encoded
    [found] = await det.adetect([doc])
    assert [m.entity for m in found] == ["TOPIC:medical"]
    assert embedder.encoded - before == 1


@pytest.mark.slow
@pytest.mark.anyio
async def test_static_gate_skips_off_topic_texts_and_keeps_on_topic_ones(embedder: Embedder) -> None:
    """The static gate (default on): a text far from every denied topic costs no MiniLM pass and
    is not flagged; on-topic texts, short and in one paragraph of 1 KB, are read and score
    exactly what they score without the gate."""
    deny = {"medical": _MEDICAL, "legal": "legal advice about our litigation"}
    gated, ungated = TopicDetector(embedder, deny=deny), TopicDetector(embedder, deny=deny, static_gate=None)
    assert gated.static_gate is not None
    for det in (gated, ungated):
        det.load()
        await det.adetect(["warm the description vectors"])
    off = ["What is the capital of Portugal?", "Write a haiku about autumn leaves in the park."]
    assert gated._picks(off) == [[], []]
    before = embedder.encoded
    assert await gated.adetect(off) == [[], []]
    assert embedder.encoded == before
    assert all(len(p) == 1 for p in ungated._picks(off))  # without the gate MiniLM reads them
    # Nothing to read in an empty or blank text, with the gate as without it.
    assert gated._picks(["", "   "]) == [[], []] and await gated.adetect(["", "   "]) == [[], []]
    on = [
        "I've had a fever and a rash on my arms for three days, what disease do I have?",
        _kb(_LAST),
        "Our former supplier is suing us for breach of contract; what are our chances in court?",
    ]
    assert await gated.scores(on) == await ungated.scores(on)
    assert [[m.entity for m in ms] for ms in await gated.adetect(on)] == [
        ["TOPIC:medical"],
        ["TOPIC:medical"],
        ["TOPIC:legal"],
    ]


@pytest.mark.slow
@pytest.mark.anyio
async def test_static_gate_loses_no_on_topic_pair_of_the_tuning_split(embedder: Embedder) -> None:
    """The gate's default was set on the tuning split of ``scripts/topic_corpus.py``: every
    (prompt, topic) pair on its topic that MiniLM flags without the gate is flagged with it, and
    the gate flags nothing MiniLM did not."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
    import topic_corpus

    cases = [c for c in topic_corpus.build() if not c.heldout]
    texts = [c.text for c in cases]
    found = {}
    for gate in (None, TopicDetector(None).static_gate):
        det = TopicDetector(embedder, deny=topic_corpus.TOPICS, static_gate=gate)
        det.load()
        found[gate] = [{m.entity.removeprefix("TOPIC:") for m in ms} for ms in await det.adetect(texts)]
    without, with_gate = found.values()
    on_topic = [(i, n) for i, c in enumerate(cases) for n in c.topics if n in without[i]]
    assert len(on_topic) >= 80
    assert all(n in with_gate[i] for i, n in on_topic)
    assert all(g <= w for g, w in zip(with_gate, without, strict=True))


@pytest.mark.slow
@pytest.mark.anyio
async def test_static_gate_never_skips_an_allowed_topic(embedder: Embedder) -> None:
    """Allow lists never fail open: a rule with an allow list is not gated, even by a gate every
    topic falls under (1.0): it reads the same windows as without the gate, a text about none of
    its allowed topics is still OFF_TOPIC and one about an allowed topic is not."""
    deny = {"medical": _MEDICAL}
    allow = {"billing": ["questions about invoices, payments and billing"]}
    det = TopicDetector(embedder, deny=deny, allow=allow, static_gate=1.0)
    ungated = TopicDetector(embedder, deny=deny, allow=allow, static_gate=None)
    for d in (det, ungated):
        d.load()
    texts = [
        "Write me a poem about the sea.",
        "I've had a fever and a rash on my arms for three days, what disease do I have?",
        "Why was my invoice for March charged twice to my credit card?",
        _kb(None),
        _kb("Why was my invoice for March charged twice to my credit card?"),
        _kb(_LAST),
    ]
    assert det._picks(texts) == ungated._picks(texts)
    found = [[m.entity for m in ms] for ms in await det.adetect(texts)]
    assert found == [[m.entity for m in ms] for ms in await ungated.adetect(texts)]
    assert [("OFF_TOPIC" in f) for f in found] == [True, True, False, True, False, True]
    # The same gate on the denied topic alone reads nothing: the rule's allow list is what kept it.
    only_denied = TopicDetector(embedder, deny=deny, static_gate=1.0)
    only_denied.load()
    assert only_denied._picks(texts) == [[]] * len(texts)


def test_topics_spec_static_gate() -> None:
    """``static_gate`` reaches the detector (default 0.35, ``null`` turns it off) and is a cosine."""
    from pydantic import ValidationError

    from bastion.gateway.policy.compiled import build_detector
    from bastion.gateway.policy.detectors.topics import STATIC_GATE
    from bastion.gateway.policy.model import TopicsSpec

    spec = TopicsSpec.model_validate({"type": "topics", "deny": {"a": "b"}})
    assert spec.static_gate == STATIC_GATE == 0.35
    assert build_detector(spec, None).static_gate == STATIC_GATE
    off = TopicsSpec.model_validate({"type": "topics", "deny": {"a": "b"}, "static_gate": None})
    assert build_detector(off, None).static_gate is None
    with pytest.raises(ValidationError):
        TopicsSpec.model_validate({"type": "topics", "deny": {"a": "b"}, "static_gate": 1.5})
