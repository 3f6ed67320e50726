package org.krait.examples.plugins;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;

/**
 * A plugin host: loads every {@code *.py} of a directory into one Python engine, each in a
 * namespace of its own ({@code createBindings()}), takes the object the file ends with as a
 * {@link Plugin} ({@code getInterface}), and runs the plugins on a thread pool.
 *
 * <pre>examples/run plugin-host [DIR] [TEXT...]</pre>
 */
public final class PluginHost implements AutoCloseable {

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
    private final Map<String, Plugin> plugins = new LinkedHashMap<>();
    private final List<String> rejected = new ArrayList<>();

    /** Loads the plugins of {@code dir}, in file-name order; files that are not plugins are listed in {@link #rejected}. */
    public PluginHost(Path dir) throws IOException, ScriptException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.py")) {
            s.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            ScriptContext ctx = new SimpleScriptContext();
            ctx.setBindings(engine.createBindings(), ScriptContext.ENGINE_SCOPE);
            ctx.setAttribute(ScriptEngine.FILENAME, file.toString(), ScriptContext.ENGINE_SCOPE);
            Object value;
            try (Reader r = Files.newBufferedReader(file)) {
                value = engine.eval(r, ctx);
            }
            Plugin p = value == null ? null : ((Invocable) engine).getInterface(value, Plugin.class);
            if (p == null) {
                rejected.add(file.getFileName().toString());
            } else {
                plugins.put(p.name(), p);
            }
        }
    }

    public Map<String, Plugin> plugins() {
        return plugins;
    }

    public List<String> rejected() {
        return rejected;
    }

    /** Every plugin on every text, run by {@code pool}; the results by plugin name, in text order. */
    public Map<String, List<String>> runAll(List<String> texts, ExecutorService pool) throws InterruptedException, ExecutionException {
        Map<String, List<Future<String>>> futures = new LinkedHashMap<>();
        for (Plugin p : plugins.values()) {
            List<Future<String>> fs = new ArrayList<>();
            for (String t : texts) {
                fs.add(pool.submit(() -> p.process(t)));
            }
            futures.put(p.name(), fs);
        }
        Map<String, List<String>> results = new LinkedHashMap<>();
        for (Map.Entry<String, List<Future<String>>> e : futures.entrySet()) {
            List<String> out = new ArrayList<>();
            for (Future<String> f : e.getValue()) {
                out.add(f.get());
            }
            results.put(e.getKey(), out);
        }
        return results;
    }

    @Override
    public void close() throws Exception {
        ((AutoCloseable) engine).close();
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/plugins");
        List<String> texts = args.length > 1 ? List.of(args).subList(1, args.length)
                : List.of("Was it a car or a cat I saw", "never odd or even", "The quick brown fox jumps over the lazy dog");
        PrintWriter out = new PrintWriter(System.out, true);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (PluginHost host = new PluginHost(dir)) {
            for (Plugin p : host.plugins().values()) {
                out.println("loaded " + p.name() + ": " + p.describe());
            }
            for (String r : host.rejected()) {
                out.println("not a plugin: " + r);
            }
            for (Map.Entry<String, List<String>> e : host.runAll(texts, pool).entrySet()) {
                for (int i = 0; i < texts.size(); i++) {
                    out.println(e.getKey() + " | " + texts.get(i) + " -> " + e.getValue().get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }
}
