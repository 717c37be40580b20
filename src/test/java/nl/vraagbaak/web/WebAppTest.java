package nl.vraagbaak.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.vraagbaak.Seeds;
import nl.vraagbaak.enrich.Enriched;
import nl.vraagbaak.enrich.EnrichedPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pages and the API over HTTP, against a real server on port 0 over a real library of the seeds. */
class WebAppTest {

  static final String TOKEN = "test-token-123";

  @TempDir static Path dir;
  static List<Enriched> seeds;
  static WebApp app;
  static Client client;

  @BeforeAll
  static void start() throws Exception {
    seeds = SeedLibrary.build(dir);
    app = WebApp.start(WebOptions.of(dir, 0).withToken(TOKEN).withMaxUploadBytes(2 * 1024 * 1024));
    client = new Client(app.port());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Enriched seed(int index) {
    return seeds.get(index);
  }

  /** A pair of seed 003 whose answer points to another question ("zie het antwoord op vraag 22"). */
  static EnrichedPair pairWithCrossReference() {
    return pairWithCrossReferenceIn(seeds);
  }

  static EnrichedPair pairWithCrossReferenceIn(List<Enriched> seeds) {
    return seeds.stream().flatMap(s -> s.pairs().stream())
        .filter(p -> !p.pair().refersTo().isEmpty())
        .filter(p -> seeds.stream().flatMap(s -> s.pairs().stream())
            .anyMatch(o -> o.pair().id().startsWith(p.pair().id().substring(0, 16))
                && o.pair().numbers().contains(p.pair().refersTo().get(0))))
        .findFirst().orElseThrow();
  }

  // ---- API: search and similar

  @Test
  void apiSearchFindsD66sGreenlandQuestionFirstWithHighlightsAndFacets() {
    HttpResponse<String> response = client.get("/api/search?q=Groenland&party=D66");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = client.json(response);
    assertThat(body.path("total").asInt()).isPositive();
    assertThat(body.path("estimated").isBoolean()).as("the API says whether total and facets are counted or estimated").isTrue();
    assertThat(body.path("estimated").asBoolean()).as("a library of five documents is counted exactly").isFalse();
    JsonNode first = body.path("hits").get(0);
    assertThat(first.path("pair").path("asker").path("party").asText()).isEqualTo("D66");
    assertThat(first.path("document").path("id").asText()).isEqualTo(seed(3).document().id());
    assertThat(first.path("highlights").path("question").asText()).contains("<mark>");
    assertThat(body.path("facets").path("party").path("D66").asInt()).isEqualTo(body.path("total").asInt());
  }

  @Test
  void repeatedSearchesAreAnsweredAlikeWithOrWithoutTheCache() {
    String first = client.get("/api/search?q=Groenland&party=D66").body();
    String again = client.get("/api/search?q=Groenland&party=D66").body();
    HttpResponse<String> fresh = client.send(HttpRequest.newBuilder(client.uri("/api/search?q=Groenland&party=D66"))
        .header("Cache-Control", "no-cache").GET().build());
    assertThat(again).isEqualTo(first);
    assertThat(fresh.body()).isEqualTo(first);
  }

  @Test
  void searchAnswers304ToAClientThatHasItAlready() {
    for (String path : List.of("/api/search?q=Groenland", "/?q=Groenland", "/")) {
      HttpResponse<String> first = client.get(path);
      String etag = first.headers().firstValue("ETag").orElseThrow();
      HttpResponse<String> again = client.send(HttpRequest.newBuilder(client.uri(path)).header("If-None-Match", etag).GET().build());
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).isEmpty();
    }
  }

