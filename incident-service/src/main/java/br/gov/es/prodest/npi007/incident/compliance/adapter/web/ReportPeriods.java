package br.gov.es.prodest.npi007.incident.compliance.adapter.web;

import br.gov.es.prodest.npi007.incident.application.ReportPeriod;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The {@code from} and {@code until} parameters of a list as a period; a bad one is a 400 problem document. */
final class ReportPeriods {

  private ReportPeriods() {
  }

  static ReportPeriod of(String from, String until) {
    Instant start = instant("from", from);
    Instant end = instant("until", until);
    if (start != null && end != null && !start.isBefore(end)) {
      throw invalid("O início do período (from) deve ser anterior ao fim (until).");
    }
    return new ReportPeriod(start, end);
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw invalid("O parâmetro " + name + " deve ser um instante ISO-8601, por exemplo 2025-03-01T00:00:00Z.");
    }
  }

  private static ErrorResponseException invalid(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Período inválido");
    problem.setProperty("code", "INVALID_PERIOD");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }
}
