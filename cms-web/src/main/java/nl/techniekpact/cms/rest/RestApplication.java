package nl.techniekpact.cms.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, version 1, at {@value #PATH}. */
@ApplicationPath(RestApplication.PATH)
public class RestApplication extends Application {

  /** Where the API lives, below the context root. */
  public static final String PATH = "/api/v1";
}