  @Test
  void pagesAndJsonAreSentGzippedToClientsThatTakeIt() throws Exception {
    String doc = seed(2).document().id();
    String pair = seed(2).pairs().get(0).pair().id();
    for (String path : List.of("/api/search?q=NAVO", "/?q=NAVO", "/", "/overview", "/pairs/" + pair, "/documents/" + doc,
        "/api/documents/" + doc)) {
      String plain = client.get(path).body();
      HttpResponse<byte[]> zipped = java.net.http.HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(client.uri(path)).header("Accept-Encoding", "gzip").GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
      }
    }
  }

  @Test
  void queriesThatDifferOnlyInSpacesAreOneSearch() {
    JsonNode spaced = client.json(client.get("/api/search?q=%20sancties%20%20%20Rusland%09"));
    assertThat(spaced.path("query").asText()).isEqualTo("sancties Rusland");
    assertThat(client.get("/api/search?q=sancties+Rusland").body()).isEqualTo(client.get("/api/search?q=sancties%20%20Rusland").body());
  }

  @Test
  void apiSearchPagesWithLimitAndOffset() {
    JsonNode all = client.json(client.get("/api/search?q=NAVO&limit=4"));
    JsonNode second = client.json(client.get("/api/search?q=NAVO&limit=2&offset=2"));
    assertThat(all.path("hits").size()).isEqualTo(4);
    assertThat(second.path("hits").get(0).path("pair").path("id").asText())
        .isEqualTo(all.path("hits").get(2).path("pair").path("id").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"q=NAVO&from=2026-13-45", "q=NAVO&to=gisteren", "q=NAVO&from=2026-02-01&to=2025-01-01",
      "q=NAVO&limit=100000", "q=NAVO&limit=0", "q=NAVO&limit=tien", "q=NAVO&offset=-1", "q=NAVO&offset=99999999",
      "q=%22NAVO", "q=NAVO+AND+(OR", "q=*", "q=NAVO&sort=gewicht"})
  void malformedSearchesAre400WithAnExplanation(String query) {
    HttpResponse<String> response = client.get("/api/search?" + query);
    assertThat(response.statusCode()).as(query + " → " + response.body()).isEqualTo(400);
    JsonNode body = client.json(response);
    assertThat(body.path("status").asInt()).isEqualTo(400);
    assertThat(body.path("message").asText()).isNotBlank();
    assertThat(client.get("/?" + query).statusCode()).isEqualTo(400);
  }

  @Test
  void apiSimilarToAPairNeverReturnsThePairItself() {
    String id = seed(3).pairs().get(10).pair().id();
    JsonNode body = client.json(client.get("/api/similar?pair=" + id + "&limit=5"));
    JsonNode result = body.path("results").get(0);
    assertThat(result.path("pair").asText()).isEqualTo(id);
    assertThat(result.path("similar").size()).isBetween(1, 5);
    result.path("similar").forEach(s -> assertThat(s.path("pair").path("id").asText()).isNotEqualTo(id));
  }

  @Test
  void apiSimilarToATextFindsPairsAboutIt() {
    JsonNode body = client.json(client.get("/api/similar?text=" + java.net.URLEncoder.encode(
        "Wat is de positie van het kabinet over Groenland en het Arctisch gebied?", StandardCharsets.UTF_8)));
    assertThat(body.path("results").get(0).path("similar").size()).isPositive();
  }

  @Test
  void apiSimilarNeedsExactlyOneOfPairOrText() {
    assertThat(client.get("/api/similar").statusCode()).isEqualTo(400);
    assertThat(client.get("/api/similar?pair=" + seed(0).pairs().get(0).pair().id() + "&text=x").statusCode()).isEqualTo(400);
    assertThat(client.get("/api/similar?pair=kapot").statusCode()).isEqualTo(400);
    assertThat(client.get("/api/similar?pair=0000000000000000.3").statusCode()).isEqualTo(404);
  }

  @Test
  void apiCitesPagesThroughTheCitingPairsWithTheTotal() {
    // the reference cited by the most pairs of the seeds
    var counts = seeds.stream().flatMap(s -> s.pairs().stream())
        .flatMap(p -> p.enrichment().references().stream().map(r -> r.id()).filter(java.util.Objects::nonNull).distinct())
        .collect(java.util.stream.Collectors.groupingBy(id -> id, java.util.stream.Collectors.counting()));
    var most = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
    assertThat(most.getValue()).isGreaterThanOrEqualTo(3);
    String ref = most.getKey();
    JsonNode all = client.json(client.get("/api/cites?limit=100&ref=" + ref));
    JsonNode first = client.json(client.get("/api/cites?limit=2&ref=" + ref));
    JsonNode second = client.json(client.get("/api/cites?limit=2&offset=2&ref=" + ref));
    assertThat(first.path("total").asInt()).isEqualTo(most.getValue().intValue()).isEqualTo(all.path("pairs").size());
    assertThat(first.path("pairs").size()).isEqualTo(2);
    assertThat(second.path("offset").asInt()).isEqualTo(2);
    assertThat(second.path("pairs").get(0).at("/pair/id").asText()).isEqualTo(all.path("pairs").get(2).at("/pair/id").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ref=kst-36045-267&limit=0", "ref=kst-36045-267&limit=101", "ref=kst-36045-267&limit=veel",
      "ref=kst-36045-267&offset=-1", "ref=de+grote+brief"})
  void apiCitesRefusesBadParametersWith400(String query) {
    var response = client.get("/api/cites?" + query);
    assertThat(response.statusCode()).as(query + " → " + response.body()).isEqualTo(400);
    assertThat(client.json(response).path("message").asText()).isNotBlank();
  }

  // ---- API: pairs and documents

  @Test
  void apiPairReturnsThePairWithItsDocument() {
    EnrichedPair pair = seed(3).pairs().get(0);
    HttpResponse<String> response = client.get("/api/pairs/" + pair.pair().id());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = client.json(response);
    assertThat(body.path("document").path("id").asText()).isEqualTo(seed(3).document().id());
    assertThat(body.path("pair").path("id").asText()).isEqualTo(pair.pair().id());
    assertThat(body.path("pair").path("question").asText()).isEqualTo(pair.pair().question());
    assertThat(body.path("pair").has("answerKind")).isTrue();
  }

  @Test
  void apiDocumentReturnsTheJsonOfParse() {
    Enriched doc = seed(0);
    JsonNode body = client.json(client.get("/api/documents/" + doc.document().id()));
    assertThat(body.path("document").path("id").asText()).isEqualTo(doc.document().id());
    assertThat(body.path("pairs").size()).isEqualTo(doc.pairs().size());
    assertThat(body.has("unanswered")).isTrue();
    assertThat(body.has("issues")).isTrue();
    HttpResponse<String> download = client.get("/api/documents/" + doc.document().id() + "?download=1");
    assertThat(download.headers().firstValue("Content-Disposition")).get().asString()
        .contains("attachment", doc.document().id() + ".json");
  }

  @Test
  void unknownButWellFormedIdsAre404() {
    HttpResponse<String> pair = client.get("/api/pairs/0000000000000000.1");
    assertThat(pair.statusCode()).isEqualTo(404);
    assertThat(client.json(pair).path("message").asText()).contains("0000000000000000.1");
    assertThat(client.get("/api/documents/0000000000000000").statusCode()).isEqualTo(404);
    assertThat(client.get("/pairs/0000000000000000.1").statusCode()).isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/pairs/abc", "/api/pairs/..%2F..%2Fetc%2Fpasswd", "/api/pairs/1f53866c97893331.0",
      "/api/documents/XYZ", "/api/documents/1f53866c97893331.1", "/pairs/nope", "/documents/%3Cscript%3E"})
  void malformedIdsAre400WithAnExplanation(String path) {
    HttpResponse<String> response = client.get(path);
    assertThat(response.statusCode()).isEqualTo(400);
    if (path.startsWith("/api/")) {
      JsonNode body = client.json(response);
      assertThat(body.path("status").asInt()).isEqualTo(400);
      assertThat(body.path("message").asText()).contains("send");
    } else {
      assertThat(response.body()).doesNotContain("<script>").contains("Deze vraag begrijpen we niet");
    }
  }

  // ---- API: stats and export

  @Test
  void apiStatsCountsTheSeeds() {
    JsonNode stats = client.json(client.get("/api/stats"));
    int pairs = seeds.stream().mapToInt(s -> s.pairs().size()).sum();
    assertThat(stats.path("documents").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(stats.path("pairs").asInt()).isGreaterThanOrEqualTo(pairs);
    assertThat(stats.path("perParty").size()).isGreaterThan(3);
  }

  @Test
  void apiExportStreamsEveryPairAsJsonLines() throws Exception {
    HttpResponse<String> response = client.get("/api/export");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/x-ndjson");
    List<String> lines = response.body().lines().toList();
    assertThat(lines.size()).isGreaterThanOrEqualTo(seeds.stream().mapToInt(s -> s.pairs().size()).sum());
    JsonNode first = Client.JSON.readTree(lines.get(0));
    assertThat(first.path("document").path("id").asText()).hasSize(16);
    assertThat(first.path("pair").path("question").asText()).isNotBlank();
  }

  // ---- API: upload

  @Test
  void uploadWithTheTokenStoresTheDocumentAndAnswers201() throws Exception {
    byte[] text = Files.readAllBytes(Seeds.seed("004"));
    byte[] variant = (new String(text, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8); // a new id
    HttpResponse<String> response = client.upload("/api/documents", "../../etc/passwd name.txt", variant, TOKEN);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = client.json(response);
    String id = body.path("document").path("id").asText();
    assertThat(body.path("document").path("source").asText()).isEqualTo("passwd name.txt");
    assertThat(body.path("pairs").size()).isEqualTo(seed(4).pairs().size());
    assertThat(client.get("/api/documents/" + id).statusCode()).isEqualTo(200);
    assertThat(client.get("/documents/" + id).body()).contains(body.path("pairs").get(0).path("id").asText());
    try (Stream<Path> files = Files.list(dir.resolve("uploads"))) {
      assertThat(files.map(f -> f.getFileName().toString()).toList()).contains(id + ".txt").noneMatch(n -> n.contains("passwd"));
    }
    assertThat(Files.exists(dir.resolve("etc"))).isFalse();
  }

  @Test
  void uploadWithoutTheRightTokenIs401() throws Exception {
    byte[] text = Files.readAllBytes(Seeds.seed("004"));
    HttpResponse<String> none = client.upload("/api/documents", "a.txt", text, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(client.json(none).path("message").asText()).contains("Authorization: Bearer");
    assertThat(client.upload("/api/documents", "a.txt", text, "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void uploadOfSomethingUnreadableIs422WithTheReason() {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    HttpResponse<String> response = client.upload("/api/documents", "ruis.pdf", garbage, TOKEN);
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(client.json(response).path("message").asText()).contains("ruis.pdf", "send");
  }

  @Test
  void uploadLargerThanTheLimitIs413AndLeavesNoFile() throws Exception {
    byte[] huge = new byte[3 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    HttpResponse<String> response = client.upload("/api/documents", "groot.txt", huge, TOKEN);
    assertThat(response.statusCode()).isEqualTo(413);
    try (Stream<Path> files = Files.list(dir.resolve("uploads")).filter(f -> f.getFileName().toString().startsWith("upload-"))) {
      assertThat(files.toList()).isEmpty();
    } catch (java.nio.file.NoSuchFileException e) {
      // no upload folder at all: nothing was written
    }
  }

  @Test
  void uploadThatIsNotMultipartIs400() {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("/api/documents"))
        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(client.json(response).path("message").asText()).contains("multipart/form-data");
  }

  @Test
  void readOnlyServerRefusesUploadsWith403() throws Exception {
    try (WebApp readOnly = WebApp.start(WebOptions.of(dir, 0))) {
      HttpResponse<String> response = new Client(readOnly.port())
          .upload("/api/documents", "a.txt", "Vraag 1\nWaarom?\nAntwoord 1\nDaarom.\n".getBytes(StandardCharsets.UTF_8), "x");
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(client.json(response).path("message").asText()).contains("--token");
      String page = new Client(readOnly.port()).get("/ingest").body();
      assertThat(page).contains("alleen-lezen").doesNotContain("id=\"upload-form\"");
    }
  }

  // ---- pages

  @Test
  void searchPageShowsHighlightedHitsFacetsAndShareableLinks() {
    HttpResponse<String> response = client.get("/?q=Groenland");
    assertThat(response.statusCode()).isEqualTo(200);
    String html = response.body();
    assertThat(html).contains("<mark>", "resultaten", "href=\"/pairs/", "Partij", "value=\"Groenland\"");
    assertThat(html).contains("href=\"/?q=Groenland&amp;party=D66\"");
    assertThat(html).contains("href=\"/?q=Groenland&amp;sort=date\"");
  }

  @Test
  void partyFacetNarrowsTheResultAndCanBeRemoved() {
    String all = client.get("/?q=NAVO").body();
    String d66 = client.get("/?q=NAVO&party=D66").body();
    assertThat(count(d66)).isLessThan(count(all));
    assertThat(d66).contains("Partij: D66", "href=\"/?q=NAVO\"");
  }

  @Test
  void searchPagePagesThroughResults() {
    String first = client.get("/?q=NAVO&limit=3").body();
    assertThat(first).contains("rel=\"next\"", "href=\"/?q=NAVO&amp;offset=3&amp;limit=3\"");
    String second = client.get("/?q=NAVO&offset=3&limit=3").body();
    assertThat(second).contains("rel=\"prev\"", "4–6");
  }

  @Test
  void emptySearchPageWelcomesWithExamplesAndCounts() {
    String html = client.get("/").body();
    assertThat(html).contains("Wat heeft het kabinet hier al over gezegd?", "Bijvoorbeeld", "/?q=Groenland");
  }

  @Test
  void pairPageShowsEarlierSimilarQuestionsWithAnswers() {
    String html = client.get("/pairs/" + seed(3).pairs().get(10).pair().id()).body();
    assertThat(html).contains("Vergelijkbare vragen");
    String section = html.substring(html.indexOf("Vergelijkbare vragen"));
    assertThat(section).contains("href=\"/pairs/").doesNotContain("Geen vergelijkbare vragen");
  }

  private static long count(String html) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) resultat").matcher(html);
    return m.find() ? Long.parseLong(m.group(1)) : html.contains("1 resultaat") ? 1 : 0;
  }

  @Test
  void pairPageShowsQuestionAnswerAskerAndDocumentFacts() {
    Enriched doc = seed(3);
    EnrichedPair pair = doc.pairs().get(5);
    String html = client.get("/pairs/" + pair.pair().id()).body();
    assertThat(html).contains(Html.escape(Html.paragraphs(pair.pair().question()).get(0)));
    assertThat(html).contains(Html.escape(Html.paragraphs(pair.pair().answer()).get(0)));
    assertThat(html).contains(Html.escape(Labels.asker(pair.pair().asker())));
    assertThat(html).contains("/documents/" + doc.document().id());
    if (doc.document().date() != null) {
      assertThat(html).contains(doc.document().date());
    }
  }

  @Test
  void pairPageLinksCrossReferencesBothWays() {
    EnrichedPair from = pairWithCrossReference();
    String docId = from.pair().id().substring(0, 16);
    Enriched doc = seeds.stream().filter(s -> s.document().id().equals(docId)).findFirst().orElseThrow();
    EnrichedPair to = doc.pairs().stream().filter(p -> p.pair().numbers().contains(from.pair().refersTo().get(0)))
        .findFirst().orElseThrow();
    assertThat(client.get("/pairs/" + from.pair().id()).body())
        .contains("Dit antwoord verwijst naar").contains("href=\"/pairs/" + to.pair().id() + "\"");
    assertThat(client.get("/pairs/" + to.pair().id()).body())
        .contains("Hiernaar wordt verwezen door").contains("href=\"/pairs/" + from.pair().id() + "\"");
  }

  @Test
  void documentPageListsEveryPairInOrderWithTableOfContentsAndDownloads() {
    Enriched doc = seed(3);
    String html = client.get("/documents/" + doc.document().id()).body();
    int last = -1;
    for (EnrichedPair pair : doc.pairs()) {
      int at = html.indexOf("href=\"/pairs/" + pair.pair().id() + "\"");
      assertThat(at).as(pair.pair().id()).isGreaterThan(last);
      last = at;
    }
    assertThat(html).contains("Inhoud per fractie", "Download JSON", "Download CSV");
  }

  @Test
  void documentCsvHasAHeaderAndOneRecordPerPair() throws Exception {
    Enriched doc = seed(1);
    HttpResponse<String> response = client.get("/documents/" + doc.document().id() + "/pairs.csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(response.body()).startsWith("\uFEFFpair_id,document_id,ordinal");
    for (EnrichedPair pair : doc.pairs()) {
      assertThat(response.body()).contains(pair.pair().id() + "," + doc.document().id() + "," + pair.pair().ordinal() + ",");
    }
  }

  @Test
  void overviewDrawsChartsAsInlineSvg() {
    String html = client.get("/overview").body();
    assertThat(html).contains("<svg", "Vragen per partij", "Vragen per jaar", "Beantwoord door", "Hoe werd er geantwoord");
    String party = seed(3).pairs().get(0).pair().asker().party();
    assertThat(html).contains(Html.escape(party));
  }

  @Test
  void pairPageShowsAnswerKindCommitmentsAndCitedPapers() {
    List<EnrichedPair> all = seeds.stream().flatMap(d -> d.pairs().stream()).toList();
    EnrichedPair referral = all.stream().filter(p -> p.enrichment().answerKind().label().equals("referral")).findFirst().orElseThrow();
    assertThat(client.get("/pairs/" + referral.pair().id()).body()).contains(Labels.answerKind("referral"));
    EnrichedPair promising = all.stream().filter(p -> !p.enrichment().commitments().isEmpty()).findFirst().orElseThrow();
    String page = client.get("/pairs/" + promising.pair().id()).body();
    assertThat(page).contains("class=\"commitment\"");
    EnrichedPair citing = all.stream().filter(p -> !p.enrichment().references().isEmpty()).findFirst().orElseThrow();
    assertThat(client.get("/pairs/" + citing.pair().id()).body())
        .contains(Html.escape(citing.enrichment().references().get(0).text()));
  }

  @Test
  void commitmentsPageFiltersAndRejectsBadDates() {
    assertThat(client.get("/commitments").statusCode()).isEqualTo(200);
    assertThat(client.get("/commitments?status=open").body()).contains("Toezeggingen");
    seeds.stream().flatMap(d -> d.pairs().stream()).filter(p -> !p.enrichment().commitments().isEmpty()).findFirst()
        .ifPresent(p -> assertThat(client.get("/commitments").body()).contains("href=\"/pairs/" + p.pair().id() + "\""));
    assertThat(client.get("/commitments?offset=-5").statusCode()).isEqualTo(400);
    assertThat(client.get("/commitments?status=gisteren").statusCode()).isEqualTo(400);
    assertThat(client.get("/commitments?before=31-12-2026").statusCode()).isEqualTo(400);
  }

  @Test
  void ingestPageOffersDragAndDropWithAPlainFormFallback() {
    String html = client.get("/ingest").body();
    assertThat(html).contains("enctype=\"multipart/form-data\"", "name=\"file\"", "/static/ingest.js");
  }

  @Test
  void plainIngestFormStoresTheFileAndLinksToTheDocument() throws Exception {
    String text = "Vraag 1\nHoeveel drones heeft Defensie besteld?\n\nAntwoord 1\nDefensie heeft twaalf drones besteld.\n";
    String boundary = "----formgrens";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n" + TOKEN + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"drones.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("/ingest"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("drones.txt", "document openen");
  }

  // ---- safety

  @Test
  void documentTextIsEscapedEverywhere() throws Exception {
    String text = "Vraag 1\nWat doet <script>alert('x')</script> in een Kamervraag?\n\nAntwoord 1\n"
        + "Het kabinet ziet <img src=x onerror=alert(1)> niet als probleem.\n";
    HttpResponse<String> upload = client.upload("/api/documents", "<b>kwaad</b>.txt", text.getBytes(StandardCharsets.UTF_8), TOKEN);
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    JsonNode doc = client.json(upload);
    String pairId = doc.path("pairs").get(0).path("id").asText();
    awaitSearchable("onerror");
    for (String page : List.of("/pairs/" + pairId, "/documents/" + doc.path("document").path("id").asText(),
        "/?q=onerror", "/?q=script")) {
      String html = client.get(page).body();
      assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>kwaad");
      assertThat(html).containsAnyOf("&lt;script&gt;alert", "&lt;<mark>script</mark>&gt;alert");
    }
    JsonNode hit = client.json(client.get("/api/search?q=onerror")).path("hits").get(0);
    assertThat(hit.path("highlights").path("answer").asText()).contains("&lt;img", "<mark>").doesNotContain("<img");
  }

  /** Hostile and random parameters on every endpoint: answers are 2xx or 4xx, never 5xx. */
  @Test
  void noRequestEverAnswers500() {
    List<String> nasty = List.of("", "\\", "~", "^2", "party:D66", "(((", "\"", "a AND", "*a", "?", "title:[a TO", "NOT",
        "a OR b OR c OR d OR e OR f OR g", "\uD83D\uDE00", "%", "%00", "' OR 1=1 --", "<script>", "../../etc/passwd",
        "2026-02-30", "9999999999", "-1", "0x10", "a".repeat(1999), "q ".repeat(600), "x*y*z*", "\u0000", "~/;{}[]");
    List<String> templates = List.of("/api/search?q=%s", "/api/search?q=NAVO&party=%s", "/api/search?q=NAVO&member=%s",
        "/api/search?q=NAVO&kind=%s", "/api/search?q=NAVO&committee=%s", "/api/search?q=NAVO&responder=%s",
        "/api/search?q=NAVO&from=%s", "/api/search?q=NAVO&limit=%s", "/api/search?q=NAVO&offset=%s", "/api/search?q=NAVO&sort=%s",
        "/api/similar?text=%s", "/api/similar?pair=%s", "/api/pairs/%s", "/api/documents/%s", "/?q=%s", "/?party=%s",
        "/pairs/%s", "/documents/%s", "/documents/%s/pairs.csv", "/commitments?before=%s", "/commitments?status=%s",
        "/commitments?responder=%s");
    java.util.Random random = new java.util.Random(20261123);
    for (String template : templates) {
      for (int i = 0; i < 6; i++) {
        String value = nasty.get(random.nextInt(nasty.size()));
        String encoded = java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        HttpResponse<String> response = client.get(String.format(template, encoded));
        assertThat(response.statusCode()).as(template + " with " + Params.clip(value) + ": " + Params.clip(response.body()))
            .isLessThan(500);
      }
    }
  }

  /** The server's index reader sees an upload within about a second. */
  static void awaitSearchable(String query) throws InterruptedException {
    for (int i = 0; i < 50 && client.json(client.get("/api/search?q=" + query)).path("total").asInt() == 0; i++) {
      Thread.sleep(100);
    }
  }

  @Test
  void pagesSendAContentSecurityPolicy() {
    HttpResponse<String> response = client.get("/overview");
    assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
        .contains("default-src 'self'", "frame-ancestors 'none'");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void wrongMethodIsRefusedWithJson() {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(client.uri("/api/stats").toString()))
        .DELETE().build());
    assertThat(response.statusCode()).isIn(404, 405);
    assertThat(client.json(response).path("message").asText()).contains("openapi.json");
  }
}
