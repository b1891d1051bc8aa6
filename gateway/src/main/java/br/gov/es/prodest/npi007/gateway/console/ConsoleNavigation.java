package br.gov.es.prodest.npi007.gateway.console;

import br.gov.es.prodest.npi007.gateway.security.GatewayRole;
import java.util.List;

/** The console's menu: what each role's work is (PRODUCT.md, "Who uses it"), its first entry the role's home. */
public final class ConsoleNavigation {

  /** One entry of the menu: a label in Portuguese and where it leads. */
  public record Link(String label, String href) {
  }

  private static final Link OUTBOX = new Link("Caixa de saída", "/console/outbox");
  private static final Link INCIDENTS = new Link("Incidentes", "/console/incidents");
  private static final Link GROUP = new Link("Grupo do WhatsApp", "/console/group");
  private static final Link MAINTENANCES = new Link("Manutenções", "/console/maintenances");
  private static final Link COMPLIANCE = new Link("Conformidade", "/console/compliance");
  private static final Link ORGAN = new Link("Meu órgão", "/console/organ");
  private static final Link ORGANS = new Link("Órgãos", "/console/admin/organs");
  private static final Link COMPONENTS = new Link("Componentes", "/console/admin/components");
  private static final Link GROUP_MEMBERS = new Link("Membros do grupo", "/console/admin/group-members");
  private static final Link STATUS = new Link("Página de status", "/status");

  private ConsoleNavigation() {
  }

  public static List<Link> of(GatewayRole role) {
    return switch (role) {
      case ASCOM -> List.of(OUTBOX, INCIDENTS, GROUP, MAINTENANCES, COMPLIANCE, STATUS);
      case TEAM -> List.of(INCIDENTS, GROUP, MAINTENANCES, COMPLIANCE, STATUS);
      case MANAGEMENT -> List.of(INCIDENTS, COMPLIANCE, MAINTENANCES, STATUS);
      case NOTIFIER -> List.of(ORGAN, STATUS);
      case ADMIN -> List.of(INCIDENTS, OUTBOX, GROUP, MAINTENANCES, COMPLIANCE, ORGANS, COMPONENTS, GROUP_MEMBERS, STATUS);
      case INTEGRATION -> List.of(STATUS);
    };
  }

  /** Where a role lands after signing in. */
  public static String home(GatewayRole role) {
    return of(role).get(0).href();
  }
}
