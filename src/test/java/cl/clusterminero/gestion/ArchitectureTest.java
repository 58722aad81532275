package cl.clusterminero.gestion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The architecture rules of DESIGN.md, checked on the compiled main code. */
class ArchitectureTest {

    private static final String ROOT = "cl.clusterminero.gestion";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    private static final DescribedPredicate<JavaClass> REPOSITORIES =
            JavaClass.Predicates.assignableTo(Repository.class).as("repositories");

    @Test
    void views_never_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat(REPOSITORIES)
                .check(CLASSES);
    }

    @Test
    void views_and_components_live_in_ui_packages() {
        classes().that().areAssignableTo(Component.class)
                .should().resideInAPackage("..ui..")
                .check(CLASSES);
    }

    @Test
    void features_have_no_dependency_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void entities_and_repositories_are_used_only_inside_their_own_feature() {
        classes().that().areAnnotatedWith(Entity.class).or(REPOSITORIES)
                .should(onlyBeAccessedFromTheirOwnFeature())
                .check(CLASSES);
    }

    @Test
    void shared_depends_on_no_feature() {
        noClasses().that().resideInAPackage(ROOT + ".shared..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".shared..", "java..", "jakarta..",
                        "org.springframework..", "com.vaadin..", "org.slf4j..", "org.hibernate..", "org.openpdf..",
                        "org.apache.commons.csv..", "org.apache.poi..", "net.javacrumbs.shedlock..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void public_service_methods_are_transactional() {
        classes().that().areAnnotatedWith(Service.class).and().arePublic()
                .should(haveTransactionalPublicMethods())
                .check(CLASSES);
    }

    @Test
    void every_route_layout_and_error_view_declares_who_may_open_it() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .or().implement(HasErrorParameter.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void public_service_methods_declare_which_roles_may_call_them() {
        classes().that().areAnnotatedWith(Service.class).and().arePublic()
                .should(haveARoleRuleOnEveryPublicMethod())
                .check(CLASSES);
    }

    /** The security configuration enforces only the JSR-250 annotations: a @PreAuthorize would guard nothing. */
    @Test
    void no_code_relies_on_method_security_annotations_that_are_switched_off() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName(PreAuthorize.class.getName())
                .check(CLASSES);
    }

    /**
     * A feature's screens are its own: another feature reaches it through its service and records, never its views.
     * Only the shell (the frame that navigates between features) may name another feature's views.
     */
    @Test
    void a_feature_ui_is_used_only_by_that_feature_and_the_shell() {
        classes().that().resideInAPackage(ROOT + ".*.ui..").and().resideOutsideOfPackage(ROOT + ".shared..")
                .should(onlyBeAccessedFromTheirOwnFeatureOr("shell"))
                .check(CLASSES);
    }

    private static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnFeatureOr(String... alsoAllowed) {
        List<String> allowed = List.of(alsoAllowed);
        return new ArchCondition<>("only be accessed from their own feature or " + allowed) {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String feature = featureOf(target);
                target.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !featureOf(dependency.getOriginClass()).equals(feature)
                                && !allowed.contains(featureOf(dependency.getOriginClass())))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }

    private static ArchCondition<JavaClass> haveARoleRuleOnEveryPublicMethod() {
        return new ArchCondition<>("declare a role rule on every public method") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                service.getMethods().stream()
                        .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(method -> !method.isAnnotatedWith(RolesAllowed.class)
                                && !method.isAnnotatedWith(PermitAll.class)
                                && !service.isAnnotatedWith(RolesAllowed.class))
                        .forEach(method -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " has no @RolesAllowed/@PermitAll")));
            }
        };
    }

    private static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnFeature() {
        return new ArchCondition<>("only be accessed from their own feature") {
            @Override
            public void check(JavaClass target, ConditionEvents events) {
                String feature = featureOf(target);
                target.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !featureOf(dependency.getOriginClass()).equals(feature))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription())));
            }
        };
    }

    private static ArchCondition<JavaClass> haveTransactionalPublicMethods() {
        return new ArchCondition<>("have every public method transactional") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                boolean classLevel = service.isAnnotatedWith(Transactional.class);
                service.getMethods().stream()
                        .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(method -> !classLevel && !method.isAnnotatedWith(Transactional.class))
                        .forEach(method -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " is not @Transactional")));
            }
        };
    }

    private static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return name;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
