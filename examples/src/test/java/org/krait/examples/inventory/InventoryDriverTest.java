package org.krait.examples.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The inventory script drives the Java classes and prints what they did. */
class InventoryDriverTest {

    @Test
    void theScriptDrivesJavaCollectionsThreadsAndTheWarehouse() throws Exception {
        StringWriter out = new StringWriter();
        InventoryDriver.run(Path.of("inventory/inventory.py"), out);
        assertEquals(String.join("\n",
                "Warehouse(central) holds 137 units of 4 products",
                "by stock: cherries=60, apples=40, pears=25, plums=12",
                "price list from apples to plums - cherries cost 6.5",
                "14 orders served; 1 refused: ['not enough plums: 0 left, 3 wanted']",
                "left: {'apples': 25, 'cherries': 60, 'pears': 10, 'plums': 0}",
                "alerts: ['pears low: 10', 'plums low: 0', 'plums low: 3', 'plums low: 6', 'plums low: 9']",
                "refused: no bananas here",
                ""), out.toString().replace("\r\n", "\n"));
    }
}
