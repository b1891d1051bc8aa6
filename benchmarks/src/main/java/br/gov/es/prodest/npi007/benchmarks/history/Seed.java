package br.gov.es.prodest.npi007.benchmarks.history;

import br.gov.es.prodest.npi007.benchmarks.pipeline.Gateway;
import br.gov.es.prodest.npi007.benchmarks.pipeline.OpenLoopSchedule;
import br.gov.es.prodest.npi007.benchmarks.pipeline.StackSettings;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./npi007 seed EVENTS}: writes a realistic history into a running stack through its own
 * gateway ({@link Flows}), in an open loop at a fixed rate of requests, until the event topics hold
 * EVENTS records ({@link HistoryEvents}); then lets the flows under way go on for a while, so few
 * stay half-way (those that do are ordinary open incidents or maintenances). A 5xx or a lost
 * connection is retried with the same Idempotency-Key; a 4xx ends that flow and is counted.
 */
public final class Seed {

  private static final Duration COUNT_EVERY = Duration.ofSeconds(2);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
  private static final int ATTEMPTS = 5;
  private static final int MAX_ACTIVE_FLOWS = 5000;

  private final Gateway gateway;
  private final SeedOptions options;
  private final PriorityQueue<Waiting> waiting = new PriorityQueue<>((a, b) -> Long.compare(a.readyAt, b.readyAt));
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong finished = new AtomicLong();
  private final AtomicLong abandoned = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private final Map<String, AtomicLong> answeredByStage = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();

  /** A flow between two requests, due again at {@code readyAt} (System.nanoTime), with its failed attempts. */
  private record Waiting(Flow flow, long readyAt, int attempts) {
  }

  private Seed(Gateway gateway, SeedOptions options) {
    this.gateway = gateway;
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    SeedOptions options;
    try {
      options = SeedOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("npi007 seed: " + e.getMessage() + " (veja './npi007 help')");
      System.exit(2);
      return;
    }
    StackSettings settings = StackSettings.fromEnvironmentOrExit();
    String run = Long.toString(System.currentTimeMillis(), 36);
    try (Gateway gateway = new Gateway(settings.gateway(), settings.password(), Duration.ofSeconds(30));
         HistoryEvents events = new HistoryEvents(settings.bootstrap())) {
      List<String> organs = OrganEmails.ensure(gateway);
      long before = events.total();
      System.out.printf(Locale.ROOT, "Semeadura %s: até %,d registros nos tópicos de eventos (hoje %,d), %.0f requisições/s "
          + "pelo gateway %s%n", run, options.events(), before, options.rate(), settings.gateway());
      if (before >= options.events()) {
        System.out.println("Os tópicos de eventos já têm essa história; nada a fazer.");
        System.exit(0);
      }
      new Seed(gateway, options).run(new Flows(run, organs, Clock.systemUTC(), System.nanoTime()), events, before);
    }
    System.exit(0);
  }

