"""Credentials by provider format. Entropy is only a secondary signal (for generic
``password=...``/``secret: ...`` assignments), so hashes, UUIDs and build IDs are not flagged."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

import ahocorasick

from bastion.gateway.policy.detectors.base import Match

#: kind -> (pattern, score). Patterns anchor on the provider's documented prefix and alphabet.
PATTERNS: dict[str, str] = {
    "ANTHROPIC_KEY": r"sk-ant-(?:api\d{2}|admin\d{2}|oat\d{2})?-?[A-Za-z0-9_-]{32,}",
    "OPENAI_KEY": r"sk-(?!ant-)(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}",
    "GOOGLE_API_KEY": r"AIza[0-9A-Za-z_-]{35}",
    "GITHUB_TOKEN": r"(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{40,255})",
    "AWS_ACCESS_KEY": r"(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z2-7]{16}",
    "SLACK_TOKEN": r"xox[abposr]-(?:\d+-)+[A-Za-z0-9-]{10,}",
    "SLACK_WEBHOOK": r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{20,}",
    "STRIPE_KEY": r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{20,}|whsec_[A-Za-z0-9]{24,}",
    "JWT": r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}",
    "GITLAB_TOKEN": r"gl(?:pat|dt|rt|ptt|oas)-[A-Za-z0-9_-]{20,}",
    "HUGGINGFACE_TOKEN": r"hf_[A-Za-z0-9]{34,}",
    "NPM_TOKEN": r"npm_[A-Za-z0-9]{36}",
    "PYPI_TOKEN": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}",
    "SENDGRID_KEY": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "DIGITALOCEAN_TOKEN": r"do[por]_v1_[a-f0-9]{64}",
    "SHOPIFY_TOKEN": r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}",
    "GOOGLE_OAUTH_TOKEN": r"ya29\.[0-9A-Za-z_-]{30,}",
    "PRIVATE_KEY": r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"
    r"(?:[\s\S]{0,8192}?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s:-]*)",
    # "GITHUB_TOKEN=...", "hf-token: ..." count too; page/next/CSRF tokens are not credentials.
    "GENERIC_SECRET": r"(?i:(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|"
    r"auth[_-]?token|client[_-]?secret|(?<![A-Za-z0-9])(?!(?:page|next|continuation|csrf|xsrf|sync|"
    r"cancellation|pagination|request)[_-])[A-Za-z0-9]+[_-]token)[\"']?\s*[:=]\s*[\"']?)([^\s\"'`,;]{8,128})",
}
SCORES = {"GENERIC_SECRET": 0.7}
#: Literal text every match of a kind contains: a cheap substring test decides whether the
#: kind's pattern needs to run at all.
PREFIXES: dict[str, tuple[str, ...]] = {
    "ANTHROPIC_KEY": ("sk-ant-",),
    "OPENAI_KEY": ("sk-",),
    "GOOGLE_API_KEY": ("AIza",),
    "GITHUB_TOKEN": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
    "AWS_ACCESS_KEY": ("AKIA", "ASIA", "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA"),
    "SLACK_TOKEN": ("xox",),
    "SLACK_WEBHOOK": ("hooks.slack.com",),
    "STRIPE_KEY": ("_live_", "_test_", "whsec_"),
    "JWT": ("eyJ",),
    "GITLAB_TOKEN": ("glpat-", "gldt-", "glrt-", "glptt-", "gloas-"),
    "HUGGINGFACE_TOKEN": ("hf_",),
    "NPM_TOKEN": ("npm_",),
    "PYPI_TOKEN": ("pypi-AgEI",),
    "SENDGRID_KEY": ("SG.",),
    "DIGITALOCEAN_TOKEN": ("_v1_",),
    "SHOPIFY_TOKEN": ("shpat_", "shpss_", "shpca_", "shppa_"),
    "GOOGLE_OAUTH_TOKEN": ("ya29.",),
    "PRIVATE_KEY": ("PRIVATE KEY",),
}
_GENERIC_WORDS = (
    "password",
    "passwd",
    "pwd",
    "secret",
    "api_key",
    "api-key",
    "apikey",
    "access_token",
    "access-token",
    "accesstoken",
    "auth_token",
    "auth-token",
    "authtoken",
    "client_secret",
    "client-secret",
    "_token",
    "-token",
)
KINDS = tuple(PATTERNS)


def _any_of(literals: Sequence[str]) -> Callable[[str], bool]:
    """Whether any of ``literals`` (case-sensitive) is a substring of a text: one Aho-Corasick
    pass in C (a regex alternation of 40 literals, or 40 ``in`` tests, costs 3x more on 1 KB)."""
    if not literals:
        return lambda text: False
    automaton = ahocorasick.Automaton()
    for w in literals:
        automaton.add_word(w, w)
    automaton.make_automaton()
    return lambda text: next(automaton.iter(text), None) is not None


_HAS_GENERIC_WORD = _any_of(_GENERIC_WORDS)

# Values that are placeholders, not secrets.
_PLACEHOLDER = re.compile(
    r"^(?:x+|\*+|\.+|<[^>]*>|\$\{?[A-Za-z_]+\}?|%\(?[a-z_]+\)?s?|your[_-].*|changeme|"
    r"password\d*|secret|example.*|dummy.*|test|null|none|true|false|\{\{.*\}\})$",
    re.IGNORECASE,
)
_HEX = re.compile(r"^[0-9a-fA-F-]+$")
#: Values that are code, not a secret: a call or subscript (``get_token()``, ``os.environ[``), a
#: dotted name (``process.env.PASSWORD``, ``settings.SECRET_KEY``), or a constant's name in capitals
#: (``DB_PASSWORD``, ``REPLACE_ME``).
_CODE_VALUE = re.compile(
    r"^(?:[A-Za-z_][\w.]*[(\[].*|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|(?i:replace[_-]?me))$"
)


def shannon_entropy(s: str) -> float:
    """Bits per character."""
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values()) if n else 0.0


class SecretsDetector:
    """Finds provider API keys, tokens and private keys (``kinds`` limits which)."""

    kind = "secrets"
    #: Long enough to recognise every single-token format; a PEM block is caught by its header
    #: and then held back until its END line (see the stream inspector).
    window = 300

    def __init__(self, kinds: Sequence[str] | None = None, min_entropy: float = 2.5) -> None:
        wanted = list(kinds or KINDS)
        unknown = set(wanted) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown secret kinds: {sorted(unknown)}")
        self.kinds = wanted
        self.min_entropy = min_entropy
        alts = [f"(?P<{k}>{PATTERNS[k]})" for k in wanted if k != "GENERIC_SECRET"]
        self._provider = re.compile(r"(?<![A-Za-z0-9_])(?:" + "|".join(alts) + r")(?![A-Za-z0-9_])") if alts else None
        self._prefixes = tuple({p for k in wanted for p in PREFIXES.get(k, ())})
        # "Does the text contain any of these literals" in one C-level scan instead of a
        # Python loop of substring tests (the common answer, on every text, is no).
        self._has_prefix = _any_of(self._prefixes)
        self._generic = re.compile(PATTERNS["GENERIC_SECRET"]) if "GENERIC_SECRET" in wanted else None

    def detect(self, text: str) -> list[Match]:
        out: list[Match] = []
        if self._provider is not None and self._has_prefix(text):
            for m in self._provider.finditer(text):
                kind = m.lastgroup or "SECRET"
                if kind in ("OPENAI_KEY", "ANTHROPIC_KEY") and not _looks_random(m.group()[3:]):
                    continue  # "sk-learn-compatible-estimator" is prose, not a key
                out.append(Match(kind, m.start(), m.end(), 0.95))
        if self._generic is not None and ("=" in text or ":" in text) and _HAS_GENERIC_WORD(text.lower()):
            for m in self._generic.finditer(text):
                value = m.group(1)
                if _PLACEHOLDER.match(value) or shannon_entropy(value) < self.min_entropy:
                    continue
                if _CODE_VALUE.match(value) and not _looks_random(value.replace("_", "").replace(".", "")):
                    continue
                if _HEX.match(value) and len(value) in (32, 36, 40, 64):
                    continue  # a digest or UUID named "secret" in a log line
                if any(o.start <= m.start(1) < o.end for o in out):
                    continue
                out.append(Match("GENERIC_SECRET", m.start(1), m.end(1), SCORES["GENERIC_SECRET"]))
        return out


def _looks_random(s: str) -> bool:
    """Keys mix cases and digits; hyphenated English words do not."""
    has_digit = any(c.isdigit() for c in s)
    has_upper = any(c.isupper() for c in s)
    return has_digit and (has_upper or shannon_entropy(s) > 3.5)
