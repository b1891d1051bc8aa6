package br.gov.es.prodest.npi007.gateway.security;

import br.gov.es.prodest.npi007.gateway.problem.PeoplePages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 403 on a console page or form: the container's error page then shows it as a page in Portuguese
 * (PeoplePages), saying whether the role may not do it or the form lacked its CSRF token.
 */
class ConsoleAccessDeniedHandler implements AccessDeniedHandler {

  static final String NOT_ALLOWED = "Seu perfil não tem permissão para esta página ou ação.";
  static final String STALE_FORM = "O formulário não trouxe o código de segurança desta sessão (CSRF): "
      + "ele pode ter expirado ou vindo de outra página. Recarregue a página e envie de novo.";

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    request.setAttribute(PeoplePages.DETAIL, denied instanceof CsrfException ? STALE_FORM : NOT_ALLOWED);
    response.sendError(HttpStatus.FORBIDDEN.value());
  }
}
