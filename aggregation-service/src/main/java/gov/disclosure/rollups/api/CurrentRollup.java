package gov.disclosure.rollups.api;

import gov.disclosure.region.Region;
import gov.disclosure.rollups.domain.Variant;
import gov.disclosure.rollups.storage.RollupReader;
import jakarta.ws.rs.core.EntityTag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * A region's rollup as it stands: the strong entity tag of its JSON answer, and the answer, made only when it is
 * sent. The tag is a digest of everything the answer is made of (the region, year and variant asked for, the stored
 * counts, time and numbers, and the answer's shape), so that two answers with one tag are the same bytes, whatever
 * the clock did between two writes or a rebuild of the rollups; a release that changes the shape changes every tag.
 */
public final class CurrentRollup {

    /**
     * The digest of the answer's shape (its properties and those of its sections, some 14 KB of text), made once:
     * every tag digests it instead of the text, which cost most of what a rollup GET allocated.
     */
    private static final byte[] SHAPE = sha256().digest((Arrays.toString(RollupView.class.getRecordComponents())
            + RollupSection.PROACTIVE_DISCLOSURE + RollupSection.APPLICATIONS + RollupSection.REVIEW_AND_LITIGATION)
            .getBytes(StandardCharsets.UTF_8));

    private final Region region;
    private final int year;
    private final Variant which;
    private final Optional<RollupReader.Stored> stored;

    CurrentRollup(Region region, int year, Variant which, Optional<RollupReader.Stored> stored) {
        this.region = region;
        this.year = year;
        this.which = which;
        this.stored = stored;
    }

    public EntityTag tag() {
        MessageDigest digest = sha256();
        digest.update(SHAPE);
        // apart from the region's name (a string of two bytes a character), the numbers' text is ASCII and copied
        digest.update(("|" + region + '|' + year + '|' + which + '|').getBytes(StandardCharsets.UTF_8));
        digest.update(stored.map(rollup -> rollup.reportCount() + "|" + rollup.reportsWithViolations() + "|"
                        + rollup.updatedAt() + "|" + String.join("|", rollup.numbersTexts()))
                .orElse("none").getBytes(StandardCharsets.UTF_8));
        return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest.digest(), 18)));
    }

    public RollupView view() {
        return stored.map(rollup -> RollupView.of(region, year, which, rollup.reportCount(),
                        rollup.reportsWithViolations(), rollup.updatedAt(), RollupView.plain(rollup.numbers())))
                .orElseGet(() -> RollupView.of(region, year, which, null));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
