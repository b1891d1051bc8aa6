package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.AggregateName;
import br.gov.es.prodest.npi007.aggregate.CommandRejected;
import java.time.Duration;

/** The refusals of the maintenance lifecycle, each with its reason code and a detail in Portuguese. */
final class Rejections {

  static final AggregateName NAME = new AggregateName("MAINTENANCE", "a", "manutenção");

  private Rejections() {
  }

  static CommandRejected endNotAfterStart(Window window) {
    return CommandRejected.ruleViolated("WINDOW_END_NOT_AFTER_START",
        "O fim da manutenção (" + LocalTimes.of(window.end()) + ") deve ser posterior ao seu início ("
            + LocalTimes.of(window.start()) + ").");
  }

  static CommandRejected notInFuture(Window window) {
    return CommandRejected.ruleViolated("WINDOW_NOT_IN_FUTURE",
        "A manutenção deve começar no futuro: o início informado (" + LocalTimes.of(window.start())
            + ") já passou.");
  }

  static CommandRejected noticeTooShort(Duration minimum, Duration given) {
    return CommandRejected.ruleViolated("NOTICE_TOO_SHORT",
        "O aviso mínimo é de " + LocalTimes.of(minimum) + "; para uma manutenção com aviso menor, informe"
            + " urgent=true. (Aviso dado: " + LocalTimes.of(given) + ".)");
  }

  static CommandRejected closed(ExistingMaintenance maintenance) {
    return CommandRejected.conflict("MAINTENANCE_CLOSED",
        "A manutenção " + maintenance.facts().maintenanceId() + " está encerrada (" + maintenance.status()
            + ") e não aceita esta ação.");
  }

  static CommandRejected alreadyStarted(ExistingMaintenance maintenance) {
    return CommandRejected.conflict("MAINTENANCE_ALREADY_STARTED",
        "A manutenção " + maintenance.facts().maintenanceId() + " já começou (" + LocalTimes.of(
            maintenance.facts().window().start()) + ") e não pode ser reagendada; cancele-a ou conclua-a.");
  }

  static CommandRejected notInProgress(ExistingMaintenance maintenance) {
    return CommandRejected.conflict("MAINTENANCE_NOT_IN_PROGRESS",
        "A manutenção " + maintenance.facts().maintenanceId() + " não está em andamento (" + maintenance.status()
            + "); só uma manutenção em andamento pode ser concluída.");
  }
}
