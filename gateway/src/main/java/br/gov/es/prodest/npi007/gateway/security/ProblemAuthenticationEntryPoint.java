package br.gov.es.prodest.npi007.gateway.security;

import br.gov.es.prodest.npi007.gateway.problem.ProblemDocuments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as a problem document, with the challenges of the door's schemes (Basic, Bearer). */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

  static final String BASIC = "Basic realm=\"npi007\", charset=\"UTF-8\"";
  static final String BEARER = "Bearer realm=\"npi007\"";

  private final ProblemDocuments documents;
  private final List<String> challenges;

  ProblemAuthenticationEntryPoint(ProblemDocuments documents) {
    this(documents, List.of(BASIC));
  }

  ProblemAuthenticationEntryPoint(ProblemDocuments documents, List<String> challenges) {
    this.documents = documents;
    this.challenges = challenges;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
      throws IOException {
    challenges.forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE,
        // RFC 6750 3.1: a token was presented and refused
        challenge.equals(BEARER) && reason instanceof OAuth2AuthenticationException
            ? challenge + ", error=\"invalid_token\"" : challenge));
    documents.write(response, ProblemDocuments.problem(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", detail(reason),
        request.getRequestURI()));
  }

  private static String detail(AuthenticationException reason) {
    if (reason instanceof IdentityClaims.RefusedIdentityException refused) {
      return refused.getError().getDescription();
    }
    if (reason instanceof OAuth2AuthenticationException) {
      // the library's own reason (expired, bad signature, other issuer) is English and says too much
      return "O token de acesso é inválido, expirou ou não foi emitido pelo provedor de identidade configurado.";
    }
    return reason instanceof BadCredentialsException
        ? "Usuário ou senha inválidos."
        : "É preciso autenticar-se para acessar este recurso.";
  }
}
