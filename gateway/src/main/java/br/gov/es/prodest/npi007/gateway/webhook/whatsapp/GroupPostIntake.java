package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostReceived;
import br.gov.es.prodest.npi007.gateway.groupmember.GroupMember;
import br.gov.es.prodest.npi007.gateway.groupmember.GroupMemberDirectory;
import br.gov.es.prodest.npi007.gateway.webhook.IntakeChannel;
import br.gov.es.prodest.npi007.schemas.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Records the posts of the configured WhatsApp group (issue 14): each post of the group
 * ({@code NPI007_WHATSAPP_RECIPIENT}) becomes a {@link GroupPostReceived} on the group-posts topic,
 * keyed by the provider's message id, with the sender's name and organ from the member directory;
 * the webhook answers only once the broker holds them all. A resent post is written again under
 * the same key and the incident-service decides it once. Posts of other chats, PRODEST's own and
 * those without an id are not recorded, only counted ({@code npi007_whatsapp_posts_total}).
 */
@Component
class GroupPostIntake {

  private final IntakeChannel channel;
  private final GroupMemberDirectory members;
  private final String group;
  private final MeterRegistry meters;
  private final Clock clock;

  GroupPostIntake(IntakeChannel channel, GroupMemberDirectory members, WhatsAppWebhookProperties properties,
      MeterRegistry meters) {
    this.channel = channel;
    this.members = members;
    this.group = properties.group() == null ? "" : properties.group().strip();
    this.meters = meters;
    this.clock = Clock.systemUTC();
  }

  /** Writes the group's posts and answers how many were recorded. */
  int record(String provider, List<InboundPost> posts) {
    List<IntakeChannel.Intake> records = new ArrayList<>();
    for (InboundPost post : posts) {
      Optional<String> ignored = reasonToIgnore(post);
      if (ignored.isPresent()) {
        count(provider, ignored.get());
      } else {
        records.add(new IntakeChannel.Intake(post.id(), received(provider, post)));
      }
    }
    if (!records.isEmpty()) {
      channel.write(Topics.GROUP_POSTS, records);
      records.forEach(record -> count(provider, "recorded"));
    }
    return records.size();
  }

  private Optional<String> reasonToIgnore(InboundPost post) {
    if (group.isEmpty()) {
      return Optional.of("group-not-configured");
    } else if (post.chat() == null || !group.equals(post.chat())) {
      return Optional.of("other-chat");
    } else if (post.own()) {
      return Optional.of("own-post");
    } else if (post.id() == null || post.id().isBlank() || post.sender() == null || post.sender().isBlank()) {
      return Optional.of("incomplete");
    }
    return Optional.empty();
  }

  private GroupPostReceived received(String provider, InboundPost post) {
    Optional<GroupMember> member = members.find(post.sender());
    return GroupPostReceived.newBuilder()
        .setPostId(post.id())
        .setProvider(provider)
        .setGroup(group)
        .setSender(post.sender())
        .setSenderName(post.senderName())
        .setMemberName(member.map(GroupMember::name).orElse(null))
        .setMemberOrgan(member.map(GroupMember::organ).orElse(null))
        .setPostedAt(post.postedAt() == null ? clock.instant() : post.postedAt())
        .setReceivedAt(clock.instant())
        .setKind(post.kind() == null ? "unknown" : post.kind())
        .setText(post.text())
        .setReplyTo(post.replyTo())
        .build();
  }

  private void count(String provider, String outcome) {
    Counter.builder("npi007.whatsapp.posts").description("Publicações recebidas pelos webhooks do WhatsApp, por desfecho")
        .tag("provider", provider).tag("outcome", outcome).register(meters).increment();
  }
}
