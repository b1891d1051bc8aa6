package br.gov.es.prodest.npi007.incident.compliance.application;

import br.gov.es.prodest.npi007.incident.application.IncidentFilter;
import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.incident.application.ReportPeriod;
import br.gov.es.prodest.npi007.incident.compliance.domain.ComplianceDeadlines;
import br.gov.es.prodest.npi007.incident.compliance.domain.ComplianceReport;
import br.gov.es.prodest.npi007.incident.compliance.domain.NormCompliance;
import br.gov.es.prodest.npi007.incident.messages.application.IncidentMessages;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Read model answering "did each incident get the messages the norm requires, and how soon?"
 * (PRODUCT.md, "Compliance view"), computed on demand from the incident register and the
 * incidents' messages, at the clock's present: what is past its deadline is missing, what is
 * not is pending.
 */
public final class ComplianceView {

  private final IncidentRegister register;
  private final IncidentMessages messages;
  private final ComplianceDeadlines deadlines;
  private final Clock clock;

  public ComplianceView(IncidentRegister register, IncidentMessages messages, ComplianceDeadlines deadlines,
      Clock clock) {
    this.register = register;
    this.messages = messages;
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The incident against the norm, or empty when there is no such incident. */
  public Optional<ComplianceReport> of(String incidentId) {
    return register.history(incidentId)
        .map(history -> NormCompliance.assess(history, messages.messagesOf(incidentId), deadlines, clock.instant()));
  }

  /**
   * One page of the incidents reported in the period, newest report first; {@code missing} keeps
   * only those with (or without) a required message past its deadline, {@code unit} only those the
   * unit of this code is responsible for (issue 15). Each incident is assessed only when the walk
   * reaches it, and the walk covers only the period's stretch of the report-time index (the unit's
   * own index when a unit is asked): with a period (a month) a page that finds few matches stops at
   * the period's start, not at the first incident ever.
   */
  public Page<ComplianceReport> page(Boolean missing, String unit, ReportPeriod period, PageRequest request) {
    IncidentFilter ofUnit = new IncidentFilter(null, null, null, null, null, unit);
    return register.page("compliance", ofUnit, period, request, view -> of(view.id())
        .filter(report -> missing == null || report.missesAny() == missing));
  }
}
