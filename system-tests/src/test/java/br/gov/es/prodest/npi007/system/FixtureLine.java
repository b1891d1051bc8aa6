package br.gov.es.prodest.npi007.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * One line of a broker dump (JSON lines, gzip): a topic ({@code kind} "topic": partition count and
 * the configs set on it), a partition ("partition": log start and end offsets), a record ("record":
 * offset, timestamp, key, value and header values in base64, {@code aborted} when its transaction
 * was aborted), a control marker ("marker": an offset no reader sees), or a group's committed offset
 * ("group"). Records and markers of a partition follow its "partition" line in offset order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FixtureLine(
    String kind,
    String topic,
    Integer partition,
    Integer partitions,
    Map<String, String> configs,
    Long logStartOffset,
    Long endOffset,
    Long offset,
    Long timestamp,
    String key,
    String value,
    List<List<String>> headers,
    Boolean aborted,
    String group,
    String metadata) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static FixtureLine topic(String topic, int partitions, Map<String, String> configs) {
    return new FixtureLine("topic", topic, null, partitions, configs, null, null, null, null, null, null, null, null, null, null);
  }

  static FixtureLine partition(String topic, int partition, long logStartOffset, long endOffset) {
    return new FixtureLine("partition", topic, partition, null, null, logStartOffset, endOffset, null, null, null, null, null, null,
        null, null);
  }

  static FixtureLine record(String topic, int partition, long offset, long timestamp, String key, String value,
      List<List<String>> headers, boolean aborted) {
    return new FixtureLine("record", topic, partition, null, null, null, null, offset, timestamp, key, value, headers, aborted,
        null, null);
  }

  static FixtureLine marker(String topic, int partition, long offset) {
    return new FixtureLine("marker", topic, partition, null, null, null, null, offset, null, null, null, null, null, null, null);
  }

  static FixtureLine group(String group, String topic, int partition, long offset, String metadata) {
    return new FixtureLine("group", topic, partition, null, null, null, null, offset, null, null, null, null, null, group,
        metadata);
  }

  static void write(List<FixtureLine> lines, OutputStream out) {
    try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8))) {
      for (FixtureLine line : lines) {
        writer.write(JSON.writeValueAsString(line));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<FixtureLine> read(InputStream in) {
    List<FixtureLine> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        if (!text.isBlank()) {
          lines.add(JSON.readValue(text, FixtureLine.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
