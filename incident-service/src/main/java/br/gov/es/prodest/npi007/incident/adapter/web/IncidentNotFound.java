package br.gov.es.prodest.npi007.incident.adapter.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No incident has the id: 404, as an RFC 9457 problem document. */
public final class IncidentNotFound extends ErrorResponseException {

  public IncidentNotFound(String id) {
    super(HttpStatus.NOT_FOUND, problem(id), null);
  }

  private static ProblemDetail problem(String id) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "Incidente " + id + " não encontrado.");
    problem.setTitle("Incidente não encontrado");
    return problem;
  }
}
