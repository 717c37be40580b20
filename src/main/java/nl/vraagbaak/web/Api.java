package nl.vraagbaak.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.store.StoredPair;

/** The JSON endpoints that read or write the library directly (search and similar live in {@link SearchApi}). */
final class Api {

  private final Site site;
  private final Ingestion ingestion;

  Api(Site site, Ingestion ingestion) {
    this.site = site;
    this.ingestion = ingestion;
  }

  void pair(Context ctx) {
    String id = Params.pairId(ctx.pathParam("pairId"));
    StoredPair pair = site.library.pair(id)
        .orElseThrow(() -> WebError.notFound("no pair " + id + " in this library; search for pairs with /api/search?q=..."));
    ctx.json(pair);
  }

  void document(Context ctx) {
    String id = Params.documentId(ctx.pathParam("documentId"));
    Enriched document = site.library.document(id)
        .orElseThrow(() -> WebError.notFound("no document " + id + " in this library; search for documents with /api/search?q=..."));
    if (ctx.queryParam("download") != null) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + id + ".json\"");
    }
    ctx.json(document);
  }

  /** The pairs that cite a Kamerstuk or motion, a page at a time: a motion may be cited by thousands. */
  void cites(Context ctx) {
    String typed = Params.text(ctx, "ref");
    if (typed == null) {
      throw WebError.badRequest("send 'ref', a Kamerstuk or motion such as kst-36045-267 or 'motie Klaver'");
    }
    String id = nl.vraagbaak.enrich.Enricher.canonicalReference(typed).orElseThrow(() -> WebError.badRequest("cannot read '"
        + Params.clip(typed) + "' as a Kamerstuk or motion; send e.g. kst-36045-267, 'Kamerstuk 36 045, nr. 267' or 'motie Klaver'"));
    int limit = Params.limit(ctx, 20);
    int offset = Params.offset(ctx);
    java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
    json.put("reference", id);
    json.put("url", nl.vraagbaak.enrich.Enricher.officialUrl(id));
    json.put("total", site.library.citingCount(id));
    json.put("offset", offset);
    json.put("pairs", site.library.citing(id, offset, limit));
    ctx.json(json);
  }

  void stats(Context ctx) {
    ctx.json(site.stats.get());
  }

  /** Every pair with its document as JSON Lines, written while the library is read: constant memory. */
  void export(Context ctx) throws IOException {
    ctx.contentType("application/x-ndjson; charset=utf-8");
    ctx.header("Content-Disposition", "inline; filename=\"vraagbaak-export.jsonl\"");
    ObjectWriter writer = WebJson.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    try (OutputStream out = new BufferedOutputStream(ctx.outputStream(), 64 * 1024)) {
      site.library.forEachPair(pair -> {
        try {
          writer.writeValue(out, pair);
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      // the client went away mid-stream; nothing more to send
    }
  }

  void upload(Context ctx) throws IOException {
    try {
      site.auth.requireWriter(ctx, null);
    } catch (WebError refused) {
      drainBody(ctx, site.options.maxUploadBytes());
      throw refused;
    }
    UploadedFile file = uploadedFile(ctx, site.options.maxUploadBytes());
    Enriched stored = ingestion.ingest(file.content(), file.filename());
    ctx.status(201);
    ctx.header("Location", "/api/documents/" + stored.document().id());
    ctx.json(stored);
  }

  /**
   * Reads and discards a refused upload's body (when it is within the limit): a server that answers before the body
   * is read closes the connection while the client is still sending, and the client then sees a reset instead of
   * the 401 that says what to change.
   */
  private static void drainBody(Context ctx, long maxBytes) throws IOException {
    long length = ctx.req().getContentLengthLong();
    if (length < 0 || length > maxBytes + 64 * 1024) {
      return;
    }
    try (var in = ctx.req().getInputStream()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  /** The multipart field "file"; anything else is a 400 that names what to send. */
  static UploadedFile uploadedFile(Context ctx, long maxBytes) {
    long length = ctx.req().getContentLengthLong();
    if (length > maxBytes + 64 * 1024) {
      throw WebError.tooLarge("the upload has " + length / (1024 * 1024) + " MB, more than the server's limit of "
          + maxBytes / (1024 * 1024) + " MB; send a smaller file");
    }
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
      throw WebError.badRequest("send the document as multipart/form-data with the file in the field 'file'");
    }
    UploadedFile file;
    try {
      file = ctx.uploadedFile("file");
    } catch (Exception e) { // Jetty's multipart errors arrive as (undeclared) ServletException
      if (isTooLarge(e)) {
        throw WebError.tooLarge("the upload is larger than the server's limit; send a smaller file");
      }
      throw WebError.badRequest("the multipart body cannot be read (" + e.getClass().getSimpleName()
          + "); send multipart/form-data with the file in the field 'file'");
    }
    if (file == null) {
      throw WebError.badRequest("no field 'file' in the upload; send the document in the multipart field 'file'");
    }
    return file;
  }

  private static boolean isTooLarge(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase();
      if (message.contains("exceed") || message.contains("too large") || message.contains("size")) {
        return true;
      }
    }
    return false;
  }
}
