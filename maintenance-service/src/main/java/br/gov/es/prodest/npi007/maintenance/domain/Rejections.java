package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.AggregateName;
import br.gov.es.prodest.npi007.aggregate.CommandRejected;
import br.gov.es.prodest.npi007.aggregate.CommonRejections;
import java.time.Duration;
import java.util.List;

/** The refusals of the maintenance lifecycle, each with its reason code and a detail in Portuguese. */
final class Rejections {

  static final AggregateName NAME = new AggregateName("MAINTENANCE", "a", "manutenção");

  private Rejections() {
  }

  static CommandRejected alreadyExists(MaintenanceCommand command) {
    return new CommandRejected(Kind.CONFLICT, "MAINTENANCE_ALREADY_EXISTS",
        "A manutenção " + command.maintenanceId() + " já foi solicitada por outro comando.");
  }

  static CommandRejected endNotAfterStart(Window window) {
    return new CommandRejected(Kind.RULE_VIOLATED, "WINDOW_END_NOT_AFTER_START",
        "O fim da manutenção (" + LocalTimes.of(window.end()) + ") deve ser posterior ao seu início ("
            + LocalTimes.of(window.start()) + ").");
  }

  static CommandRejected notInFuture(Window window) {
    return new CommandRejected(Kind.RULE_VIOLATED, "WINDOW_NOT_IN_FUTURE",
        "A manutenção deve começar no futuro: o início informado (" + LocalTimes.of(window.start())
            + ") já passou.");
  }

  static CommandRejected noticeTooShort(Duration minimum, Duration given) {
    return new CommandRejected(Kind.RULE_VIOLATED, "NOTICE_TOO_SHORT",
        "O aviso mínimo é de " + LocalTimes.of(minimum) + "; para uma manutenção com aviso menor, informe"
            + " urgent=true. (Aviso dado: " + LocalTimes.of(given) + ".)");
  }

  static CommandRejected closed(ExistingMaintenance maintenance) {
    return new CommandRejected(Kind.CONFLICT, "MAINTENANCE_CLOSED",
        "A manutenção " + maintenance.facts().maintenanceId() + " está encerrada (" + maintenance.status()
            + ") e não aceita esta ação.");
  }

  static CommandRejected alreadyStarted(ExistingMaintenance maintenance) {
    return new CommandRejected(Kind.CONFLICT, "MAINTENANCE_ALREADY_STARTED",
        "A manutenção " + maintenance.facts().maintenanceId() + " já começou (" + LocalTimes.of(
            maintenance.facts().window().start()) + ") e não pode ser reagendada; cancele-a ou conclua-a.");
  }

  static CommandRejected notInProgress(ExistingMaintenance maintenance) {
    return new CommandRejected(Kind.CONFLICT, "MAINTENANCE_NOT_IN_PROGRESS",
        "A manutenção " + maintenance.facts().maintenanceId() + " não está em andamento (" + maintenance.status()
            + "); só uma manutenção em andamento pode ser concluída.");
  }
}
