package nl.vraagbaak.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The one-writer-per-library lock: an OS file lock on {@code DIR/writer.lock}, which holds the holder's pid.
 * The OS releases it when the holder dies, even by SIGKILL, so a crashed ingest never blocks the next one.
 */
final class WriterLock implements AutoCloseable {

  static final String FILE = "writer.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock or throws {@link LibraryInUseException} naming the process that holds it. */
  static WriterLock acquire(Path dir) {
    WriterLock lock = tryAcquire(dir);
    if (lock == null) {
      throw new LibraryInUseException(dir, holder(dir));
    }
    return lock;
  }

  /** Takes the lock, or returns null when someone else holds it. */
  static WriterLock tryAcquire(Path dir) {
    Path file = dir.resolve(FILE);
    FileChannel channel = null;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by another writer in this JVM
      }
      if (lock == null) {
        channel.close();
        return null;
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
      channel.force(false);
      return new WriterLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UncheckedIOException("cannot take the writer lock " + file + ": " + e.getMessage(), e);
    }
  }

  /** The pid written by the current holder, or 0 when it cannot be read. */
  static long holder(Path dir) {
    try {
      String text = java.nio.file.Files.readString(dir.resolve(FILE), StandardCharsets.US_ASCII).strip();
      return text.isEmpty() ? 0 : Long.parseLong(text);
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // The lock goes with the channel anyway.
    } finally {
      closeQuietly(channel);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // nothing left to release
      }
    }
  }
}
