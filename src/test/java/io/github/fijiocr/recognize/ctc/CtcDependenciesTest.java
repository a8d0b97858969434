package io.github.fijiocr.recognize.ctc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

/** CTC decoding is plain Java: it runs and is tested without DL4J, ND4J or ImageJ. */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "io.github.fijiocr.recognize.ctc", importOptions = ImportOption.DoNotIncludeTests.class)
public class CtcDependenciesTest {
    @ArchTest
    static final ArchRule plainJava = classes().should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "io.github.fijiocr.common..", "io.github.fijiocr.recognize.ctc..");
}
