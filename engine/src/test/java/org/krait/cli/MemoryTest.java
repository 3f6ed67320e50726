package org.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.krait.runtime.memory.RefCheck;

/**
 * The memory semantics that the corpus cannot show: the default {@code sys.unraisablehook}
 * output (it prints an address), the checking mode, and a soak run in a small heap.
 */
@DisplayName("Reference counts, finalization and the cycle collector")
class MemoryTest {

    @TempDir
    Path dir;

    private String[] run(String source) throws IOException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ScriptRunner.run(file.toString(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String prefix = dir.toAbsolutePath() + "/";
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8).replace(prefix, "")};
    }

    @Test
    @DisplayName("an exception in __del__ is printed as CPython prints it, and the program goes on")
    void delExceptionGoesToTheDefaultHook() throws IOException {
        String[] r = run("class C:\n    def __del__(self):\n        raise ValueError('bad')\nc = C()\ndel c\nprint('after')\n");
        assertEquals("0", r[0]);
        assertEquals("after\n", r[1]);
        assertTrue(r[2].matches("Exception ignored in: <function C.__del__ at 0x[0-9a-f]+>\n"
                + "Traceback \\(most recent call last\\):\n"
                + "  File \"prog.py\", line 3, in __del__\n"
                + "    raise ValueError\\('bad'\\)\n"
                + "ValueError: bad\n"), "<" + r[2] + ">");
    }

    @Test
    @DisplayName("the checking mode finds no count that disagrees with the references between tracked objects")
    void refcheckFindsNoMistake() throws IOException {
        RefCheck.drain();
        boolean was = RefCheck.enabled();
        RefCheck.enable(true);
        try {
            String[] r = run("import gc, weakref\nclass N:\n    pass\nkeep = []\nfor i in range(3000):\n"
                    + "    n = N()\n    n.me = n\n    n.items = [i, (n,), {'k': [n]}]\n    if i % 3 == 0:\n"
                    + "        keep.append(n)\n    f = lambda: n\n    n.f = f\n"
                    + "d = {i: [keep] for i in range(50)}\nprint(gc.collect() > 0, len(keep))\n");
            assertEquals("True 1000\n", r[1], r[2]);
        } finally {
            RefCheck.enable(was);
        }
        assertEquals(List.of(), RefCheck.drain());
    }

    @Test
    @DisplayName("the checking mode reports a count lower than the references tracked objects hold")
    void refcheckFindsAMistake() {
        RefCheck.drain();
        org.krait.runtime.PythonRuntime rt = new org.krait.runtime.PythonRuntime(System.out, System.err);
        org.krait.runtime.interpreter.ThreadState ts = rt.interpreter().enter();
        boolean was = RefCheck.enabled();
        try {
            // Made inside the interpreter, so that they are tracked in its heap.
            org.krait.runtime.objects.PyList outer = new org.krait.runtime.objects.PyList();
            org.krait.runtime.objects.PyList inner = new org.krait.runtime.objects.PyList();
            outer.append(inner);
            outer.append(inner);
            // Two references from outer plus ours make three; dropping two leaves a count of one.
            inner.decref();
            inner.decref();
            RefCheck.enable(true);
            RefCheck.checkAll(rt.interpreter().heap());
        } finally {
            RefCheck.enable(was);
            rt.interpreter().exit(ts);
        }
        List<String> problems = RefCheck.drain();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("list object") && problems.get(0).contains("has count 1 but 2 references"),
                problems.get(0));
    }

    @Test
    @DisplayName("a chain of a million instances with __del__ is released without deep Java recursion")
    void millionNodeChain() throws IOException {
        String[] r = run("class Link:\n    def __init__(self, n, nxt):\n        self.n = n\n        self.next = nxt\n"
                + "    def __del__(self):\n        if self.n % 250000 == 0:\n            print('del', self.n)\n"
                + "head = None\nfor i in range(1_000_000):\n    head = Link(i, head)\nhead = None\nprint('freed')\n");
        assertEquals("del 750000\ndel 500000\ndel 250000\ndel 0\nfreed\n", r[1], r[2]);
    }

    @Test
    @DisplayName("soak: ten million objects with cycles in a 64 MB heap; with gc disabled cycles wait for gc.collect()")
    void soak() throws IOException {
        String program = "import gc, weakref\n"
                + "class Node:\n    pass\n"
                + "for i in range(2_000_000):\n"
                + "    n = Node()\n    n.me = n\n"
                + "    l = [i]\n    l.append(l)\n"
                + "    t = (n, l)\n"
                + "    d = {'k': i}\n"
                + "    s = str(i)\n"
                + "print('automatic collections:', gc.get_stats()[0]['collections'] > 100)\n"

                + "gc.disable()\n"
                + "refs = []\n"
                + "for i in range(20000):\n"
                + "    n = Node()\n    n.me = n\n    refs.append(weakref.ref(n))\n"
                + "del n\n"
                + "print('alive before collect:', sum(r() is not None for r in refs))\n"
                + "print('collected:', gc.collect() >= 20000)\n"
                + "print('alive after collect:', sum(r() is not None for r in refs))\n";
        Path file = dir.resolve("soak.py");
        Files.writeString(file, program, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(CommandProcesses.kraitCommand(List.of(file.toString())));
        command.add(1, "-Xmx64m");
        CommandProcesses.Outcome o = CommandProcesses.run(command, dir, Map.of("PATH", System.getenv("PATH")), new byte[0], false, 120);
        assertEquals("automatic collections: True\nalive before collect: 20000\ncollected: True\nalive after collect: 0\n",
                o.stdout(), o.stderr());
        assertEquals(0, o.exit(), o.stderr());
    }
}
