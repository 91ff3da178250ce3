package nl.techniekpact.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchAnalysisTest {

  @ParameterizedTest
  @CsvSource({
    "scholen, school",
    "bedrijven, bedrijf",
    "leerlingen, leerling",
    "opleidingen, opleiding",
    "technieken, techniek",
    "huizen, huis",
    "lessen, les",
    "café, cafe",
    "cafés, cafe",
    "Techniekpact, techniekpact",
    "regio's, regio",
    "coördinatie, coordinatie",
    "financiële, financiele"
  })
  void dutchWordFormsAndDiacriticsBecomeOneTerm(String a, String b) throws IOException {
    assertThat(terms(SearchAnalysis.dutch(), a))
        .isNotEmpty()
        .isEqualTo(terms(SearchAnalysis.dutch(), b));
  }

  @Test
  void differentDutchWordsStayApart() throws IOException {
    assertThat(terms(SearchAnalysis.dutch(), "school"))
        .isNotEqualTo(terms(SearchAnalysis.dutch(), "schaal"));
    assertThat(terms(SearchAnalysis.dutch(), "techniek"))
        .isNotEqualTo(terms(SearchAnalysis.dutch(), "technologie"));
  }

  @Test
  void stopWordsOfBothLanguagesAreDroppedInBoth() throws IOException {
    assertThat(terms(SearchAnalysis.dutch(), "de scholen van het land and the"))
        .containsExactly(
            terms(SearchAnalysis.dutch(), "school").get(0),
            terms(SearchAnalysis.dutch(), "land").get(0));
    assertThat(terms(SearchAnalysis.english(), "de het een één the of")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"schools, school", "students, student", "Ambassador's, ambassador", "naïve, naive"})
  void englishWordFormsAndDiacriticsBecomeOneTerm(String a, String b) throws IOException {
    assertThat(terms(SearchAnalysis.english(), a))
        .isNotEmpty()
        .isEqualTo(terms(SearchAnalysis.english(), b));
  }

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
