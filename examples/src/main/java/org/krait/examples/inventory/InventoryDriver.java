package org.krait.examples.inventory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

/**
 * A host that hands the stage to a Python script driving Java: the script imports Java
 * collections, {@code java.util.concurrent} and this example's {@link Warehouse} as Python
 * modules and types, implements {@link StockListener} and {@code Callable} in Python, and runs
 * its orders on a Java thread pool.
 *
 * <pre>examples/run java-driver [SCRIPT]      (default: examples/inventory/inventory.py)</pre>
 */
public final class InventoryDriver {

    private InventoryDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path script = Path.of(args.length > 0 ? args[0] : "examples/inventory/inventory.py");
        PrintWriter out = new PrintWriter(System.out, true);
        run(script, out);
        out.flush();
    }

    /** Runs {@code script} in a new Python engine whose {@code print} writes to {@code out}. */
    public static void run(Path script, Writer out) throws IOException, ScriptException {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        try {
            engine.getContext().setWriter(out);
            engine.put(ScriptEngine.FILENAME, script.toString());
            try (Reader r = Files.newBufferedReader(script)) {
                engine.eval(r);
            }
        } finally {
            if (engine instanceof AutoCloseable) {
                try {
                    ((AutoCloseable) engine).close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
