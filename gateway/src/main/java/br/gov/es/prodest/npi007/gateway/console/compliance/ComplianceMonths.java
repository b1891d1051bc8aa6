package br.gov.es.prodest.npi007.gateway.console.compliance;

import br.gov.es.prodest.npi007.gateway.console.ConsoleFormat;
import br.gov.es.prodest.npi007.gateway.incident.compliance.IncidentCompliance;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.paging.Page;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A month of São Paulo's calendar, and every compliance row of the incidents reported in it, read
 * page by page from the gateway's compliance service (the incident-service keeps {@code [from, until)}).
 */
@Component
class ComplianceMonths {

  private final IncidentCompliance compliance;
  private final Clock clock;

  ComplianceMonths(IncidentCompliance compliance, Clock clock) {
    this.compliance = compliance;
    this.clock = clock;
  }

  /** The month asked for ({@code 2026-12}), or the current month in São Paulo when none. */
  YearMonth month(String asked) {
    if (asked == null || asked.isBlank()) {
      return YearMonth.now(clock.withZone(ConsoleFormat.SAO_PAULO));
    }
    try {
      return YearMonth.parse(asked.strip());
    } catch (DateTimeParseException notAMonth) {
      throw ApiProblem.badRequest("INVALID_MONTH", "O mês deve ser informado como AAAA-MM, por exemplo 2026-12.");
    }
  }

  List<ComplianceRow> rows(YearMonth month) {
    String from = month.atDay(1).atStartOfDay(ConsoleFormat.SAO_PAULO).toInstant().toString();
    String until = month.plusMonths(1).atDay(1).atStartOfDay(ConsoleFormat.SAO_PAULO).toInstant().toString();
    List<ComplianceRow> rows = new ArrayList<>();
    String cursor = null;
    do {
      Page<JsonNode> page = compliance.list(null, null, from, until, new PageRequest(PageRequest.MAX_LIMIT, cursor));
      page.items().forEach(item -> rows.add(ComplianceRow.of(item)));
      cursor = page.next().orElse(null);
    } while (cursor != null);
    return rows;
  }
}
