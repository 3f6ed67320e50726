package org.krait;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Enforces the dependency rules of DESIGN.md and docs/ARCHITECTURE.md over the compiled classes
 * of both modules. Rules about packages that do not exist yet are written now so that they hold
 * from the first class that lands there; those allow an empty subject.
 */
@DisplayName("Package layering")
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.krait");
    }

    @Test
    @DisplayName("the runtime never depends on the engine")
    void runtimeNeverDependsOnEngine() {
        noClasses().that().resideInAPackage("org.krait.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.krait.compiler..", "org.krait.jit..", "org.krait.engine..",
                        "org.krait.jsr223..", "org.krait.cli..", "org.krait.bench..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    @DisplayName("tokenizer, parser, AST and source handling import nothing from the runtime")
    void frontEndIsIndependentOfRuntime() {
        noClasses().that().resideInAnyPackage(
                        "org.krait.compiler.tokenizer..", "org.krait.compiler.parser..",
                        "org.krait.compiler.ast..", "org.krait.compiler.source..",
                        "org.krait.compiler.symtable..")
                .should().dependOnClassesThat().resideInAPackage("org.krait.runtime..")
                .check(classes);
    }

    @Test
    @DisplayName("the runtime's model layer never imports the machinery or library layers")
    void modelLayerIsBelowTheInterpreter() {
        noClasses().that().resideInAnyPackage("org.krait.runtime.objects..", "org.krait.runtime.types..",
                        "org.krait.runtime.ops..", "org.krait.runtime.bytecode..", "org.krait.runtime.memory..")
                .should().dependOnClassesThat().resideInAnyPackage("org.krait.runtime.interpreter..",
                        "org.krait.runtime.imports..", "org.krait.runtime.builtins..", "org.krait.runtime.modules..",
                        "org.krait.runtime.io..", "org.krait.runtime.jit..")
                .check(classes);
    }

    @Test
    @DisplayName("the interpreter and imports never import the library layer")
    void machineryIsBelowTheLibrary() {
        noClasses().that().resideInAnyPackage("org.krait.runtime.interpreter..", "org.krait.runtime.imports..")
                .should().dependOnClassesThat().resideInAnyPackage("org.krait.runtime.builtins..",
                        "org.krait.runtime.modules..", "org.krait.runtime.io..")
                .check(classes);
    }

    @Test
    @DisplayName("memory mechanisms (finalization, weak references, the collector) sit in the model layer")
    void memoryIsAModelMechanism() {
        // The collector's containers extend GcObject and it calls finalizers through the abstract
        // layer, so it sees the object model; the modules exposing it (gc, _weakref) are library.
        noClasses().that().resideInAPackage("org.krait.runtime.memory..")
                .should().dependOnClassesThat().resideInAnyPackage("org.krait.runtime.interpreter..",
                        "org.krait.runtime.builtins..", "org.krait.runtime.modules..", "org.krait.runtime.io..")
                .check(classes);
    }

    @Test
    @DisplayName("the code generator reaches the runtime only through code objects, constants and number ops")
    void codegenUsesOnlyTheRuntimesModel() {
        noClasses().that().resideInAPackage("org.krait.compiler.codegen..")
                .should().dependOnClassesThat().resideInAnyPackage("org.krait.runtime.interpreter..",
                        "org.krait.runtime.builtins..", "org.krait.runtime.imports..", "org.krait.runtime.types..")
                .check(classes);
    }

    @Test
    @DisplayName("ASM is used only by the JIT and the generator of Java subclasses (never by the runtime)")
    void asmOnlyInJit() {
        noClasses().that().resideOutsideOfPackages("org.krait.jit..", "org.krait.javagen..")
                .should().dependOnClassesThat().resideInAPackage("org.objectweb.asm..")
                .check(classes);
    }

    @Test
    @DisplayName("javax.script is used only by the JSR-223 package")
    void scriptApiOnlyInJsr223() {
        noClasses().that().resideOutsideOfPackage("org.krait.jsr223..")
                .should().dependOnClassesThat().resideInAPackage("javax.script..")
                .check(classes);
    }

    @Test
    @DisplayName("the command line and the JSR-223 package are leaves")
    void cliAndJsr223AreLeaves() {
        noClasses().that().resideOutsideOfPackages("org.krait.cli..", "org.krait.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.krait.cli..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("org.krait.jsr223..")
                .should().dependOnClassesThat().resideInAPackage("org.krait.jsr223..")
                .check(classes);
    }

    @Test
    @DisplayName("no catch-all packages")
    void noCatchAllPackages() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..", "..manager..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
