package br.gov.es.prodest.npi007.gateway.console.admin;

import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import br.gov.es.prodest.npi007.gateway.groupmember.GroupMemberDirectory;
import br.gov.es.prodest.npi007.gateway.groupmember.GroupMemberRegistered;
import br.gov.es.prodest.npi007.gateway.groupmember.GroupMemberRegistration;
import br.gov.es.prodest.npi007.gateway.groupmember.GroupMemberRequest;
import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN's directory of the WhatsApp group's members (issue 14): who posts from each number, for
 * which organ; the same registration as {@code /api/v1/group-members} (same checks, same events;
 * a removal erases the number from its topic). Only ADMIN sees the numbers.
 */
@Controller
class GroupMembersAdminController {

  static final String PAGE = "/console/admin/group-members";

  private final GroupMemberDirectory directory;
  private final GroupMemberRegistration registration;
  private final OrganCatalogue organs;

  GroupMembersAdminController(GroupMemberDirectory directory, GroupMemberRegistration registration,
      OrganCatalogue organs) {
    this.directory = directory;
    this.registration = registration;
    this.organs = organs;
  }

  @GetMapping(PAGE)
  String members(Model model) {
    model.addAttribute("members", directory.all());
    model.addAttribute("organs", organs.all());
    // one key per rendering: a double submit of the form is one change
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    return "console/admin/group-members";
  }

  @PostMapping(PAGE)
  String save(@RequestParam(defaultValue = "") String number, @RequestParam(required = false) String name,
      @RequestParam(required = false) String organ, @RequestParam(required = false) String idempotencyKey,
      CurrentUser user, RedirectAttributes flash) {
    try {
      GroupMemberRegistered registered = registration.register(number, new GroupMemberRequest(name, organ), user,
          idempotencyKey);
      flash.addFlashAttribute(ConsoleActions.SUCCESS, (registered.created() ? "Membro incluído: " : "Membro alterado: ")
          + registered.member().name() + " (" + registered.member().organ() + ").");
    } catch (RuntimeException refused) {
      flash.addFlashAttribute(ConsoleActions.ERROR, ConsoleActions.reasonOf(refused));
    }
    return "redirect:" + PAGE;
  }

  @PostMapping(PAGE + "/{number}/removal")
  String remove(@PathVariable String number, RedirectAttributes flash) {
    try {
      registration.remove(number);
      flash.addFlashAttribute(ConsoleActions.SUCCESS, "Membro removido; o número foi apagado do cadastro.");
    } catch (RuntimeException refused) {
      flash.addFlashAttribute(ConsoleActions.ERROR, ConsoleActions.reasonOf(refused));
    }
    return "redirect:" + PAGE;
  }
}
