package br.gov.es.prodest.npi007.incident.adapter.web;

import br.gov.es.prodest.npi007.incident.grouppost.application.GroupFeed;
import br.gov.es.prodest.npi007.incident.grouppost.application.GroupFeedPost;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The internal query API over the WhatsApp group's feed (issue 14), routed to by the gateway. */
@RestController
@RequestMapping("/internal/group-posts")
public class GroupFeedController {

  private final GroupFeed feed;

  public GroupFeedController(GroupFeed feed) {
    this.feed = feed;
  }

  /** One page of posts, newest first; {@code pending=true}: only those awaiting TEAM or ASCOM. */
  @GetMapping
  public ResponseEntity<List<GroupFeedPost>> list(@RequestParam(required = false) Boolean pending,
      @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
    return PagedResponses.of(feed.page(Boolean.TRUE.equals(pending), PageRequest.of(limit, cursor)));
  }

  @GetMapping("/{postId}")
  public ResponseEntity<?> one(@PathVariable String postId) {
    return feed.find(postId).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
          "A publicação " + postId + " não está no mural do grupo.");
      problem.setTitle("Publicação não encontrada");
      problem.setProperty("code", "GROUP_POST_NOT_FOUND");
      return ResponseEntity.of(problem).build();
    });
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidPage(InvalidPageRequest invalid) {
    return PagedResponses.problem(invalid);
  }
}
