package org.krait.runtime.modules;

import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The local time zone of the {@code time} module: the JVM's default zone (which the JVM takes
 * from the TZ environment variable at start, else from the system's configuration), standing in
 * for the C library's {@code tzset} state. Instants beyond what {@code java.time} represents use
 * the rules at its nearest end.
 */
final class LocalZone {

    /** {@link Instant}'s range, a little inside it so that offsets never push past it. */
    private static final long MIN_SECONDS = Instant.MIN.getEpochSecond() + 86400;
    private static final long MAX_SECONDS = Instant.MAX.getEpochSecond() - 86400;

    private final TimeZone zone;
    private final ZoneRules rules;

    private LocalZone(TimeZone zone) {
        this.zone = zone;
        this.rules = zone.toZoneId().getRules();
    }

    /** The zone as it is now ({@code tzset}). */
    static LocalZone current() {
        return new LocalZone(TimeZone.getDefault());
    }

    private static Instant instant(long seconds) {
        return Instant.ofEpochSecond(Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, seconds)));
    }

    /** The offset from UTC in seconds (east positive) at {@code seconds} since the Epoch. */
    int offsetAt(long seconds) {
        return rules.getOffset(instant(seconds)).getTotalSeconds();
    }

    boolean isDaylightAt(long seconds) {
        return rules.isDaylightSavings(instant(seconds));
    }

    /** The zone's abbreviation for standard or daylight time ({@code "UTC"}, {@code "CEST"}). */
    String abbreviation(boolean daylight) {
        return zone.getDisplayName(daylight, TimeZone.SHORT, Locale.US);
    }

    /** The local calendar fields of {@code seconds} ({@code localtime_r}), or null on EOVERFLOW. */
    BrokenDownTime local(long seconds) {
        int offset = offsetAt(seconds);
        long shifted;
        try {
            shifted = Math.addExact(seconds, offset);
        } catch (ArithmeticException e) {
            return null;
        }
        BrokenDownTime t = BrokenDownTime.utc(shifted);
        if (t != null) {
            boolean dst = isDaylightAt(seconds);
            t.isdst = dst ? 1 : 0;
            t.zone = abbreviation(dst);
            t.gmtoff = offset;
        }
        return t;
    }

    /**
     * The seconds since the Epoch of local fields ({@code mktime}): the offset is the one in force
     * at the instant found, chosen by {@code isdst} where the local time is ambiguous.
     */
    long toSeconds(BrokenDownTime t) {
        long local = t.toUtcSeconds();
        long guess = local - offsetAt(local);
        long found = local - offsetAt(guess);
        if (t.isdst >= 0) {
            for (long probe : new long[] {found - 3600, found + 3600}) {
                if (probe + offsetAt(probe) == local && isDaylightAt(probe) == (t.isdst > 0) && isDaylightAt(found) != (t.isdst > 0)) {
                    return probe;
                }
            }
        }
        return found;
    }

    /** {@code time.timezone}: the standard offset west of UTC, in seconds. */
    int timezone() {
        return -rules.getStandardOffset(Instant.now()).getTotalSeconds();
    }

    /** {@code time.daylight}: whether the zone has summer time now or in its current rules. */
    boolean daylight() {
        return !rules.getTransitionRules().isEmpty() || rules.isDaylightSavings(Instant.now());
    }

    /** {@code time.tzname}: the standard and the summer-time abbreviations. */
    String[] tzname() {
        String std = abbreviation(false);
        return new String[] {std, daylight() ? abbreviation(true) : std};
    }
}
