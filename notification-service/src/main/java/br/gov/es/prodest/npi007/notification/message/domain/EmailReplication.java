package br.gov.es.prodest.npi007.notification.message.domain;

import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The messages the group gets on WhatsApp that the organs also get by e-mail (NPI-007 3.3,
 * {@code NPI007_EMAIL_REPLICATION}).
 */
public record EmailReplication(Set<MessageTemplate> replicated) {

  /** The catalogue's default (6.3, 6.4 and 6.6): {@link NormMessage#replicatedByEmailByDefault()}. */
  public static final EmailReplication DEFAULT = new EmailReplication(NormMessage.replicatedByEmailByDefault()
      .stream().map(MessageTemplate::of).collect(Collectors.toSet()));

  public EmailReplication {
    replicated = Set.copyOf(replicated);
  }

  /** From the norm's ids, e.g. {@code 6.3}; an unknown id is refused. */
  public static EmailReplication ofIds(Collection<String> ids) {
    return new EmailReplication(ids.stream().map(String::strip).filter(id -> !id.isEmpty())
        .map(id -> MessageTemplate.byId(id).orElseThrow(() ->
            new IllegalArgumentException("mensagem desconhecida em NPI007_EMAIL_REPLICATION: " + id)))
        .collect(Collectors.toSet()));
  }

  /** The channels the message goes through: the norm's, and e-mail when it is replicated. */
  public Set<Channel> channelsOf(MessageTemplate message) {
    Set<Channel> channels = EnumSet.copyOf(message.channels());
    if (replicated.contains(message)) {
      channels.add(Channel.EMAIL);
    }
    return channels;
  }
}
