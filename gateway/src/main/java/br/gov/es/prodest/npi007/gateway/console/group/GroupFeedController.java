package br.gov.es.prodest.npi007.gateway.console.group;

import br.gov.es.prodest.npi007.gateway.component.ComponentCatalogue;
import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import br.gov.es.prodest.npi007.gateway.grouppost.GroupPostActions;
import br.gov.es.prodest.npi007.gateway.grouppost.GroupPostDismissalRequest;
import br.gov.es.prodest.npi007.gateway.grouppost.GroupPostLinkRequest;
import br.gov.es.prodest.npi007.gateway.grouppost.GroupPostQueries;
import br.gov.es.prodest.npi007.gateway.grouppost.GroupPostReportRequest;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The WhatsApp group's feed in the console (issue 14), for TEAM and ASCOM: the pending posts with
 * what can be done with each (register the incident it reports, choosing the component from the
 * catalogue; link its SA number to one of the candidates; dismiss it with a reason), and every post
 * with what it led to. The same services as {@code /api/v1/group-posts}.
 */
@Controller
@RequestMapping(GroupFeedController.PAGE)
class GroupFeedController {

  static final String PAGE = "/console/group";

  private final GroupPostQueries posts;
  private final GroupPostActions actions;
  private final ComponentCatalogue components;

  GroupFeedController(GroupPostQueries posts, GroupPostActions actions, ComponentCatalogue components) {
    this.posts = posts;
    this.actions = actions;
    this.components = components;
  }

  /** The pending posts, then the latest posts ({@code ?depois=} the next page's cursor). */
  @GetMapping
  String page(@RequestParam(name = "depois", required = false) String cursor, Model model) {
    model.addAttribute("pending", posts.list(true, PageRequest.of(null, null)).items());
    var page = posts.list(false, PageRequest.of(null, cursor));
    model.addAttribute("posts", page.items());
    model.addAttribute("next", page.next().orElse(null));
    model.addAttribute("components", components.all());
    return "console/group/feed";
  }

  @PostMapping("/{postId}/incident")
  CompletableFuture<String> report(@PathVariable String postId, @Valid GroupPostReportRequest request,
      BindingResult binding, CurrentUser user, RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, PAGE, flash);
    }
    return ConsoleActions.run(() -> actions.report(postId, request, user), PAGE,
        "Incidente de " + request.component().strip() + " registrado a partir da publicação; a 6.1 segue.", flash);
  }

  @PostMapping("/{postId}/service-request")
  CompletableFuture<String> link(@PathVariable String postId, @Valid GroupPostLinkRequest request,
      BindingResult binding, CurrentUser user, RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, PAGE, flash);
    }
    return ConsoleActions.run(() -> actions.linkServiceRequest(postId, request, user), PAGE,
        "SA vinculada ao incidente escolhido.", flash);
  }

  @PostMapping("/{postId}/dismissal")
  CompletableFuture<String> dismiss(@PathVariable String postId, @Valid GroupPostDismissalRequest request,
      BindingResult binding, CurrentUser user, RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, PAGE, flash);
    }
    return ConsoleActions.run(() -> {
      actions.dismiss(postId, request, user);
      return CompletableFuture.completedFuture(null);
    }, PAGE, "Publicação descartada; o mural a mostra como descartada em instantes.", flash);
  }
}
