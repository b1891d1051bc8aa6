package br.gov.es.prodest.npi007.notification.delivery.domain;

import br.gov.es.prodest.npi007.notification.delivery.domain.TargetProgress.Stage;
import java.util.Collection;
import java.util.Comparator;

/**
 * The messages of one incident (or one maintenance) go out in the order of the events that caused
 * them: an organ must not read "Serviço Restabelecido" (6.4) before the "Aviso de Indisponibilidade"
 * (6.3) it follows. A message waits while an earlier one of the same subject, approved and not
 * posted by hand, still has a target not ended (not delivered, not given up). A message held for
 * ASCOM's review holds nothing back: ASCOM decides it.
 */
public final class DeliveryOrder {

  private static final Comparator<DeliveryState> RENDERING_ORDER = Comparator
      .comparing(DeliveryState::renderedAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(state -> state.message().notificationId());

  private DeliveryOrder() {
  }

  /**
   * True while an earlier message of the same subject, among {@code others}, is still being
   * delivered. {@code others} may hold any messages; passing only those of the state's subject
   * ({@link #subjectOf}) keeps a check as cheap as the subject's messages are few.
   */
  public static boolean waitsForAnEarlierMessage(DeliveryState state, Collection<DeliveryState> others, Routes routes) {
    String subject = subjectOf(state);
    return subject != null && others.stream()
        .filter(other -> other.message() != null && other != state)
        .filter(other -> subject.equals(subjectOf(other)))
        .filter(other -> RENDERING_ORDER.compare(other, state) < 0)
        .anyMatch(earlier -> stillGoing(earlier, routes));
  }

  private static boolean stillGoing(DeliveryState earlier, Routes routes) {
    if (!earlier.approved() || earlier.postedManually() || earlier.ledger().isDelivered()) {
      return false;
    }
    return earlier.targets(routes).stream().map(target -> earlier.ledger().progressOf(target).stage())
        .anyMatch(stage -> stage != Stage.SUCCEEDED && stage != Stage.DEAD);
  }

  /** The subject whose messages go out in order: "incident/<id>" or "maintenance/<id>"; null for none. */
  public static String subjectOf(DeliveryState state) {
    MessageRef message = state.message();
    if (message == null) {
      return null;
    }
    return message.incidentId() != null ? "incident/" + message.incidentId()
        : message.maintenanceId() != null ? "maintenance/" + message.maintenanceId() : null;
  }
}
