package nl.techniekpact.cms.pact.rest;

/** The OpenAPI texts and examples of pact edition writes. */
final class PactWrites {

  private PactWrites() {}

  static final String INPUT_EXAMPLE =
      "{\"slug\":\"techniekpact-2030\",\"name\":\"Techniekpact 2030\","
          + "\"signedOn\":\"2030-05-13\",\"description\":{\"nl\":\"Nieuwe afspraken tussen"
          + " bedrijfsleven, onderwijs en overheid.\",\"en\":\"New agreements between business,"
          + " education and government.\"}}";

  static final String EDIT_EXAMPLE =
      "{\"slug\":\"techniekpact\",\"name\":\"Techniekpact\",\"signedOn\":\"2013-05-13\","
          + "\"description\":{\"nl\":\"Techniekpact moet de aansluiting van het onderwijs op de"
          + " arbeidsmarkt in de technieksector verbeteren.\"},\"version\":3,"
          + "\"updatedAt\":\"2026-11-28T10:15:30Z\"}";

  static final String EDITORS_ONLY =
      " Needs the role administrator or national-editor; regional editors do not edit the pact.";

  static final String IF_MATCH = "The ETag of the version the change was made on, such as \"v3\"";

  static final String PURGE =
      "true to remove a deleted item for good (administrators only); by default the delete is"
          + " soft";
}
