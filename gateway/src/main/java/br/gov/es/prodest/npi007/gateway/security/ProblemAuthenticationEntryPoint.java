package br.gov.es.prodest.npi007.gateway.security;

import br.gov.es.prodest.npi007.gateway.problem.ProblemDocuments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as a problem document, with the Basic challenge. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  private final ProblemDocuments documents;

  ProblemAuthenticationEntryPoint(ProblemDocuments documents) {
    this.documents = documents;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
      throws IOException {
    String detail = reason instanceof BadCredentialsException
        ? "Usuário ou senha inválidos."
        : "É preciso autenticar-se para acessar este recurso.";
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"npi007\", charset=\"UTF-8\"");
    documents.write(response, ProblemDocuments.problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", detail,
        request.getRequestURI()));
  }
}
