package org.krait.runtime.java;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.krait.compiler.Compiler;
import org.krait.runtime.PythonRuntime;
import org.krait.runtime.imports.SourceCompiler;
import org.krait.runtime.objects.exceptions.PythonException;

/**
 * Java seen from Python: Python snippets run against their expected output (CPython has no Java,
 * so these are not differential cases). The Java classes they use are in
 * {@code org.krait.javatest}.
 */
@DisplayName("Java from Python")
class JavaInteropTest {

    /** Runs {@code program} in a fresh interpreter; what it printed, then what escaped. */
    static String run(String program) {
        SourceCompiler.install(new Compiler());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (PythonRuntime runtime = new PythonRuntime(o, o)) {
            runtime.setMainArguments(List.of(""), (String) null);
            try {
                runtime.exec(Compiler.compileFile(program.getBytes(StandardCharsets.UTF_8), "<test>"), runtime.mainModule());
            } catch (PythonException e) {
                o.println("escaped " + e.getMessage());
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void check(String expected, String... lines) {
        assertEquals(expected, run(String.join("\n", lines) + "\n"));
    }

    @Test
    @DisplayName("import java.util, from java.util import ..., java.util.concurrent, the test's own classes")
    void imports() {
        check("<module 'java.util' (java package)>\n<class 'java.util.ArrayList'> True\n"
                + "<class 'java.util.concurrent.ConcurrentHashMap'>\n<class 'org.krait.javatest.Person'>\n"
                + "<class 'java.util.Map.Entry'>\nArrayList java.util\n",
                "import java.util",
                "from java.util import ArrayList, HashMap",
                "import java.util.concurrent",
                "from org.krait.javatest import Person",
                "print(java.util)",
                "print(ArrayList, java.util.ArrayList is ArrayList)",
                "print(java.util.concurrent.ConcurrentHashMap)",
                "print(Person)",
                "print(java.util.Map.Entry)",
                "print(ArrayList.__name__, ArrayList.__module__)");
    }

    @Test
    @DisplayName("unknown packages and classes raise ImportError and AttributeError")
    void unknownNames() {
        check("ImportError cannot import name 'NoSuchClass' from 'java.util' (unknown location)\n"
                + "AttributeError Java package 'java.util' has no class or package 'Nope'\n"
                + "ModuleNotFoundError No module named 'java.nosuchpackage'\n",
                "import java.util",
                "try:",
                "    from java.util import NoSuchClass",
                "except ImportError as e:",
                "    print(type(e).__name__, e)",
                "try:",
                "    java.util.Nope",
                "except AttributeError as e:",
                "    print(type(e).__name__, e)",
                "try:",
                "    import java.nosuchpackage",
                "except ImportError as e:",
                "    print(type(e).__name__, e)");
    }

    @Test
    @DisplayName("Java classes are Python types: isinstance, issubclass, type, the MRO")
    void types() {
        check("True True True True\nTrue False\n<class 'java.util.ArrayList'>\nTrue\n",
                "from java.util import ArrayList, List, Collection, AbstractList, HashMap",
                "from java.lang import Object, Iterable",
                "x = ArrayList()",
                "print(isinstance(x, ArrayList), isinstance(x, List), isinstance(x, Iterable), isinstance(x, Object))",
                "print(issubclass(ArrayList, AbstractList), issubclass(HashMap, Collection))",
                "print(type(x))",
                "print(Collection in ArrayList.__mro__)");
    }

    @Test
    @DisplayName("constructors, static and instance methods, fields, bean properties")
    void members() {
        check("Ann greets Bob\nAnn Dr. Ann False\nBea True\n0 7\nTrue person\n"
                + "AttributeError\nTypeError\nPerson(Bea) <java object org.krait.javatest.Person: Person(Bea)>\n"
                + "nobody True\n",
                "from org.krait.javatest import Person",
                "p = Person('Ann')",
                "print(p.greet('Bob'))",
                "print(p.name, p.title, p.active)",
                "p.name = 'Bea'; p.active = True",
                "print(p.getName(), p.isActive())",
                "print(p.age, end=' '); p.age = 7; print(p.age)",
                "print(p.id.startswith('p'), Person.KIND)",
                "try:",
                "    p.id = 'x'",
                "except AttributeError as e:",
                "    print('AttributeError')",
                "try:",
                "    p.age = 'old'",
                "except TypeError as e:",
                "    print('TypeError')",
                "print(str(p), repr(p))",
                "q = Person()",
                "print(q.name, q.id.startswith('p'))");
    }

    @Test
    @DisplayName("static fields: read, assigned through the class, final ones refused")
    void staticFields() {
        check("2\n10\nAttributeError cannot assign to final Java field 'KIND'\n2147483647\n",
                "from org.krait.javatest import Person",
                "before = Person.created",
                "Person(); Person()",
                "print(Person.created - before)",
                "Person.created = 10",
                "print(Person.created)",
                "try:",
                "    Person.KIND = 'x'",
                "except AttributeError as e:",
                "    print('AttributeError', e)",
                "from java.lang import Integer",
                "print(Integer.MAX_VALUE)");
    }

    @Test
    @DisplayName("overloads: int, long, Integer, Object, double, String, None")
    void overloadPhases() {
        check("int long double String Object\nInteger Object\nlong\nInteger\nBigInteger 12345678901234567890\n"
                + "Integer\n",
                "from org.krait.javatest import Overloaded as O",
                "from java.util import ArrayList",
                "print(O.f(1), O.f(2**40), O.f(1.5), O.f('s'), O.f(ArrayList()))",
                "print(O.boxed(1), O.boxed('x'))",
                "print(O.wide(5))",
                "print(O.boxed(None))",
                "print(O.big(12345678901234567890))",
                "print(O.wide(None))");
    }

    @Test
    @DisplayName("overloads: varargs, ambiguity and no applicable overload are TypeErrors naming the signatures")
    void overloadErrors() {
        check("a-b-c a 6 0 3\n"
                + "TypeError org.krait.javatest.Overloaded.pick(): the call with (NoneType) is ambiguous between "
                + "pick(java.lang.Integer), pick(java.lang.String)\n"
                + "TypeError org.krait.javatest.Overloaded.only(): (int) does not match only(java.lang.String)\n"
                + "TypeError org.krait.javatest.Overloaded.two(): no overload matches (int, int); the signatures are "
                + "two(int, java.lang.String), two(java.lang.String, int)\n"
                + "int,String String,int\n"
                + "TypeError org.krait.javatest.Overloaded.only() takes no keyword arguments\n",
                "from org.krait.javatest import Overloaded as O",
                "print(O.join('-', 'a', 'b', 'c'), O.join('-', 'a'), O.sum(1, 2, 3), O.sum(), O.sum([1, 2]))",
                "for call in (lambda: O.pick(None), lambda: O.only(1), lambda: O.two(1, 2)):",
                "    try:",
                "        call()",
                "    except TypeError as e:",
                "        print('TypeError', e)",
                "print(O.two(1, 'a'), O.two('a', 1))",
                "try:",
                "    O.only(s='x')",
                "except TypeError as e:",
                "    print('TypeError', e)");
    }

    @Test
    @DisplayName("arguments: list to List and arrays, dict to Map, str to char, None to null, null to None")
    void argumentConversions() {
        check("6 3 {a=1, b=2} char x None\n", "from org.krait.javatest import Overloaded as O",
                "print(O.total([1, 2, 3]), O.arrayLength(['a', 'b', 'c']), O.keys({'b': 2, 'a': 1}), O.letter('x'), O.nothing())");
    }

    @Test
    @DisplayName("a lambda where a Comparator is wanted, a callable as a functional interface, an object with the methods as an interface")
    void lambdas() {
        check("[ccc, bb, a]\n[3, 2, 1]\nhello world\nhey Ann\n",
                "from java.util import ArrayList, Collections",
                "from java.util.function import Function",
                "words = ArrayList(['bb', 'a', 'ccc'])",
                "Collections.sort(words, lambda a, b: len(b) - len(a))",
                "print(words)",
                "nums = ArrayList([2, 3, 1])",
                "nums.sort(lambda a, b: b - a)",
                "print(nums)",
                "from java.util import Optional",
                "print(Optional.of('hello').map(lambda s: s + ' world').get())",
                "from org.krait.javatest import Greeter",
                "class Duck:",
                "    def greet(self, who):",
                "        return 'hey ' + who",
                "print(Greeter.use(Duck(), 'Ann'))");
    }

    @Test
    @DisplayName("collections: len, iteration, in, [i], [k], del, assignment, map entries and items")
    void collections() {
        check("3 [1, 'two', 3.5] True False 1 3.5 ['two', 3.5]\n[1, TWO, 3.5]\n[1, 3.5]\n"
                + "2 1 True ['a', 'b'] [('a', 1), ('b', 2)]\na=1 b=2\nKeyError 'zz'\n{b=2}\n"
                + "IndexError java.util.ArrayList index out of range\n[1, 2]\n",
                "from java.util import ArrayList, TreeMap, LinkedList",
                "l = ArrayList()",
                "for x in (1, 'two', 3.5): l.add(x)",
                "print(len(l), list(l), 'two' in l, 'three' in l, l[0], l[-1], l[1:])",
                "l[1] = 'TWO'; print(l)",
                "del l[1]; print(l)",
                "m = TreeMap(); m['a'] = 1; m.put('b', 2)",
                "print(len(m), m['a'], 'b' in m, list(m), m.items())",
                "print(*(f'{k}={v}' for k, v in m.entrySet()))",
                "try:",
                "    m['zz']",
                "except KeyError as e:",
                "    print('KeyError', e)",
                "del m['a']; print(m)",
                "try:",
                "    l[5]",
                "except IndexError as e:",
                "    print('IndexError', e)",
                "print(list(LinkedList([1, 2]).iterator()))");
    }

    @Test
    @DisplayName("equals, hashCode, toString and compareTo as ==, hash, str and ordering")
    void objectProtocols() {
        check("True False True\nTrue False\n[1, 2]\n",
                "from java.util import ArrayList",
                "from java.math import BigDecimal",
                "a = ArrayList([1, 2]); b = ArrayList([1, 2]); c = ArrayList([3])",
                "print(a == b, a == c, hash(a) == hash(b))",
                "print(BigDecimal('1.5') < BigDecimal('2'), BigDecimal('1.5') >= BigDecimal('2'))",
                "print(str(a))");
    }

    @Test
    @DisplayName("Java arrays: jarray.zeros and jarray.array, indexing, slicing, assignment with type checks, len, iteration")
    void arrays() {
        check("[0, 0, 0] 3\n[0, 7, 0] 7 [7, 0]\n<java object java.lang.String[]: [a, b]> ['a', 'b'] True\n"
                + "TypeError cannot store 'str' in a Java array of int\n"
                + "TypeError item 1 of type 'str' cannot be stored in a Java array of int\n"
                + "[1.5, 2.0] <class 'double[]'>\n",
                "import jarray",
                "from java.lang import String",
                "a = jarray.zeros(3, 'i')",
                "print(list(a), len(a))",
                "a[1] = 7",
                "print(a, a[1], a[1:])",
                "s = jarray.array(['a', 'b'], String)",
                "print(repr(s), [x for x in s], 'b' in s)",
                "try:",
                "    a[0] = 'x'",
                "except TypeError as e:",
                "    print('TypeError', e)",
                "try:",
                "    jarray.array([1, 'x'], int)",
                "except TypeError as e:",
                "    print('TypeError', e)",
                "d = jarray.array([1.5, 2], float)",
                "print(d, type(d))");
    }

    @Test
    @DisplayName("AutoCloseable as a context manager")
    void contextManager() {
        check("data of r1\n[open r1, close r1]\n",
                "from org.krait.javatest import Resource",
                "with Resource('r1') as r:",
                "    print(r.read())",
                "print(Resource.LOG)");
    }

    @Test
    @DisplayName("a Java exception caught in Python: by its class, a superclass, Exception")
    void javaExceptionsCaught() {
        check("IllegalStateException boom True\nRuntimeException boom\nException boom\n"
                + "FileNotFoundException missing.txt\nNumberFormatException For input string: \"x\"\n",
                "import java.lang",
                "from org.krait.javatest import Thrower",
                "try:",
                "    Thrower.fail('boom')",
                "except java.lang.IllegalStateException as e:",
                "    print(type(e).__name__, e, isinstance(e, java.lang.Throwable))",
                "try:",
                "    Thrower.fail('boom')",
                "except java.lang.RuntimeException as e:",
                "    print('RuntimeException', e.getMessage())",
                "try:",
                "    Thrower.fail('boom')",
                "except Exception as e:",
                "    print('Exception', e)",
                "try:",
                "    Thrower.checked()",
                "except java.io.IOException as e:",
                "    print(type(e).__name__, e)",
                "try:",
                "    java.lang.Integer.parseInt('x')",
                "except ValueError:",
                "    print('not a ValueError')",
                "except java.lang.NumberFormatException as e:",
                "    print(type(e).__name__, e)");
    }

    @Test
    @DisplayName("a Java exception escaping Python has the original Java exception as its cause")
    void javaExceptionEscapes() {
        SourceCompiler.install(new Compiler());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (PythonRuntime runtime = new PythonRuntime(o, o)) {
            PythonException e = assertThrows(PythonException.class, () -> runtime.exec(Compiler.compileFile(
                    "from org.krait.javatest import Thrower\nThrower.fail('escaped')\n".getBytes(StandardCharsets.UTF_8), "<test>"),
                    runtime.mainModule()));
            assertInstanceOf(IllegalStateException.class, e.getCause());
            assertEquals("escaped", e.getCause().getMessage());
            assertEquals("java.lang.IllegalStateException: escaped", e.getMessage());
        }
    }

    @Test
    @DisplayName("Java exceptions raised from Python reach Java code as themselves")
    void javaExceptionRaisedInCallback() {
        check("Java caught IllegalArgumentException: from Python\nback in Python: from a lambda\n",
                "from org.krait.javatest import Thrower",
                "from java.lang import IllegalArgumentException, Runnable",
                "class Cb(Runnable):",
                "    def run(self):",
                "        raise IllegalArgumentException('from Python')",
                "print(Thrower.guarded(Cb()))",
                "def fail():",
                "    raise IllegalArgumentException('from a lambda')",
                "try:",
                "    Thrower.run(lambda: fail())",
                "except IllegalArgumentException as e:",
                "    print('back in Python:', e)");
    }

    @Test
    @DisplayName("Python classes implementing Java interfaces, run by a Thread and an ExecutorService")
    void implementingInterfaces() {
        check("True\n[42]\ndone [0, 2, 4, 6, 8, 42]\nresult\n42 None\nhi Ann\nhi Ann! hi Bob!\nhi Cy\n",
                "from java.lang import Runnable, Thread",
                "from java.util.concurrent import Executors, Callable, TimeUnit",
                "from org.krait.javatest import Greeter",
                "results = []",
                "class Job(Runnable):",
                "    def __init__(self, n):",
                "        self.n = n",
                "    def run(self):",
                "        results.append(self.n * 2)",
                "j = Job(21)",
                "print(isinstance(j, Runnable))",
                "t = Thread(j); t.start(); t.join()",
                "print(results)",
                "pool = Executors.newFixedThreadPool(2)",
                "futures = [pool.submit(Job(i)) for i in range(5)]",
                "for f in futures: f.get()",
                "pool.shutdown(); pool.awaitTermination(5, TimeUnit.SECONDS)",
                "print('done', sorted(results))",
                "class Task(Callable):",
                "    def call(self):",
                "        return 'result'",
                "pool = Executors.newSingleThreadExecutor()",
                "print(pool.submit(Task()).get())",
                "print(pool.submit(lambda: 42).get(), pool.submit(lambda: None).get())",
                "pool.shutdown()",
                "class Hi(Greeter):",
                "    def greet(self, who):",
                "        return 'hi ' + who",
                "print(Greeter.use(Hi(), 'Ann'))",
                "class Loud(Hi):",
                "    def greetAll(self, names):",
                "        return ' '.join(self.greet(n) + '!' for n in names)",
                "print(Loud().greetAll(['Ann', 'Bob']))",
                "print(Hi().greetAll(['Cy']))");
    }

    @Test
    @DisplayName("Python classes extending abstract Java classes (generated peer classes)")
    void extendingAbstractClasses() {
        check("square of area 4.0\nshape\ncircle of area 3.0 (round)\nround\n"
                + "square of area 4.0; circle of area 3.0 (round); \n[0, 1, 4] 3\n",
                "from org.krait.javatest import Shape",
                "from java.util import AbstractList, ArrayList",
                "class Square(Shape):",
                "    def __init__(self, side):",
                "        super().__init__('square')",
                "        self.side = side",
                "    def area(self):",
                "        return float(self.side * self.side)",
                "class Circle(Shape):",
                "    def __init__(self):",
                "        super().__init__('circle')",
                "    def area(self):",
                "        return 3.0",
                "    def describe(self):",
                "        return super().describe() + ' (round)'",
                "    def kind(self):",
                "        return 'round'",
                "s = Square(2)",
                "print(s.describe())",
                "print(s.kind())",
                "c = Circle()",
                "print(c.describe())",
                "print(c.kind())",
                "print(Shape.describeAll([s, c]))",
                "class Squares(AbstractList):",
                "    def get(self, i):",
                "        return i * i",
                "    def size(self):",
                "        return 3",
                "print(ArrayList(Squares()), len(Squares()))");
    }
}
