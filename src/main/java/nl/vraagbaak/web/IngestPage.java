package nl.vraagbaak.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vraagbaak.enrich.Enriched;

/** The upload page; with JavaScript it uploads through the API with progress, without it through this form. */
final class IngestPage {

  private final Site site;
  private final Ingestion ingestion;

  IngestPage(Site site, Ingestion ingestion) {
    this.site = site;
    this.ingestion = ingestion;
  }

  void show(Context ctx) {
    ctx.html(site.render("ingest", model(List.of())));
  }

  /** The plain form: every file in field "file", the token in field "token". */
  void submit(Context ctx) {
    Api.uploadedFile(ctx, site.options.maxUploadBytes()); // 400 when the body is no multipart upload with a file
    site.auth.requireWriter(ctx, ctx.formParam("token"));
    List<Views.UploadResult> results = new ArrayList<>();
    for (UploadedFile file : ctx.uploadedFiles("file")) {
      String name = Uploads.displayName(file.filename());
      try {
        Enriched stored = ingestion.ingest(file.content(), file.filename());
        int n = stored.pairs().size();
        results.add(new Views.UploadResult(true, name, n + (n == 1 ? " vraag" : " vragen") + " gevonden",
            "/documents/" + stored.document().id()));
      } catch (WebError e) {
        results.add(new Views.UploadResult(false, name, e.getMessage(), null));
      } catch (java.io.IOException e) {
        results.add(new Views.UploadResult(false, name, "kon niet worden opgeslagen: " + e.getMessage(), null));
      }
    }
    ctx.html(site.render("ingest", model(results)));
  }

  private Map<String, Object> model(List<Views.UploadResult> results) {
    Map<String, Object> model = site.page("Toevoegen", "toevoegen");
    model.put("results", results);
    model.put("maxBytes", site.options.maxUploadBytes());
    model.put("maxMb", site.options.maxUploadBytes() / (1024 * 1024));
    return model;
  }
}
