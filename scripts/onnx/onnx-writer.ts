// A minimal writer of ONNX model files (protocol buffers, onnx/onnx.proto) for the test fixtures and
// the benchmark model. It encodes only the fields those models use, which keeps model-gate free of a
// protobuf dependency. Field numbers are onnx.proto's; /usr/bin/python3 -c 'import onnx;
// onnx.checker.check_model("f.onnx")' accepts what it writes.

/** ONNX TensorProto.DataType codes. */
export const DataType = {
  float32: 1,
  uint8: 2,
  int8: 3,
  uint16: 4,
  int16: 5,
  int32: 6,
  int64: 7,
  string: 8,
  bool: 9,
  float16: 10,
  float64: 11,
  uint32: 12,
  uint64: 13
} as const;
export type ElementType = keyof typeof DataType;

const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;

/** Appends protobuf fields; `bytes()` gives the encoded message. */
class Message {
  private readonly chunks: Uint8Array[] = [];

  varint(field: number, value: number | bigint): this {
    this.tag(field, WIRE_VARINT);
    this.rawVarint(BigInt(value));
    return this;
  }

  float(field: number, value: number): this {
    this.tag(field, WIRE_FIXED32);
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setFloat32(0, value, true);
    this.chunks.push(bytes);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytesField(field, new TextEncoder().encode(value));
  }

  message(field: number, value: Message): this {
    return this.bytesField(field, value.bytes());
  }

  bytesField(field: number, value: Uint8Array): this {
    this.tag(field, WIRE_LENGTH_DELIMITED);
    this.rawVarint(BigInt(value.length));
    this.chunks.push(value);
    return this;
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.chunks.reduce((sum, c) => sum + c.length, 0));
    let offset = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  }

  private tag(field: number, wireType: number): void {
    this.rawVarint(BigInt((field << 3) | wireType));
  }

  private rawVarint(value: bigint): void {
    // negative int64 values are written as their 64-bit two's complement, as protobuf does
    let v = BigInt.asUintN(64, value);
    const bytes: number[] = [];
    do {
      const low = Number(v & 0x7fn);
      v >>= 7n;
      bytes.push(v > 0n ? low | 0x80 : low);
    } while (v > 0n);
    this.chunks.push(Uint8Array.from(bytes));
  }
}

/** A dimension: a size, a symbolic name, or null for a symbolic dimension without a name. */
export type Dim = number | string | null;

export interface ValueInfo {
  name: string;
  type: ElementType;
  shape: readonly Dim[];
}

/** An input or output that is a sequence of tensors rather than a tensor. */
export interface SequenceInfo {
  name: string;
  sequenceOf: ElementType;
}

export interface Initializer {
  name: string;
  type: ElementType;
  dims: readonly number[];
  /** Little-endian element bytes, as TensorProto.raw_data holds them. */
  data: Float32Array | BigInt64Array | Uint8Array;
}

export type Attribute = { name: string; int: number } | { name: string; ints: readonly number[] } | { name: string; float: number };

export interface Node {
  op: string;
  inputs: readonly string[];
  outputs: readonly string[];
  attributes?: readonly Attribute[];
}

export interface Graph {
  name: string;
  nodes: readonly Node[];
  initializers?: readonly Initializer[];
  inputs: readonly (ValueInfo | SequenceInfo)[];
  outputs: readonly (ValueInfo | SequenceInfo)[];
}

const IR_VERSION = 8;
const OPSET = 17;

/** The bytes of an .onnx file holding `graph` (IR version 8, default domain opset 17). */
export function encodeModel(graph: Graph): Uint8Array {
  const opset = new Message().string(1, '').varint(2, OPSET);
  return new Message().varint(1, IR_VERSION).string(2, 'model-gate fixtures').message(7, encodeGraph(graph)).message(8, opset).bytes();
}

function encodeGraph(graph: Graph): Message {
  const message = new Message();
  for (const node of graph.nodes) message.message(1, encodeNode(node));
  message.string(2, graph.name);
  for (const initializer of graph.initializers ?? []) message.message(5, encodeInitializer(initializer));
  for (const input of graph.inputs) message.message(11, encodeValueInfo(input));
  for (const output of graph.outputs) message.message(12, encodeValueInfo(output));
  return message;
}

function encodeNode(node: Node): Message {
  const message = new Message();
  for (const input of node.inputs) message.string(1, input);
  for (const output of node.outputs) message.string(2, output);
  message.string(3, `${node.op}_${node.outputs[0] ?? ''}`);
  message.string(4, node.op);
  for (const attribute of node.attributes ?? []) message.message(5, encodeAttribute(attribute));
  return message;
}

const ATTRIBUTE_FLOAT = 1;
const ATTRIBUTE_INT = 2;
const ATTRIBUTE_INTS = 7;

function encodeAttribute(attribute: Attribute): Message {
  const message = new Message().string(1, attribute.name);
  if ('float' in attribute) return message.float(2, attribute.float).varint(20, ATTRIBUTE_FLOAT);
  if ('int' in attribute) return message.varint(3, attribute.int).varint(20, ATTRIBUTE_INT);
  for (const value of attribute.ints) message.varint(8, value);
  return message.varint(20, ATTRIBUTE_INTS);
}

function encodeInitializer(initializer: Initializer): Message {
  const message = new Message();
  for (const dim of initializer.dims) message.varint(1, dim);
  message.varint(2, DataType[initializer.type]).string(8, initializer.name);
  const { buffer, byteOffset, byteLength } = initializer.data;
  return message.bytesField(9, new Uint8Array(buffer, byteOffset, byteLength));
}

function encodeValueInfo(info: ValueInfo | SequenceInfo): Message {
  return new Message().string(1, info.name).message(2, 'sequenceOf' in info ? encodeSequenceType(info.sequenceOf) : encodeTensorType(info.type, info.shape));
}

function encodeTensorType(type: ElementType, shape: readonly Dim[] | undefined): Message {
  const tensor = new Message().varint(1, DataType[type]);
  if (shape !== undefined) {
    const shapeMessage = new Message();
    for (const dim of shape) {
      const dimension = new Message();
      if (typeof dim === 'number') dimension.varint(1, dim);
      else if (typeof dim === 'string') dimension.string(2, dim);
      shapeMessage.message(1, dimension);
    }
    tensor.message(2, shapeMessage);
  }
  return new Message().message(1, tensor);
}

function encodeSequenceType(element: ElementType): Message {
  // TypeProto.sequence_type (4) → Sequence.elem_type (1): a tensor of unknown shape
  return new Message().message(4, new Message().message(1, encodeTensorType(element, undefined)));
}
