package br.gov.es.prodest.npi007.incident.compliance.domain;

/**
 * How long after the report each step came, in whole seconds; null while it has not happened.
 *
 * @param reportToAcknowledgementSeconds until 6.1 reached the group
 * @param reportToTriageSeconds          until the team's verdict
 * @param reportToRestorationMessageSeconds until 6.4 reached the group
 */
public record ComplianceTimings(
    Long reportToAcknowledgementSeconds,
    Long reportToTriageSeconds,
    Long reportToRestorationMessageSeconds) {
}
