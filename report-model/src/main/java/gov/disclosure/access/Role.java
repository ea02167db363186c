package gov.disclosure.access;

/**
 * The roles of a token ({@code groups} claim): who may do what with reports and rollups.
 */
public final class Role {

    /** An agency's system: submits, revises, withdraws and reads its own agencies' reports. */
    public static final String SUBMITTER = "submitter";
    /** A government's disclosure office: reads every report and revision of its region and the regions below. */
    public static final String REVIEWER = "reviewer";
    /** A dashboard: reads rollups, nothing else. */
    public static final String VIEWER = "viewer";
    /** Everything, including rebuilding rollups and reading dead letters. */
    public static final String ADMIN = "admin";

    private Role() {
    }
}
