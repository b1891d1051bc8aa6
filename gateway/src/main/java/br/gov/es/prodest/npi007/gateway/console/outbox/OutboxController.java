package br.gov.es.prodest.npi007.gateway.console.outbox;

import br.gov.es.prodest.npi007.gateway.command.CommandConditions;
import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import br.gov.es.prodest.npi007.gateway.notification.NotificationQueries;
import br.gov.es.prodest.npi007.gateway.notification.review.ApprovalRequest;
import br.gov.es.prodest.npi007.gateway.notification.review.NotificationReview;
import br.gov.es.prodest.npi007.gateway.notification.review.PostedRequest;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * ASCOM's outbox (NPI-007 5.2.2): the messages waiting for review first, each message's text per
 * channel, its review (edit, approve, or posted by hand) through the API's own service, and its
 * deliveries.
 */
@Controller
@RequestMapping("/console/outbox")
class OutboxController {

  private static final String HTMX = "HX-Request";

  private final OutboxOverview overview;
  private final NotificationQueries queries;
  private final NotificationReview review;

  OutboxController(OutboxOverview overview, NotificationQueries queries, NotificationReview review) {
    this.overview = overview;
    this.queries = queries;
    this.review = review;
  }

  @GetMapping
  String list(Model model) {
    pending(model);
    model.addAttribute("recent", overview.recent());
    return "console/outbox/list";
  }

  /** The pending list alone, polled by htmx so a new message shows up without a reload. */
  @GetMapping("/pending")
  String pendingFragment(Model model) {
    pending(model);
    return "console/outbox/list :: pendentes";
  }

  @GetMapping("/{id}")
  String message(@PathVariable String id, Model model) {
    return show(OutboxMessage.of(queries.one(id)), null, model);
  }

  /** The review form's text against the rendered one: the diff section for htmx, the whole page without JavaScript. */
  @PostMapping("/{id}/diff")
  String diff(@PathVariable String id, @ModelAttribute("form") ApprovalRequest form,
      @RequestHeader(name = HTMX, required = false) String htmx, Model model) {
    OutboxMessage message = OutboxMessage.of(queries.one(id));
    if (htmx != null) {
      model.addAttribute("diffs", OutboxEdits.diffs(message, form));
      return "console/outbox/message :: diferencas";
    }
    return show(message, form, model);
  }

  @PostMapping("/{id}/approval")
  CompletableFuture<String> approve(@PathVariable String id, @Valid @ModelAttribute("form") ApprovalRequest form,
      BindingResult binding, @RequestParam(required = false) String idempotencyKey, CurrentUser user,
      RedirectAttributes flash) {
    String target = page(id);
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, target, flash);
    }
    return ConsoleActions.run(() -> {
      ApprovalRequest approval = OutboxEdits.approval(form, OutboxMessage.of(queries.one(id)));
      return review.approve(id, approval, user, new CommandConditions(idempotencyKey, null));
    }, target, "Mensagem aprovada para envio.", flash);
  }

  @PostMapping("/{id}/posted")
  CompletableFuture<String> markPosted(@PathVariable String id, @Valid @ModelAttribute("posted") PostedRequest posted,
      BindingResult binding, @RequestParam(required = false) String idempotencyKey, CurrentUser user,
      RedirectAttributes flash) {
    String target = page(id);
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, target, flash);
    }
    return ConsoleActions.run(() -> review.markPosted(id, posted, user, new CommandConditions(idempotencyKey, null)),
        target, "Registrado: a mensagem foi publicada manualmente.", flash);
  }

  private void pending(Model model) {
    OutboxOverview.Pending pending = overview.pending();
    model.addAttribute("pending", pending.messages());
    model.addAttribute("pendingMore", pending.more());
  }

  /** The message's page; {@code form} is the review form being compared, null for the text as it is now. */
  private static String show(OutboxMessage message, ApprovalRequest form, Model model) {
    model.addAttribute("message", message);
    model.addAttribute("diffs", OutboxEdits.diffs(message, form));
    model.addAttribute("whatsappText", proposed(form == null || form.text() == null ? null : form.text().whatsapp(),
        message.whatsapp()));
    model.addAttribute("emailText", proposed(form == null || form.text() == null ? null : form.text().email(),
        message.email()));
    model.addAttribute("subjectText", proposed(form == null ? null : form.subject(), message.subject()));
    // one key per form and page: a double submit is one command (CommandConditions)
    model.addAttribute("approvalKey", UUID.randomUUID().toString());
    model.addAttribute("postedKey", UUID.randomUUID().toString());
    return "console/outbox/message";
  }

  private static String proposed(String fromForm, String current) {
    return fromForm == null ? current : OutboxEdits.lines(fromForm);
  }

  private static String page(String id) {
    return "/console/outbox/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
  }
}
