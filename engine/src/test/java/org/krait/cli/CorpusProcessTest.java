package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A fixed subset of the corpus run the way src-it/cases/README.md says a case runs, by a real
 * {@code krait} process: {@code krait NAME.py} in the case's directory, stdin empty, the recorded
 * environment. It checks what the in-JVM {@link CorpusDifferentialTest} cannot: the process's
 * exit status (SystemExit codes, 1 for an uncaught exception), its real stdout and stderr
 * (buffering, flushing at exit, UTF-8), and the launcher's handling of paths. The programs are
 * picked for those: uncaught exceptions, SystemExit, writes to both streams, unicode, recursion.
 */
@DisplayName("Corpus programs run by the krait process")
class CorpusProcessTest {

    private static final Path CASES = Path.of("..", "src-it", "cases").toAbsolutePath().normalize();

    /** All on src-it/cases/passing.txt. */
    private static final List<String> PROGRAMS = List.of(
            "exceptions/uncaught_simple.py",
            "exceptions/uncaught_chained_cause.py",
            "exceptions/uncaught_exception_group.py",
            "exceptions/uncaught_notes.py",
            "exceptions/uncaught_recursion.py",
            "exceptions/recursion_error.py",
            "exceptions/systemexit_str.py",
            "exceptions/systemexit_int.py",
            "exceptions/systemexit_none_and_raise.py",
            "classes_basic/uncaught_in_method.py",
            "control_flow/except_star_unhandled_rest.py",
            "runtime_sys/sys_argv.py",
            "runtime_sys/sys_exit_list_uncaught.py",
            "runtime_sys/sys_exit_in_function_finally.py",
            "runtime_sys/recursion_uncaught_repeated_lines.py",
            "runtime_sys/uncaught_in_deep_stack.py",
            "runtime_sys/sys_stderr_print_order.py",
            "runtime_sys/sys_stdout_stderr_write.py",
            "runtime_sys/sys_stdout_replace.py",
            "builtins/print_builtin.py",
            "builtins/eval_syntax_errors.py",
            "types_str/str_repr_escapes.py",
            "types_str/str_rjust_unicode_width.py",
            "types_str/str_split_whitespace_unicode.py",
            "types_tuple/tuple_basics.py");

    @TestFactory
    Stream<DynamicTest> programsAsProcesses() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CASES), "no corpus at " + CASES);
        String allowList = Files.readString(CASES.resolve("passing.txt"), StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<CommandProcesses.Outcome>> runs = new ArrayList<>();
        for (String name : PROGRAMS) {
            Path py = CASES.resolve(name);
            runs.add(pool.submit(() -> CommandProcesses.run(CommandProcesses.kraitCommand(List.of(py.getFileName().toString())),
                    py.getParent(), environment(), new byte[0], false, 60)));
        }
        pool.shutdown();
        return IntStream.range(0, PROGRAMS.size()).mapToObj(i -> DynamicTest.dynamicTest(PROGRAMS.get(i), () -> {
            String name = PROGRAMS.get(i);
            assertTrue(allowList.contains("\n" + name + "\n"), name + " is not on passing.txt");
            Path expectedFile = CASES.resolve(name.replaceAll("\\.py$", ".expected"));
            CorpusDifferentialTest.Outcome expected = CorpusDifferentialTest.parseExpected(
                    Files.readString(expectedFile, StandardCharsets.UTF_8));
            CommandProcesses.Outcome actual = runs.get(i).get();
            String prefix = CASES + "/";
            assertEquals(expected.stdout(), actual.stdout().replace(prefix, ""), "stdout");
            assertEquals(expected.stderr(), actual.stderr().replace(prefix, ""), "stderr");
            assertEquals(expected.exit(), actual.exit(), "exit status");
        }));
    }

    /** As the recorder runs python3: PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, no other PYTHON* variable. */
    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (!name.startsWith("PYTHON") && !name.startsWith("JAVA_TOOL") && !name.startsWith("_JAVA")) {
                env.put(name, value);
            }
        });
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        return env;
    }
}
