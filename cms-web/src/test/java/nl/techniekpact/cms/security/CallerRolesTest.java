package nl.techniekpact.cms.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.security.enterprise.SecurityContext;
import org.junit.jupiter.api.Test;

/**
 * Role checks go through {@link CallerRoles}: Jakarta Security's {@code isCallerInRole} denies
 * every role on Payara 6 under Java 24 and later (ADR 0045), while the tests' Java 17 would not
 * show it.
 */
class CallerRolesTest {

  @Test
  void noClassAsksJakartaSecurityForTheCallersRoles() {
    noClasses()
        .should()
        .callMethod(SecurityContext.class, "isCallerInRole", String.class)
        .because("it answers false for every role on Java 24+; ask CallerRoles (ADR 0045)")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.techniekpact.cms"));
  }
}
