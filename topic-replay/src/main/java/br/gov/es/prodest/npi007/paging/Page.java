package br.gov.es.prodest.npi007.paging;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list, in the list's order, and the cursor of the next page when more items remain
 * (null on the last page).
 */
public record Page<T>(List<T> items, String nextCursor) {

  /** The response header of an internal list that carries the next page's cursor (absent on the last page). */
  public static final String NEXT_CURSOR_HEADER = "Npi007-Next-Cursor";

  public Page {
    items = List.copyOf(items);
  }

  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), nextCursor);
  }

  /**
   * Collects a page from a walk of the list in its order that starts just after the request's
   * cursor: keeps the first {@code limit} entries {@code select} answers, and stops there. It then
   * looks for one more match so that the last page carries no cursor.
   *
   * @param ordered  the list's entries in order, from just after the cursor (a sorted store's iterator)
   * @param select   the item an entry shows, or empty when the filters leave the entry out
   * @param limit    at most this many items
   * @param cursorOf the cursor naming an entry's position (its sort key)
   */
  public static <E, T> Page<T> collect(Iterator<E> ordered, Function<? super E, Optional<T>> select, int limit,
      Function<? super E, String> cursorOf) {
    List<T> items = new ArrayList<>(Math.min(limit, 64));
    E last = null;
    while (ordered.hasNext()) {
      E entry = ordered.next();
      Optional<T> item = select.apply(entry);
      if (item.isEmpty()) {
        continue;
      }
      if (items.size() == limit) {
        return new Page<>(items, cursorOf.apply(last));
      }
      items.add(item.get());
      last = entry;
    }
    return new Page<>(items, null);
  }
}
