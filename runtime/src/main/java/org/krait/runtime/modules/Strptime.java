package org.krait.runtime.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.krait.runtime.objects.PyInt;
import org.krait.runtime.objects.PyNoneType;
import org.krait.runtime.objects.PyObject;
import org.krait.runtime.objects.PyStr;
import org.krait.runtime.objects.exceptions.PythonException;
import org.krait.runtime.ops.ObjectOps;

/**
 * {@code time.strptime}, Krait's own: CPython delegates to the Python module {@code _strptime},
 * whose behaviour this follows in the C locale. The format becomes a regular expression (each
 * directive a named group, literal text escaped, a run of whitespace matching any run of
 * whitespace, all of it case-insensitive) matched at the start of the text; the groups found
 * then give the fields, the missing ones defaulting to 1900-01-01 00:00:00.
 */
final class Strptime {

    private static final String DEFAULT_FORMAT = "%a %b %d %H:%M:%S %Y";
    /** The regular expression of each directive but {@code %c %x %X %a %A %b %B %p %Z}, which are built. */
    private static final Map<Character, String> DIRECTIVES = Map.ofEntries(
            Map.entry('d', "(?<d>3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])"),
            Map.entry('f', "(?<f>[0-9]{1,6})"),
            Map.entry('H', "(?<H>2[0-3]|[0-1]\\d|\\d)"),
            Map.entry('I', "(?<I>1[0-2]|0[1-9]|[1-9])"),
            Map.entry('G', "(?<G>\\d\\d\\d\\d)"),
            Map.entry('j', "(?<j>36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])"),
            Map.entry('m', "(?<m>1[0-2]|0[1-9]|[1-9])"),
            Map.entry('M', "(?<M>[0-5]\\d|\\d)"),
            Map.entry('S', "(?<S>6[0-1]|[0-5]\\d|\\d)"),
            Map.entry('U', "(?<U>5[0-3]|[0-4]\\d|\\d)"),
            Map.entry('W', "(?<W>5[0-3]|[0-4]\\d|\\d)"),
            Map.entry('w', "(?<w>[0-6])"),
            Map.entry('u', "(?<u>[1-7])"),
            Map.entry('V', "(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)"),
            Map.entry('y', "(?<y>\\d\\d)"),
            Map.entry('Y', "(?<Y>\\d\\d\\d\\d)"),
            Map.entry('z', "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|(?-i:Z))"),
            Map.entry('%', "%"));
    private static final Pattern SPECIAL = Pattern.compile("([\\\\.^$*+?(){}\\[\\]|])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private final LocalZone zone;
    /** The directives in the order of their groups in the expression. */
    private final List<Character> groups = new ArrayList<>();

    private Strptime(LocalZone zone) {
        this.zone = zone;
    }

    /** {@code strptime(string, format="%a %b %d %H:%M:%S %Y")}, with the errors of {@code _strptime._strptime_time}. */
    static PyObject strptime(PyObject[] a, LocalZone zone) {
        if (a.length == 0) {
            throw PythonException.typeError("_strptime_time() missing 1 required positional argument: 'data_string'");
        }
        if (a.length > 2) {
            throw PythonException.typeError("_strptime_time() takes from 1 to 2 positional arguments but " + a.length
                    + " were given");
        }
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] instanceof PyStr)) {
                throw PythonException.typeError("strptime() argument " + i + " must be str, not " + reprOf(a[i].type()));
            }
        }
        String data = a[0].toString();
        String format = a.length > 1 ? a[1].toString() : DEFAULT_FORMAT;
        return new Strptime(zone).parse(data, format);
    }

    /** The repr of a Java string as Python writes it. */
    private static String reprOf(String s) {
        PyStr str = PyStr.of(s);
        try {
            return reprOf(str);
        } finally {
            str.decref();
        }
    }

    private static String reprOf(PyObject o) {
        PyStr r = ObjectOps.repr(o);
        try {
            return r.toString();
        } finally {
            r.decref();
        }
    }

    private PyObject parse(String data, String format) {
        String regex;
        try {
            regex = pattern(format);
        } catch (BadDirective e) {
            throw PythonException.valueError("'" + e.directive + "' is a bad directive in format '" + format + "'");
        } catch (StrayPercent e) {
            throw PythonException.valueError("stray % in format '" + format + "'");
        }
        checkGroupNames(regex);
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        Matcher m = p.matcher(data);
        if (!m.lookingAt()) {
            throw PythonException.valueError("time data " + reprOf(data) + " does not match format "
                    + reprOf(format));
        }
        if (m.end() != data.length()) {
            throw PythonException.valueError("unconverted data remains: " + data.substring(m.end()));
        }
        return fields(m);
    }

    /** Thrown for a directive the table lacks. */
    private static final class BadDirective extends Exception {
        final String directive;

        BadDirective(String directive) {
            super(null, null, false, false);
            this.directive = directive;
        }
    }

    /** Thrown for a {@code %} ending the format. */
    private static final class StrayPercent extends Exception {
        StrayPercent() {
            super(null, null, false, false);
        }
    }

    /** The regular expression of {@code format}, in {@code _strptime.TimeRE.pattern}'s three steps. */
    private String pattern(String format) throws BadDirective, StrayPercent {
        String f = SPECIAL.matcher(format).replaceAll("\\\\$1");
        f = WHITESPACE.matcher(f).replaceAll("\\\\s+");
        StringBuilder out = new StringBuilder();
        int at;
        while ((at = f.indexOf('%')) >= 0) {
            if (at + 1 >= f.length()) {
                throw new StrayPercent();
            }
            out.append(f, 0, at);
            int c = f.codePointAt(at + 1);
            out.append(directive(c));
            f = f.substring(at + 1 + Character.charCount(c));
        }
        return out.append(f).toString();
    }

    private String directive(int c) throws BadDirective, StrayPercent {
        switch (c) {
            case 'c':
                return pattern("%a %b %d %H:%M:%S %Y");
            case 'x':
                return pattern("%m/%d/%y");
            case 'X':
                return pattern("%H:%M:%S");
            case 'a':
                return names('a', 7, i -> Strftime.weekdayAbbreviation((i + 1) % 7));
            case 'A':
                return names('A', 7, i -> Strftime.weekdayName((i + 1) % 7));
            case 'b':
                return names('b', 12, Strftime::monthAbbreviation);
            case 'B':
                return names('B', 12, Strftime::monthName);
            case 'p':
                return names('p', 2, i -> i == 0 ? "am" : "pm");
            case 'Z':
                groups.add('Z');
                return alternatives('Z', new ArrayList<>(zoneNames()));
            default:
                String r = c < 0x10000 ? DIRECTIVES.get((char) c) : null;
                if (r == null) {
                    throw new BadDirective(c == '\\' ? "%" : new String(Character.toChars(c)));
                }
                if (c != '%') {
                    groups.add((char) c);
                }
                return r;
        }
    }

    private String names(char directive, int n, java.util.function.IntFunction<String> name) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(name.apply(i).toLowerCase(Locale.ROOT));
        }
        groups.add(directive);
        return alternatives(directive, all);
    }

    /** A group matching any of {@code values}, the longest first so that no value stops short at a prefix of another. */
    private static String alternatives(char directive, List<String> values) {
        values.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder sb = new StringBuilder("(?<").append(directive).append('>');
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? "|" : "").append(Pattern.quote(values.get(i)));
        }
        return sb.append(')').toString();
    }

    /** The zone names %Z knows: UTC, GMT and the local standard name (isdst 0), then the summer-time one (isdst 1). */
    private Set<String> zoneNames() {
        LocalZone.Facts facts = zone.facts();
        String[] tzname = facts.tzname;
        Set<String> names = new LinkedHashSet<>(Arrays.asList("utc", "gmt", tzname[0].toLowerCase(Locale.ROOT)));
        if (facts.daylight) {
            names.add(tzname[1].toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** The struct_time of the groups found, as {@code _strptime._strptime} computes it. */
    private PyObject fields(Matcher m) {
        Integer year = null;
        Integer isoYear = null;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int tz = -1;
        Long gmtoff = null;
        Integer isoWeek = null;
        Integer weekOfYear = null;
        boolean weekStartsMonday = false;
        Integer weekday = null;
        Integer julian = null;
        for (char g : new LinkedHashSet<>(groups)) {
            String v = m.group(String.valueOf(g));
            if (v == null) {
                continue;
            }
            String lower = v.toLowerCase(Locale.ROOT);
            switch (g) {
                case 'y':
                    year = integer(v);
                    year += year <= 68 ? 2000 : 1900;
                    break;
                case 'Y':
                    year = integer(v);
                    break;
                case 'G':
                    isoYear = integer(v);
                    break;
                case 'm':
                    month = integer(v);
                    break;
                case 'B':
                case 'b':
                    month = indexOf(g, 12, lower) + 1;
                    break;
                case 'd':
                    day = integer(v.trim());
                    break;
                case 'H':
                    hour = integer(v);
                    break;
                case 'I':
                    hour = integer(v);
                    String ampm = groups.contains('p') && m.group("p") != null ? m.group("p").toLowerCase(Locale.ROOT) : "";
                    if (ampm.equals("pm")) {
                        hour = hour == 12 ? 12 : hour + 12;
                    } else if (hour == 12) {
                        hour = 0;
                    }
                    break;
                case 'M':
                    minute = integer(v);
                    break;
                case 'S':
                    second = integer(v);
                    break;
                case 'A':
                case 'a':
                    weekday = indexOf(g, 7, lower);
                    break;
                case 'w':
                    weekday = (integer(v) + 6) % 7;
                    break;
                case 'u':
                    weekday = integer(v) - 1;
                    break;
                case 'j':
                    julian = integer(v);
                    break;
                case 'U':
                case 'W':
                    weekOfYear = integer(v);
                    weekStartsMonday = g == 'W';
                    break;
                case 'V':
                    isoWeek = integer(v);
                    break;
                case 'z':
                    gmtoff = offset(v);
                    break;
                case 'Z':
                    tz = zoneIndex(lower);
                    break;
                default:
                    break;
            }
        }
        if (year == null && isoYear != null) {
            if (isoWeek == null || weekday == null) {
                throw PythonException.valueError("ISO year directive '%G' must be used with the ISO week directive '%V' "
                        + "and a weekday directive ('%A', '%a', '%w', or '%u').");
            }
            if (julian != null) {
                throw PythonException.valueError("Day of the year directive '%j' is not compatible with ISO year "
                        + "directive '%G'. Use '%Y' instead.");
            }
        } else if (weekOfYear == null && isoWeek != null) {
            if (weekday == null) {
                throw PythonException.valueError("ISO week directive '%V' must be used with the ISO year directive '%G' "
                        + "and a weekday directive ('%A', '%a', '%w', or '%u').");
            }
            throw PythonException.valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                    + "Use the ISO year '%G' instead.");
        }
        boolean leapYearFix = false;
        if (year == null && month == 2 && day == 29) {
            year = 1904;
            leapYearFix = true;
        } else if (year == null) {
            year = 1900;
        }
        if (julian == null && weekday != null) {
            if (weekOfYear != null) {
                julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday);
            } else if (isoYear != null && isoWeek != null) {
                long[] yj = julianFromIsoWeek(isoYear, isoWeek, weekday + 1);
                year = (int) yj[0];
                julian = (int) yj[1];
            }
            if (julian != null && julian <= 0) {
                year -= 1;
                julian += BrokenDownTime.isLeap(year) ? 366 : 365;
            }
        }
        if (julian == null) {
            julian = (int) (ordinal(year, month, day) - ordinal(year, 1, 1) + 1);
        } else {
            long[] ymd = fromOrdinal(julian - 1 + ordinal(year, 1, 1));
            year = (int) ymd[0];
            month = (int) ymd[1];
            day = (int) ymd[2];
        }
        if (weekday == null) {
            weekday = (int) Math.floorMod(ordinal(year, month, day) + 6, 7);
        }
        if (leapYearFix) {
            year = 1900;
        }
        String zoneText = groups.contains('Z') ? m.group("Z") : null;
        PyObject[] v = {PyInt.of(year), PyInt.of(month), PyInt.of(day), PyInt.of(hour), PyInt.of(minute), PyInt.of(second),
            PyInt.of(weekday), PyInt.of(julian), PyInt.of(tz), zoneText == null ? PyNoneType.NONE : PyStr.of(zoneText),
            gmtoff == null ? PyNoneType.NONE : PyInt.of(gmtoff)};
        return StructTime.make(v);
    }

    /** {@code int(digits)}: a group of {@code %z} may hold a stray colon, which int() refuses. */
    private static int integer(String digits) {
        try {
            return Integer.parseInt(digits.strip());
        } catch (NumberFormatException e) {
            throw PythonException.valueError("invalid literal for int() with base 10: " + reprOf(digits));
        }
    }

    /**
     * A directive used twice names two groups alike, which Python's {@code re} refuses; the
     * message counts groups and positions in Python's spelling of the expression, whose named
     * groups read {@code (?P<} where Java's read {@code (?<}. (Python raises {@code re.error},
     * which Krait does not have: ValueError stands in.)
     */
    private static void checkGroupNames(String regex) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        int group = 0;
        int named = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' && regex.startsWith("(?<", i)) {
                group++;
                named++;
                String name = regex.substring(i + 3, regex.indexOf('>', i));
                Integer before = seen.putIfAbsent(name, group);
                if (before != null) {
                    throw PythonException.valueError("redefinition of group name '" + name + "' as group " + group
                            + "; was group " + before + " at position " + (i + 3 + named));
                }
            } else if (c == '(' && !regex.startsWith("(?", i)) {
                group++;
            }
        }
    }

    /** The index of a weekday (Monday 0) or month (January 0) name as matched, lower-cased. */
    private static int indexOf(char directive, int n, String name) {
        for (int i = 0; i < n; i++) {
            String full;
            switch (directive) {
                case 'a':
                    full = Strftime.weekdayAbbreviation((i + 1) % 7);
                    break;
                case 'A':
                    full = Strftime.weekdayName((i + 1) % 7);
                    break;
                case 'b':
                    full = Strftime.monthAbbreviation(i);
                    break;
                default:
                    full = Strftime.monthName(i);
                    break;
            }
            if (full.toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("matched name not in its list: " + name);
    }

    /** {@code %z}: {@code Z} or {@code [+-]HH[:]MM[[:]SS[.ffffff]]} as seconds east of UTC. */
    private static long offset(String z) {
        if (z.equals("Z")) {
            return 0;
        }
        String s = z;
        if (s.charAt(3) == ':') {
            s = s.substring(0, 3) + s.substring(4);
            if (s.length() > 5) {
                if (s.charAt(5) != ':') {
                    throw PythonException.valueError("Inconsistent use of : in " + z);
                }
                s = s.substring(0, 5) + s.substring(6);
            }
        }
        long seconds = integer(s.substring(1, 3)) * 3600L + integer(s.substring(3, 5)) * 60L
                + (s.length() >= 7 ? integer(s.substring(5, 7)) : 0);
        return s.startsWith("-") ? -seconds : seconds;
    }

    private int zoneIndex(String found) {
        LocalZone.Facts facts = zone.facts();
        String[] tzname = facts.tzname;
        boolean daylight = facts.daylight;
        if (tzname[0].equals(tzname[1]) && daylight && !found.equals("utc") && !found.equals("gmt")) {
            return -1;
        }
        if (found.equals("utc") || found.equals("gmt") || found.equals(tzname[0].toLowerCase(Locale.ROOT))) {
            return 0;
        }
        return daylight && found.equals(tzname[1].toLowerCase(Locale.ROOT)) ? 1 : -1;
    }

    /** {@code datetime.date(year, month, day).toordinal()}, with date's range checks and messages. */
    private static long ordinal(long year, int month, int day) {
        if (year < 1 || year > 9999) {
            throw PythonException.valueError("year " + year + " is out of range");
        }
        if (month < 1 || month > 12) {
            throw PythonException.valueError("month must be in 1..12");
        }
        int[] lengths = {31, BrokenDownTime.isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (day < 1 || day > lengths[month - 1]) {
            throw PythonException.valueError("day is out of range for month");
        }
        return BrokenDownTime.daysFromCivil(year, month, day) + 719163;
    }

    /** {@code datetime.date.fromordinal(n)} as year, month, day. */
    private static long[] fromOrdinal(long n) {
        if (n < 1) {
            throw PythonException.valueError("ordinal must be >= 1");
        }
        BrokenDownTime t = BrokenDownTime.utc((n - 719163) * 86400L);
        if (t.year > 9999) {
            throw PythonException.valueError("year " + t.year + " is out of range");
        }
        return new long[] {t.year, t.mon + 1, t.mday};
    }

    /** The day of the year from a %U (weeks from Sunday) or %W (from Monday) week number and a weekday (Monday 0). */
    private static int julianFromWeek(int year, int weekOfYear, int dayOfWeek, boolean weekStartsMonday) {
        int firstWeekday = (int) Math.floorMod(ordinal(year, 1, 1) + 6, 7);
        if (!weekStartsMonday) {
            firstWeekday = (firstWeekday + 1) % 7;
            dayOfWeek = (dayOfWeek + 1) % 7;
        }
        int week0Length = (7 - firstWeekday) % 7;
        if (weekOfYear == 0) {
            return 1 + dayOfWeek - firstWeekday;
        }
        return 1 + week0Length + 7 * (weekOfYear - 1) + dayOfWeek;
    }

    /** The year and day of the year of an ISO year, week and weekday (Monday 1). */
    private static long[] julianFromIsoWeek(int isoYear, int isoWeek, int isoWeekday) {
        long correction = Math.floorMod(ordinal(isoYear, 1, 4) + 6, 7) + 1 + 3;
        long day = isoWeek * 7L + isoWeekday - correction;
        if (day < 1) {
            day += ordinal(isoYear, 1, 1);
            isoYear -= 1;
            day -= ordinal(isoYear, 1, 1);
        }
        return new long[] {isoYear, day};
    }
}
