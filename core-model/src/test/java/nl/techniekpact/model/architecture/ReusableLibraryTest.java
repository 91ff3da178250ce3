package nl.techniekpact.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** core-model stays usable in plain Java SE with any JPA provider. */
class ReusableLibraryTest {

  private static final JavaClasses MODEL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.techniekpact.model");

  @Test
  void dependsOnNoWebServerOrContainerApi() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.ws.rs..",
            "jakarta.faces..",
            "jakarta.servlet..",
            "jakarta.enterprise..",
            "jakarta.inject..",
            "jakarta.ejb..",
            "jakarta.transaction..",
            "org.primefaces..",
            "fish.payara..",
            "org.eclipse.microprofile..")
        .check(MODEL);
  }

  @Test
  void dependsOnNoParticularJpaProviderOrLibraryImplementation() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.eclipse.persistence..",
            "org.hibernate..",
            "org.eclipse.parsson..",
            "org.h2..",
            "org.postgresql..",
            "org.flywaydb..")
        .check(MODEL);
  }

  @Test
  void dependsOnNothingOfTheCmsOrItsPlugins() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("nl.techniekpact.cms..", "nl.techniekpact.plugin..")
        .check(MODEL);
  }
}
