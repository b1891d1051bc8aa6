package br.gov.es.prodest.npi007.gateway.grouppost;

import br.gov.es.prodest.npi007.gateway.incident.IncidentAccepted;
import br.gov.es.prodest.npi007.gateway.incident.lifecycle.IncidentChanged;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.internalapi.PagedResponses;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WhatsApp group's feed (issue 14), for TEAM and ASCOM: every post with what it led to, and
 * the pending ones, which they turn into a report, link to an incident, or dismiss.
 */
@RestController
@RequestMapping("/api/v1/group-posts")
@Tag(name = "Grupo do WhatsApp", description = "Mural do grupo: publicações, o que geraram e sugestões pendentes")
public class GroupPostController {

  private final GroupPostQueries queries;
  private final GroupPostActions actions;

  public GroupPostController(GroupPostQueries queries, GroupPostActions actions) {
    this.queries = queries;
    this.actions = actions;
  }

  @GetMapping
  @Operation(summary = "Lista as publicações do grupo, da mais recente à mais antiga",
      description = "pending=true: só as que aguardam a equipe (possível relato, ou SA a vincular)")
  public ResponseEntity<List<GroupPostView>> list(
      @Parameter(description = "Só as pendentes") @RequestParam(required = false) Boolean pending,
      @Parameter(description = "Itens por página: de 1 a 500 (padrão 50)") @RequestParam(required = false) String limit,
      @Parameter(description = "Onde a página começa: o valor do cabeçalho Link (rel=\"next\") da página anterior")
      @RequestParam(required = false) String cursor,
      HttpServletRequest http) {
    PageRequest page = PageRequest.of(limit, cursor);
    return PagedResponses.ok(queries.list(Boolean.TRUE.equals(pending), page), page, http);
  }

  @GetMapping("/{postId}")
  @Operation(summary = "Uma publicação do grupo e o que ela gerou")
  public GroupPostView one(@PathVariable String postId) {
    return queries.one(postId);
  }

  @PostMapping(path = "/{postId}/incident", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Registra o incidente relatado na publicação (possível relato pendente)",
      description = "O órgão e quem relatou vêm do cadastro de membros, a descrição é o texto publicado, a origem é "
          + "WHATSAPP_GROUP (6.1 segue). 409 se a publicação não aguarda um relato.")
  public CompletableFuture<ResponseEntity<IncidentAccepted>> report(@PathVariable String postId,
      @Valid @RequestBody GroupPostReportRequest request, @Parameter(hidden = true) CurrentUser user) {
    return actions.report(postId, request, user)
        .thenApply(accepted -> ResponseEntity.created(URI.create("/api/v1/incidents/" + accepted.id())).body(accepted));
  }

  @PostMapping(path = "/{postId}/service-request", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Vincula a SA publicada ao incidente escolhido pela equipe (SA pendente)")
  public CompletableFuture<IncidentChanged> linkServiceRequest(@PathVariable String postId,
      @Valid @RequestBody GroupPostLinkRequest request, @Parameter(hidden = true) CurrentUser user) {
    return actions.linkServiceRequest(postId, request, user);
  }

  @PostMapping(path = "/{postId}/dismissal", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Descarta a sugestão: a publicação não gera incidente; 202, o mural mostra em instantes")
  public ResponseEntity<Map<String, String>> dismiss(@PathVariable String postId,
      @Valid @RequestBody GroupPostDismissalRequest request, @Parameter(hidden = true) CurrentUser user) {
    actions.dismiss(postId, request, user);
    return ResponseEntity.accepted().body(Map.of("postId", postId, "situation", "DISMISSED"));
  }
}
