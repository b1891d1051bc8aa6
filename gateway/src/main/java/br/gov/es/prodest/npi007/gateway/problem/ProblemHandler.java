package br.gov.es.prodest.npi007.gateway.problem;

import br.gov.es.prodest.npi007.gateway.problem.ExceptionDescriptions.Description;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error raised inside MVC becomes a problem document with a Portuguese detail. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparing(FieldError::getField))
        .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
        .toList();
    return validationProblem(ex, errors, headers, request);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
            "field", String.valueOf(result.getMethodParameter().getParameterName()),
            "message", messageOf(error))))
        .toList();
    return validationProblem(ex, errors, headers, request);
  }

  private ResponseEntity<Object> validationProblem(
      Exception ex, List<Map<String, String>> errors, HttpHeaders headers, WebRequest request) {
    ProblemDetail problem = ProblemDocuments.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
        ApiProblem.validationDetail(errors), pathOf(request));
    problem.setProperty("errors", errors);
    return ProblemDocuments.entity(problem, headers);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
    Description description = ExceptionDescriptions.byStatus(HttpStatus.FORBIDDEN);
    return ProblemDocuments.entity(ProblemDocuments.problem(description.status(), description.code(),
        description.detail(), request.getRequestURI()), HttpHeaders.EMPTY);
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
    Description description = ExceptionDescriptions.describe(ex, HttpStatus.INTERNAL_SERVER_ERROR, request.getRequestURI());
    if (description.status().is5xxServerError()) {
      log.error("Erro inesperado em {} {}", request.getMethod(), request.getRequestURI(), ex);
    }
    return ProblemDocuments.entity(ProblemDocuments.problem(description.status(), description.code(),
        description.detail(), request.getRequestURI()), HttpHeaders.EMPTY);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String path = pathOf(request);
    if (ex instanceof ApiProblem problem) {
      return ProblemDocuments.entity(ProblemDocuments.withInstance(problem.getBody(), path), headers);
    }
    Description description = ExceptionDescriptions.describe(ex, status, path);
    if (description.status().is5xxServerError()) {
      log.error("Erro interno em {}", path, ex);
    }
    return ProblemDocuments.entity(
        ProblemDocuments.problem(description.status(), description.code(), description.detail(), path), headers);
  }

  private static String pathOf(WebRequest request) {
    if (request instanceof NativeWebRequest nativeRequest) {
      HttpServletRequest servletRequest = nativeRequest.getNativeRequest(HttpServletRequest.class);
      if (servletRequest != null) {
        return servletRequest.getRequestURI();
      }
    }
    return null;
  }

  private static String messageOf(MessageSourceResolvable error) {
    return String.valueOf(error.getDefaultMessage());
  }
}
