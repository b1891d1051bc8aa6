package br.gov.es.prodest.npi007.gateway.groupmember;

import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.internalapi.PagedResponses;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WhatsApp group's member directory (issue 14; PRODUCT.md, "Group members"), ADMIN only: the
 * numbers are personal data (LGPD).
 */
@RestController
@RequestMapping("/api/v1/group-members")
@Tag(name = "Membros do grupo", description = "Cadastro dos membros do grupo do WhatsApp: número, nome e órgão (só ADMIN)")
public class GroupMemberController {

  private final GroupMemberDirectory directory;
  private final GroupMemberRegistration registration;

  public GroupMemberController(GroupMemberDirectory directory, GroupMemberRegistration registration) {
    this.directory = directory;
    this.registration = registration;
  }

  @GetMapping
  @Operation(summary = "Lista os membros cadastrados, pelo número")
  public ResponseEntity<List<GroupMember>> list(
      @Parameter(description = "Itens por página: de 1 a 500 (padrão 50)") @RequestParam(required = false) String limit,
      @Parameter(description = "Onde a página começa: o valor do cabeçalho Link (rel=\"next\") da página anterior")
      @RequestParam(required = false) String cursor,
      HttpServletRequest http) {
    PageRequest page = PageRequest.of(limit, cursor);
    return PagedResponses.ok(directory.page(page.cursor(), page.limit()), page, http);
  }

  @GetMapping("/{number}")
  @Operation(summary = "Um membro, pelo número (só dígitos, com o código do país; +, espaços e hífens são ignorados)")
  public GroupMember one(@PathVariable String number) {
    return GroupMemberChange.number(number).flatMap(directory::find)
        .orElseThrow(() -> GroupMemberRegistration.notFound(number));
  }

  @PutMapping(path = "/{number}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Cadastra ou altera um membro; responde quando o cadastro já mostra a alteração",
      description = "201 quando o número é novo, 200 quando altera um membro; 422 com os campos inválidos "
          + "(número que não é telefone, nome vazio, órgão fora do catálogo).")
  public ResponseEntity<GroupMember> put(@PathVariable String number, @RequestBody GroupMemberRequest request,
      @Parameter(description = "Repetir com a mesma chave não grava a alteração de novo")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Parameter(hidden = true) CurrentUser user) {
    GroupMemberRegistered registered = registration.register(number, request, user, idempotencyKey);
    if (registered.created()) {
      return ResponseEntity.created(URI.create("/api/v1/group-members/" + registered.member().number()))
          .body(registered.member());
    }
    return ResponseEntity.ok(registered.member());
  }

  @DeleteMapping("/{number}")
  @Operation(summary = "Remove um membro e apaga o número do tópico do cadastro (LGPD); 204, ou 404 se não existe")
  public ResponseEntity<Void> delete(@PathVariable String number) {
    registration.remove(number);
    return ResponseEntity.noContent().build();
  }
}
