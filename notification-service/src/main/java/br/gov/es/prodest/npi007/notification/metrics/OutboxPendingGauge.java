package br.gov.es.prodest.npi007.notification.metrics;

import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import br.gov.es.prodest.npi007.notification.tracking.application.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;

/**
 * {@code npi007.outbox.pending{status}}: how many messages of ASCOM's outbox wait in each status
 * that is not final (awaiting review, approved and not sent, sent with no outcome, a retry
 * scheduled, a target given up). Each scrape reads one count per status, kept by the outbox in the
 * same writes as its status lists: no list is walked. Every instance of the service holds the
 * whole outbox, so every instance reports the same figures (aggregate them with max, not sum).
 */
final class OutboxPendingGauge implements MeterBinder {

  static final String NAME = "npi007.outbox.pending";
  static final List<NotificationStatus> PENDING = List.of(NotificationStatus.PENDING_REVIEW,
      NotificationStatus.APPROVED, NotificationStatus.SENT, NotificationStatus.FAILED, NotificationStatus.DEAD);

  private final Outbox outbox;

  OutboxPendingGauge(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (NotificationStatus status : PENDING) {
      Gauge.builder(NAME, outbox, current -> current.countIn(status))
          .description("Mensagens da caixa de saída pendentes, por situação").tag("status", status.name())
          .strongReference(true).register(registry);
    }
  }
}
