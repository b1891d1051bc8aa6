package br.gov.es.prodest.npi007.notification.status.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceScheduled;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceStep;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceStep.Step;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Maintenances are public once announced (NPI-007 6.5), each state reached an update. */
class MaintenanceRecordTest {

  static final Instant REQUESTED = Instant.parse("2026-12-01T12:00:00Z");
  static final Instant ANNOUNCED = Instant.parse("2026-12-01T12:30:00Z");
  /** 04/12/2026 22:00 to 05/12/2026 02:00 in São Paulo. */
  static final Instant START = Instant.parse("2026-12-05T01:00:00Z");
  static final Instant END = Instant.parse("2026-12-05T05:00:00Z");

  @Test
  void aMaintenanceNotAnnouncedIsNotPublic() {
    MaintenanceRecord requested = MaintenanceRecord.fold(List.of(scheduled()));

    assertThat(requested.isPublic()).isFalse();
    assertThat(requested.updates()).isEmpty();
  }

  @Test
  void anAnnouncedMaintenanceIsScheduled_inAPortugueseSentenceInSaoPauloTime() {
    MaintenanceRecord announced = MaintenanceRecord.fold(List.of(scheduled(), step(2, Step.ANNOUNCED, ANNOUNCED)));

    assertThat(announced.isPublic()).isTrue();
    assertThat(announced.state()).isEqualTo(MaintenanceState.SCHEDULED);
    assertThat(announced.updates()).singleElement().isEqualTo(new MaintenanceUpdate("m-1", MaintenanceState.SCHEDULED,
        "Manutenção programada", "Manutenção programada de 04/12/2026 22:00 a 05/12/2026 02:00.", ANNOUNCED));
    assertThat(announced.updates().get(0).id()).isEqualTo("m-1/SCHEDULED");
  }

  @Test
  void eachStateReachedIsAnUpdate_andTheComponentCameBackAtTheEnd() {
    MaintenanceRecord completed = MaintenanceRecord.fold(List.of(scheduled(), step(2, Step.ANNOUNCED, ANNOUNCED),
        step(3, Step.STARTED, START), step(4, Step.COMPLETED, END)));

    assertThat(completed.state()).isEqualTo(MaintenanceState.COMPLETED);
    assertThat(completed.updates()).extracting(MaintenanceUpdate::id)
        .containsExactly("m-1/SCHEDULED", "m-1/IN_PROGRESS", "m-1/COMPLETED");
    assertThat(completed.updates().get(2).text()).isEqualTo("Manutenção concluída.");
    assertThat(completed.returnedAt()).isEqualTo(END);
  }

  @Test
  void aCancelledMaintenanceSaysSo_andARepeatChangesNothing() {
    MaintenanceRecord cancelled = MaintenanceRecord.fold(List.of(scheduled(), step(2, Step.ANNOUNCED, ANNOUNCED),
        step(3, Step.CANCELLED, START.minusSeconds(3600))));

    assertThat(cancelled.state()).isEqualTo(MaintenanceState.CANCELLED);
    assertThat(cancelled.updates().get(1).text()).isEqualTo("Manutenção cancelada.");
    assertThat(cancelled.returnedAt()).isNull();
    assertThat(cancelled.after(step(2, Step.ANNOUNCED, ANNOUNCED))).isEqualTo(cancelled);
  }

  @Test
  void aWindowRescheduledAfterTheAnnouncement_isTheScheduledUpdateFromThen() {
    Instant rescheduled = Instant.parse("2026-12-02T09:00:00Z");
    MaintenanceRecord moved = MaintenanceRecord.fold(List.of(scheduled(), step(2, Step.ANNOUNCED, ANNOUNCED),
        new MaintenanceScheduled("m-1", 3, "siga", START.plusSeconds(86_400), END.plusSeconds(86_400), rescheduled)));

    assertThat(moved.start()).isEqualTo(START.plusSeconds(86_400));
    assertThat(moved.updates()).singleElement().satisfies(update -> {
      assertThat(update.publishedAt()).isEqualTo(rescheduled);
      assertThat(update.text()).isEqualTo("Manutenção programada de 05/12/2026 22:00 a 06/12/2026 02:00.");
    });
  }

  private static MaintenanceScheduled scheduled() {
    return new MaintenanceScheduled("m-1", 1, "siga", START, END, REQUESTED);
  }

  private static MaintenanceStep step(long sequence, Step step, Instant at) {
    return new MaintenanceStep("m-1", sequence, step, at);
  }
}
