package org.krait.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.krait.runtime.interpreter.StartupConfig;

/**
 * A command line combined with the {@code PYTHON*} environment variables (unless {@code -E} or
 * {@code -I}) the way CPython 3.11 builds its configuration: the interpreter's
 * {@link StartupConfig} ({@code sys.flags}, {@code sys.warnoptions}, ...) and what the command
 * itself does with them (buffering, the interactive prompt, the start-up file). Values python3
 * refuses at start-up end the command with python3's "Fatal Python error" report.
 */
final class Settings {

    final StartupConfig config;
    final boolean unbuffered;
    /** {@code -i} or PYTHONINSPECT: the prompt follows the program. */
    final boolean inspect;
    /** {@code -i} only: the prompt runs even when stdin is not a terminal. */
    final boolean forceInteractive;
    final boolean quiet;
    /** PYTHONPATH's entries, which {@code sys.path} holds after the program's directory (none under -E/-I). */
    final List<String> pythonPath;

    /** PYTHONSTARTUP, run before an interactive session's first prompt; null if unset. */
    final String startupFile;

    private final CommandLine cl;
    private final Map<String, String> env;
    private final boolean useEnvironment;

    private Settings(CommandLine cl, Map<String, String> env, List<String> origArgv, String executable) throws CommandLine.Stop {
        this.cl = cl;
        this.env = env;
        boolean isolated = cl.isolated;
        useEnvironment = !cl.ignoreEnvironment && !isolated;
        int utf8Mode = utf8Mode();
        checkHashSeed();
        int intMaxStrDigits = intMaxStrDigits();
        boolean devMode = cl.xoptions.containsKey("dev") || !text("PYTHONDEVMODE").isEmpty();
        int inspectFlag = Math.max(cl.inspect, flag("PYTHONINSPECT"));
        // Counted options (-vv is 2) are ints; the others 0 or 1, however often given.
        StartupConfig.Flags flags = new StartupConfig.Flags(
                Math.max(cl.debug, flag("PYTHONDEBUG")),
                inspectFlag,
                cl.inspect,
                Math.max(cl.optimize, flag("PYTHONOPTIMIZE")),
                cl.dontWriteBytecode || flag("PYTHONDONTWRITEBYTECODE") > 0 ? 1 : 0,
                isolated || cl.noUserSite || flag("PYTHONNOUSERSITE") > 0 ? 1 : 0,
                cl.noSite ? 1 : 0,
                useEnvironment ? 0 : 1,
                Math.max(cl.verbose, flag("PYTHONVERBOSE")),
                cl.bytesWarning,
                cl.quiet,
                // What was asked for; Krait's string hashes are the same in every run regardless.
                cl.randomizeHashes || !text("PYTHONHASHSEED").equals("0") ? 1 : 0,
                isolated ? 1 : 0,
                devMode,
                utf8Mode,
                cl.xoptions.containsKey("warn_default_encoding") || !text("PYTHONWARNDEFAULTENCODING").isEmpty() ? 1 : 0,
                isolated || cl.safePath || !text("PYTHONSAFEPATH").isEmpty(),
                intMaxStrDigits);
        config = new StartupConfig(flags, cl.xoptions, warnOptions(devMode), origArgv, executable,
                cl.unbuffered || flag("PYTHONUNBUFFERED") > 0);
        unbuffered = config.unbufferedStdio();
        inspect = inspectFlag > 0;
        forceInteractive = cl.inspect > 0;
        quiet = cl.quiet > 0;
        List<String> path = new java.util.ArrayList<>();
        for (String entry : text("PYTHONPATH").split(":")) {
            if (!entry.isEmpty()) {
                path.add(entry);
            }
        }
        pythonPath = List.copyOf(path);
        String startup = text("PYTHONSTARTUP");
        startupFile = startup.isEmpty() ? null : startup;
    }

    /** The settings for {@code cl} in the environment {@code env}. */
    static Settings of(CommandLine cl, Map<String, String> env, List<String> origArgv, String executable) throws CommandLine.Stop {
        return new Settings(cl, env, origArgv, executable);
    }

