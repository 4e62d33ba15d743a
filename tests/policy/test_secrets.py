"""Secrets detector: provider formats found; hashes, UUIDs and prose not flagged."""

from __future__ import annotations

import pytest

from bastion.gateway.policy.detectors.secrets import SecretsDetector, shannon_entropy

DET = SecretsDetector()
# Built from parts so the repository holds no string that scanners take for a live key.
RAND = "Zx8Qw2Er5Ty7Ui9Op1As3Df6Gh4Jk0Lm"


@pytest.mark.parametrize(
    "text,kind",
    [
        (f"OPENAI_API_KEY=sk-proj-{RAND}{RAND}", "OPENAI_KEY"),
        (f"key sk-{RAND}T3BlbkFJ{RAND[:20]}", "OPENAI_KEY"),
        (f"use sk-ant-api03-{RAND}{RAND}{RAND}-AA", "ANTHROPIC_KEY"),
        ("AIza" + "SyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW", "GOOGLE_API_KEY"),
        ("ghp_" + "A1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvWxYz", "GITHUB_TOKEN"),
        ("github_pat_" + "11ABCDEFG0" + "a1B2c3D4e5" * 6, "GITHUB_TOKEN"),
        ("aws key AKIA" + "Z3X4C5V6B7N2M3Q4", "AWS_ACCESS_KEY"),
        ("xoxb-" + "123456789012-1234567890123-" + "AbCdEfGhIjKlMnOpQrStUvWx", "SLACK_TOKEN"),
        ("sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc", "STRIPE_KEY"),
        (
            "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
            "JWT",
        ),
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1x\n-----END RSA PRIVATE KEY-----", "PRIVATE_KEY"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU", "PRIVATE_KEY"),
        ('db_password = "Tr0ub4dor&3xQ"', "GENERIC_SECRET"),
        ("CI uses glpat-" + RAND[:20], "GITLAB_TOKEN"),
        ("HF_TOKEN=hf_" + RAND + "Ab", "HUGGINGFACE_TOKEN"),
        ("//registry.npmjs.org/:_authToken=npm_" + RAND + "abcd", "NPM_TOKEN"),
        ("password = pypi-AgEIcHlwaS5vcmc" + RAND + RAND, "PYPI_TOKEN"),
        ("SG." + RAND[:22] + "." + RAND + RAND[:11], "SENDGRID_KEY"),
        ("token dop_v1_" + "0123456789abcdef" * 4, "DIGITALOCEAN_TOKEN"),
        ("shpat_" + "0123456789abcdef" * 2, "SHOPIFY_TOKEN"),
        ("Authorization: Bearer ya29." + RAND, "GOOGLE_OAUTH_TOKEN"),
        # A token of a provider format with the wrong length, in a *_TOKEN assignment.
        ("export GITHUB_TOKEN=ghp_" + RAND + "Nb", "GENERIC_SECRET"),
    ],
)
def test_provider_formats(text: str, kind: str) -> None:
    assert kind in {m.entity for m in DET.detect(text)}


@pytest.mark.parametrize(
    "text",
    [
        "uuid 123e4567-e89b-12d3-a456-426614174000",
        "md5 5d41402abc4b2a76b9719d911017c592 and sha1 aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d",
        "secret=5d41402abc4b2a76b9719d911017c592",  # a digest named secret
        "password: ${DB_PASSWORD}",  # a placeholder
        'api_key = "<your-api-key>"',
        "password=xxxxxxxxxx",
        "we use sk-learn-compatible-estimators in the pipeline",
        "the task-ask-skeleton was fine",
        "AKIA is the prefix of AWS access keys",
        "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE",
        "base64 eyJmb28iOiJiYXIifQ== is just json",
        "next_token=eyJhbGciOiJIUzI1NiJ9abc",  # pagination, not a credential
        "csrf_token: a8f7d6e5c4b3a291",
        "token: ${GITHUB_TOKEN}",
    ],
)
def test_not_secrets(text: str) -> None:
    assert DET.detect(text) == [], DET.detect(text)


def test_kind_subset_and_entropy() -> None:
    only_aws = SecretsDetector(["AWS_ACCESS_KEY"])
    assert only_aws.detect("ghp_" + "A1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvWxYz") == []
    assert shannon_entropy("aaaa") == 0.0 and shannon_entropy("abcd") == 2.0
    with pytest.raises(ValueError):
        SecretsDetector(["NOPE"])


@pytest.mark.parametrize(
    "text",
    [
        'password = os.environ["DB_PASSWORD"]',
        "auth_token = get_token()",
        "password=process.env.PASSWORD",
        "Use the access_token=REPLACE_ME placeholder.",
    ],
)
def test_code_on_the_right_of_an_assignment_is_not_a_secret(text: str) -> None:
    assert DET.detect(text) == []


def test_a_providers_documentation_example_key_still_counts() -> None:
    # The gateway cannot tell a pasted example key from a live one (the same choice as known test
    # card numbers); the dashboard's secrets sample uses AWS's.
    assert [m.entity for m in DET.detect("AKIA" + "IOSFODNN7EXAMPLE is the AWS docs example key.")] == [
        "AWS_ACCESS_KEY"
    ]


def test_real_values_next_to_code_like_ones_still_count() -> None:
    # A mixed-case value with digits is a secret even with a dot or an underscore in it.
    assert [m.entity for m in DET.detect("auth_token = Xk9_pQ2.Zr7LmT4vB")] == ["GENERIC_SECRET"]
    assert [m.entity for m in DET.detect('client_secret: "Vq7#pL2!xR9zT4wM"')] == ["GENERIC_SECRET"]
    assert [m.entity for m in DET.detect("aws_access_key_id = AKIA" + "J4K5L6M7N2P3Q4R5")] == ["AWS_ACCESS_KEY"]
