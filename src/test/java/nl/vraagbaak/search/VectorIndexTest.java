package nl.vraagbaak.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorIndexTest {

  @TempDir Path dir;

  private static Map<String, float[]> vectors(String documentId, float[]... vectors) {
    Map<String, float[]> byPair = new LinkedHashMap<>();
    for (int i = 0; i < vectors.length; i++) {
      byPair.put(documentId + "." + (i + 1), vectors[i]);
    }
    return byPair;
  }

  @Test
  void findsTheNearestQuestionsByCosine() throws IOException {
    try (VectorIndex index = VectorIndex.open(dir, "model-a")) {
      index.put("d1", 7, vectors("d1", new float[] {1, 0, 0}, new float[] {0, 1, 0}, new float[] {0.9f, 0.1f, 0}));
      index.commit();
      var near = index.nearest(new float[] {1, 0.05f, 0}, 2);
      assertThat(near).extracting(VectorIndex.Near::pairId).containsExactly("d1.1", "d1.3");
      assertThat(near.get(0).cosine()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
      assertThat(index.versions()).containsExactly(Map.entry("d1", 7L));
    }
  }

  @Test
  void vectorsOfAnotherModelAreDroppedNotMixed() throws IOException {
    try (VectorIndex index = VectorIndex.open(dir, "model-a")) {
      index.put("d1", 1, vectors("d1", new float[] {1, 0}));
      index.commit();
    }
    try (VectorIndex same = VectorIndex.open(dir, "model-a")) {
      assertThat(same.versions()).containsKey("d1");
    }
    try (VectorIndex other = VectorIndex.open(dir, "model-b")) {
      assertThat(other.versions()).isEmpty();
      assertThat(other.nearest(new float[] {1, 0}, 3)).isEmpty();
    }
  }

  @Test
  void aSecondWriterSearchesWhatIsCommittedAndCannotChangeIt() throws IOException {
    try (VectorIndex writer = VectorIndex.open(dir, "model-a")) {
      writer.put("d1", 1, vectors("d1", new float[] {0, 1}));
      writer.commit();
      try (VectorIndex reader = VectorIndex.open(dir, "model-a")) {
        assertThat(reader.writable()).isFalse();
        assertThat(reader.nearest(new float[] {0, 1}, 1)).extracting(VectorIndex.Near::pairId).containsExactly("d1.1");
      }
    }
  }
}
