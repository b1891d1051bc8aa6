package br.gov.es.prodest.npi007.incident.grouppost.domain;

import java.util.List;

/** What a post of the group leads to (issue 14). */
public sealed interface GroupPostOutcome {

  /** The outcome's name as the store and the meters write it. */
  String label();

  /** The post carries an SA number of the only incident of the member's organ that waits for one: link it. */
  record LinksServiceRequest(String incidentId, String saNumber) implements GroupPostOutcome {
    @Override
    public String label() {
      return "sa-linked";
    }
  }

  /**
   * The post carries an SA number, but the team must choose the incident: the organ has no incident
   * waiting for an SA, or several, or automatic linking is off. {@code candidates} are in the order
   * 6.1 answered them.
   */
  record ServiceRequestAwaitsTeam(String saNumber, List<String> candidates) implements GroupPostOutcome {
    public ServiceRequestAwaitsTeam {
      candidates = List.copyOf(candidates);
    }

    @Override
    public String label() {
      return "sa-awaits-team";
    }
  }

  /** A member's post that is no SA number: possibly a report, which only a person may turn into an incident. */
  record PossibleReport() implements GroupPostOutcome {
    @Override
    public String label() {
      return "possible-report";
    }
  }

  /** Nothing to do: the sender is not in the member directory, or the post has no text. */
  record Ignored(String reason) implements GroupPostOutcome {
    @Override
    public String label() {
      return "ignored";
    }
  }
}
