package nl.vraagbaak.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The Pebble templates of the pages, with autoescaping on: every value printed is HTML-escaped unless it
 * went through {@link Html} first (the {@code highlight} filter).
 */
final class Templates {

  private final PebbleEngine engine;

  Templates() {
    ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
    loader.setPrefix("web/templates");
    loader.setSuffix(".peb");
    engine = new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .defaultEscapingStrategy("html")
        .strictVariables(false)
        .newLineTrimming(true)
        .extension(new Filters())
        .build();
  }

  String render(String name, Map<String, Object> model) {
    StringWriter out = new StringWriter(8192);
    try {
      engine.getTemplate(name).evaluate(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render template " + name, e);
    }
    return out.toString();
  }

  /** Filters the templates use: safe highlights and paragraphs. */
  private static final class Filters extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
      return Map.of("highlight", new Highlight(), "paragraphs", new Paragraphs());
    }
  }

  /** {@code {{ snippet | highlight }}}: decodes, escapes again, keeps only mark tags (idempotent on safe HTML). */
  private static final class Highlight implements Filter {
    @Override
    public List<String> getArgumentNames() {
      return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
      return new SafeString(Html.fromIndex(input == null ? "" : input.toString()));
    }
  }

  /** {@code {% for p in text | paragraphs %}}: the text split at blank lines. */
  private static final class Paragraphs implements Filter {
    @Override
    public List<String> getArgumentNames() {
      return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
      return Html.paragraphs(input == null ? null : input.toString());
    }
  }
}
