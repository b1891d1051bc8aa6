package br.gov.es.prodest.npi007.benchmarks.history;

import br.gov.es.prodest.npi007.benchmarks.pipeline.Figures;
import br.gov.es.prodest.npi007.benchmarks.pipeline.Gateway;
import br.gov.es.prodest.npi007.benchmarks.pipeline.LatencyStats;
import br.gov.es.prodest.npi007.benchmarks.pipeline.StackMeter;
import br.gov.es.prodest.npi007.benchmarks.pipeline.StackSettings;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./npi007 bench history}: how the running stack answers with the history it holds. Times, one
 * query at a time after a short warm-up, N queries of each: an incident by id and its outbox (random
 * ids from the incident list), and the first page and a deep page (reached by following
 * {@code rel="next"}) of each list; adds the history's size (records of the event topics) and the
 * stack's RSS. Run it on an empty stack and after {@code ./npi007 seed} to compare. Only measures.
 */
public final class HistoryBench {

  private static final int MAX_SAMPLED_IDS = 5000;
  private static final int WARM_UP = 30;

  private final Gateway gateway;
  private final Figures figures;
  private final int queries;
  private final SplittableRandom random = new SplittableRandom(7);

  private HistoryBench(Gateway gateway, Figures figures, int queries) {
    this.gateway = gateway;
    this.figures = figures;
    this.queries = queries;
  }

  public static void main(String[] args) throws Exception {
    HistoryOptions options;
    try {
      options = HistoryOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("npi007 bench history: " + e.getMessage() + " (veja './npi007 help')");
      System.exit(2);
      return;
    }
    StackSettings settings = StackSettings.fromEnvironmentOrExit();
    Figures figures = new Figures();
    try (Gateway gateway = new Gateway(settings.gateway(), settings.password(), Duration.ofSeconds(30));
         HistoryEvents events = new HistoryEvents(settings.bootstrap())) {
      var perTopic = events.perTopic();
      long total = HistoryEvents.total(perTopic);
      System.out.printf(Locale.ROOT, "Benchmark do histórico: gateway %s, %,d registros nos tópicos de eventos, %d consultas "
          + "de cada tipo%n", settings.gateway(), total, options.queries());
      figures.put("events", total);
      perTopic.forEach((topic, records) -> figures.put("events." + topic, records));
      figures.put("queries", options.queries());
      new HistoryBench(gateway, figures, options.queries()).measure(options.deepPages());
    }
    new StackMeter(settings.gatewayPort()).memory("agora", figures, "rss_bytes");
    figures.publishSection(Figures.FILE, "history");
    System.exit(0);
  }

  private void measure(int deepPages) throws Exception {
    List<String> ids = incidentIds();
    System.out.printf("Incidentes    %d ids sorteáveis (das primeiras páginas da lista)%n", ids.size());
    figures.put("sampled_incident_ids", ids.size());
    if (!ids.isEmpty()) {
      time("incidente por id", "incident_by_id", "team", () -> "/api/v1/incidents/" + pick(ids));
      time("outbox do incidente", "outbox_by_incident", "ascom", () -> "/api/v1/notifications?incidentId=" + pick(ids));
    }
    list("incidentes", "incidents", "team", "/api/v1/incidents", deepPages);
    list("outbox", "notifications", "ascom", "/api/v1/notifications", deepPages);
    list("manutenções", "maintenances", "team", "/api/v1/maintenances", deepPages);
  }

  private void list(String label, String name, String user, String path, int deepPages) throws Exception {
    time(label + ", 1ª página", name + ".first_page", user, () -> path);
    String page = path;
    int depth = 0;
    while (depth < deepPages) {
      var next = NextLink.in(gateway.get(user, page).headers().allValues("Link"));
      if (next.isEmpty()) {
        break;
      }
      page = next.get();
      depth++;
    }
    figures.put(name + ".deep_page_depth", depth + 1);
    if (depth == 0) {
      System.out.printf("%-34s só uma página%n", label + ", página funda");
      return;
    }
    String deep = page;
    time(label + ", página " + (depth + 1), name + ".deep_page", user, () -> deep);
  }

  private void time(String label, String name, String user, Supplier<String> paths) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      gateway.get(user, paths.get());
    }
    List<Duration> latencies = new ArrayList<>(queries);
    int failed = 0;
    for (int i = 0; i < queries; i++) {
      String path = paths.get();
      long sent = System.nanoTime();
      HttpResponse<String> answer = gateway.get(user, path);
      latencies.add(Duration.ofNanos(System.nanoTime() - sent));
      if (answer.statusCode() != 200) {
        failed++;
      }
    }
    LatencyStats stats = LatencyStats.of(latencies);
    System.out.printf("%-34s %s%s%n", label, stats.brief(), failed == 0 ? "" : "  (" + failed + " sem 200)");
    figures.latencies(name, stats);
    figures.put(name + ".not_200", failed);
  }

  /** Ids from the incident list's first pages (500 each), newest first. */
  private List<String> incidentIds() throws Exception {
    List<String> ids = new ArrayList<>();
    String page = "/api/v1/incidents?limit=500";
    while (page != null && ids.size() < MAX_SAMPLED_IDS) {
      HttpResponse<String> answer = gateway.get("team", page);
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("GET " + page + " respondeu " + answer.statusCode() + ": " + answer.body());
      }
      for (JsonNode incident : Answers.JSON.readTree(answer.body())) {
        ids.add(incident.path("id").asString());
      }
      page = NextLink.in(answer.headers().allValues("Link")).orElse(null);
    }
    return ids;
  }

  private String pick(List<String> ids) {
    return ids.get(random.nextInt(ids.size()));
  }
}
