package org.krait.runtime.modules;

/**
 * {@code time.strftime}'s formatter: GNU libc's {@code strftime} in the C locale, directive for
 * directive, with its GNU extensions (the flags {@code _ - 0 ^ #}, a field width, the modifiers
 * {@code E} and {@code O}), since CPython on Linux hands the format to glibc. A directive glibc
 * does not know is copied as written, from its {@code %} on. Works on code points, so a format
 * may hold any character (lone surrogates included).
 */
final class Strftime {

    private static final String[] WEEKDAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private final BrokenDownTime tm;
    /** The local zone, for {@code %s} and for {@code %Z} of a time without its own zone name. */
    private final LocalZone zone;
    private final StringBuilder out = new StringBuilder();

    private Strftime(BrokenDownTime tm, LocalZone zone) {
        this.tm = tm;
        this.zone = zone;
    }

    /** The C locale's name of weekday {@code wday} (0 = Sunday), three letters. */
    static String weekdayAbbreviation(int wday) {
        return WEEKDAYS[wday].substring(0, 3);
    }

    /** The C locale's name of month {@code mon} (0 = January), three letters. */
    static String monthAbbreviation(int mon) {
        return MONTHS[mon].substring(0, 3);
    }

    /** The C locale's full name of weekday {@code wday} (0 = Sunday). */
    static String weekdayName(int wday) {
        return WEEKDAYS[wday];
    }

    /** The C locale's full name of month {@code mon} (0 = January). */
    static String monthName(int mon) {
        return MONTHS[mon];
    }

    /** {@code format} applied to {@code tm} (already checked: fields in range, isdst in -1..1). */
    static String format(String format, BrokenDownTime tm, LocalZone zone) {
        Strftime f = new Strftime(tm, zone);
        f.run(format);
        return f.out.toString();
    }

    /** One directive's flags as glibc parses them. */
    private static final class Spec {
        char pad;
        int width = -1;
        boolean upper;
        boolean lower;
        boolean changeCase;
        char modifier;
    }

    private void run(String format) {
        int[] f = format.codePoints().toArray();
        int i = 0;
        while (i < f.length) {
            if (f[i] != '%') {
                out.appendCodePoint(f[i++]);
                continue;
            }
            int start = i;
            Spec s = new Spec();
            i++;
            for (; i < f.length; i++) {
                int c = f[i];
                if (c == '_' || c == '-' || c == '0') {
                    s.pad = (char) c;
                } else if (c == '^') {
                    s.upper = true;
                } else if (c == '#') {
                    s.changeCase = true;
                } else {
                    break;
                }
            }
            if (i < f.length && f[i] >= '0' && f[i] <= '9') {
                s.width = 0;
                while (i < f.length && f[i] >= '0' && f[i] <= '9') {
                    s.width = (int) Math.min(Integer.MAX_VALUE / 2, s.width * 10L + (f[i++] - '0'));
                }
            }
            if (i < f.length && (f[i] == 'E' || f[i] == 'O')) {
                s.modifier = (char) f[i++];
            }
            if (i >= f.length) {
                // A directive cut short by the end of the format is copied as it stands.
                copy(s, new String(f, start, f.length - start));
                break;
            }
            if (!directive(s, f[i])) {
                copy(s, new String(f, start, i + 1 - start));
            }
            i++;
        }
    }

