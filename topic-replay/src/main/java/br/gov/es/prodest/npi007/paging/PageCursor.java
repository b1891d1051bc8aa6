package br.gov.es.prodest.npi007.paging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The opaque cursor of a page: the sort key of the last item a page returned, not an offset, so a
 * new item inserted between two pages is neither repeated nor skipped. It names the list it belongs
 * to, so a cursor of another list is refused. Text: base64url without padding ({@code [A-Za-z0-9_-]}).
 */
public final class PageCursor {

  private static final int VERSION = 1;
  private static final int MAX_LENGTH = 4096;

  private PageCursor() {
  }

  /** The cursor of {@code key} (the sort key's parts, none null) in the list {@code list}. */
  public static String encode(String list, List<String> key) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(list);
      out.writeByte(key.size());
      for (String part : key) {
        out.writeUTF(part);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  /**
   * The sort key's {@code parts} parts that {@code cursor} names in the list {@code list}.
   *
   * @throws InvalidPageRequest when the cursor is malformed, or belongs to another list
   */
  public static List<String> decode(String list, String cursor, int parts) {
    if (cursor.length() > MAX_LENGTH || !cursor.matches("[A-Za-z0-9_-]+")) {
      throw InvalidPageRequest.cursor();
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(cursor)))) {
      if (in.readByte() != VERSION || !in.readUTF().equals(list) || in.readByte() != parts) {
        throw InvalidPageRequest.cursor();
      }
      List<String> key = new ArrayList<>(parts);
      for (int i = 0; i < parts; i++) {
        key.add(in.readUTF());
      }
      if (in.available() > 0) {
        throw InvalidPageRequest.cursor();
      }
      return key;
    } catch (IOException | IllegalArgumentException e) {
      throw InvalidPageRequest.cursor();
    }
  }

  /** A decoded key part read by {@code parser} (e.g. {@code Instant::parse}); one it refuses is an invalid cursor. */
  public static <T> T parse(String part, Function<String, T> parser) {
    try {
      return parser.apply(part);
    } catch (RuntimeException e) {
      throw InvalidPageRequest.cursor();
    }
  }
}
