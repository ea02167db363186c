package gov.disclosure.rollups.completeness;

import gov.disclosure.roster.AgencyKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** When reports are due (条例 Art. 49), and the extensions regions were granted. */
@ConfigMapping(prefix = "completeness")
public interface CompletenessConfig {

    /** The time zone whose days deadlines and "today" are counted in. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** Deadlines by kind, as month-day (MM-DD) of the year after the report's year. */
    DeadlineDays deadlines();

    /** Later deadlines granted to a region and every region below it, for one year. */
    Optional<List<Extension>> extensions();

    interface DeadlineDays {
        @WithDefault("03-31")
        String government();

        @WithDefault("01-31")
        String department();

        @WithDefault("01-31")
        String township();

        @WithDefault("01-31")
        String other();
    }

    interface Extension {
        /** The region granted the extension; its sub-regions have it too. */
        String regionCode();

        /** The year the reports are about. */
        int year();

        /** The kinds of agency it is for; all when absent. */
        Optional<List<AgencyKind>> kinds();

        /** The new deadline. */
        LocalDate until();
    }
}