  private void run(Flows flows, HistoryEvents events, long before) throws Exception {
    long start = System.nanoTime();
    OpenLoopSchedule schedule = new OpenLoopSchedule(start, options.rate(), Integer.MAX_VALUE);
    long nextCount = start;
    long nextProgress = start + PROGRESS_EVERY.toNanos();
    long drainUntil = Long.MAX_VALUE;
    long started = 0;
    long total = before;
    for (int tick = 0; ; tick++) {
      LockSupport.parkNanos(schedule.intendedNanos(tick) - System.nanoTime());
      long now = System.nanoTime();
      if (now >= nextCount) {
        total = events.total();
        nextCount = now + COUNT_EVERY.toNanos();
        if (total >= options.events() && drainUntil == Long.MAX_VALUE) {
          drainUntil = now + TimeUnit.SECONDS.toNanos(options.drainSeconds());
          System.out.printf(Locale.ROOT, "%5.0f s  alvo atingido (%,d registros); os %d fluxos em andamento seguem por até "
              + "%d s, sem novos%n", (now - start) / 1e9, total, active.get(), options.drainSeconds());
        }
      }
      if (now >= nextProgress) {
        progress(start, now, total);
        nextProgress += PROGRESS_EVERY.toNanos();
      }
      boolean starting = drainUntil == Long.MAX_VALUE;
      if (!starting && (active.get() == 0 || now >= drainUntil)) {
        break;
      }
      if (inFlight.get() >= options.connections()) {
        continue;
      }
      Waiting due = dueFlow(now);
      if (due == null && starting && active.get() < MAX_ACTIVE_FLOWS) {
        active.incrementAndGet();
        due = new Waiting(flows.start(started++), now, 0);
      }
      if (due != null) {
        send(due);
      }
    }
    awaitInFlight(Duration.ofSeconds(30));
    TimeUnit.SECONDS.sleep(3); // the last approvals' deliveries land a moment after their answers
    long after = events.total();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "Semeadura concluída em %.0f s: %d incidentes, %d manutenções, %,d registros escritos "
            + "(de %,d para %,d); fluxos: %d iniciados, %d completos, %d interrompidos por recusa, %d ainda em andamento%n",
        seconds, answered("relato"), answered("manutenção"), after - before, before, after, started, finished.get(),
        abandoned.get(), active.get());
    System.out.println("Requisições respondidas 2xx por etapa: " + new TreeMap<>(answeredByStage));
    if (!refusals.isEmpty() || retried.get() > 0) {
      System.out.println("Recusas (4xx, fim do fluxo): " + new TreeMap<>(refusals) + "; repetições após 5xx ou falha de "
          + "conexão: " + retried.get());
    }
    events.perTopic().forEach((topic, records) -> System.out.printf(Locale.ROOT, "  %-40s %,12d%n", topic, records));
  }

  private void progress(long start, long now, long total) {
    double seconds = (now - start) / 1e9;
    System.out.printf(Locale.ROOT, "%5.0f s  registros %,d / %,d  requisições %,d (%.0f/s)  incidentes %d  manutenções %d  "
            + "fluxos ativos %d  em voo %d  recusas %d%n", seconds, total, options.events(), sent.get(),
        sent.get() / seconds, answered("relato"), answered("manutenção"), active.get(), inFlight.get(), abandoned.get());
  }

  private long answered(String stage) {
    AtomicLong count = answeredByStage.get(stage);
    return count == null ? 0 : count.get();
  }

  private Waiting dueFlow(long now) {
    synchronized (waiting) {
      Waiting head = waiting.peek();
      return head != null && head.readyAt <= now ? waiting.poll() : null;
    }
  }

  private void later(Flow flow, Duration after, int attempts) {
    synchronized (waiting) {
      waiting.add(new Waiting(flow, System.nanoTime() + after.toNanos(), attempts));
    }
  }

  private void send(Waiting due) {
    GatewayRequest request = due.flow().next();
    inFlight.incrementAndGet();
    sent.incrementAndGet();
    gateway.send(request.user(), request.method(), request.path(), request.body(), request.idempotencyKey())
        .whenComplete((response, failure) -> {
          try {
            answered(due, request, response, failure);
          } catch (RuntimeException unexpected) {
            refused("resposta ilegível em " + request.stage());
          } finally {
            inFlight.decrementAndGet();
          }
        });
  }

  private void answered(Waiting due, GatewayRequest request, HttpResponse<String> response, Throwable failure) {
    if (failure != null || response.statusCode() >= 500) {
      if (due.attempts() + 1 < ATTEMPTS) {
        retried.incrementAndGet();
        later(due.flow(), RETRY_AFTER, due.attempts() + 1);
      } else {
        refused((failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode())
            + " em " + request.stage());
      }
      return;
    }
    if (response.statusCode() >= 300) {
      refused("HTTP " + response.statusCode() + " " + code(response.body()) + " em " + request.stage());
      return;
    }
    answeredByStage.computeIfAbsent(request.stage(), stage -> new AtomicLong()).incrementAndGet();
    switch (due.flow().answered(response.body())) {
      case NEXT -> later(due.flow(), Duration.ZERO, 0);
      case AGAIN_LATER -> later(due.flow(), due.flow().waitBeforeAgain(), 0);
      case DONE -> {
        finished.incrementAndGet();
        active.decrementAndGet();
      }
    }
  }

  private void refused(String why) {
    abandoned.incrementAndGet();
    active.decrementAndGet();
    refusals.computeIfAbsent(why, reason -> new AtomicLong()).incrementAndGet();
  }

  private static String code(String body) {
    try {
      JsonNode problem = Answers.JSON.readTree(body);
      return problem.path("code").asString("?");
    } catch (RuntimeException notJson) {
      return "?";
    }
  }

  private void awaitInFlight(Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
    }
  }
}
