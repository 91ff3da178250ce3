package nl.techniekpact.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the index behaves at scale: indexes {@code -Dsearch.scale=N} generated Dutch cases (about 1.5
 * KB of text each) into a directory as the CMS does, then times searches of one to three words and
 * prints indexing time, index size, heap used and search p50/p95. Not part of the build: run with
 * {@code ./mvnw -pl cms-web -am test -Dtest=SearchIndexScaleTest -Dsearch.scale=100000
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "search.scale", matches = "[0-9]+")
class SearchIndexScaleTest {

  private static final String[] WORDS = {
    "techniek",
    "scholen",
    "school",
    "leerlingen",
    "docenten",
    "bedrijven",
    "regio",
    "onderwijs",
    "wetenschap",
    "technologie",
    "stage",
    "mbo",
    "hbo",
    "vmbo",
    "basisschool",
    "lessen",
    "project",
    "samenwerking",
    "talent",
    "energie",
    "zorg",
    "bouw",
    "installatie",
    "robot",
    "programmeren",
    "duurzaam",
    "werkplaats",
    "opleiding",
    "praktijk",
    "ingenieur",
    "café",
    "maakplaats",
    "ouders",
    "gemeente",
    "provincie",
    "netwerk",
    "innovatie",
    "vakmanschap",
    "arbeidsmarkt",
    "instroom"
  };

  private static final int VOCABULARY = 20_000;

  /** Cumulative Zipf weights of the vocabulary's ranks. */
  private static final double[] ZIPF = zipf();

  @TempDir Path dir;

  @Test
  void indexesAndSearchesAtScale() throws Exception {
    int count = Integer.getInteger("search.scale");
    Random random = new Random(42);
    Runtime runtime = Runtime.getRuntime();
    long start = System.nanoTime();
    try (SearchIndex index = SearchIndex.create(FSDirectory.open(dir))) {
      for (int i = 0; i < count; i++) {
        index.put(
            new SearchDocument(
                SearchType.CASE,
                "case-" + i,
                sentence(random, 6),
                i % 5 == 0 ? sentence(random, 6) : null,
                sentence(random, 40) + "\n" + sentence(random, 160),
                i % 5 == 0 ? sentence(random, 60) : null,
                "/cases/case-" + i,
                null));
      }
      index.refresh();
      long indexMillis = (System.nanoTime() - start) / 1_000_000;
      System.gc();
      long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
      long sizeMb;
      try (var files = Files.list(dir)) {
        sizeMb = files.mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
      }

      List<Long> nanos = new ArrayList<>();
      Instant now = Instant.now();
      for (int i = 0; i < 600; i++) {
        String query = queryWords(random, 1 + i % 3);
        long t = System.nanoTime();
        SearchResults results =
            index.search(new SearchRequest(query, null, i % 2 == 0, 20 * (i % 3), 20, now));
        long took = System.nanoTime() - t;
        if (i >= 100) {
          nanos.add(took);
        }
        assertThat(results.total()).isGreaterThanOrEqualTo(0);
      }
      long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(
          "search scale: %d docs indexed in %d ms, index %d MB on disk, heap after %d MB;"
              + " search p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d queries)%n",
          count,
          indexMillis,
          sizeMb,
          heapMb,
          sorted[sorted.length / 2] / 1e6,
          sorted[sorted.length * 95 / 100] / 1e6,
          Arrays.stream(sorted).max().orElse(0) / 1e6,
          sorted.length);
      assertThat(index.size()).isEqualTo(count);
    }
  }

  /** Text of words drawn by Zipf's law: rank r with weight 1/r. */
  private static String sentence(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int rank = Arrays.binarySearch(ZIPF, random.nextDouble() * ZIPF[ZIPF.length - 1]);
      text.append(i == 0 ? "" : " ").append(word(rank < 0 ? -rank - 1 : rank));
    }
    return text.toString();
  }

  /** A query word: one of the real words, or a word of middle frequency. */
  private static String queryWords(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int rank = random.nextBoolean() ? random.nextInt(WORDS.length) : 40 + random.nextInt(2_000);
      text.append(i == 0 ? "" : " ").append(word(rank));
    }
    return text.toString();
  }

  private static String word(int rank) {
    return rank < WORDS.length ? WORDS[rank] : "woord" + Integer.toString(rank, 36);
  }

  private static double[] zipf() {
    double[] cumulative = new double[VOCABULARY];
    double sum = 0;
    for (int r = 0; r < VOCABULARY; r++) {
      sum += 1.0 / (r + 1);
      cumulative[r] = sum;
    }
    return cumulative;
  }
}
