package br.gov.es.prodest.npi007.gateway.problem;

import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What a client is told, in Brazilian Portuguese, about the framework's own exceptions: the reason
 * code and detail of each, never a stack trace or an internal message.
 */
final class ExceptionDescriptions {

  record Description(HttpStatusCode status, String code, String detail) {
  }

  private ExceptionDescriptions() {
  }

  static Description describe(Exception ex, HttpStatusCode status, String path) {
    Optional<RequestBodyTooLargeException> tooLarge = causeOf(ex, RequestBodyTooLargeException.class);
    if (tooLarge.isPresent()) {
      return tooLarge(tooLarge.get().limit());
    }
    if (causeOf(ex, InvalidParameterException.class).isPresent()) {
      // Tomcat's parameter parsing (query string or form body) failed; the query is normally refused earlier
      return new Description(HttpStatus.BAD_REQUEST, MalformedQueryFilter.CODE,
          "Os parâmetros da requisição não estão codificados corretamente: use UTF-8 com codificação percentual (%XX).");
    }
    if (ex instanceof HttpMessageNotReadableException) {
      return new Description(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST_BODY",
          "O corpo da requisição está ausente ou não é um JSON válido.");
    }
    if (ex instanceof HttpRequestMethodNotSupportedException unsupported) {
      String allowed = unsupported.getSupportedHttpMethods() == null ? ""
          : unsupported.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
      return new Description(status, "METHOD_NOT_ALLOWED",
          "O método " + unsupported.getMethod() + " não é permitido em " + path
              + (allowed.isEmpty() ? "." : "; métodos permitidos: " + allowed + "."));
    }
    if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
      return new Description(status, "UNSUPPORTED_MEDIA_TYPE",
          "O tipo de conteúdo " + (unsupported.getContentType() == null ? "(ausente)" : unsupported.getContentType())
              + " não é aceito; envie application/json.");
    }
    if (ex instanceof HttpMediaTypeNotAcceptableException) {
      return new Description(status, "NOT_ACCEPTABLE",
          "Não há representação no formato pedido em Accept; use application/json.");
    }
    if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
      return new Description(HttpStatus.NOT_FOUND, "ROUTE_NOT_FOUND", "Não existe recurso em " + path + ".");
    }
    if (ex instanceof MissingServletRequestParameterException missing) {
      return new Description(status, "MISSING_PARAMETER",
          "O parâmetro obrigatório " + missing.getParameterName() + " não foi informado.");
    }
    if (ex instanceof MissingRequestHeaderException missing) {
      return new Description(status, "MISSING_HEADER",
          "O cabeçalho obrigatório " + missing.getHeaderName() + " não foi informado.");
    }
    if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
      return new Description(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
          "O valor do parâmetro " + mismatch.getName() + " é inválido.");
    }
    if (ex instanceof MaxUploadSizeExceededException) {
      return tooLarge(-1);
    }
    if (ex instanceof AsyncRequestTimeoutException) {
      return new Description(HttpStatus.SERVICE_UNAVAILABLE, "REQUEST_TIMEOUT",
          "A requisição demorou demais para ser atendida; tente novamente.");
    }
    return byStatus(status);
  }

  static Description tooLarge(long limit) {
    return new Description(HttpStatus.CONTENT_TOO_LARGE, "REQUEST_BODY_TOO_LARGE",
        limit < 0 ? "O corpo da requisição excede o tamanho máximo aceito."
            : "O corpo da requisição excede o tamanho máximo aceito de " + limit + " bytes.");
  }

  static Description byStatus(HttpStatusCode status) {
    return switch (status.value()) {
      case 401 -> new Description(status, "UNAUTHENTICATED",
          "É preciso autenticar-se para acessar este recurso.");
      case 403 -> new Description(status, "FORBIDDEN",
          "Seu perfil não tem permissão para esta operação.");
      case 404 -> new Description(status, "ROUTE_NOT_FOUND", "O recurso pedido não existe.");
      default -> status.is4xxClientError()
          ? new Description(status, "BAD_REQUEST", "A requisição não pôde ser atendida como enviada.")
          : new Description(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
              "Ocorreu um erro interno; tente novamente mais tarde.");
    };
  }

  static <T extends Throwable> Optional<T> causeOf(Throwable ex, Class<T> type) {
    for (Throwable current = ex; current != null; current = current.getCause()) {
      if (type.isInstance(current)) {
        return Optional.of(type.cast(current));
      }
      if (current.getCause() == current) {
        break;
      }
    }
    return Optional.empty();
  }
}
