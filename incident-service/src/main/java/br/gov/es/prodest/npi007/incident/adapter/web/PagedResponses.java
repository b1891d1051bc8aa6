package br.gov.es.prodest.npi007.incident.adapter.web;

import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.Page;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * How a paged list is answered (CONTRACTS.md, "Internal query APIs"): the page as a JSON array, the
 * next page's cursor in a header when more items remain; a bad {@code limit} or {@code cursor} as a
 * 400 problem document with its {@code code}.
 */
public final class PagedResponses {

  public static final String NEXT_CURSOR = Page.NEXT_CURSOR_HEADER;

  private PagedResponses() {
  }

  public static <T> ResponseEntity<List<T>> of(Page<T> page) {
    var response = ResponseEntity.ok();
    page.next().ifPresent(cursor -> response.header(NEXT_CURSOR, cursor));
    return response.body(page.items());
  }

  public static ResponseEntity<ProblemDetail> problem(InvalidPageRequest invalid) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
    problem.setTitle(invalid.title());
    problem.setProperty("code", invalid.code());
    return ResponseEntity.of(problem).build();
  }
}
