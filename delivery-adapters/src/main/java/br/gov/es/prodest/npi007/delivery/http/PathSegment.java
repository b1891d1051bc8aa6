package br.gov.es.prodest.npi007.delivery.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Builds a provider's URL from its configured base and path segments taken from settings. */
public final class PathSegment {

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

  private PathSegment() {
  }

  /**
   * {@code base} (with or without a trailing slash, possibly with a path) followed by the segments,
   * each percent-encoded.
   */
  public static URI join(URI base, String... segments) {
    StringBuilder url = new StringBuilder(base.toString().replaceAll("/+$", ""));
    for (String segment : segments) {
      url.append('/').append(encode(segment));
    }
    return URI.create(url.toString());
  }

  static String encode(String segment) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c < 128 && UNRESERVED.indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }
}
