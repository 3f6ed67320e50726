package org.krait.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code krait} command's arguments, read as CPython 3.11 reads {@code python3}'s: short
 * options may be grouped ({@code -uBc code}), an option's argument may be attached
 * ({@code -Wignore}, {@code -cprint(1)}) or be the next word, {@code --} ends the options,
 * {@code -c} and {@code -m} end them too, and the first word that is not an option (or is
 * {@code -}) names the program; everything after the program belongs to it ({@code sys.argv}).
 * Errors are reported as python3 reports them (see {@link Stop}).
 */
final class CommandLine {

    /** The short options; a letter followed by ':' takes an argument (CPython 3.11's set). */
    private static final String SHORT_OPTIONS = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";

    /** What the command runs. */
    enum Kind {
        /** {@code krait FILE}. */
        FILE,
        /** {@code krait -c CMD}. */
        COMMAND,
        /** {@code krait -m MODULE}. */
        MODULE,
        /** {@code krait} or {@code krait -}: the program comes from stdin, or the prompt reads it. */
        STDIN
    }

    /** Parsing stopped without a program to run: help, version, or a usage error. */
    static final class Stop extends Exception {
        private static final long serialVersionUID = 1L;
        final String stdout;
        final String stderr;
        final int status;

        Stop(String stdout, String stderr, int status) {
            super(stderr.isEmpty() ? stdout : stderr, null, false, false);
            this.stdout = stdout;
            this.stderr = stderr;
            this.status = status;
        }

        /** A usage error: the message (if any), then the short usage; status 2. */
        static Stop usage(String message, String program) {
            return new Stop("", (message == null ? "" : message + "\n") + HelpText.shortUsage(program), Main.USAGE);
        }
    }

    Kind kind = Kind.STDIN;
    /** The file, command or module; null for {@link Kind#STDIN}. */
    String target;
    /** {@code sys.argv}: the program's name as python3 shows it, then its arguments. */
    final List<String> argv = new ArrayList<>();

    int bytesWarning;
    int debug;
    int inspect;
    int optimize;
    int quiet;
    int verbose;
    int version;
    boolean dontWriteBytecode;
    boolean ignoreEnvironment;
    boolean isolated;
    boolean noSite;
    boolean noUserSite;
    boolean randomizeHashes;
    boolean safePath;
    /** {@code --check-hash-based-pycs}: "default", "always" or "never". */
    String checkHashBasedPycs = "default";
    boolean skipFirstLine;
    boolean unbuffered;
    final List<String> warnOptions = new ArrayList<>();
    /** {@code -X name[=value]}: a later name replaces an earlier one; null stands for no value. */
    final Map<String, String> xoptions = new LinkedHashMap<>();
    /** Messages python3 prints on stderr while reading its options without stopping. */
    final StringBuilder notes = new StringBuilder();

    private final String[] args;
    private final String program;
    /** Index of the next word of {@link #args} to read. */
    private int next;
    /** The word whose grouped short options are being read, and the position in it. */
    private String group = "";
    private int groupPos;
    private String optionArgument;

    private CommandLine(String[] args, String program) {
        this.args = args;
        this.program = program;
    }

    /**
     * Reads {@code args}; {@code program} is the command's name as invoked (shown in the usage).
     *
     * @throws Stop for {@code -h}, {@code -V} and usage errors, with what to print and the status
     */
    static CommandLine parse(String[] args, String program) throws Stop {
        CommandLine cl = new CommandLine(args, program);
        cl.readOptions();
        return cl;
    }

