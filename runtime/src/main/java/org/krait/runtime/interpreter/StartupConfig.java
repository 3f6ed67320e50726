package org.krait.runtime.interpreter;

import java.util.List;
import java.util.Map;

/**
 * What the command line and the environment asked of an interpreter before it started: the values
 * of {@code sys.flags}, {@code sys._xoptions}, {@code sys.warnoptions}, {@code sys.orig_argv} and
 * {@code sys.executable}, and how the standard streams are buffered. CPython: the part of
 * {@code PyConfig} Krait uses. The {@code krait} command builds one from its options; an embedding
 * gets {@link #DEFAULT}, which is what {@code python3} with no options and no {@code PYTHON*}
 * variables would report.
 *
 * @param xoptions {@code -X name[=value]} in command-line order; a null value stands for
 *     {@code True} (an option given without {@code =})
 * @param unbufferedStdio {@code -u} or {@code PYTHONUNBUFFERED}: stdout and stderr write through
 */
public record StartupConfig(Flags flags, Map<String, String> xoptions, List<String> warnOptions,
        List<String> origArgv, String executable, boolean unbufferedStdio) {

    /** No options, no environment: python3's defaults. */
    public static final StartupConfig DEFAULT = new StartupConfig(Flags.DEFAULT, Map.of(), List.of(), List.of("krait"), "krait", false);

    public StartupConfig {
        xoptions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(xoptions));
        warnOptions = List.copyOf(warnOptions);
        origArgv = List.copyOf(origArgv);
    }

    /**
     * The fields of {@code sys.flags}, in CPython 3.11's order (ORDER sys.flags: keep in step with
     * {@code builtins.SysFlags}). {@code devMode} and {@code safePath} are booleans there, the
     * others ints; {@code intMaxStrDigits} is -1 when neither {@code -X int_max_str_digits} nor
     * {@code PYTHONINTMAXSTRDIGITS} set it.
     */
    public record Flags(int debug, int inspect, int interactive, int optimize, int dontWriteBytecode,
            int noUserSite, int noSite, int ignoreEnvironment, int verbose, int bytesWarning, int quiet,
            int hashRandomization, int isolated, boolean devMode, int utf8Mode, int warnDefaultEncoding,
            boolean safePath, int intMaxStrDigits) {

        /**
         * python3's flags with no options and no environment. hash_randomization says what was
         * asked for (1 unless PYTHONHASHSEED=0); Krait's string hashes are the same in every run
         * whatever it says.
         */
        public static final Flags DEFAULT = new Flags(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1);
    }
}
