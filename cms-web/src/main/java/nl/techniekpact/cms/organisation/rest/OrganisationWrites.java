package nl.techniekpact.cms.organisation.rest;

/** The OpenAPI texts and examples of organisation writes. */
final class OrganisationWrites {

  private OrganisationWrites() {}

  static final String INPUT_EXAMPLE =
      "{\"slug\":\"techniek-werkt\",\"name\":\"Techniek Werkt\",\"kind\":\"BEDRIJFSLEVEN\","
          + "\"region\":\"noord-nederland\",\"website\":\"https://www.techniekwerkt.example\"}";

  static final String EDIT_EXAMPLE =
      "{\"slug\":\"techniek-werkt\",\"name\":\"Techniek Werkt\",\"kind\":\"BEDRIJFSLEVEN\","
          + "\"region\":\"noord-nederland\",\"website\":\"https://www.techniekwerkt.example\","
          + "\"version\":2,\"updatedAt\":\"2026-11-28T10:15:30Z\"}";

  static final String EDITORS_ONLY =
      " Needs the role administrator or national-editor; regional editors do not edit"
          + " organisations.";

  static final String IF_MATCH = "The ETag of the version the change was made on, such as \"v3\"";

  static final String PURGE =
      "true to remove a deleted organisation for good (administrators only); by default the"
          + " delete is soft";
}
