package br.gov.es.prodest.npi007.incident.compliance.adapter.metrics;

import br.gov.es.prodest.npi007.incident.application.ReportPeriod;
import br.gov.es.prodest.npi007.incident.compliance.application.ComplianceView;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code npi007.compliance.missing}: how many incidents have a required message past its
 * deadline (issue 13; deadlines since issue 14), from the compliance view. Counting walks every incident, so a scrape reads the last count and, when it
 * is older than {@code npi007.compliance.count-refresh} (30 s), asks for a new one on a thread of its
 * own: a scrape never waits for the walk, and the walk runs at most once per refresh. NaN until the
 * first count.
 */
@Component
class MissingMessagesGauge implements DisposableBean {

  static final String NAME = "npi007.compliance.missing";
  private static final Logger log = LoggerFactory.getLogger(MissingMessagesGauge.class);

  private final ComplianceView compliance;
  private final Duration freshness;
  private final ExecutorService counter = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "npi007-compliance-count");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicBoolean counting = new AtomicBoolean();
  private volatile double missing = Double.NaN;
  private volatile long countedAt;

  MissingMessagesGauge(ComplianceView compliance, MeterRegistry registry,
      @Value("${npi007.compliance.count-refresh}") Duration freshness) {
    this.compliance = compliance;
    this.freshness = freshness;
    Gauge.builder(NAME, this, MissingMessagesGauge::read)
        .description("Incidentes com uma mensagem exigida pela norma fora do prazo").register(registry);
  }

  private double read() {
    boolean stale = System.nanoTime() - countedAt > freshness.toNanos() || Double.isNaN(missing);
    if (stale && counting.compareAndSet(false, true)) {
      counter.execute(this::count);
    }
    return missing;
  }

  private void count() {
    try {
      long total = 0;
      String cursor = null;
      do {
        Page<?> page = compliance.page(true, null, ReportPeriod.ALL, new PageRequest(PageRequest.MAX_LIMIT, cursor));
        total += page.items().size();
        cursor = page.nextCursor();
      } while (cursor != null);
      missing = total;
      countedAt = System.nanoTime();
    } catch (RuntimeException e) {
      log.warn("Contagem de incidentes sem mensagem exigida falhou: {}", e.toString());
    } finally {
      counting.set(false);
    }
  }

  @Override
  public void destroy() {
    counter.shutdownNow();
  }
}
