package br.gov.es.prodest.npi007.gateway.status.subscription;

import br.gov.es.prodest.npi007.gateway.status.PublicComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the subscription form sends, and its checks: an e-mail of at most 254 characters with one
 * {@code @}, a dotted domain and no spaces or control characters (the real check is the confirmation
 * mail), and either every service or at least one of the public ones.
 *
 * @param email      as typed, stripped
 * @param scope      {@value #ALL} or {@value #CHOSEN}
 * @param components the chosen slugs (ignored for {@value #ALL})
 */
record SubscriptionForm(String email, String scope, List<String> components) {

  static final String ALL = "todos";
  static final String CHOSEN = "escolhidos";
  static final int MAX_EMAIL = 254;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}.]+(\\.[^@\\s\\p{Cntrl}.]+)+");

  SubscriptionForm {
    email = email == null ? "" : email.strip();
    scope = CHOSEN.equals(scope) ? CHOSEN : ALL;
    components = components == null ? List.of() : List.copyOf(new LinkedHashSet<>(components));
  }

  static SubscriptionForm empty() {
    return new SubscriptionForm("", ALL, List.of());
  }

  /** The field errors, in Portuguese, by field name; empty when the form is valid. */
  Map<String, String> errors(List<PublicComponent> published) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (email.isEmpty()) {
      errors.put("email", "Informe o endereço de e-mail.");
    } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
      errors.put("email", "Informe um endereço de e-mail válido, como nome@exemplo.es.gov.br.");
    }
    if (CHOSEN.equals(scope)) {
      Set<String> known = published.stream().map(PublicComponent::slug).collect(Collectors.toSet());
      if (components.isEmpty()) {
        errors.put("components", "Escolha ao menos um serviço, ou todos os serviços.");
      } else if (!known.containsAll(components)) {
        errors.put("components", "Escolha apenas serviços da lista.");
      }
    }
    return errors;
  }

  /** The slugs to store: empty means every public component. */
  List<String> chosenComponents() {
    return ALL.equals(scope) ? List.of() : new ArrayList<>(components);
  }
}
