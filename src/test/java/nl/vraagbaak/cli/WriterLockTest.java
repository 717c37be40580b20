package nl.vraagbaak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.vraagbaak.ChildJvm;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.cli.LibraryCommandsTest.Run;
import nl.vraagbaak.store.LockHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterLockTest {

  @Test
  void refusesASecondWriterNamingTheProcessWhileReadersKeepWorking(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    LibraryCommandsTest.ingestSeeds(data);
    Process holder = ChildJvm.start(LockHolder.class, dir.resolve("holder.err"), data.toString());
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).as("the child reports holding the lock").startsWith("locked ");

      Run second = LibraryCommandsTest.run("ingest", "--data", data.toString(), Seeds.seed("001").toString());
      assertThat(second.status()).isEqualTo(1);
      assertThat(second.out()).isEmpty();
      assertThat(second.err().lines()).hasSize(1).first().asString()
          .startsWith("vraagbaak: library " + data + " is in use by process " + holder.pid());

      Run reader = LibraryCommandsTest.run("stats", "--data", data.toString(), "--format", "json");
      assertThat(reader.status()).isZero();
      assertThat(Json.MAPPER.readTree(reader.out()).get("documents").asLong()).isEqualTo(5);
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    Run after = LibraryCommandsTest.run("ingest", "--data", data.toString(), Seeds.seed("001").toString());
    assertThat(after.status()).as(after.err()).isZero();
  }

  @Test
  void aKilledWriterLeavesNoLockBehind(@TempDir Path dir) throws IOException, InterruptedException {
    Path data = dir.resolve("data");
    Process holder = ChildJvm.start(LockHolder.class, dir.resolve("holder.err"), data.toString());
    BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).startsWith("locked ");
    holder.destroyForcibly().waitFor();
    Run after = LibraryCommandsTest.run("ingest", "--data", data.toString(), Seeds.seed("001").toString());
    assertThat(after.status()).as(after.err()).isZero();
  }
}
