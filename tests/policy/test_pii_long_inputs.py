"""Long inputs read the same as short ones (the per-value reading steps stay linear)."""

from __future__ import annotations

import random
import sys
from concurrent.futures import ThreadPoolExecutor

from bastion.gateway.policy.detectors.pii import LineBlocks, PIIDetector, fixed_width_header

HEADER = "EMPNO     SSN          NAME        GROSS"


def _row(i: int, value: str | None = None) -> str:
    return f"{1000 + i:<10}{value or 100000000 + i:<13}{'ANA X':<12}{i}"


def test_a_long_fixed_width_column_is_read_by_its_header_on_every_row() -> None:
    """Every value of a 3,000-row column is read under the header at the top of its block, the
    last as the first, and the next block (after a blank line) by its own header; values read in
    any order give the same answers."""
    first = "\n".join([HEADER] + [_row(i) for i in range(3000)])
    second = "\n".join(["ID        TAXREF       NAME        PAY"] + [_row(i) for i in range(50)])
    text = first + "\n\n" + second
    blocks = LineBlocks(text)
    col = HEADER.index("SSN")
    starts = [text.index(_row(i)) + col for i in (0, 1, 1500, 2999)]
    assert [fixed_width_header(text, s, blocks) for s in starts] == ["SSN"] * 4
    later = text.index(second) + len("ID        TAXREF       NAME        PAY\n") + col
    assert fixed_width_header(text, later, blocks) == "TAXREF"
    # Back up the text, and to a block without a header.
    assert fixed_width_header(text, starts[1], blocks) == "SSN"
    bare = "\n".join(_row(i) for i in range(500))
    assert fixed_width_header(bare, bare.index(_row(300)) + col, LineBlocks(bare)) is None


def _walked_block_start(text: str, line_start: int) -> int:
    """The block start by the definition: walk up while the line above is not blank."""
    at = line_start
    while at > 0:
        prev = text.rfind("\n", 0, at - 1) + 1
        if not text[prev : at - 1].strip():
            break
        at = prev
    return at


def test_block_starts_found_in_one_pass_are_those_walked_line_by_line() -> None:
    """Blank lines of spaces, tabs, CRs and no-break spaces, a leading blank line, runs of blanks
    and a trailing newline: every line's block start is the one the walk up finds."""
    r = random.Random(7)
    pieces = ["EMPNO  SSN  NAME", "536221234  A", "", " ", "\t\r", "\u00a0", "x", "  12  34"]
    texts = ["", "\n", "\n\nabc", "abc\n", "a\n\nb\n \nc\n"]
    texts += ["\n".join(r.choice(pieces) for _ in range(r.randint(1, 40))) for _ in range(200)]
    for text in texts:
        blocks = LineBlocks(text)
        line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        assert [blocks.start_of(s) for s in line_starts] == [_walked_block_start(text, s) for s in line_starts]


def _ssn(i: int) -> str:
    return f"{536 + i % 50:03d}{22 + i % 70:02d}{1234 + i:04d}"


def test_texts_detected_in_turn_and_concurrently_give_what_each_gives_alone() -> None:
    """Two fixed-width reports, one whose SSN column is read by its header and one whose
    SSN-shaped column is headed TAXREF above a block headed SSN: read alone, one after the other
    and from several threads at once, each text gives the same findings (no reading state is
    shared between detect calls)."""
    ssn_report = "\n".join([HEADER] + [_row(i, _ssn(i)) for i in range(400)])
    taxref = "\n".join(["ID        TAXREF       NAME        PAY"] + [_row(i, _ssn(i)) for i in range(60)])
    mixed = taxref + "\n\n" + "\n".join([HEADER] + [_row(i, _ssn(i)) for i in range(30)])
    detector = PIIDetector()
    alone = {text: detector.detect(text) for text in (ssn_report, mixed)}
    # Wrong readings would show: the SSN column is found on every row, the TAXREF one on none.
    assert len(alone[ssn_report]) == 400
    assert [m.start for m in alone[mixed]] == [mixed.index(_ssn(i), len(taxref)) for i in range(30)]
    in_turn = [ssn_report, mixed, mixed, ssn_report, mixed]
    assert [detector.detect(text) for text in in_turn] == [alone[text] for text in in_turn]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter allows
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            texts = [ssn_report, mixed] * 8
            results = list(pool.map(detector.detect, texts))
    finally:
        sys.setswitchinterval(interval)
    assert results == [alone[text] for text in texts]
