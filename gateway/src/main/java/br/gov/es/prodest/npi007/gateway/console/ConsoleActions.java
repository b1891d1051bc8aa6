package br.gov.es.prodest.npi007.gateway.console;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A console form does what the API's endpoint does, through the same gateway service (same
 * validation, same command, same refusals), and answers Post/Redirect/Get: back to a page that shows
 * either the success line or the refusal's reason in Portuguese, as the service worded it.
 */
public final class ConsoleActions {

  /** Flash attributes the layout shows above the content. */
  public static final String SUCCESS = "success";
  public static final String ERROR = "error";

  private static final Logger log = LoggerFactory.getLogger(ConsoleActions.class);
  private static final String UNEXPECTED = "Não foi possível concluir a ação agora; tente novamente em instantes.";

  private ConsoleActions() {
  }

  /**
   * Runs the action (a command's future, or a synchronous call wrapped in one) and redirects to
   * {@code target}: with {@code success} when it was accepted, with the refusal's detail when not.
   */
  public static CompletableFuture<String> run(Supplier<? extends CompletableFuture<?>> action, String target,
      String success, RedirectAttributes flash) {
    CompletableFuture<?> outcome;
    try {
      outcome = action.get();
    } catch (RuntimeException refused) {
      outcome = CompletableFuture.failedFuture(refused);
    }
    return outcome.handle((ignored, failure) -> {
      if (failure == null) {
        flash.addFlashAttribute(SUCCESS, success);
      } else {
        flash.addFlashAttribute(ERROR, reasonOf(failure));
      }
      return "redirect:" + target;
    });
  }

  /** The form's fields that fail the API's own constraints, as one sentence; the action is not run. */
  public static CompletableFuture<String> invalid(BindingResult binding, String target, RedirectAttributes flash) {
    String fields = binding.getFieldErrors().stream()
        .map(error -> error.getField() + " " + error.getDefaultMessage())
        .collect(Collectors.joining("; "));
    flash.addFlashAttribute(ERROR, "Dados inválidos: " + fields + ".");
    return CompletableFuture.completedFuture("redirect:" + target);
  }

  /** The Portuguese reason of a refusal (a problem document's detail); anything else is logged and worded generically. */
  public static String reasonOf(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof ErrorResponseException problem && problem.getBody().getDetail() != null) {
      return problem.getBody().getDetail();
    }
    log.warn("Ação do console falhou: {}", cause.toString());
    return UNEXPECTED;
  }
}
