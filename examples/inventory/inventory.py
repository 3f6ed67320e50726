"""Drives Java from Python: Java collections, java.util.concurrent, and the example's Warehouse."""
from java.util import ArrayList, Collections, TreeMap
from java.util.concurrent import Callable, ConcurrentLinkedQueue, Executors, TimeUnit
from java.util.concurrent.atomic import AtomicInteger
from org.krait.examples.inventory import OutOfStockException, StockListener, Warehouse

warehouse = Warehouse("central")
for product, units in [("apples", 40), ("pears", 25), ("plums", 12), ("cherries", 60)]:
    warehouse.receive(product, units)
print(warehouse, "holds", warehouse.totalUnits, "units of", len(warehouse.items()), "products")

# Java collections with Python's protocols; a lambda where Java wants a Comparator.
products = ArrayList(warehouse.items())
Collections.sort(products, lambda a, b: warehouse.stock(b) - warehouse.stock(a))
print("by stock:", ", ".join(f"{p}={warehouse.stock(p)}" for p in products))
prices = TreeMap({"apples": 1.2, "pears": 2.5, "plums": 3.0, "cherries": 6.5})
print("price list from", prices.firstKey(), "to", prices.lastEntry().key, "- cherries cost", prices["cherries"])


# A Python class implementing a Java interface: the warehouse calls it from the pool's threads.
class Alert(StockListener):
    def __init__(self, log):
        self.log = log

    def lowStock(self, product, left):
        self.log.add(f"{product} low: {left}")


alerts = ConcurrentLinkedQueue()
warehouse.addListener(Alert(alerts))


# Python Callables run by a Java ExecutorService, reserving stock concurrently.
class Order(Callable):
    served = AtomicInteger()

    def __init__(self, product, units):
        self.product, self.units = product, units

    def call(self):
        try:
            warehouse.reserve(self.product, self.units)
        except OutOfStockException as e:
            return str(e)
        Order.served.incrementAndGet()
        return "ok"


pool = Executors.newFixedThreadPool(4)
try:
    results = [f.get() for f in pool.invokeAll([Order(p, 3) for p in ("apples", "pears", "plums") * 5])]
finally:
    pool.shutdown()
    pool.awaitTermination(10, TimeUnit.SECONDS)
refused = sorted(r for r in results if r != "ok")
print(Order.served.get(), "orders served;", len(refused), "refused:", refused)
print("left:", {p: warehouse.stock(p) for p in warehouse.items()})
print("alerts:", sorted(alerts))

# A Java exception caught in Python, by its Java class.
try:
    warehouse.reserve("bananas", 1)
except OutOfStockException as e:
    print("refused:", e.getMessage())
