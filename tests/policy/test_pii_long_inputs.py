"""Long inputs read the same as short ones (the per-value reading steps stay linear)."""

from __future__ import annotations

from bastion.gateway.policy.detectors.pii import fixed_width_header

HEADER = "EMPNO     SSN          NAME        GROSS"


def _row(i: int) -> str:
    return f"{1000 + i:<10}{100000000 + i:<13}{'ANA X':<12}{i}"


def test_a_long_fixed_width_column_is_read_by_its_header_on_every_row() -> None:
    """Every value of a 3,000-row column is read under the header at the top of its block, the
    last as the first, and the next block (after a blank line) by its own header; values read in
    any order (the block start found last is only a shortcut) give the same answers."""
    first = "\n".join([HEADER] + [_row(i) for i in range(3000)])
    second = "\n".join(["ID        TAXREF       NAME        PAY"] + [_row(i) for i in range(50)])
    text = first + "\n\n" + second
    col = HEADER.index("SSN")
    starts = [text.index(_row(i)) + col for i in (0, 1, 1500, 2999)]
    assert [fixed_width_header(text, s) for s in starts] == ["SSN"] * 4
    later = text.index(second) + len("ID        TAXREF       NAME        PAY\n") + col
    assert fixed_width_header(text, later) == "TAXREF"
    # Back up the text (the shortcut is only taken forwards) and to a block without a header.
    assert fixed_width_header(text, starts[1]) == "SSN"
    bare = "\n".join(_row(i) for i in range(500))
    assert fixed_width_header(bare, bare.index(_row(300)) + col) is None
