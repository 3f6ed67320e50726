package org.krait.runtime.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The local time zone of the {@code time} module: the JVM's default zone (which the JVM takes
 * from the TZ environment variable at start, else from the system's configuration), standing in
 * for the C library's {@code tzset} state. Instants beyond what {@code java.time} represents use
 * the rules at its nearest end.
 */
final class LocalZone {

    /** {@link LocalDateTime}'s range (inside {@link Instant}'s), less two days so that offsets never push past it. */
    private static final long MIN_SECONDS = LocalDateTime.MIN.toEpochSecond(ZoneOffset.UTC) + 2 * 86400;
    private static final long MAX_SECONDS = LocalDateTime.MAX.toEpochSecond(ZoneOffset.UTC) - 2 * 86400;

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
     * The seconds since the Epoch of local fields ({@code mktime}), as glibc chooses them: in a
     * gap or an overlap of the local clock, the offset {@code isdst} asks for, else the one in
     * force before the transition; and a time whose summer-time state differs from the one
     * {@code isdst} asks for is read with the offset of the nearest time in the wanted state.
     */
    long toSeconds(BrokenDownTime t) {
        long local = t.toUtcSeconds();
        if (local < MIN_SECONDS || local > MAX_SECONDS) {
            return local - offsetAt(local);
        }
        LocalDateTime wall = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
        List<ZoneOffset> valid = rules.getValidOffsets(wall);
        if (valid.size() == 1) {
            long found = local - valid.get(0).getTotalSeconds();
            boolean daylight = isDaylightAt(found);
            return t.isdst < 0 || daylight == (t.isdst > 0) ? found : withWantedState(local, found, t.isdst > 0, daylight);
        }
        ZoneOffsetTransition transition = rules.getTransition(wall);
        long at = transition.getInstant().getEpochSecond();
        if (t.isdst >= 0 && isDaylightAt(at) == (t.isdst > 0) && isDaylightAt(at - 1) != (t.isdst > 0)) {
            return local - transition.getOffsetAfter().getTotalSeconds();
        }
        return local - transition.getOffsetBefore().getTotalSeconds();
    }

    /**
     * glibc's search, a week at a time in both directions for about fourteen years, for a time
     * in the wanted summer-time state, whose offset then reads {@code local}; failing that, one
     * hour of summer time is assumed.
     */
    private long withWantedState(long local, long found, boolean wanted, boolean daylight) {
        long stride = 601200;
        for (long delta = stride; delta < 457243200L + stride; delta += stride) {
            for (long probe : new long[] {found - delta, found + delta}) {
                if (isDaylightAt(probe) == wanted) {
                    return local - offsetAt(probe);
                }
            }
        }
        return found + 3600L * ((wanted ? 0 : 1) - (daylight ? 0 : 1));
    }

    /**
     * {@code timezone}, {@code altzone}, {@code daylight} and {@code tzname} as CPython 3.11
     * computes them on Linux: from the local time at the start of this year and half a year
     * later, the one further west being standard time (so the southern hemisphere's summer is
     * summer too).
     */
    Facts facts() {
        long year = (365 * 24 + 6) * 3600L;
        long january = Math.floorDiv(Instant.now().getEpochSecond(), year) * year;
        long july = january + year / 2;
        int janzone = -offsetAt(january);
        int julyzone = -offsetAt(july);
        String janname = abbreviation(isDaylightAt(january));
        String julyname = abbreviation(isDaylightAt(july));
        boolean daylight = janzone != julyzone;
        return janzone < julyzone ? new Facts(julyzone, janzone, daylight, julyname, janname)
                : new Facts(janzone, julyzone, daylight, janname, julyname);
    }

    /** The module's zone attributes; offsets in seconds west of UTC. */
    static final class Facts {
        final int timezone;
        final int altzone;
        final boolean daylight;
        final String[] tzname;

        Facts(int timezone, int altzone, boolean daylight, String standardName, String summerName) {
            this.timezone = timezone;
            this.altzone = altzone;
            this.daylight = daylight;
            this.tzname = new String[] {standardName, summerName};
        }
    }
}
