package io.github.fijiocr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.runner.RunWith;

/**
 * Rules on the plugin's own classes (src/main only, as in the jar): its packages form no cycle,
 * it does not use the test-only renderers of {@code synth}, only the front ends (commands,
 * macros, the launcher, presentation) write to ImageJ's log or print stack traces, and the
 * network and image loops each exist once.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

    static final String ROOT = "io.github.fijiocr";

    /** The front ends: they may talk to the user directly. Everything else is core. */
    private static final String[] FRONT_ENDS = {
        ROOT + ".command..", ROOT + ".macro..", ROOT + ".cli..", ROOT + ".present.."
    };

    /**
     * One slice per top-level package under {@link #ROOT} (sub-packages fold into it), and one
     * for the root package itself (OcrService, DefaultOcrService, OcrException), so that a cycle
     * through the root counts too. Classes outside {@link #ROOT} are left out.
     */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("(root)");
            }
            if (name.startsWith(ROOT + ".")) {
                String rest = name.substring(ROOT.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the root package and each top-level package of " + ROOT;
        }
    };

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule pluginDoesNotUseTestOnlySynth = noClasses()
            .should().resideInAPackage(ROOT + ".synth..")
            .orShould().dependOnClassesThat().resideInAPackage(ROOT + ".synth..")
            .because("synth (renderers for the model builder, test images and scenes) is test code,"
                    + " not part of the plugin jar");

    /** A call or method reference ({@code IJ::log}) to {@code owner.method}, any overload. */
    private static DescribedPredicate<JavaAccess<?>> accessTo(String owner, String method, boolean orSubclass) {
        return DescribedPredicate.describe(owner + "." + method, access -> {
            JavaClass target = access.getTargetOwner();
            return access.getName().equals(method)
                    && (orSubclass ? target.isAssignableTo(owner) : target.getName().equals(owner));
        });
    }

    @ArchTest
    static final ArchRule coreDoesNotLogToImageJOrPrintStackTraces = noClasses()
            .that().resideInAPackage(ROOT + "..")
            .and().resideOutsideOfPackages(FRONT_ENDS)
            .should().accessTargetWhere(accessTo("ij.IJ", "log", false))
            .orShould().accessTargetWhere(accessTo(Throwable.class.getName(), "printStackTrace", true))
            .because("core code reports through its callers (return values, exceptions, progress,"
                    + " LogService); only command, macro, cli and present talk to the user");

    /**
     * The batching loop exists once: only the predictor feeds a network for output (training's
     * own fitting aside), so batching, the allowed characters and threads cannot diverge.
     */
    @ArchTest
    static final ArchRule onlyThePredictorRunsANetwork = noClasses()
            .that().resideInAPackage(ROOT + "..")
            .and().doNotHaveFullyQualifiedName(ROOT + ".model.Predictor")
            .should().accessTargetWhere(accessTo("org.deeplearning4j.nn.multilayer.MultiLayerNetwork", "output", false))
            .because("model.Predictor is the one network seam: batching, allowed mask and threads live there");

    /**
     * The per-image loop exists once: only the slice pipeline opens the items of a job, so every
     * job skips unreadable files, noisy slices and cancels alike.
     */
    @ArchTest
    static final ArchRule onlyThePipelineOpensSlices = noClasses()
            .that().resideInAPackage(ROOT + "..")
            .and().doNotHaveFullyQualifiedName(ROOT + ".engine.SlicePipeline")
            .should().accessTargetWhere(accessTo(ROOT + ".engine.SliceSource", "open", true))
            .because("engine.SlicePipeline is the one loop over images, stacks, folders and samples");
}
