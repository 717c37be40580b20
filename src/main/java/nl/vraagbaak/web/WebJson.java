package nl.vraagbaak.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The web's JSON mapper, configured like the CLI's so that the API prints what the commands print. */
final class WebJson {

  static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private WebJson() {}
}