    /** An environment variable's value, "" when unset or ignored. */
    private String text(String name) {
        String v = useEnvironment ? env.get(name) : null;
        return v == null ? "" : v;
    }

    /**
     * A flag variable as CPython reads one: unset or empty is 0, a non-negative integer is
     * itself, anything else (words, negative numbers) is 1.
     */
    private int flag(String name) {
        String v = text(name);
        if (v.isEmpty()) {
            return 0;
        }
        Long n = parseLong(v);
        return n == null || n < 0 || n > Integer.MAX_VALUE ? 1 : (int) (long) n;
    }

    /** C's {@code strtol} over the whole text: blanks, an optional sign, decimal digits; null otherwise. */
    private static Long parseLong(String s) {
        String t = s.stripLeading();
        if (!t.matches("[+-]?[0-9]+")) {
            return null;
        }
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code -X utf8[=0|1]}, else PYTHONUTF8, else 1 exactly when the locale is C or POSIX. */
    private int utf8Mode() throws CommandLine.Stop {
        if (cl.xoptions.containsKey("utf8")) {
            String v = cl.xoptions.get("utf8");
            if (v == null || v.equals("1")) {
                return 1;
            }
            if (v.equals("0")) {
                return 0;
            }
            throw fatal("preconfig_init_utf8_mode", "invalid -X utf8 option value", "preinitializing");
        }
        String v = text("PYTHONUTF8");
        if (!v.isEmpty()) {
            if (v.equals("1") || v.equals("0")) {
                return v.equals("1") ? 1 : 0;
            }
            throw fatal("preconfig_init_utf8_mode", "invalid PYTHONUTF8 environment variable value", "preinitializing");
        }
        String locale = "";
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String l = env.get(name);
            if (l != null && !l.isEmpty()) {
                locale = l;
                break;
            }
        }
        return locale.isEmpty() || locale.equals("C") || locale.equals("POSIX") ? 1 : 0;
    }

    private void checkHashSeed() throws CommandLine.Stop {
        String v = text("PYTHONHASHSEED");
        if (v.isEmpty() || v.equals("random")) {
            return;
        }
        Long seed = parseLong(v);
        if (seed == null || seed < 0 || seed > 4294967295L) {
            throw fatal("config_init_hash_seed", "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]",
                    "preinitialized");
        }
    }

    /** {@code -X int_max_str_digits=N}, else PYTHONINTMAXSTRDIGITS, else -1 (the default limit). */
    private int intMaxStrDigits() throws CommandLine.Stop {
        String source;
        String v;
        if (cl.xoptions.containsKey("int_max_str_digits")) {
            source = "-X int_max_str_digits";
            v = cl.xoptions.get("int_max_str_digits");
        } else {
            source = "PYTHONINTMAXSTRDIGITS";
            v = text(source);
            if (v.isEmpty()) {
                return -1;
            }
        }
        Long n = v == null ? null : parseLong(v);
        if (n == null || n < 0 || n > Integer.MAX_VALUE || (n > 0 && n < 640)) {
            throw fatal("config_init_int_max_str_digits", source + ": invalid limit; must be >= 640 or 0 for unlimited.",
                    "preinitialized");
        }
        return (int) (long) n;
    }

    /**
     * {@code sys.warnoptions} in CPython's order, lowest priority first: dev mode's 'default',
     * PYTHONWARNINGS, the {@code -W} options, then {@code -b}'s BytesWarning filter; each once.
     */
    private List<String> warnOptions(boolean devMode) {
        LinkedHashSet<String> options = new LinkedHashSet<>();
        if (devMode) {
            options.add("default");
        }
        for (String w : text("PYTHONWARNINGS").split(",")) {
            if (!w.isEmpty()) {
                options.add(w);
            }
        }
        options.addAll(cl.warnOptions);
        if (cl.bytesWarning > 0) {
            options.add(cl.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        return new ArrayList<>(options);
    }

    /** python3's report for a configuration it cannot start with; status 1. */
    private static CommandLine.Stop fatal(String function, String message, String state) {
        return new CommandLine.Stop("", "Fatal Python error: " + function + ": " + message + "\nPython runtime state: " + state + "\n\n",
                Main.PYTHON_ERROR);
    }
}
