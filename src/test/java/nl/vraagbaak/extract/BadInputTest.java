package nl.vraagbaak.extract;

import static nl.vraagbaak.extract.Fixtures.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives Failed with one plain line, never an exception. */
class BadInputTest {

  @TempDir Path dir;

  @Test
  void emptyFileIsEmpty() throws IOException {
    assertThat(failure(Files.createFile(dir.resolve("leeg.pdf")))).isEqualTo("is empty");
  }

  @Test
  void randomBytesAreBinaryData() throws IOException {
    byte[] bytes = new byte[50_000];
    new Random(20260123).nextBytes(bytes);
    Path file = Files.write(dir.resolve("ruis.txt"), bytes);
    assertThat(failure(file)).isEqualTo("is binary data, not a document");
  }

  @Test
  void randomBytesOfManySeedsNeverThrow() throws IOException {
    Random random = new Random(7);
    for (int i = 0; i < 40; i++) {
      byte[] bytes = new byte[1 + random.nextInt(5000)];
      random.nextBytes(bytes);
      // Start some with real magic numbers, so the format-specific paths see garbage too.
      byte[][] magics = {"%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), {'P', 'K', 3, 4}, "<?xml version=\"1.0\"?><a>".getBytes(StandardCharsets.US_ASCII)};
      byte[] magic = magics[i % magics.length];
      System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, bytes.length));
      Path file = Files.write(dir.resolve("ruis" + i), bytes);
      assertThat(Extraction.of(file)).isInstanceOf(Extraction.Failed.class);
    }
  }

  @Test
  void directoryIsNotAFile() {
    assertThat(failure(dir)).isEqualTo("is a directory, not a file");
  }

  @Test
  void missingFileDoesNotExist() {
    assertThat(failure(dir.resolve("weg.pdf"))).isEqualTo("does not exist");
  }

  @Test
  void unreadableFileSaysPermissionDenied() throws IOException {
    Path file = Files.writeString(dir.resolve("dicht.txt"), "Vraag 1\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running as root: every file is readable");
    assertThat(failure(file)).isEqualTo("cannot be read (permission denied)");
  }

  @Test
  void fileOverTheDocumentLimitIsRefusedWithoutReadingIt() throws IOException {
    Path file = dir.resolve("groot.pdf");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(Limits.MAX_DOCUMENT_BYTES + 1);
    }
    assertThat(failure(file)).startsWith("is larger than the 64 MB limit for a document");
  }

  @Test
  void textOverTheTextLimitIsRefused() throws IOException {
    Path file = dir.resolve("groot.txt");
    byte[] line = "Vraag 1 Hoeveel aanvragen zijn er ingediend bij de gemeente in het afgelopen jaar?\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(file)) {
      for (long written = 0; written <= Limits.MAX_TEXT_BYTES; written += line.length) {
        out.write(line);
      }
    }
    assertThat(failure(file)).startsWith("is larger than the 16 MB limit for a text document");
  }

  @Test
  void truncatedPdfIsDamagedOrStillYieldsItsText() throws IOException {
    Path whole = Fixtures.pdf(dir.resolve("heel.pdf"), List.of(List.of("Eerste pagina met tekst"), List.of("Tweede pagina met tekst")));
    for (double fraction : new double[] {0.1, 0.5, 0.9}) {
      Path half = Fixtures.truncate(whole, dir.resolve("half" + fraction + ".pdf"), fraction);
      switch (Extraction.of(half)) {
        case Extraction.Failed failed -> assertThat(failed.reason()).matches("is a damaged PDF \\(.+\\)|has no text to extract.*");
        case Extraction.Read read -> assertThat(read.extracted().lines()).anyMatch(l -> l.text().contains("pagina met tekst"));
      }
    }
  }

  @Test
  void encryptedPdfSaysEncrypted() throws IOException {
    Path plain = Fixtures.pdf(dir.resolve("open.pdf"), List.of(List.of("Vertrouwelijke tekst")));
    Path locked = Fixtures.encrypt(plain, dir.resolve("dicht.pdf"));
    assertThat(failure(locked)).isEqualTo("is encrypted (password-protected PDF)");
  }

  @Test
  void truncatedDocxIsDamaged() throws IOException {
    Path whole = Fixtures.docxWithFootnoteAndTable(dir.resolve("heel.docx"));
    Path cut = Fixtures.truncate(whole, dir.resolve("kapot.docx"), 0.6);
    assertThat(failure(cut)).startsWith("is a damaged DOCX (");
  }

  @Test
  void zipWithGarbageInsteadOfDocumentXmlIsDamagedDocx() throws IOException {
    byte[] garbage = new byte[3000];
    new Random(11).nextBytes(garbage);
    Path fake = Fixtures.zip(dir.resolve("nep.docx"), Map.of("[Content_Types].xml", garbage, "word/document.xml", garbage));
    assertThat(failure(fake)).startsWith("is a damaged DOCX (");
  }

  @Test
  void pkHeaderFollowedByGarbageIsDamaged() throws IOException {
    byte[] bytes = new byte[4000];
    new Random(12).nextBytes(bytes);
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = 3;
    bytes[3] = 4;
    assertThat(failure(Files.write(dir.resolve("nep.docx"), bytes))).startsWith("is a damaged DOCX (");
    assertThat(failure(Files.write(dir.resolve("nep.bin"), bytes))).startsWith("is a damaged ZIP archive");
  }

  @Test
  void zipBombIsRefusedBeforeParsing() throws IOException {
    Path bomb = Fixtures.zipBomb(dir.resolve("bom.docx"), 80);
    assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
    assertThat(failure(bomb)).startsWith("looks like a zip bomb (");
  }

  @Test
  void plainZipIsNotADocument() throws IOException {
    Path zip = Fixtures.zip(dir.resolve("map.docx"), Map.of("foto.jpg", new byte[] {1, 2, 3}, "notities.txt", "hallo".getBytes(StandardCharsets.UTF_8)));
    assertThat(failure(zip)).isEqualTo("is a ZIP archive, not a DOCX or ODT document");
  }

  @Test
  void encryptedDocxSaysEncrypted() throws Exception {
    Path plain = Fixtures.docxWithFootnoteAndTable(dir.resolve("open.docx"));
    Path locked = dir.resolve("dicht.docx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("geheim");
      try (var out = encryptor.getDataStream(fs)) {
        Files.copy(plain, out);
      }
      try (var file = Files.newOutputStream(locked)) {
        fs.writeFilesystem(file);
      }
    }
    assertThat(failure(locked)).startsWith("is encrypted");
  }

  @Test
  void legacyWordDocumentAsksForDocx() throws IOException {
    Path doc = dir.resolve("oud.doc");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
      try (var out = Files.newOutputStream(doc)) {
        fs.writeFilesystem(out);
      }
    }
    assertThat(failure(doc)).isEqualTo("is a legacy Word .doc file; save it as DOCX");
  }

  @Test
  void imageIsNamedAsImage() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThat(failure(Files.write(dir.resolve("scan.pdf"), png))).isEqualTo("is a PNG image, not a document");
  }

  @Test
  void malformedXmlSaysWhere() throws IOException {
    Path xml = Files.writeString(dir.resolve("kapot.xml"), "<?xml version=\"1.0\"?>\n<kamervragen>\n<vraag><al>Open</vraag>\n");
    assertThat(failure(xml)).startsWith("is malformed XML (line 3");
  }

  @Test
  void xmlWithEntityDeclarationsIsRefused() throws IOException {
    Path xml =
        Files.writeString(
            dir.resolve("lol.xml"),
            "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>\n<a>&lol2;</a>\n");
    assertThat(failure(xml)).startsWith("is XML with a DOCTYPE declaration");
  }

  @Test
  void reasonsAreOneLine() throws IOException {
    byte[] garbage = "PK\u0003\u0004\nline two\nline three".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(failure(Files.write(dir.resolve("x.docx"), garbage))).doesNotContain("\n");
  }
}
