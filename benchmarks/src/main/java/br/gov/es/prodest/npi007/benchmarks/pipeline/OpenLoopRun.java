package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One open-loop step: reports sent at a fixed offered rate, each timed from its intended send time.
 * A request waits for one of {@code connections} slots without holding up the schedule; past
 * {@code maxOutstanding} unanswered requests the schedule drops the request (and says so) rather
 * than grow without bound. After the schedule, answers are awaited until the deadline; what is
 * still unanswered then counts as such.
 */
final class OpenLoopRun {

  private static final Duration BACKLOG_SAMPLE_EVERY = Duration.ofMillis(250);

  private final Reports gateway;
  private final RenderedReceipts topic;
  private final OutboxPoller outbox;
  private final int connections;
  private final int maxOutstanding;
  private final Duration deadline;

  OpenLoopRun(Reports gateway, RenderedReceipts topic, OutboxPoller outbox, int connections, int maxOutstanding,
      Duration deadline) {
    this.gateway = gateway;
    this.topic = topic;
    this.outbox = outbox;
    this.connections = connections;
    this.maxOutstanding = maxOutstanding;
    this.deadline = deadline;
  }

  /** What a step measured. {@code receipts} is empty when the outbox was not polled. */
  record Outcome(OpenLoopSchedule schedule, StepFigures step, int accepted, Map<String, Integer> errors,
      int unanswered, LatencyStats created, LatencyStats onTopic, int notOnTopic, LatencyStats receipts,
      LatencyStats resolution, int receiptsUnseen, long outboxQueries, long windowNanos) {
  }

  Outcome run(String run, double ratePerSecond, double seconds) {
    if (outbox != null) {
      outbox.reset();
    }
    OpenLoopSchedule schedule = OpenLoopSchedule.of(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100),
        ratePerSecond, seconds);
    Step step = new Step(run, schedule);
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(Gateway.daemon("benchmark-backlog"));
    List<Integer> backlog = new ArrayList<>();
    sampler.scheduleAtFixedRate(() -> {
      synchronized (backlog) {
        backlog.add(step.backlog());
      }
    }, 100 + BACKLOG_SAMPLE_EVERY.toMillis(), BACKLOG_SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    for (int i = 0; i < schedule.count(); i++) {
      LockSupport.parkNanos(schedule.intendedNanos(i) - System.nanoTime());
      step.offer(i);
    }
    sampler.shutdownNow();
    long deadlineNanos = System.nanoTime() + deadline.toNanos();
    int unanswered = step.awaitAnswers(deadlineNanos);
    int unseen = outbox == null ? 0 : outbox.awaitAll(deadlineNanos);
    while (step.renderPending() > 0 && System.nanoTime() < deadlineNanos) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
    long window = Math.max(Math.round(schedule.seconds() * 1e9), step.lastCreatedNanos.get() - schedule.startNanos());
    double achieved = step.created.size() / (window / 1e9);
    List<Integer> samples;
    synchronized (backlog) {
      samples = List.copyOf(backlog);
    }
    return new Outcome(schedule, new StepFigures(ratePerSecond, achieved, step.dropped.get(), samples),
        step.created.size(), Map.copyOf(step.errors), unanswered + step.timedOut.get(),
        LatencyStats.of(List.copyOf(step.created.values())), LatencyStats.of(step.onTopic()), step.renderPending(),
        outbox == null ? LatencyStats.of(List.of()) : outbox.latencies(),
        outbox == null ? LatencyStats.of(List.of()) : outbox.resolutions(), unseen,
        outbox == null ? 0 : outbox.queries(), window);
  }

  /** The bookkeeping of one step; answers arrive on the HTTP client's threads. */
  private final class Step {
    final String run;
    final OpenLoopSchedule schedule;
    final Semaphore slots = new Semaphore(connections);
    final Queue<Integer> waiting = new ConcurrentLinkedQueue<>();
    final AtomicInteger outstanding = new AtomicInteger();
    final AtomicInteger dropped = new AtomicInteger();
    final AtomicInteger timedOut = new AtomicInteger();
    final AtomicLong lastCreatedNanos = new AtomicLong();
    final Map<String, Duration> created = new ConcurrentHashMap<>();
    final Map<String, Long> intendedById = new ConcurrentHashMap<>();
    final Map<String, Integer> errors = new ConcurrentHashMap<>();

    Step(String run, OpenLoopSchedule schedule) {
      this.run = run;
      this.schedule = schedule;
    }

    void offer(int index) {
      if (outstanding.get() >= maxOutstanding) {
        dropped.incrementAndGet();
        return;
      }
      outstanding.incrementAndGet();
      waiting.add(index);
      dispatch();
    }

    private void dispatch() {
      while (!waiting.isEmpty() && slots.tryAcquire()) {
        Integer index = waiting.poll();
        if (index == null) {
          slots.release();
          return;
        }
        gateway.report(run, index).whenComplete((response, failure) -> {
          answered(index, response, failure);
          outstanding.decrementAndGet();
          slots.release();
          dispatch();
        });
      }
    }

    private void answered(int index, HttpResponse<String> response, Throwable failure) {
      long now = System.nanoTime();
      long intended = schedule.intendedNanos(index);
      if (failure != null) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        if (cause instanceof HttpTimeoutException) {
          timedOut.incrementAndGet();
        } else {
          errors.merge(cause.getClass().getSimpleName(), 1, Integer::sum);
        }
        return;
      }
      Reports.createdId(response).ifPresentOrElse(id -> {
        created.put(id, Duration.ofNanos(now - intended));
        intendedById.put(id, intended);
        lastCreatedNanos.accumulateAndGet(now, Math::max);
        if (outbox != null) {
          outbox.track(id, intended);
        }
      }, () -> errors.merge("HTTP " + response.statusCode(), 1, Integer::sum));
    }

    /** Requests not yet answered plus reports whose 6.1 is not yet on the notifications topic. */
    int backlog() {
      return outstanding.get() + renderPending();
    }

    int renderPending() {
      int pending = 0;
      for (String id : intendedById.keySet()) {
        if (topic.receivedAt(id) == null) {
          pending++;
        }
      }
      return pending;
    }

    List<Duration> onTopic() {
      List<Duration> latencies = new ArrayList<>();
      intendedById.forEach((id, intended) -> {
        Long seen = topic.receivedAt(id);
        if (seen != null) {
          latencies.add(Duration.ofNanos(seen - intended));
        }
      });
      return latencies;
    }

    int awaitAnswers(long deadlineNanos) {
      while (outstanding.get() > 0 && System.nanoTime() < deadlineNanos) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
      }
      waiting.clear();
      return outstanding.get();
    }
  }
}
