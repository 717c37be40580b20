package nl.vraagbaak.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Tells a file's format from its content, not its name: the name only sharpens the message of a damaged file. */
final class FormatDetector {

  private static final byte[] PDF = ascii("%PDF");
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

  /** Other binary formats people drop into a folder of documents, so the message can name them. */
  private static final Object[][] KNOWN_BINARIES = {
    {new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "is a PNG image, not a document"},
    {new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "is a JPEG image, not a document"},
    {ascii("GIF8"), "is a GIF image, not a document"},
    {new byte[] {0x1F, (byte) 0x8B}, "is a gzip archive; unpack it first"},
    {ascii("7z\u00BC\u00AF"), "is a 7-Zip archive; unpack it first"},
    {ascii("Rar!"), "is a RAR archive; unpack it first"},
    {ascii("{\\rtf"), "is an RTF file; save it as DOCX or PDF"},
  };

  private static final Pattern HTML_START =
      Pattern.compile("^(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|title|p|div|h[1-6]|table|ul|ol|span|a|br|link|script|style)[\\s>/]", Pattern.DOTALL);
  private static final Pattern XML_START = Pattern.compile("^(<\\?xml|<!--|<!doctype\\s|<[\\p{L}_][\\w.:-]*[\\s>/])", Pattern.DOTALL);
  private static final Pattern XML_ROOT = Pattern.compile("<([\\p{L}_][\\w.:-]*)[\\s>/]");

  private FormatDetector() {}

  static Format detect(Path file) throws IOException, UnreadableException {
    byte[] head = head(file);
    if (head.length == 0) {
      throw new UnreadableException("is empty");
    }
    if (startsWith(head, PDF)) {
      return Format.PDF;
    }
    if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
      return zipFormat(file, head);
    }
    if (startsWith(head, OLE2)) {
      throw new UnreadableException(oleReason(file));
    }
    for (Object[] known : KNOWN_BINARIES) {
      if (startsWith(head, (byte[]) known[0])) {
        throw new UnreadableException((String) known[1]);
      }
    }
    String start = TextDecoding.decodeHead(head);
    if (looksBinary(head, start)) {
      throw new UnreadableException("is binary data, not a document");
    }
    return markupFormat(start);
  }

  private static Format markupFormat(String text) {
    String leading = text.stripLeading();
    if (!leading.startsWith("<")) {
      return Format.TEXT; // both markup patterns start with "<"; plain text is spared lower-casing its head
    }
    String start = leading.toLowerCase(Locale.ROOT);
    if (HTML_START.matcher(start).find()) {
      return Format.HTML;
    }
    if (XML_START.matcher(start).find()) {
      // XHTML is HTML: find the root element after the prolog, comments and doctype.
      String afterProlog = start.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!doctype[^>]*>", " ");
      var root = XML_ROOT.matcher(afterProlog);
      if ((root.find() && root.group(1).equals("html")) || start.contains("<!doctype html")) {
        return Format.HTML;
      }
      return Format.XML;
    }
    return Format.TEXT;
  }

  /** NUL bytes (outside UTF-16) or many control characters: no document reads like that. */
  private static boolean looksBinary(byte[] head, String decoded) {
    if (!TextDecoding.hasUtf16Bom(head)) {
      for (byte b : head) {
        if (b == 0) {
          return true;
        }
      }
    }
    long controls = decoded.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f').count();
    return controls > Limits.MAX_CONTROL_CHAR_RATIO * Math.max(1, decoded.length());
  }

  /** A DOCX and an ODT are ZIP files: their entries tell which one, or that it is just an archive. */
  private static Format zipFormat(Path file, byte[] head) throws IOException, UnreadableException {
    Set<String> names = new HashSet<>();
    String mimetype = null;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      var entries = zip.entries();
      while (entries.hasMoreElements() && names.size() <= Limits.MAX_ZIP_ENTRIES) {
        ZipEntry entry = entries.nextElement();
        names.add(entry.getName());
        if (entry.getName().equals("mimetype") && entry.getSize() < 200) {
          try (InputStream in = zip.getInputStream(entry)) {
            mimetype = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
          }
        }
      }
    } catch (ZipException e) {
      return damagedZipFormat(file, head, e);
    }
    if (names.contains("word/document.xml") || names.contains("[Content_Types].xml") && names.stream().anyMatch(n -> n.startsWith("word/"))) {
      return Format.DOCX;
    }
    if (ODT_MIMETYPE.equals(mimetype) || mimetype == null && names.contains("content.xml") && names.contains("META-INF/manifest.xml")) {
      return Format.ODT;
    }
    if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument.")) {
      throw new UnreadableException("is an OpenDocument file of another kind (" + mimetype + "), not a text document");
    }
    if (names.contains("[Content_Types].xml")) {
      throw new UnreadableException("is an Office file of another kind (spreadsheet or presentation?), not a Word document");
    }
    throw new UnreadableException("is a ZIP archive, not a DOCX or ODT document");
  }

  /**
   * The ZIP directory at the end is missing (a truncated download) or garbled: the names of the first entries are
   * still readable in the local headers, and failing that the file name says what it claimed to be.
   */
  private static Format damagedZipFormat(Path file, byte[] head, ZipException e) throws UnreadableException {
    String raw = new String(head, StandardCharsets.ISO_8859_1);
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    String why = " (the ZIP structure is broken: " + Issues.oneLine(e.getMessage()) + ")";
    if (raw.contains("word/") || name.endsWith(".docx")) {
      throw new UnreadableException("is a damaged DOCX" + why);
    }
    if (raw.contains(ODT_MIMETYPE) || name.endsWith(".odt")) {
      throw new UnreadableException("is a damaged ODT" + why);
    }
    throw new UnreadableException("is a damaged ZIP archive, not a readable DOCX or ODT document" + why);
  }

  /** An OLE2 compound file is either a legacy binary Office file or an encrypted OOXML file wrapped in one. */
  private static String oleReason(Path file) {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
        return "is encrypted (password-protected Office document); remove the password and save it again";
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        return "is a legacy Word .doc file; save it as DOCX";
      }
      return "is a legacy Microsoft Office file (not a Word document); save it as DOCX or PDF";
    } catch (IOException | RuntimeException e) {
      return "is a damaged legacy Microsoft Office file";
    }
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Limits.SNIFF_BYTES);
    }
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
