package gov.disclosure.rollups.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The pages people read (gov.disclosure.rollups.web): who may read them signed out, and where links lead. */
@ConfigMapping(prefix = "web")
public interface WebConfig {

    /** The cookie the sign-in with a token keeps it in; the services read it as the bearer token. */
    String COOKIE = gov.disclosure.access.SignInCookie.NAME;

    /**
     * Whether visitors who have not signed in see the rollups (public disclosure): the figures, the trend and the
     * sub-regions, never the completeness lists or the reports.
     */
    @WithDefault("false")
    boolean publicFigures();

    /** The report service's address, for the links to a report's revisions and source. */
    @WithDefault("http://localhost:8081")
    String reportApiUrl();

    /** Whether the sign-in cookie is sent over HTTPS only (off for a local run over plain HTTP). */
    @WithDefault("true")
    boolean secureCookie();
}
