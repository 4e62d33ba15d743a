"""The int8 MiniLM graph pruned for one text per run: the same vectors from fewer nodes.

The int8 file encodes one text per run (:class:`~bastion.gateway.embeddings.OrtEncoder`), so a
run never holds padding and its attention mask is all ones. The exported graph still computes,
per run, what only a padded batch needs, and recomputes shapes a constant can give:

* **the attention mask's additive bias**: a global chain (Cast, ConstantOfShape, And, Equal,
  Where, Expand, ...) builds ``Where(mask, 0, -inf)``, and each layer adds it to its attention
  scores (``Add``) and then masks a softmax row that came out NaN (``IsNaN``, ``Where``). With
  an all-ones mask the bias is 0.0 everywhere: ``x + 0.0`` is ``x`` (bit for bit; ``-0.0``
  becomes ``+0.0``, whose ``exp`` is the same 1.0), and a softmax of finite scores has no NaN,
  so both steps are identities and are dropped. The mean pooling keeps its use of the mask
  (``h * 1.0`` and a sum over the same axis: the same bits, and a text truncated at the
  model's maximum length still pools over all its tokens);
* **the heads' reshapes**: each layer reshapes ``[batch, seq, 384]`` to ``[batch, seq, 12, 32]``
  and back, with a target shape assembled at run time from ``Shape``, ``Gather``, ``Unsqueeze``
  and ``Concat`` of the input's own batch and sequence sizes. ``Reshape``'s ``0`` ("this
  dimension as in the input") says the same as a constant, for any batch and length.

A reshape moves no number and the dropped steps are identities on an unpadded run, so the
vectors are bit-identical to the unpruned graph's: checked when the file is made (random token
ids at 1 to 256 tokens, one and two threads; else the unpruned graph is written) and by
``tests/semcache/test_embed_graph.py``. ONNX Runtime's optimised graph goes from 251 to 157
nodes, and a Quora question encodes 9-18% faster in one process (p50, load 2-7: on a 12-token
run the per-node work weighs about as much as the matrix products); docs/semcache.md, "The
int8 graph pruned for one text per run", says what it does and does not change in the
gateway's hit table. Never feed the pruned graph a padded batch: its attention would read the padding.

A graph that is not the exported BERT shape (a rewrite finds nothing to match) is returned as
it is; the pruning is a speed-up, never a condition.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np

log = logging.getLogger("bastion.embeddings")

#: The pruning recipe (part of the int8 file's cache key; bump it when the rewrite changes).
ONE_TEXT_FORMAT = "one-text-prune-v1"
#: Sequence lengths the pruned graph is checked at against the unpruned one (1 to the model's
#: 256-token maximum).
CHECK_LENGTHS = (1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 256)


def one_text_graph(model: bytes) -> bytes:
    """The pruned copy of an int8 ONNX file when it gives the unpruned file's vectors bit for
    bit (random token ids at :data:`CHECK_LENGTHS`, one and two intra-op threads), else the
    file as it is. Deterministic: the same bytes in give the same bytes out."""
    import onnx

    proto = onnx.load_from_string(model)
    before, after = prune_for_one_text(proto)
    if after == before:
        return model
    pruned: bytes = proto.SerializeToString()
    try:
        same = _same_vectors(model, pruned, _vocab_size(proto))
    except Exception as e:  # noqa: BLE001 - a graph ONNX Runtime cannot run is not served
        log.warning("the pruned embedding graph does not run (%s); serving it unpruned", type(e).__name__)
        return model
    if not same:
        log.warning("the pruned embedding graph changes the vectors; serving it unpruned")
        return model
    return pruned


def _vocab_size(model: Any) -> int:
    """Rows of the word-embedding table (the initializer ``input_ids`` indexes), else a small
    safe bound."""
    from onnx import numpy_helper

    tables = {i.name: i for i in model.graph.initializer}
    for n in model.graph.node:
        if n.op_type == "Gather" and n.input[1] == "input_ids" and n.input[0] in tables:
            return int(numpy_helper.to_array(tables[n.input[0]]).shape[0])
    return 1000


def _same_vectors(a: bytes, b: bytes, vocab: int) -> bool:
    import onnxruntime as ort

    rng = np.random.default_rng(0)
    for threads in (1, 2):
        sessions = []
        for model in (a, b):
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = threads
            opts.log_severity_level = 3
            sessions.append(ort.InferenceSession(model, sess_options=opts, providers=["CPUExecutionProvider"]))
        names = {i.name for i in sessions[0].get_inputs()}
        for length in CHECK_LENGTHS:
            ids = rng.integers(min(999, vocab - 1), vocab, size=(1, length), dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
            feed = {k: v for k, v in feed.items() if k in names}
            got, want = (s.run(None, feed)[0] for s in sessions)
            if not np.array_equal(got, want):
                return False
    return True


def prune_for_one_text(model: Any) -> tuple[int, int]:
    """Prune an ``onnx.ModelProto`` in place (see the module docstring); the node counts
    before and after."""
    from onnx import numpy_helper

    g = model.graph
    before = len(g.node)
    producer = {o: n for n in g.node for o in n.output}
    consumers: dict[str, list[Any]] = {}
    for n in g.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    constants = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    for n in g.node:
        if n.op_type == "Constant" and n.attribute and n.attribute[0].name == "value":
            constants[n.output[0]] = numpy_helper.to_array(n.attribute[0].t)
    renamed: dict[str, str] = {}
    dropped: set[int] = set()
    outputs = {o.name for o in g.output}

    # The attention scores' mask bias, and the NaN-row masking after each softmax.
    for sm in [n for n in g.node if n.op_type == "Softmax"]:
        add = producer.get(sm.input[0])
        if add is None or add.op_type != "Add" or len(consumers.get(add.output[0], [])) != 1:
            continue
        bias = next((i for i in add.input if _is_mask_bias(i, producer, constants)), None)
        if bias is None:
            continue
        sm.input[0] = next(i for i in add.input if i != bias)
        dropped.add(id(add))
        after = consumers.get(sm.output[0], [])
        isnan = [c for c in after if c.op_type == "IsNaN"]
        where = [c for c in after if c.op_type == "Where"]
        if len(after) == 2 and len(isnan) == 1 and len(where) == 1:
            w = where[0]
            masks_nan = w.input[0] == isnan[0].output[0] and w.input[2] == sm.output[0]
            if masks_nan and _is_zero(w.input[1], constants) and w.output[0] not in outputs:
                renamed[w.output[0]] = sm.output[0]
                dropped |= {id(isnan[0]), id(w)}

    # The heads' reshapes: Concat(Unsqueeze(batch), Unsqueeze(seq), constants...) -> [0, 0, ...].
    for n in g.node:
        if n.op_type != "Reshape":
            continue
        cat = producer.get(n.input[1])
        if cat is None or cat.op_type != "Concat" or len(cat.input) < 3:
            continue
        heads = [producer.get(i) for i in cat.input[:2]]
        found = [constants.get(i) for i in cat.input[2:]]
        if any(h is None or h.op_type != "Unsqueeze" or not _is_leading_size(h, producer, constants) for h in heads):
            continue
        tail = [t for t in found if t is not None and t.dtype == np.int64 and t.size == 1]
        if len(tail) != len(found):
            continue
        name = f"{n.name}/one_text_shape"
        g.initializer.append(
            numpy_helper.from_array(np.array([0, 0, *(int(t.reshape(-1)[0]) for t in tail)], np.int64), name)
        )
        n.input[1] = name

    for n in g.node:
        for k, i in enumerate(n.input):
            if i in renamed:
                n.input[k] = renamed[i]
    kept = [n for n in g.node if id(n) not in dropped]
    # What no output needs any more (the mask chain, the shape arithmetic) goes too.
    needed = {o.name for o in g.output}
    alive = []
    for n in reversed(kept):
        if any(o in needed for o in n.output):
            alive.append(n)
            needed.update(i for i in n.input if i)
    alive.reverse()
    del g.node[:]
    g.node.extend(alive)
    used = {i for n in alive for i in n.input}
    keep_init = [i for i in g.initializer if i.name in used or i.name in {x.name for x in g.input}]
    del g.initializer[:]
    g.initializer.extend(keep_init)
    return before, len(alive)


def _is_zero(name: str, constants: dict[str, np.ndarray]) -> bool:
    v = constants.get(name)
    return v is not None and v.size == 1 and float(v.reshape(-1)[0]) == 0.0


def _is_mask_bias(name: str, producer: dict[str, Any], constants: dict[str, np.ndarray]) -> bool:
    """``Where(cond, 0.0, very negative)``: the additive mask the exporter builds from
    ``attention_mask`` (0 where a token may be attended to)."""
    w = producer.get(name)
    if w is None or w.op_type != "Where" or not _is_zero(w.input[1], constants):
        return False
    neg = constants.get(w.input[2])
    if neg is None or neg.size != 1 or not float(neg.reshape(-1)[0]) < -1e30:
        return False
    return _reaches(w.input[0], "attention_mask", producer)


def _is_leading_size(unsqueeze: Any, producer: dict[str, Any], constants: dict[str, np.ndarray]) -> bool:
    """``Unsqueeze(Gather(Shape(x), 0 or 1))``: the batch or sequence size of an activation.
    Every activation of the encoder is ``[batch, seq, ...]``, the reshaped one included, so
    ``Reshape``'s 0 copies the same size from its own input; :func:`pruned_int8` checks the
    pruned graph's vectors against the unpruned one's before it is used."""
    gather = producer.get(unsqueeze.input[0])
    if gather is None or gather.op_type != "Gather":
        return False
    idx = constants.get(gather.input[1])
    shape = producer.get(gather.input[0])
    if idx is None or idx.size != 1 or int(idx.reshape(-1)[0]) not in (0, 1) or shape is None:
        return False
    return shape.op_type == "Shape" and len(shape.attribute) == 0


def _reaches(name: str, source: str, producer: dict[str, Any], depth: int = 12) -> bool:
    """Whether ``name`` is computed from the graph input ``source`` (within ``depth`` nodes)."""
    frontier = [name]
    for _ in range(depth):
        nxt: list[str] = []
        for t in frontier:
            if t == source:
                return True
            p = producer.get(t)
            if p is not None:
                nxt.extend(i for i in p.input if i)
        if not nxt:
            return False
        frontier = nxt
    return source in frontier
