package org.krait.examples.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** The rules engine compiles its rules once and evaluates them per order. */
class RulesEngineTest {

    @Test
    void rulesMatchAsJavaWouldComputeThem() throws Exception {
        List<Order> orders = RulesEngine.orders(500, 7);
        try (RulesEngine rules = new RulesEngine(RulesEngine.read(Path.of("rules", "shop.rules")))) {
            List<String> errors = new ArrayList<>();
            for (Order o : orders) {
                List<String> expected = new ArrayList<>();
                boolean eu = List.of("DE", "FR", "NL").contains(o.country());
                if (o.total() > 400) {
                    expected.add("big-order");
                }
                if (eu && o.total() >= 50) {
                    expected.add("free-shipping");
                }
                if (o.express() && !eu) {
                    expected.add("express-abroad");
                }
                if (o.items() >= 10 && o.total() / o.items() < 30) {
                    expected.add("bulk-discount");
                }
                if (List.of("acme", "hooli").contains(o.customer()) && o.total() > 250) {
                    expected.add("vip");
                }
                if (o.total() == Math.floor(o.total())) {
                    expected.add("round-total");
                }
                assertEquals(expected, rules.matching(o, errors), o.toString());
            }
            assertEquals(List.of(), errors);
        }
    }

    @Test
    void failingAndBrokenRulesAreReported() throws Exception {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("ok", "items > 1");
        r.put("typo", "totl > 1");
        try (RulesEngine rules = new RulesEngine(r)) {
            List<String> errors = new ArrayList<>();
            assertEquals(List.of("ok"), rules.matching(new Order("o", "c", "DE", 1.0, 2, false), errors));
            assertEquals(List.of("typo: NameError: name 'totl' is not defined in <rule typo> at line number 1"), errors);
        }
        assertThrows(ScriptException.class, () -> new RulesEngine(Map.of("bad", "total >")));
        ScriptException e = assertThrows(ScriptException.class, () -> new RulesEngine(Map.of("bad", "total >")));
        assertTrue(e.getMessage().startsWith("SyntaxError"), e.getMessage());
    }
}
