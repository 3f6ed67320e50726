package org.krait.cli;

/**
 * What {@code krait -h}, {@code --help-env}, {@code --help-xoptions}, {@code --help-all} and
 * {@code -V} print. The shape is python3's (a usage line, then one line per option with its
 * environment variable); the words say what each option does in Krait.
 */
final class HelpText {

    /** The Python version Krait implements; {@code -V} prints it as python3 does, for tools that parse it. */
    static final String PYTHON_VERSION = "3.11.7";

    /** Codes of the long options, outside the range of option letters. */
    static final int CHECK_HASH_BASED_PYCS = 0x110000;
    static final int HELP_ALL = 0x110001;
    static final int HELP_ENV = 0x110002;
    static final int HELP_XOPTIONS = 0x110003;

    private HelpText() {
    }

    /** The usage line; {@code program} is the command's name as invoked. */
    static String usageLine(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";
    }

    /** What a usage error prints after its message. */
    static String shortUsage(String program) {
        return usageLine(program) + "Try `krait -h' for more information.\n";
    }

    /** {@code -h}. */
    static String usage(String program) {
        return usageLine(program)
                + "Options (and corresponding environment variables):\n"
                + "-b     : set sys.flags.bytes_warning (-bb: 2) and add a BytesWarning filter\n"
                + "         to sys.warnoptions\n"
                + "-B     : set sys.dont_write_bytecode (Krait writes no .pyc files in any case);\n"
                + "         also PYTHONDONTWRITEBYTECODE=x\n"
                + "-c cmd : run the program cmd (ends the option list)\n"
                + "-d     : set sys.flags.debug; also PYTHONDEBUG=x\n"
                + "-E     : ignore the PYTHON* environment variables\n"
                + "-h     : print this help and exit (also -? or --help)\n"
                + "-i     : start the interactive prompt after running the program, even when\n"
                + "         stdin is not a terminal; also PYTHONINSPECT=x\n"
                + "-I     : isolate the program from its environment (implies -E, -P and -s)\n"
                + "-m mod : run the module mod (mod.py in the current directory) as __main__\n"
                + "         (ends the option list)\n"
                + "-O     : set sys.flags.optimize; asserts still run; also PYTHONOPTIMIZE=x\n"
                + "-OO    : set sys.flags.optimize to 2\n"
                + "-P     : import nothing from the program's directory (or the current one);\n"
                + "         also PYTHONSAFEPATH\n"
                + "-q     : no version banner on the interactive prompt\n"
                + "-s     : set sys.flags.no_user_site; also PYTHONNOUSERSITE\n"
                + "-S     : no site module: the builtins exit and quit are missing\n"
                + "-u     : stdout and stderr write through at once instead of buffering;\n"
                + "         stdin is not changed; also PYTHONUNBUFFERED=x\n"
                + "-v     : set sys.flags.verbose (more with -vv); also PYTHONVERBOSE=x\n"
                + "-V     : print the version of Python that Krait implements and exit (also\n"
                + "         --version); given twice, also Krait's build\n"
                + "-W arg : add arg to sys.warnoptions; also PYTHONWARNINGS=arg\n"
                + "-x     : skip the first line of the program file (a non-Unix #! line)\n"
                + "-X opt : set an implementation-specific option (sys._xoptions)\n"
                + "--check-hash-based-pycs always|default|never:\n"
                + "         accepted and checked; Krait reads no .pyc files yet\n"
                + "--help-env      : print the environment variables Krait reads and exit\n"
                + "--help-xoptions : print the -X options Krait knows and exit\n"
                + "--help-all      : print all of the help and exit\n"
                + "Krait's own commands (first argument only):\n"
                + "--dump-ast FILE : print FILE's syntax tree as\n"
                + "                  ast.dump(ast.parse(source), include_attributes=True)\n"
                + "--dis FILE      : print the bytecode FILE compiles to\n"
                + "Arguments:\n"
                + "file   : program read from a file\n"
                + "-      : program read from stdin (the default; the interactive prompt when\n"
                + "         stdin is a terminal)\n"
                + "arg ...: the program's arguments, sys.argv[1:]\n";
    }

    /** {@code --help-env}. */
    static String environment() {
        return "Environment variables Krait reads (none of them under -E or -I):\n"
                + "PYTHONSTARTUP: a file run before the first prompt of an interactive session\n"
                + "PYTHONHASHSEED: checked as python3 checks it ('random' or 0..4294967295);\n"
                + "   Krait's string hashes are the same in every run anyway\n"
                + "PYTHONUTF8: 1 or 0, sys.flags.utf8_mode (Krait's text I/O is UTF-8 in any case)\n"
                + "PYTHONDEVMODE: sys.flags.dev_mode (adds 'default' to sys.warnoptions)\n"
                + "PYTHONWARNDEFAULTENCODING: sys.flags.warn_default_encoding\n"
                + "These variables have equivalent command-line options (see --help):\n"
                + "PYTHONDEBUG             : -d\n"
                + "PYTHONDONTWRITEBYTECODE : -B\n"
                + "PYTHONINSPECT           : -i, without forcing a prompt when stdin is not\n"
                + "                          a terminal\n"
                + "PYTHONINTMAXSTRDIGITS   : -X int_max_str_digits=number\n"
                + "PYTHONNOUSERSITE        : -s\n"
                + "PYTHONOPTIMIZE          : -O\n"
                + "PYTHONSAFEPATH          : -P\n"
                + "PYTHONUNBUFFERED        : -u\n"
                + "PYTHONVERBOSE           : -v\n"
                + "PYTHONWARNINGS=arg      : -W arg (comma-separated)\n";
    }

    /** {@code --help-xoptions}. */
    static String xoptions() {
        return "The -X options Krait acts on (any other is kept in sys._xoptions):\n"
                + "\n"
                + "-X dev: sys.flags.dev_mode is True and 'default' is added to sys.warnoptions\n"
                + "\n"
                + "-X utf8, -X utf8=0: sys.flags.utf8_mode (Krait's text I/O is UTF-8 in any case)\n"
                + "\n"
                + "-X warn_default_encoding: sys.flags.warn_default_encoding\n"
                + "\n"
                + "-X int_max_str_digits=number: the longest decimal string int() and str()\n"
                + "    convert (at least 640, or 0 for no limit)\n";
    }

    /** The text of one of the {@code --help-*} options. */
    static String longHelp(int option, String program) {
        switch (option) {
            case HELP_ENV:
                return environment();
            case HELP_XOPTIONS:
                return xoptions();
            default:
                return usage(program) + "\n\n" + environment() + "\n\n" + xoptions();
        }
    }

    /** {@code -V} (given {@code count} times). */
    static String version(int count) {
        if (count == 1) {
            return "Python " + PYTHON_VERSION + "\n";
        }
        return "Python " + PYTHON_VERSION + " (Krait, Java " + Runtime.version() + ", "
                + System.getProperty("java.vm.name", "JVM") + ")\n";
    }

    /** The two lines the interactive prompt starts with, unless {@code -q}. */
    static String banner(String platform) {
        return "Python " + PYTHON_VERSION + " (Krait, Java " + Runtime.version() + ") on " + platform + "\n"
                + "Type \"exit()\" or Ctrl-D (i.e. EOF) to leave.\n";
    }
}
