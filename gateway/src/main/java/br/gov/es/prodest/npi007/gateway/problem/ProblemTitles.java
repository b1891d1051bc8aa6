package br.gov.es.prodest.npi007.gateway.problem;

import org.springframework.http.HttpStatusCode;

/** The localized HTTP status phrase, used as the title of {@code about:blank} problems (RFC 9457 4.2.1). */
public final class ProblemTitles {

  private ProblemTitles() {
  }

  public static String of(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "Requisição inválida";
      case 401 -> "Não autenticado";
      case 403 -> "Acesso negado";
      case 404 -> "Não encontrado";
      case 405 -> "Método não permitido";
      case 406 -> "Formato de resposta não aceitável";
      case 409 -> "Conflito";
      case 413 -> "Corpo da requisição grande demais";
      case 415 -> "Tipo de conteúdo não suportado";
      case 422 -> "Requisição não processável";
      case 503 -> "Serviço indisponível";
      default -> status.is4xxClientError() ? "Requisição recusada" : "Erro interno";
    };
  }
}
