package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import org.apache.kafka.streams.kstream.KStream;

/**
 * The messages rendered from the incident and maintenance events, keyed by notification id, by where
 * their notification lives.
 *
 * @param here      notifications that live on the partition they were rendered on (placed ids): the
 *                  same task opens them, no repartition
 * @param elsewhere notifications that live on another partition (unplaced ids, as an earlier version
 *                  named them): they go through the repartition topic to their owner's task
 */
public record RenderedMessages(KStream<String, byte[]> here, KStream<String, byte[]> elsewhere) {
}
