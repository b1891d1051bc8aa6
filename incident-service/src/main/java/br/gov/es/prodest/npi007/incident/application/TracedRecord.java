package br.gov.es.prodest.npi007.incident.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * One record as a read model stores it (issue 13): the record's value as it came from its topic,
 * behind the trace id of the record's {@code traceparent}, so that the timeline entry it becomes
 * carries its trace. Stored as one byte (the trace id's length, 0 when unknown), the trace id in
 * ASCII, then the value.
 *
 * @param traceId the W3C trace id (32 lowercase hex), or null when the record had none
 * @param value   the record's value, untouched
 */
public record TracedRecord(String traceId, byte[] value) {

  /** The stored form. */
  public byte[] encode() {
    byte[] trace = traceId == null ? new byte[0] : traceId.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(1 + trace.length + value.length).put((byte) trace.length).put(trace).put(value).array();
  }

  /** Reads back what {@link #encode()} stored. */
  public static TracedRecord decode(byte[] stored) {
    int length = Byte.toUnsignedInt(stored[0]);
    String traceId = length == 0 ? null : new String(stored, 1, length, StandardCharsets.US_ASCII);
    byte[] value = new byte[stored.length - 1 - length];
    System.arraycopy(stored, 1 + length, value, 0, value.length);
    return new TracedRecord(traceId, value);
  }
}