    private void readOptions() throws Stop {
        int option;
        while ((option = nextOption()) != -1) {
            switch (option) {
                case 'c':
                    kind = Kind.COMMAND;
                    target = optionArgument;
                    break;
                case 'm':
                    kind = Kind.MODULE;
                    target = optionArgument;
                    break;
                case 'b':
                    bytesWarning++;
                    break;
                case 'B':
                    dontWriteBytecode = true;
                    break;
                case 'd':
                    debug++;
                    break;
                case 'E':
                    ignoreEnvironment = true;
                    break;
                case 'h':
                case '?':
                    throw new Stop(HelpText.usage(program), "", Main.OK);
                case HelpText.HELP_ALL:
                case HelpText.HELP_ENV:
                case HelpText.HELP_XOPTIONS:
                    throw new Stop(HelpText.longHelp(option, program), "", Main.OK);
                case 'i':
                    inspect++;
                    break;
                case 'I':
                    isolated = true;
                    break;
                case 'O':
                    optimize++;
                    break;
                case 'P':
                    safePath = true;
                    break;
                case 'q':
                    quiet++;
                    break;
                case 'R':
                    randomizeHashes = true;
                    break;
                case 's':
                    noUserSite = true;
                    break;
                case 'S':
                    noSite = true;
                    break;
                case 'u':
                    unbuffered = true;
                    break;
                case 'v':
                    verbose++;
                    break;
                case 'V':
                    version++;
                    break;
                case 'W':
                    warnOptions.add(optionArgument);
                    break;
                case 'x':
                    skipFirstLine = true;
                    break;
                case 'X':
                    int eq = optionArgument.indexOf('=');
                    String name = eq < 0 ? optionArgument : optionArgument.substring(0, eq);
                    xoptions.remove(name);
                    xoptions.put(name, eq < 0 ? null : optionArgument.substring(eq + 1));
                    break;
                case HelpText.CHECK_HASH_BASED_PYCS:
                    if (!List.of("default", "always", "never").contains(optionArgument)) {
                        throw Stop.usage("--check-hash-based-pycs must be one of 'default', 'always', or 'never'", program);
                    }
                    checkHashBasedPycs = optionArgument;
                    break;
                default:
                    throw new IllegalStateException("option without a case: " + (char) option);
            }
            if (kind == Kind.COMMAND || kind == Kind.MODULE) {
                break;
            }
        }
        if (version > 0) {
            throw new Stop(HelpText.version(version), "", Main.OK);
        }
        if (kind == Kind.COMMAND) {
            argv.add("-c");
        } else if (kind == Kind.MODULE) {
            // Replaced by the module's path once it is found, as runpy does.
            argv.add("-m");
        } else if (next < args.length) {
            if (!args[next].equals("-")) {
                kind = Kind.FILE;
                target = args[next];
            }
            argv.add(args[next++]);
        } else {
            argv.add("");
        }
        argv.addAll(List.of(args).subList(next, args.length));
    }

    /**
     * The next option letter (or a {@link HelpText} code for a long option), leaving its argument
     * in {@link #optionArgument}; -1 when the options end. The words a program is named by are
     * left unread.
     */
    private int nextOption() throws Stop {
        optionArgument = null;
        if (groupPos >= group.length()) {
            if (next >= args.length) {
                return -1;
            }
            String word = args[next];
            if (!word.startsWith("-") || word.equals("-")) {
                return -1;
            }
            next++;
            switch (word) {
                case "--":
                    return -1;
                case "--help":
                    return 'h';
                case "--version":
                    return 'V';
                default:
                    group = word;
                    groupPos = 1;
            }
        }
        int letter = group.codePointAt(groupPos);
        groupPos += Character.charCount(letter);
        if (letter == '-') {
            return longOption(group.substring(groupPos));
        }
        if (letter == 'J') {
            throw Stop.usage("-J is reserved for Jython", program);
        }
        if (letter == ':') {
            // CPython finds ':' in its option string and then has no case for it: bare usage.
            throw Stop.usage(null, program);
        }
        int at = SHORT_OPTIONS.indexOf(letter);
        if (at < 0) {
            throw Stop.usage("Unknown option: -" + new String(Character.toChars(letter)), program);
        }
        if (at + 1 < SHORT_OPTIONS.length() && SHORT_OPTIONS.charAt(at + 1) == ':') {
            if (groupPos < group.length()) {
                optionArgument = group.substring(groupPos);
                groupPos = group.length();
            } else if (next < args.length) {
                optionArgument = args[next++];
            } else {
                throw Stop.usage("Argument expected for the -" + (char) letter + " option", program);
            }
        }
        return letter;
    }

    /**
     * A long option, {@code name} being what follows a {@code -} in the current word ({@code --help}
     * and {@code --version} were taken as whole words). A bare {@code -} there ends the options.
     */
    private int longOption(String name) throws Stop {
        String word = group;
        groupPos = group.length();
        if (name.isEmpty()) {
            notes.append("expected long option\n");
            return -1;
        }
        switch (name) {
            case "check-hash-based-pycs":
                if (next >= args.length) {
                    // sic: CPython's message says "options".
                    throw Stop.usage("Argument expected for the " + word + " options", program);
                }
                optionArgument = args[next++];
                return HelpText.CHECK_HASH_BASED_PYCS;
            case "help-all":
                return HelpText.HELP_ALL;
            case "help-env":
                return HelpText.HELP_ENV;
            case "help-xoptions":
                return HelpText.HELP_XOPTIONS;
            default:
                throw Stop.usage("unknown option " + word, program);
        }
    }
}
