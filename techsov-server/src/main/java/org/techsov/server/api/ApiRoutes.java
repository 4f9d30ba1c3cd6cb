package org.techsov.server.api;

import io.javalin.Javalin;
import java.util.List;

/**
 * One analysis's or resource's part of the API. Each analysis adds one implementation and one line
 * in {@link #all}; the OpenAPI description comes from the {@code @OpenApi} annotations on its
 * handlers.
 */
public interface ApiRoutes {
  /** Adds the routes to the application. */
  void addTo(Javalin app);

  /** Every part of the API, in the order of the documentation. */
  static List<ApiRoutes> all(Services s) {
    return List.of(
        new StatusRoutes(s),
        new ReferenceRoutes(s),
        new DependencyRoutes(s),
        new FeasibilityRoutes(s),
        new CircumventionRoutes(s),
        new MirrorRoutes(s),
        new ProvenanceRoutes(s),
        new ReportRoutes(s),
        new ProgrammeRoutes(s),
        new ScorecardRoutes(s),
        new LocalisationRoutes(s),
        new EmbargoRoutes(s),
        new JobRoutes(s),
        new TokenRoutes(s));
  }
}
