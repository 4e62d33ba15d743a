# Bastion: `make serve` runs the gateway, `make test` is what CI runs, `make bench` prints tables.
VENV      ?= .venv
PY        := $(VENV)/bin/python
UV        := $(VENV)/bin/uv
STAMP     := $(VENV)/.installed
# Where this machine's pip finds local wheels (the CPU build of torch lives there). uv does not
# read pip's config, so hand the same places to it explicitly.
PIP_LINKS := $(foreach l,$(shell pip config get global.find-links 2>/dev/null),--find-links $(l))
PIP_INDEX := $(foreach i,$(shell pip config get global.extra-index-url 2>/dev/null),--extra-index-url $(i))
# uv takes each package from the first index that has it; a local mirror may hold only a version
# a dependency cannot use (pysaml2 needs xmlschema<3). Prefer the first index's versions, but
# fall back to the next index (PyPI last) when none of them fits.
UV_INDEX  := $(if $(PIP_INDEX),--index-strategy unsafe-first-match)
TIMEOUT   ?= 4200

.PHONY: serve test lint typecheck bench install install-test clean train train-policy train-exemplars train-semcache check-semcache constraints

$(STAMP): pyproject.toml sdk/pyproject.toml constraints.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --no-compile --disable-pip-version-check uv
	$(UV) pip install --python $(PY) $(PIP_LINKS) $(PIP_INDEX) $(UV_INDEX) -c constraints.txt -e './sdk[cli]' -e '.[test]'
	touch $@

# The embedding models' derived files (MiniLM's ONNX export, the cache's static encoder, the
# injection detector's fine-tuned MiniLM: the PyPI model plus the shipped delta, exported and
# quantised) are built once into BASTION_MODEL_CACHE (~/.cache/bastion/models): a no-op when
# already there.
install: $(STAMP)
	$(PY) -m bastion.gateway.semcache.static_encoder prepare
	$(PY) -m bastion.gateway.policy.detectors.injection_head prepare

serve: install
	$(VENV)/bin/bastion serve

# System packages and npm packages the tests use, installed into the machine / project folder.
# chromium: the dashboard's browser tests drive Debian's build through Playwright (executable_path),
# never a browser downloaded by Playwright.
install-test: install
	@command -v redis-server >/dev/null && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && \
	  command -v slapd >/dev/null && command -v ldapadd >/dev/null && command -v xmlsec1 >/dev/null && \
	  command -v bwrap >/dev/null && test -x /usr/bin/chromium || \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server postgresql slapd ldap-utils xmlsec1 bubblewrap chromium >/dev/null)
	@test -f node_modules/.installed -a node_modules/.installed -nt package.json || \
	  (test ! -f package.json || (npm install --no-audit --no-fund --loglevel=error && touch node_modules/.installed))

# The linter and formatter check run first: a red lint fails the run as a test would.
lint: install
	$(VENV)/bin/ruff check bastion sdk tests bench examples scripts
	$(VENV)/bin/ruff format --check bastion sdk tests bench examples scripts

# The type checker (settings in pyproject.toml): zero errors, like the linter.
typecheck: install
	$(VENV)/bin/mypy

test: install-test lint typecheck
	timeout -k 30 $(TIMEOUT) $(PY) -m pytest -q --timeout=300 $(PYTEST_ARGS) || exit $$?

bench: install-test
	$(PY) -m bench

# Learned parts, fitted from the data the project may train on (deterministic; each target
# rebuilds its own small, committed artefact from ../shared/data and hand-written text).
train: train-policy train-exemplars train-semcache

# train-policy: the fine-tuned MiniLM the injection detector's sentence stage reads (its low-rank
# delta, bastion/gateway/policy/detectors/injection_encoder.npz; about 40 minutes on the loaded
# 2-core machine) and then the injection head fitted on it (injection_head.npz).
# Since 2026-12-07 the head it writes is not the shipped one: the patterns were widened to 14
# languages after the shipped fit, and the re-fit on them failed its rule (docs/policy.md,
# "Other languages"); the shipped head is what this target writes at commit 3949a05. The re-fit
# it writes now (sha256 f0e62a9a...; 5-8 minutes with a warm BASTION_TRAIN_CACHE, about 18 cold)
# was not adopted (it detects less on every held-out set), nor were three re-fits with the
# eleventh (multilingual) corpus round (docs/policy.md, "The adoption check, and the eleventh
# corpus round"). Re-checked 2026-12-07 (branch j72): at 3949a05 this target still writes the
# shipped head byte for byte (sha256 0dc86a04...); the re-fit on main is below the shipped head's
# curve at every level, and four changes to the fitting (regularisation and the own rows' class
# weight chosen out of fold, the indirect set and the eleventh round in training) did not give
# an adoptable head either
# (docs/policy.md, "Why the re-fit on the current patterns detects less"). Check a re-fit before
# shipping it:
#   PYTHONPATH=$PWD python scripts/policy_adopt.py SHIPPED.npz NEW.npz --control-log .. --candidate-log ..
train-policy: install
	PYTHONPATH=$(CURDIR) $(PY) scripts/train_injection_encoder.py
	PYTHONPATH=$(CURDIR) $(PY) scripts/train_policy.py

# train-exemplars: the injection detector's nearest-exemplar floor (bastion/gateway/policy/
# detectors/injection_exemplars.npz, 1.5 MB: the own corpora's tuning families read by the shipped
# fine-tuned MiniLM, merged at cosine 0.8, int8, and the margin flagging 0.1% of benign texts the
# encoder never saw; docs/policy.md, "The nearest-exemplar floor ships"). Byte for byte the same on
# one machine (two runs, 2026-12-07); about 4 minutes cold, 1 with its vectors cached (BASTION_TRAIN_CACHE).
# --k 5 also calibrates the floor of the k-mean option (InjectionSpec.exemplar_k: 5; branch j143).
train-exemplars: install
	PYTHONPATH=$(CURDIR) $(PY) scripts/injection_exemplar_gate.py --k 5 --write bastion/gateway/policy/detectors/injection_exemplars.npz

# The semantic cache's vector transform (bastion/gateway/semcache/cache_transform.npz) and
# pair verifier (verifier.json) and its MiniLM second stage (minilm_stage.json); prints the
# figures on its held-out split (~2 min).
train-semcache: install
	$(PY) -m bastion.gateway.semcache.train

# check-semcache: re-fits the three semantic-cache files into a temporary directory and compares
# them with the shipped ones byte for byte (exit 1, naming what differs, if any does; nothing in
# the tree is written; `--check --out DIR` keeps the re-fit in DIR). Deterministic on one machine (two runs byte-identical, any thread count),
# but not across machines: the transform's fit differs there by float16 steps and the choices
# after it can move. On this machine (2026-12-07) it reports a difference: the shipped files were
# fitted on the previous machine and before the guard changes since (docs/semcache.md, "The
# rebuild itself, located"); neither this machine's re-fit nor the re-fits with the own pair sets
# (`--own`, j88: "The own pair sets as training pairs") passed the rule for adopting them. Any change
# to a reading, a guard or a pair set changes the re-fit's bytes. 2.5-6 minutes, so not part of `make test`.
check-semcache: install
	$(PY) -m bastion.gateway.semcache.train --check

clean:
	rm -rf $(VENV) node_modules .bastion-data

# constraints.txt: the versions of every dependency make install takes (see the file's header).
# Re-written from the installed environment after a deliberate upgrade (then re-run make train
# and make test: the learned weights are fitted on what these versions compute).
constraints:
	{ sed -n '1,3p' constraints.txt; $(UV) pip freeze --python $(PY) | grep -v '^-e\|^torch=='; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
