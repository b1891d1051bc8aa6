package br.gov.es.prodest.npi007.gateway.security;

import br.gov.es.prodest.npi007.gateway.problem.ProblemDocuments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as a problem document. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

  private final ProblemDocuments documents;

  ProblemAccessDeniedHandler(ProblemDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    documents.write(response, ProblemDocuments.problem(HttpStatus.FORBIDDEN, "FORBIDDEN",
        "Seu perfil não tem permissão para esta operação.", request.getRequestURI()));
  }
}
