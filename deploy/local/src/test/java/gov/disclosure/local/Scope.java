package gov.disclosure.local;

/** Which agencies a rollup counts: those of the region itself, or of the region and every region below it. */
enum Scope {
    OWN, ALL;

    String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