    /** Writes directive {@code c}; false when glibc treats it as a bad format (copied verbatim). */
    private boolean directive(Spec s, int c) {
        int hour12 = tm.hour % 12 == 0 ? 12 : tm.hour % 12;
        boolean noE = s.modifier != 'E';
        switch (c) {
            case '%':
                add(s, "%");
                return true;
            case 'a':
            case 'A':
                if (s.modifier != 0) {
                    return false;
                }
                upcaseOnChange(s);
                copy(s, c == 'a' ? weekdayAbbreviation(tm.wday) : weekdayName(tm.wday));
                return true;
            case 'b':
            case 'h':
            case 'B':
                upcaseOnChange(s);
                if (!noE) {
                    return false;
                }
                copy(s, c == 'B' ? monthName(tm.mon) : monthAbbreviation(tm.mon));
                return true;
            case 'c':
                return s.modifier != 'O' && subformat(s, "%a %b %e %H:%M:%S %Y");
            case 'x':
                return s.modifier != 'O' && subformat(s, "%m/%d/%y");
            case 'X':
                return s.modifier != 'O' && subformat(s, "%H:%M:%S");
            case 'D':
                return s.modifier == 0 && subformat(s, "%m/%d/%y");
            case 'F':
                return s.modifier == 0 && subformat(s, "%Y-%m-%d");
            case 'r':
                return subformat(s, "%I:%M:%S %p");
            case 'R':
                return subformat(s, "%H:%M");
            case 'T':
                return subformat(s, "%H:%M:%S");
            case 'C':
                return number(s, 1, Math.floorDiv(tm.year, 100));
            case 'y':
                return number(s, 2, Math.floorMod(tm.year, 100));
            case 'Y':
                return s.modifier != 'O' && number(s, 1, tm.year);
            case 'd':
                return noE && number(s, 2, tm.mday);
            case 'e':
                return noE && spacePadded(s, 2, tm.mday);
            case 'H':
                return noE && number(s, 2, tm.hour);
            case 'I':
                return noE && number(s, 2, hour12);
            case 'k':
                return noE && spacePadded(s, 2, tm.hour);
            case 'l':
                return noE && spacePadded(s, 2, hour12);
            case 'j':
                return noE && number(s, 3, tm.yday + 1);
            case 'M':
                return noE && number(s, 2, tm.min);
            case 'm':
                return noE && number(s, 2, tm.mon + 1);
            case 'S':
                return noE && number(s, 2, tm.sec);
            case 'U':
                return noE && number(s, 2, (tm.yday - tm.wday + 7) / 7);
            case 'W':
                return noE && number(s, 2, (tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7);
            case 'u':
                return number(s, 1, (tm.wday - 1 + 7) % 7 + 1);
            case 'w':
                return noE && number(s, 1, tm.wday);
            case 'g':
            case 'G':
            case 'V':
                return noE && isoWeek(s, c);
            case 'n':
                add(s, "\n");
                return true;
            case 't':
                add(s, "\t");
                return true;
            case 'P':
                s.lower = true;
                s.upper = false;
                copy(s, tm.hour >= 12 ? "PM" : "AM");
                return true;
            case 'p':
                if (s.changeCase) {
                    s.upper = false;
                    s.lower = true;
                }
                copy(s, tm.hour >= 12 ? "PM" : "AM");
                return true;
            case 'Z':
                if (s.changeCase) {
                    s.upper = false;
                    s.lower = true;
                }
                copy(s, zoneName());
                return true;
            case 'z':
                offset(s);
                return true;
            case 's':
                return number(s, 1, zone.toSeconds(copyOfTm()));
            default:
                return false;
        }
    }

    private static void upcaseOnChange(Spec s) {
        if (s.changeCase) {
            s.upper = true;
            s.lower = false;
        }
    }

    private String zoneName() {
        if (tm.zone != null && !tm.zone.isEmpty()) {
            return tm.zone;
        }
        if (tm.isdst < 0) {
            return "";
        }
        return zone.facts().tzname[tm.isdst == 0 ? 0 : 1];
    }

    /** {@code %z}: nothing when summer time is unknown; else the sign and hhmm, each padded to the width as glibc does. */
    private void offset(Spec s) {
        if (tm.isdst < 0) {
            return;
        }
        int diff = (int) tm.gmtoff;
        add(s, diff < 0 ? "-" : "+");
        int minutes = Math.abs(diff) / 60;
        number(s, 4, minutes / 60 * 100 + minutes % 60);
    }

    private BrokenDownTime copyOfTm() {
        BrokenDownTime t = new BrokenDownTime();
        t.year = tm.year;
        t.mon = tm.mon;
        t.mday = tm.mday;
        t.hour = tm.hour;
        t.min = tm.min;
        t.sec = tm.sec;
        t.isdst = tm.isdst;
        return t;
    }

    /** {@code %G}, {@code %g}, {@code %V}: the ISO 8601 year and week, whose weeks start on Monday and whose week 1 holds 4 January. */
    private boolean isoWeek(Spec s, int c) {
        long year = tm.year;
        int days = isoWeekDays(tm.yday, tm.wday);
        if (days < 0) {
            year--;
            days = isoWeekDays(tm.yday + (BrokenDownTime.isLeap(year) ? 366 : 365), tm.wday);
        } else {
            int d = isoWeekDays(tm.yday - (BrokenDownTime.isLeap(year) ? 366 : 365), tm.wday);
            if (d >= 0) {
                year++;
                days = d;
            }
        }
        if (c == 'g') {
            return number(s, 2, Math.floorMod(year, 100));
        }
        return c == 'G' ? number(s, 1, year) : number(s, 2, days / 7 + 1);
    }

    /** Days from the Monday starting ISO week 1 of {@code yday}'s year to {@code yday} (negative before it). */
    private static int isoWeekDays(int yday, int wday) {
        int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
    }

    /** A directive made of others (the {@code subformat} of glibc): the result as one field, padded and upper-cased as a whole. */
    private boolean subformat(Spec s, String sub) {
        String text = format(sub, tm, zone);
        if (s.upper) {
            text = text.toUpperCase(java.util.Locale.ROOT);
        }
        add(s, text);
        return true;
    }

    private boolean spacePadded(Spec s, int digits, long value) {
        if (s.pad != '0' && s.pad != '-') {
            s.pad = '_';
        }
        return number(s, digits, value);
    }

    /**
     * A number at least {@code digits} or the width wide (sign included) unless the {@code -}
     * flag: zeros after the sign, or (flag {@code _}) spaces before it.
     */
    private boolean number(Spec s, int digits, long value) {
        digits = Math.max(digits, s.width);
        String text = Long.toString(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        int width = s.width;
        int padding = digits - text.length() - sign.length();
        if (s.pad != '-' && padding > 0) {
            if (s.pad == '_') {
                out.append(" ".repeat(padding));
                width = Math.max(0, width - padding);
            } else {
                out.append(sign).append("0".repeat(padding));
                width = Math.max(0, width - padding - sign.length());
                sign = "";
            }
        }
        add(s, width, sign + text);
        return true;
    }

    /** Text with the case flags applied, then padded to the width. */
    private void copy(Spec s, String text) {
        if (s.lower) {
            text = text.toLowerCase(java.util.Locale.ROOT);
        } else if (s.upper) {
            text = text.toUpperCase(java.util.Locale.ROOT);
        }
        add(s, text);
    }

    private void add(Spec s, String text) {
        add(s, s.width, text);
    }

    /** glibc's {@code add}: {@code text} after padding up to {@code width}, with zeros for the {@code 0} flag, else spaces. */
    private void add(Spec s, int width, String text) {
        int delta = width - text.codePointCount(0, text.length());
        if (delta > 0) {
            out.append((s.pad == '0' ? "0" : " ").repeat(delta));
        }
        out.append(text);
    }
}
