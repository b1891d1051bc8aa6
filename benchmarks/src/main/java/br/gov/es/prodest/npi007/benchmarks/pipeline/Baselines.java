package br.gov.es.prodest.npi007.benchmarks.pipeline;

/**
 * Raw Kafka on the same broker, in the same run: a producer's rate, a one-at-a-time round trip, and
 * one exactly-once hop at a fixed rate (the fair comparison for a pipeline step).
 */
record Baselines(double producerPerSecond, LatencyStats roundTrip, LatencyStats hop) {

  private static final int THROUGHPUT_RECORDS = 50_000;
  private static final int ROUND_TRIPS = 500;

  static Baselines measure(String bootstrap, double hopRate, double hopSeconds, Figures figures) throws Exception {
    KafkaBaseline.Result plain = new KafkaBaseline(bootstrap).measure(THROUGHPUT_RECORDS, ROUND_TRIPS);
    System.out.printf("Kafka puro    produtor (acks=all, 300 B): %.0f registros/s%n", plain.producerRecordsPerSecond());
    System.out.printf("Kafka puro    um por vez, ida e volta:    %s%n", plain.oneAtATime().brief());
    LatencyStats hop = new TransactionalHop(bootstrap).measure(hopRate, hopSeconds);
    System.out.printf("Kafka puro    um salto exactly-once a %.0f/s: %s%n", hopRate, hop.brief());
    figures.put("kafka.producer_records_per_second", plain.producerRecordsPerSecond());
    figures.latencies("kafka.round_trip", plain.oneAtATime());
    figures.put("kafka.eos_hop.rate", hopRate);
    figures.latencies("kafka.eos_hop", hop);
    return new Baselines(plain.producerRecordsPerSecond(), plain.oneAtATime(), hop);
  }
}
