package br.gov.es.prodest.npi007.system;

import java.util.List;

/**
 * The console's users as the browser tests sign them in, with the pages each one's menu leads to
 * (the gateway's ConsoleNavigation, but for the public status page, which is walked once, signed
 * out), the first being where the role lands. A page is added here once, and every browser suite
 * that walks the pages scans and photographs it.
 */
final class ConsoleRoles {

  /** A page of the people's side, and the name its screenshot is saved under. */
  record Page(String path, String name) {
  }

  /** A standalone user of one role and the pages of its menu, its home first. */
  record Role(String user, List<Page> pages) {

    String home() {
      return pages.get(0).path();
    }
  }

  static final Page LOGIN = new Page("/login", "entrada");
  static final Page OUTBOX = new Page("/console/outbox", "caixa-de-saida");
  static final Page INCIDENTS = new Page("/console/incidents", "incidentes");
  static final Page MAINTENANCES = new Page("/console/maintenances", "manutencoes");
  static final Page COMPLIANCE = new Page("/console/compliance", "conformidade");
  static final Page ORGAN = new Page("/console/organ", "meu-orgao");
  static final Page ORGANS = new Page("/console/admin/organs", "orgaos");
  static final Page COMPONENTS = new Page("/console/admin/components", "componentes");
  static final Page GROUP = new Page("/console/group", "grupo-do-whatsapp");
  static final Page GROUP_MEMBERS = new Page("/console/admin/group-members", "membros-do-grupo");
  static final Page STATUS = new Page("/status", "status");

  static final Role ASCOM = new Role("ascom", List.of(OUTBOX, INCIDENTS, GROUP, MAINTENANCES, COMPLIANCE));
  static final Role TEAM = new Role("team", List.of(INCIDENTS, GROUP, MAINTENANCES, COMPLIANCE));
  static final Role NOTIFIER = new Role("notifier-sesa", List.of(ORGAN));
  static final Role MANAGEMENT = new Role("management", List.of(INCIDENTS, COMPLIANCE, MAINTENANCES));
  static final Role ADMIN = new Role("admin",
      List.of(INCIDENTS, OUTBOX, MAINTENANCES, COMPLIANCE, ORGANS, COMPONENTS, GROUP_MEMBERS));

  static final List<Role> ALL = List.of(ASCOM, TEAM, NOTIFIER, MANAGEMENT, ADMIN);

  /** What anyone reaches without signing in. */
  static final List<Page> PUBLIC = List.of(LOGIN, STATUS, new Page("/status/components/sistema-e-docs", "status-componente"));

  private ConsoleRoles() {
  }
}
