package org.krait.runtime.unicode;

/**
 * The per-character predicates behind CPython 3.11's {@code str} methods ({@code
 * Objects/unicodectype.c}), plus the whole-string rules of {@code str.islower}, {@code isupper},
 * {@code istitle} and {@code isidentifier}. No predicate allocates; ASCII is answered from a 128-entry table.
 */
public final class CharTypes {
    private CharTypes() {
    }

    private static boolean has(int cp, int flag) {
        return (UcdData.flags(cp) & flag) != 0;
    }

    /** {@code chr(cp).isalpha()}: general category L* ({@code Py_UNICODE_ISALPHA}). */
    public static boolean isAlpha(int cp) {
        return has(cp, UcdTables.ALPHA);
    }

    /** {@code chr(cp).isdecimal()}: has a decimal digit value ({@code Py_UNICODE_ISDECIMAL}). */
    public static boolean isDecimal(int cp) {
        return has(cp, UcdTables.DECIMAL);
    }

    /** {@code chr(cp).isdigit()}: has a digit value ({@code Py_UNICODE_ISDIGIT}). */
    public static boolean isDigit(int cp) {
        return has(cp, UcdTables.DIGIT);
    }

    /** {@code chr(cp).isnumeric()}: has a numeric value ({@code Py_UNICODE_ISNUMERIC}). */
    public static boolean isNumeric(int cp) {
        return has(cp, UcdTables.NUMERIC);
    }

    /** {@code chr(cp).isalnum()}: alpha, decimal, digit or numeric ({@code Py_UNICODE_ISALNUM}). */
    public static boolean isAlnum(int cp) {
        return has(cp, UcdTables.ALPHA | UcdTables.DECIMAL | UcdTables.DIGIT | UcdTables.NUMERIC);
    }

    /** {@code chr(cp).isspace()}: Python's whitespace ({@code Py_UNICODE_ISSPACE}; bidi WS/B/S or Zs). */
    public static boolean isSpace(int cp) {
        return has(cp, UcdTables.SPACE);
    }

    /** {@code chr(cp).islower()}: the Lowercase property ({@code Py_UNICODE_ISLOWER}). */
    public static boolean isLower(int cp) {
        return has(cp, UcdTables.LOWER);
    }

    /** {@code chr(cp).isupper()}: the Uppercase property ({@code Py_UNICODE_ISUPPER}). */
    public static boolean isUpper(int cp) {
        return has(cp, UcdTables.UPPER);
    }

    /** {@code Py_UNICODE_ISTITLE}: general category Lt (so {@code chr(cp).istitle()} is upper or title). */
    public static boolean isTitle(int cp) {
        return has(cp, UcdTables.TITLE);
    }

    /** {@code _PyUnicode_IsCased}: the Cased property (drives {@code str.title} and final sigma). */
    public static boolean isCased(int cp) {
        return has(cp, UcdTables.CASED);
    }

    /** {@code _PyUnicode_IsCaseIgnorable}: the Case_Ignorable property (final sigma context). */
    public static boolean isCaseIgnorable(int cp) {
        return has(cp, UcdTables.CASE_IGNORABLE);
    }

    /** {@code chr(cp).isprintable()}: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs except ' ' ({@code Py_UNICODE_ISPRINTABLE}). */
    public static boolean isPrintable(int cp) {
        return has(cp, UcdTables.PRINTABLE);
    }

    /** {@code Py_UNICODE_ISLINEBREAK}: the characters {@code str.splitlines} splits at. */
    public static boolean isLineBreak(int cp) {
        return has(cp, UcdTables.LINEBREAK);
    }

    /** {@code chr(cp).isidentifier()}: XID_Start or '_' (the first character of an identifier). */
    public static boolean isIdentifierStart(int cp) {
        return has(cp, UcdTables.ID_START);
    }

    /** {@code ('a' + chr(cp)).isidentifier()}: XID_Continue (any later character of an identifier). */
    public static boolean isIdentifierContinue(int cp) {
        return has(cp, UcdTables.ID_CONTINUE);
    }

    /** {@code str.isidentifier()}: non-empty, an identifier start, then identifier continues. */
    public static boolean isIdentifier(int[] s) {
        if (s.length == 0 || !isIdentifierStart(s[0])) {
            return false;
        }
        for (int i = 1; i < s.length; i++) {
            if (!isIdentifierContinue(s[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@code str.islower()} of a whole string: no upper/title character and at least one lower. */
    public static boolean isLower(int[] s) {
        boolean cased = false;
        for (int cp : s) {
            int f = UcdData.flags(cp);
            if ((f & (UcdTables.UPPER | UcdTables.TITLE)) != 0) {
                return false;
            }
            cased |= (f & UcdTables.LOWER) != 0;
        }
        return cased;
    }

    /** {@code str.isupper()} of a whole string: no lower/title character and at least one upper. */
    public static boolean isUpper(int[] s) {
        boolean cased = false;
        for (int cp : s) {
            int f = UcdData.flags(cp);
            if ((f & (UcdTables.LOWER | UcdTables.TITLE)) != 0) {
                return false;
            }
            cased |= (f & UcdTables.UPPER) != 0;
        }
        return cased;
    }

    /**
     * {@code str.istitle()} of a whole string: upper/title characters only after uncased ones,
     * lower characters only after cased ones, and at least one cased character.
     */
    public static boolean isTitle(int[] s) {
        boolean cased = false;
        boolean previousCased = false;
        for (int cp : s) {
            int f = UcdData.flags(cp);
            if ((f & (UcdTables.UPPER | UcdTables.TITLE)) != 0) {
                if (previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else if ((f & UcdTables.LOWER) != 0) {
                if (!previousCased) {
                    return false;
                }
                previousCased = true;
                cased = true;
            } else {
                previousCased = false;
            }
        }
        return cased;
    }
}
