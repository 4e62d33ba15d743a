"""Fine-tuning all-MiniLM-L6-v2 for one task: the training half of "a fine-tuned MiniLM delta".

Two tasks fine-tune MiniLM: the injection detector's sentence stage
(``scripts/train_injection_encoder.py``: one text, attack or not; shipped) and the semantic
cache's pair experiments (``scripts/semcache_finetune.py``: a cross-encoder reading two
questions as one input, or the bi-encoder fine-tuned on the same pairs; measured, not shipped).
Both train the same model shape here and produce the same thing: the low-rank adapters as a
small float16 delta (plus the linear head), which the serving side
(:func:`bastion.gateway.embeddings.tuned_model_path` / :func:`~bastion.gateway.embeddings.merge_delta`)
merges into the PyPI MiniLM in a subprocess, exports to ONNX and quantises to int8 by the
gateway's usual path (the serving process never imports torch).

* **Model** (:class:`LoRAEncoder`): low-rank adapters (LoRA, hand-written: a few lines; ``peft``
  is not a dependency) on every :data:`~bastion.gateway.embeddings.DELTA_TARGETS` linear layer
  of the six transformer layers (or of the first ``layers`` of them: the rest are dropped, and
  the delta's ``meta`` says so), ``B`` starting at zero so the model starts as MiniLM, and a
  linear head on the L2-normalised mean-pooled vector (what the ONNX export computes), read
  scaled up by :data:`HEAD_SCALE`.
* **Delta** (:meth:`LoRAEncoder.delta`): ``a:<layer>.<name>`` / ``b:<layer>.<name>`` float16
  factors, ``head_w`` (already multiplied by :data:`HEAD_SCALE`: it applies to the served,
  normalised vector) and ``head_b`` float32, ``meta`` (rank, alpha, the base model's hash, and
  ``layers`` when fewer than six).
* **Determinism**: the caller seeds torch and fixes its threads; :func:`length_batches` is a
  fixed function of its generator.

torch and transformers are imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

import hashlib
import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from bastion.gateway.embeddings import BASE_LAYERS, DELTA_TARGETS, minilm_path, truncate_layers

#: The pooled vector is L2-normalised (components ~0.05); the head reads it scaled up.
HEAD_SCALE = math.sqrt(384.0)


def base_hash(path: Path) -> str:
    """A short hash of the base model's weights (recorded in a delta's ``meta``)."""
    return hashlib.sha256((path / "model.safetensors").read_bytes()).hexdigest()[:16]


class _LoRA:
    """``base(x) + (alpha / rank) * x A^T B^T`` (B starts at zero: the model starts as MiniLM)."""

    def __new__(cls, base: Any, rank: int, alpha: float) -> Any:
        import torch

        class LoRALinear(torch.nn.Module):
            def __init__(self) -> None:
                super().__init__()
                self.base = base
                self.a = torch.nn.Parameter(torch.empty(rank, base.in_features))
                self.b = torch.nn.Parameter(torch.zeros(base.out_features, rank))
                torch.nn.init.kaiming_uniform_(self.a, a=math.sqrt(5))
                self.scale = alpha / rank

            def forward(self, x: Any) -> Any:
                return self.base(x) + (x @ self.a.t() @ self.b.t()) * self.scale

        return LoRALinear()


class LoRAEncoder:
    """MiniLM with LoRA adapters and a linear head on the normalised mean-pooled vector.

    ``seed`` seeds torch before the adapters are made (their ``A`` factors are random)."""

    def __init__(
        self,
        base: Path,
        seed: int,
        rank: int = 8,
        alpha: float = 16.0,
        max_len: int = 256,
        lr: float = 5e-4,
        head_lr: float = 2e-3,
        layers: int | None = None,
    ) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        torch.manual_seed(seed)
        self.rank, self.alpha, self.max_len, self.lr, self.head_lr = rank, alpha, max_len, lr, head_lr
        self.tok = AutoTokenizer.from_pretrained(str(base))
        self.model = AutoModel.from_pretrained(str(base))
        # ``layers``: keep only the first transformer layers (a cheaper encoder for one task;
        # the delta records the count and the merge truncates the same way).
        self.layers = truncate_layers(self.model, layers)
        for p in self.model.parameters():
            p.requires_grad_(False)
        self.adapters: dict[str, tuple[Any, Any]] = {}
        for li, layer in enumerate(self.model.encoder.layer):
            for name in DELTA_TARGETS:
                parent = layer
                *path, leaf = name.split(".")
                for part in path:
                    parent = getattr(parent, part)
                lin = getattr(parent, leaf)
                lora = _LoRA(lin, rank, alpha)
                setattr(parent, leaf, lora)
                self.adapters[f"{li}.{name}"] = (lora.a, lora.b)
        self.head = torch.nn.Linear(384, 1)
        torch.nn.init.zeros_(self.head.weight)
        torch.nn.init.zeros_(self.head.bias)

    def params(self) -> list[dict[str, Any]]:
        """The optimiser's parameter groups: the adapters at ``lr``, the head at ``head_lr``."""
        lora = [p for ab in self.adapters.values() for p in ab]
        return [{"params": lora, "lr": self.lr}, {"params": list(self.head.parameters()), "lr": self.head_lr}]

    def pooled(self, texts: list[str]) -> Any:
        import torch

        enc = self.tok(texts, padding=True, truncation=True, max_length=self.max_len, return_tensors="pt")
        out = self.model(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        v = (out * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(v, dim=-1)

    def logits(self, texts: list[str]) -> Any:
        return self.head(self.pooled(texts) * HEAD_SCALE).squeeze(-1)

    def train(self, on: bool) -> None:
        self.model.train(on)

    def delta(self) -> dict[str, np.ndarray]:
        """What ships: the adapters in float16, the head (scaled for the normalised vector)."""
        out: dict[str, np.ndarray] = {}
        for key, (a, b) in self.adapters.items():
            out[f"a:{key}"] = a.detach().numpy().astype(np.float16)
            out[f"b:{key}"] = b.detach().numpy().astype(np.float16)
        out["head_w"] = self.head.weight.detach().numpy()[0].astype(np.float32) * HEAD_SCALE
        out["head_b"] = self.head.bias.detach().numpy().astype(np.float32)
        meta = {"rank": self.rank, "alpha": self.alpha, "base": base_hash(minilm_path())}
        if self.layers != BASE_LAYERS:  # the six-layer deltas' bytes stay the shipped ones
            meta["layers"] = self.layers
        out["meta"] = np.array(json.dumps(meta))
        return out


def length_batches(lengths: np.ndarray, rng: np.random.Generator, batch: int) -> list[np.ndarray]:
    """Shuffled batches of similar lengths (less padding): shuffle, sort within blocks of 50
    batches by length, cut, shuffle the batches. Deterministic given ``rng``."""
    order = rng.permutation(len(lengths))
    block = batch * 50
    out: list[np.ndarray] = []
    for s in range(0, len(order), block):
        part = order[s : s + block]
        part = part[np.argsort(lengths[part], kind="stable")]
        out += [part[i : i + batch] for i in range(0, len(part), batch)]
    return [out[i] for i in rng.permutation(len(out))]


def linear_warmup_decay(opt: Any, steps: int) -> Any:
    """Linear warm-up over the first 5% of ``steps``, then linear decay to zero at ``steps``."""
    import torch

    warm = max(1, steps // 20)
    return torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )


def score(enc: LoRAEncoder, texts: list[str], batch: int = 64) -> np.ndarray:
    """The head's logits of ``texts`` (eval mode, no gradients; batched by length)."""
    import torch

    enc.train(False)
    order = np.argsort([len(t) for t in texts], kind="stable")
    out = np.zeros(len(texts), np.float32)
    with torch.no_grad():
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            out[idx] = enc.logits([texts[i] for i in idx]).numpy()
    return out


def weighted_step(opt: Any, sched: Any, logits: Any, y: Any, w: Any) -> float:
    """One optimiser step on the weighted logistic loss of ``logits`` against ``y`` (mean of
    the per-row losses times ``w``); the loss's value."""
    import torch

    loss = (torch.nn.functional.binary_cross_entropy_with_logits(logits, y, reduction="none") * w).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    sched.step()
    return float(loss.item())
