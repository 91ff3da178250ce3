package nl.techniekpact.cms.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.KpStemmer;

/**
 * How text becomes search terms, the same for the index and the query. Dutch: lower case, Dutch
 * stop words (of both languages) out, diacritics folded ({@code café} and {@code cafe} are one
 * term), then the Kraaij-Pohlmann stemmer, which, unlike the Snowball "dutch" stemmer, brings
 * {@code scholen} and {@code school}, {@code bedrijven} and {@code bedrijf}, {@code huizen} and
 * {@code huis} together. English: possessives, lower case, stop words, folding, Porter stemmer.
 *
 * <pre>{@code
 * Analyzer analyzer = SearchAnalysis.perField(); // *_nl fields Dutch, *_en fields English
 * }</pre>
 */
public final class SearchAnalysis {

  /** The suffix of fields holding Dutch text. */
  public static final String DUTCH = "_nl";

  /** The suffix of fields holding English text. */
  public static final String ENGLISH = "_en";

  /**
   * The stop words of both languages, in both analyzers: a query is analysed for the fields of both
   * languages, and a Dutch "de" must not become a required English term.
   */
  private static final CharArraySet STOP_WORDS = stopWords();

  private SearchAnalysis() {}

  private static CharArraySet stopWords() {
    CharArraySet both = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), false);
    both.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return CharArraySet.unmodifiableSet(both);
  }

  /** The Dutch analyzer. */
  public static Analyzer dutch() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new SnowballFilter(stream, new KpStemmer());
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** The English analyzer. */
  public static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  /** Dutch for fields ending in {@value #DUTCH}, English for {@value #ENGLISH}. */
  public static Analyzer perField() {
    Analyzer english = english();
    return new PerFieldAnalyzerWrapper(
        dutch(),
        Map.of(
            SearchIndex.TITLE + ENGLISH, english,
            SearchIndex.TEXT + ENGLISH, english));
  }
}
