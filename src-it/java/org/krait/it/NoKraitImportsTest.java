package org.krait.it;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The guarantee this module is built on: its tests reach Krait only through {@code javax.script}.
 * The engine is a runtime-scope dependency, so javac cannot see Krait's classes here; this test
 * fails too if that ever changes and a test uses one.
 */
class NoKraitImportsTest {

    @Test
    void testsUseOnlyTheScriptApi() {
        DescribedPredicate<JavaClass> krait = DescribedPredicate.describe("Krait's own classes",
                c -> c.getPackageName().startsWith("org.krait") && !c.getPackageName().equals("org.krait.it"));
        noClasses().should().dependOnClassesThat(krait).check(new ClassFileImporter().importPackages("org.krait.it"));
    }
}
