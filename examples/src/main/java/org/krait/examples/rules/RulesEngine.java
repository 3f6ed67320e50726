package org.krait.examples.rules;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;

/**
 * A rules engine: each rule is a Python expression over the fields of a Java record, compiled
 * once ({@code Compilable}) and evaluated for every object with bindings of its own holding that
 * object's fields. A rule that fails is reported with its name and Python's message, and counts
 * as not matching.
 *
 * <pre>examples/run rules-engine [RULES-FILE] [ORDERS]</pre>
 */
public final class RulesEngine implements AutoCloseable {

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
    private final Map<String, CompiledScript> rules = new LinkedHashMap<>();

    /** Compiles {@code rules} (name to expression); a rule that does not compile is a ScriptException naming it. */
    public RulesEngine(Map<String, String> rules) throws ScriptException {
        for (Map.Entry<String, String> r : rules.entrySet()) {
            ScriptContext ctx = new SimpleScriptContext();
            ctx.setAttribute(ScriptEngine.FILENAME, "<rule " + r.getKey() + ">", ScriptContext.ENGINE_SCOPE);
            engine.setContext(ctx);
            // On one line, so that positions in errors are those of the rule's own text.
            this.rules.put(r.getKey(), ((Compilable) engine).compile("bool(" + r.getValue() + ")"));
        }
    }

    /** Reads rules written as {@code name: expression} lines; blank lines and {@code #} comments are skipped. */
    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.indexOf(':');
            rules.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
        }
        return rules;
    }

    /** The names of the rules {@code record} matches, evaluated in fresh bindings holding its fields. */
    public List<String> matching(Record record, List<String> errors) {
        Bindings b = engine.createBindings();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                b.put(c.getName(), c.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, CompiledScript> r : rules.entrySet()) {
            try {
                if (Boolean.TRUE.equals(r.getValue().eval(b))) {
                    names.add(r.getKey());
                }
            } catch (ScriptException e) {
                errors.add(r.getKey() + ": " + e.getMessage());
            }
        }
        return names;
    }

    @Override
    public void close() throws Exception {
        ((AutoCloseable) engine).close();
    }

    /** {@code n} orders, the same for the same {@code seed}. */
    public static List<Order> orders(int n, long seed) {
        Random rnd = new Random(seed);
        String[] countries = {"DE", "FR", "NL", "US", "JP"};
        String[] customers = {"acme", "globex", "initech", "umbrella", "hooli"};
        List<Order> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Order("o" + i, customers[rnd.nextInt(customers.length)], countries[rnd.nextInt(countries.length)],
                    Math.round(rnd.nextDouble() * 50000) / 100.0, 1 + rnd.nextInt(12), rnd.nextInt(4) == 0));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/rules/shop.rules");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<Order> orders = orders(n, 42);
        try (RulesEngine rules = new RulesEngine(read(file))) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            List<String> errors = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < orders.size(); i++) {
                List<String> hit = rules.matching(orders.get(i), errors);
                if (i < 5) {
                    System.out.println(orders.get(i) + " -> " + hit);
                }
                for (String h : hit) {
                    counts.merge(h, 1, Integer::sum);
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println(orders.size() + " orders x " + rules.rules.size() + " rules in " + ms + " ms");
            counts.forEach((rule, count) -> System.out.println("  " + rule + ": " + count));
            errors.stream().distinct().limit(5).forEach(e -> System.out.println("  error: " + e));
        }
    }
}
