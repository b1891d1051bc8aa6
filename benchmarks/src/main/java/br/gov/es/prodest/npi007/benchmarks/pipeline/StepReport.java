package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.util.List;

/** Prints one open-loop step beside its baselines, and records its figures. */
final class StepReport {

  private StepReport() {
  }

  static void print(OpenLoopRun.Outcome outcome, Baselines baselines, Figures figures, String prefix) {
    StepFigures step = outcome.step();
    compared("Relato → 201", outcome.created(), "ida e volta Kafka", baselines.roundTrip());
    compared("Relato → 6.1 no tópico", outcome.onTopic(), "salto EOS", baselines.hop());
    if (outcome.receipts().count() > 0 || outcome.outboxQueries() > 0) {
      compared("Relato → 6.1 p/ ASCOM", outcome.receipts(), "salto EOS", baselines.hop());
      System.out.printf("  (outbox pelo gateway; resolução da consulta: %s)%n", outcome.resolution().brief());
    }
    System.out.printf("Vazão         %.1f relatos/s alcançados de %.1f oferecidos (%.0f %%); produtor Kafka %.0f/s "
            + "(%.0fx o pipeline)%n", step.achievedPerSecond(), step.offeredPerSecond(),
        100 * step.achievedPerSecond() / step.offeredPerSecond(), baselines.producerPerSecond(),
        baselines.producerPerSecond() / step.achievedPerSecond());
    System.out.printf("Respostas     %d de %d com 201; erros %s; sem resposta no prazo: %d; "
            + "descartados no limite do driver: %d; 6.1 não vistos: %d no tópico, %d no outbox%n",
        outcome.accepted(), outcome.schedule().count(), outcome.errors().isEmpty() ? "nenhum" : outcome.errors(),
        outcome.unanswered(), step.dropped(), outcome.notOnTopic(), outcome.receiptsUnseen());
    List<Integer> backlog = step.backlogSamples();
    System.out.printf("Pendências    (requisições + 6.1 por renderizar) máx %d; %s%n",
        backlog.stream().mapToInt(Integer::intValue).max().orElse(0),
        CapacityVerdict.backlogGrew(backlog) ? "crescendo ao longo do passo" : "sem crescer ao longo do passo");

    figures.put(prefix + ".offered_per_second", step.offeredPerSecond());
    figures.put(prefix + ".achieved_per_second", step.achievedPerSecond());
    figures.put(prefix + ".scheduled", outcome.schedule().count());
    figures.put(prefix + ".created", outcome.accepted());
    figures.put(prefix + ".errors", outcome.errors().values().stream().mapToInt(Integer::intValue).sum());
    figures.put(prefix + ".unanswered", outcome.unanswered());
    figures.put(prefix + ".dropped", step.dropped());
    figures.put(prefix + ".backlog_max", backlog.stream().mapToInt(Integer::intValue).max().orElse(0));
    figures.put(prefix + ".backlog_grew", CapacityVerdict.backlogGrew(backlog));
    figures.latencies(prefix + ".report_to_201", outcome.created());
    figures.latencies(prefix + ".report_to_61_topic", outcome.onTopic());
    figures.latencies(prefix + ".report_to_61_outbox", outcome.receipts());
    figures.latencies(prefix + ".outbox_resolution", outcome.resolution());
  }

  private static void compared(String label, LatencyStats measured, String baselineLabel, LatencyStats baseline) {
    System.out.printf("%-24s %s%n    %-20s %s  →  razão p50 %.0fx, p99 %.0fx%n", label, measured.brief(),
        baselineLabel, baseline.brief(), PipelineLoad.ratio(measured.median(), baseline.median()),
        PipelineLoad.ratio(measured.percentile(99), baseline.percentile(99)));
  }
}
