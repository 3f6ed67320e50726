package org.krait.runtime.modules;

/**
 * C's {@code struct tm} as the {@code time} module hands it to its conversions: the calendar
 * fields with C's origins (month 0-11, weekday 0 = Sunday, day of the year from 0) and the year
 * itself, not {@code year - 1900}. {@code zone} is null when a plain tuple gave no zone.
 */
final class BrokenDownTime {

    long year;
    int mon;
    int mday;
    int hour;
    int min;
    int sec;
    int wday;
    int yday;
    int isdst;
    String zone;
    long gmtoff;

    /** The proleptic Gregorian day number of {@code year-month-day} (month 1-12), day 0 being 1970-01-01. */
    static long daysFromCivil(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static boolean isLeap(long year) {
        return Math.floorMod(year, 4) == 0 && (Math.floorMod(year, 100) != 0 || Math.floorMod(year, 400) == 0);
    }

    /**
     * The UTC calendar fields of {@code seconds} since the Epoch (zone "GMT", as glibc's
     * {@code gmtime_r}), or null when the year does not fit C's {@code int tm_year} (EOVERFLOW).
     */
    static BrokenDownTime utc(long seconds) {
        long days = Math.floorDiv(seconds, 86400L);
        long secs = Math.floorMod(seconds, 86400L);
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        if (year - 1900 > Integer.MAX_VALUE || year - 1900 < Integer.MIN_VALUE) {
            return null;
        }
        BrokenDownTime t = new BrokenDownTime();
        t.year = year;
        t.mon = month - 1;
        t.mday = (int) (doy - (153 * mp + 2) / 5 + 1);
        t.hour = (int) (secs / 3600);
        t.min = (int) (secs / 60 % 60);
        t.sec = (int) (secs % 60);
        t.wday = (int) Math.floorMod(days + 4, 7);
        t.yday = (int) (days - daysFromCivil(year, 1, 1));
        t.isdst = 0;
        t.zone = "GMT";
        t.gmtoff = 0;
        return t;
    }

    /**
     * The seconds since the Epoch of these fields read as UTC, after C's normalization of
     * out-of-range months, days, hours, minutes and seconds ({@code timegm}).
     */
    long toUtcSeconds() {
        long y = year + Math.floorDiv(mon, 12);
        int m = Math.floorMod(mon, 12);
        long days = daysFromCivil(y, m + 1, 1) + (mday - 1L);
        return days * 86400L + hour * 3600L + min * 60L + sec;
    }
}
