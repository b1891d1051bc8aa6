package br.gov.es.prodest.npi007.gateway.console.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.gateway.console.outbox.TextDiff.Kind;
import br.gov.es.prodest.npi007.gateway.console.outbox.TextDiff.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void the_same_text_is_one_run_kept() {
    List<Segment> diff = TextDiff.between("*PRODEST Informa*\nSistema fora do ar", "*PRODEST Informa*\nSistema fora do ar");

    assertThat(diff).containsExactly(new Segment(Kind.SAME, "*PRODEST Informa*\nSistema fora do ar"));
    assertThat(TextDiff.changed(diff)).isFalse();
  }

  @Test
  void a_replaced_word_is_deleted_then_inserted_between_kept_runs() {
    List<Segment> diff = TextDiff.between("O SIGA está indisponível desde 14:30.", "O SIGA está lento desde 14:30.");

    assertThat(diff).containsExactly(
        new Segment(Kind.SAME, "O SIGA está "),
        new Segment(Kind.DELETED, "indisponível"),
        new Segment(Kind.INSERTED, "lento"),
        new Segment(Kind.SAME, " desde 14:30."));
    assertThat(TextDiff.changed(diff)).isTrue();
  }

  @Test
  void an_added_line_is_one_insertion_with_its_line_break() {
    List<Segment> diff = TextDiff.between("Linha um\nLinha dois", "Linha um\nLinha dois\nPrevisão: 16h");

    assertThat(diff).containsExactly(
        new Segment(Kind.SAME, "Linha um\nLinha dois"),
        new Segment(Kind.INSERTED, "\nPrevisão: 16h"));
  }

  @Test
  void removed_words_are_deletions() {
    List<Segment> diff = TextDiff.between("Sistema muito lento hoje", "Sistema lento");

    assertThat(diff).extracting(Segment::kind).doesNotContain(Kind.INSERTED);
    assertThat(diff.stream().filter(Segment::same).map(Segment::text)).containsExactly("Sistema ", "lento");
    assertThat(String.join("", diff.stream().filter(Segment::deleted).map(Segment::text).toList())).isEqualTo("muito  hoje");
  }

  @Test
  void every_run_rebuilds_both_texts() {
    String before = "*PRODEST Informa: Aviso*\n\nO componente X está fora.\nEquipe atuando.";
    String after = "*PRODEST Informa: Aviso de Indisponibilidade*\n\nO componente X está instável.\nEquipe atuando agora.";

    List<Segment> diff = TextDiff.between(before, after);

    assertThat(rebuilt(diff, Kind.INSERTED)).isEqualTo(before);
    assertThat(rebuilt(diff, Kind.DELETED)).isEqualTo(after);
  }

  @Test
  void a_missing_text_is_empty() {
    assertThat(TextDiff.between(null, "Novo")).containsExactly(new Segment(Kind.INSERTED, "Novo"));
    assertThat(TextDiff.between("Velho", null)).containsExactly(new Segment(Kind.DELETED, "Velho"));
    assertThat(TextDiff.between(null, null)).isEmpty();
  }

  /** The text the runs spell when one kind is left out. */
  private static String rebuilt(List<Segment> diff, Kind leftOut) {
    StringBuilder text = new StringBuilder();
    diff.stream().filter(segment -> segment.kind() != leftOut).forEach(segment -> text.append(segment.text()));
    return text.toString();
  }
}
