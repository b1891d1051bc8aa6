package br.gov.es.prodest.npi007.gateway.status;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * The status page's Atom feeds (RFC 4287), written by Rome: one entry per public update of an
 * incident or per maintenance change, with ids that stay the same across the service's replays.
 */
final class StatusFeeds {

  static final String ATOM = "application/atom+xml;charset=UTF-8";
  private static final String ID_PREFIX = "urn:npi007:status:";
  private static final String AUTHOR = "PRODEST";

  private StatusFeeds() {
  }

  /**
   * @param feedId   the feed's own stable id, after the urn prefix ("all", "component:siga")
   * @param selfUrl  the feed's absolute URL
   * @param pageUrl  the page the feed follows
   * @param baseUrl  the gateway's absolute base, for each entry's component page
   */
  static String atom(String feedId, String title, String selfUrl, String pageUrl, String baseUrl,
      Versioned<List<FeedEntry>> entries) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setUri(ID_PREFIX + feedId);
    feed.setTitle(title);
    feed.setAuthor(AUTHOR);
    feed.setLinks(List.of(link("alternate", "text/html", pageUrl), link("self", "application/atom+xml", selfUrl)));
    feed.setPublishedDate(Date.from(updated(entries)));
    feed.setEntries(entries.value().stream().map(entry -> entry(entry, baseUrl)).toList());
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("Atom feed " + feedId + " could not be written", e);
    }
  }

  private static SyndEntry entry(FeedEntry update, String baseUrl) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setUri(ID_PREFIX + update.id());
    entry.setTitle(update.title() == null ? titleOf(update) : update.title());
    entry.setAuthor(AUTHOR);
    if (update.component() != null) {
      entry.setLink(baseUrl + "/status/components/" + update.component().slug());
    }
    if (update.publishedAt() != null) {
      entry.setPublishedDate(Date.from(update.publishedAt()));
      entry.setUpdatedDate(Date.from(update.publishedAt()));
    }
    SyndContent content = new SyndContentImpl();
    content.setType("text");
    content.setValue(update.text() == null ? "" : update.text());
    entry.setContents(List.of(content));
    return entry;
  }

  private static String titleOf(FeedEntry update) {
    String component = update.component() == null ? "" : " — " + update.component().name();
    return ("MAINTENANCE".equals(update.kind()) ? "Manutenção" : "Incidente") + component;
  }

  /** The feed changed last when the read model did; without that figure, at its newest entry. */
  private static Instant updated(Versioned<List<FeedEntry>> entries) {
    if (entries.lastChangedAt() != null) {
      return entries.lastChangedAt();
    }
    return entries.value().stream().map(FeedEntry::publishedAt).filter(Objects::nonNull)
        .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
  }

  private static SyndLink link(String rel, String type, String href) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }
}
