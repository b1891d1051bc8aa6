package br.gov.es.prodest.npi007.notification.status.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.IncidentReported;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.IncidentTriaged;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.ServiceRestored;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which incidents the public page shows (NPI-007 6.2, 6.3, 6.6). */
class IncidentRecordTest {

  static final Instant REPORTED = Instant.parse("2026-12-04T13:00:00Z");
  static final Instant CONFIRMED = Instant.parse("2026-12-04T13:20:00Z");
  static final Instant RESTORED = Instant.parse("2026-12-04T15:00:00Z");

  @Test
  void onlyAnIncidentConfirmedWithGeneralImpactIsPublic_fromItsReport() {
    IncidentRecord general = IncidentRecord.fold(List.of(reported(), triaged(Verdict.CONFIRMED_GENERAL)));

    assertThat(general.isPublic()).isTrue();
    assertThat(general.isActive()).isTrue();
    assertThat(general.startedAt()).isEqualTo(REPORTED);
    assertThat(general.unavailable(RESTORED)).isEqualTo(new Interval(REPORTED, RESTORED));
  }

  @Test
  void restrictedNotConfirmedAndUntriagedIncidentsAreNeverPublic() {
    assertThat(IncidentRecord.fold(List.of(reported(), triaged(Verdict.CONFIRMED_RESTRICTED))).isPublic()).isFalse();
    assertThat(IncidentRecord.fold(List.of(reported(), triaged(Verdict.NOT_CONFIRMED))).isPublic()).isFalse();
    assertThat(IncidentRecord.fold(List.of(reported())).isPublic()).isFalse();
    assertThat(IncidentRecord.fold(List.of(reported(), triaged(Verdict.CONFIRMED_RESTRICTED),
        new ServiceRestored("i-1", 3, "siga", RESTORED))).isPublic()).isFalse();
  }

  @Test
  void aRestoredIncidentIsHistory_andARepeatedEventChangesNothing() {
    IncidentRecord restored = IncidentRecord.fold(List.of(reported(), triaged(Verdict.CONFIRMED_GENERAL),
        new ServiceRestored("i-1", 3, "siga", RESTORED)));

    assertThat(restored.isPublic()).isTrue();
    assertThat(restored.isActive()).isFalse();
    assertThat(restored.unavailable(RESTORED.plusSeconds(86_400))).isEqualTo(new Interval(REPORTED, RESTORED));
    assertThat(restored.after(triaged(Verdict.CONFIRMED_GENERAL))).isEqualTo(restored);
  }

  @Test
  void withoutItsReport_theUnavailabilityStartsAtTheVerdict() {
    assertThat(IncidentRecord.fold(List.of(triaged(Verdict.CONFIRMED_GENERAL))).startedAt()).isEqualTo(CONFIRMED);
  }

  private static IncidentReported reported() {
    return new IncidentReported("i-1", 1, "siga", REPORTED);
  }

  private static IncidentTriaged triaged(Verdict verdict) {
    return new IncidentTriaged("i-1", 2, "siga", verdict, CONFIRMED);
  }
}
