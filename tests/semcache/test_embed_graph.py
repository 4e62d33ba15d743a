"""The int8 MiniLM graph pruned for one text per run (``embed_graph.py``) serves, gives the
unpruned graph's vectors bit for bit on unpadded runs of any length, and is what the cache's
quantisation writes; a graph the rewrite does not apply to is left as it is."""

from __future__ import annotations

from collections import Counter

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper

from bastion.gateway.embed_graph import _same_vectors, one_text_graph, prune_for_one_text
from bastion.gateway.embeddings import Embedder, OrtEncoder, _features, _ort_session, quantize_unpruned

from .pairs import PARAPHRASES

LONG = "How do I reset my password on the new portal when my old email address is gone? " * 20


def _unpruned() -> onnx.ModelProto:
    """The served file with what the pruning dropped put back: the fp32 export quantised by
    the same recipe, without the pruning step."""
    fp32 = Embedder(variant="fp32")
    fp32.load()
    assert fp32.onnx_path is not None
    return onnx.load_from_string(quantize_unpruned(fp32.onnx_path.read_bytes()))


@pytest.fixture(scope="module")
def graphs(embedder: Embedder) -> tuple[onnx.ModelProto, onnx.ModelProto]:
    assert embedder.onnx_path is not None
    return _unpruned(), onnx.load(str(embedder.onnx_path))


def test_the_served_int8_graph_is_the_pruned_one(graphs: tuple[onnx.ModelProto, onnx.ModelProto]) -> None:
    unpruned, served = graphs
    ops, kept = Counter(n.op_type for n in unpruned.graph.node), Counter(n.op_type for n in served.graph.node)
    # The mask's bias and the NaN-row masking are gone from every layer ...
    assert ops["IsNaN"] == 6 and kept["IsNaN"] == 0
    assert ops["Where"] > 6 and kept["Where"] == 0
    # ... and so is the run-time shape arithmetic of the heads' reshapes; the maths stays.
    assert kept["Concat"] == 0 and kept["Shape"] < ops["Shape"]
    for op in ("MatMulInteger", "Softmax", "LayerNormalization", "Erf", "ReduceSum"):
        assert kept[op] == ops[op] > 0
    # Pruning the unpruned graph again gives the very graph that serves.
    again = onnx.ModelProto()
    again.CopyFrom(unpruned)
    prune_for_one_text(again)
    assert again.SerializeToString() == served.SerializeToString()


def test_pruned_vectors_are_bit_identical_one_text_at_a_time(
    embedder: Embedder, graphs: tuple[onnx.ModelProto, onnx.ModelProto]
) -> None:
    assert isinstance(embedder._fast, OrtEncoder)
    tok = embedder._fast._tokenizer
    unpruned, served = graphs
    texts = [t for pair in PARAPHRASES[:60] for t in pair[:2]] + ["x", "", LONG]
    lengths = set()
    for threads in (1, 2):
        a = _ort_session(unpruned.SerializeToString(), threads)
        b = _ort_session(served.SerializeToString(), threads)
        for t in texts:
            feed = _features(tok, [t])
            lengths.add(feed["input_ids"].shape[1])
            (va,), (vb,) = a.run(["embedding"], feed), b.run(["embedding"], feed)
            assert np.array_equal(va, vb), t
        # What serves gives those vectors too.
        assert np.array_equal(
            embedder.embed_sync(texts[:5]),
            np.concatenate([b.run(["embedding"], _features(tok, [t]))[0] for t in texts[:5]]),
        )
    assert min(lengths) <= 3 and max(lengths) == 256  # the empty text and one truncated at the maximum


def test_a_padded_batch_is_what_the_pruned_graph_cannot_take(
    embedder: Embedder, graphs: tuple[onnx.ModelProto, onnx.ModelProto]
) -> None:
    """Why the int8 file only ever runs one text at a time: with padding the pruned attention
    reads the pad tokens (the check that guards the rewrite, ``_same_vectors``, runs unpadded)."""
    assert isinstance(embedder._fast, OrtEncoder)
    feed = _features(embedder._fast._tokenizer, ["x", "a much longer text than the first one, padded"])
    unpruned, served = graphs
    (va,), (vb,) = (_ort_session(m.SerializeToString(), 1).run(["embedding"], feed) for m in graphs)
    # The short text's tokens attend to the padding: its vector moves (and, through the batch's
    # shared activation scale, the other's a little).
    assert float(va[0] @ vb[0]) < 0.999
    assert _same_vectors(unpruned.SerializeToString(), served.SerializeToString(), 30522)


def test_a_graph_the_rewrite_does_not_match_is_kept_as_it_is() -> None:
    """A graph without the exported BERT shape comes back byte for byte (nothing to prune), and
    so does one whose pruned copy would give other vectors."""
    x = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"])
    y = helper.make_tensor_value_info("embedding", TensorProto.FLOAT, None)
    nodes = [
        helper.make_node("Cast", ["input_ids"], ["f"], to=TensorProto.FLOAT),
        helper.make_node("Softmax", ["f"], ["embedding"]),
    ]
    plain = helper.make_model(
        helper.make_graph(nodes, "plain", [x], [y]), opset_imports=[helper.make_opsetid("", 17)], ir_version=8
    )
    data = plain.SerializeToString()
    assert one_text_graph(data) == data
    ort.InferenceSession(data, providers=["CPUExecutionProvider"])  # a valid graph, just nothing to prune


def test_the_check_refuses_a_graph_that_changes_the_vectors(graphs: tuple[onnx.ModelProto, onnx.ModelProto]) -> None:
    unpruned, served = graphs
    changed = onnx.ModelProto()
    changed.CopyFrom(served)
    # The final L2 normalisation's output scaled: same shape, other numbers.
    out = changed.graph.output[0].name
    last = next(n for n in changed.graph.node if out in n.output)
    last.output[0] = "pre_scale"
    changed.graph.initializer.append(onnx.numpy_helper.from_array(np.array(1.5, np.float32), "scale"))
    changed.graph.node.append(helper.make_node("Mul", ["pre_scale", "scale"], [out]))
    assert not _same_vectors(unpruned.SerializeToString(), changed.SerializeToString(), 30522)
