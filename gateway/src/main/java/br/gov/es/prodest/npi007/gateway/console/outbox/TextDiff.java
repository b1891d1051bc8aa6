package br.gov.es.prodest.npi007.gateway.console.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What ASCOM changed in a message, word by word: the longest common subsequence of the two texts'
 * words and spaces, as runs kept, deleted and inserted. Pure and deterministic.
 */
public final class TextDiff {

  /** Words and the whitespace between them are tokens of their own, so a line break is a change too. */
  private static final Pattern TOKENS = Pattern.compile("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");

  /** Beyond this many token pairs the table is not worth it: the whole text is shown as replaced. */
  private static final long MAX_CELLS = 4_000_000L;

  /** How a run of text fares from the original to the new text. */
  public enum Kind { SAME, DELETED, INSERTED }

  /** A run of text of one kind; the template writes it plain, in {@code <del>} or in {@code <ins>}. */
  public record Segment(Kind kind, String text) {

    public boolean same() {
      return kind == Kind.SAME;
    }

    public boolean deleted() {
      return kind == Kind.DELETED;
    }

    public boolean inserted() {
      return kind == Kind.INSERTED;
    }
  }

  private TextDiff() {
  }

  /** The runs that turn {@code before} into {@code after}; a null text is an empty one. */
  public static List<Segment> between(String before, String after) {
    String[] a = tokens(before);
    String[] b = tokens(after);
    if ((long) a.length * b.length > MAX_CELLS) {
      List<Segment> replaced = new ArrayList<>();
      append(replaced, Kind.DELETED, String.join("", a));
      append(replaced, Kind.INSERTED, String.join("", b));
      return List.copyOf(replaced);
    }
    return List.copyOf(walk(a, b, commonLengths(a, b)));
  }

  /** True when the runs hold any deletion or insertion. */
  public static boolean changed(List<Segment> segments) {
    return segments.stream().anyMatch(segment -> !segment.same());
  }

  private static String[] tokens(String text) {
    return text == null || text.isEmpty() ? new String[0] : TOKENS.split(text);
  }

  /** lengths[i][j]: the longest common subsequence of a[i..] and b[j..]. */
  private static int[][] commonLengths(String[] a, String[] b) {
    int[][] lengths = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lengths[i][j] = a[i].equals(b[j]) ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    return lengths;
  }

  /** Deletions before insertions at each change, so a replaced word reads "old new". */
  private static List<Segment> walk(String[] a, String[] b, int[][] lengths) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        append(segments, Kind.SAME, a[i++]);
        j++;
      } else if (j == b.length || (i < a.length && lengths[i + 1][j] >= lengths[i][j + 1])) {
        append(segments, Kind.DELETED, a[i++]);
      } else {
        append(segments, Kind.INSERTED, b[j++]);
      }
    }
    return segments;
  }

  /** Adds the text to the last run when it is of the same kind, so runs alternate. */
  private static void append(List<Segment> segments, Kind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).kind() == kind) {
      segments.set(last, new Segment(kind, segments.get(last).text() + text));
    } else {
      segments.add(new Segment(kind, text));
    }
  }
}
