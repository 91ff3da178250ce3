package nl.techniekpact.model.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Set;
import nl.techniekpact.model.casestudy.CaseStudy;
import nl.techniekpact.model.region.Province;
import nl.techniekpact.model.region.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Bean Validation annotations: a second net behind the constructors, used by JPA and JSF. */
class BeanValidationTest {

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  @Test
  void anEntityBuiltThroughItsConstructorIsValid() {
    Region region =
        new Region(Slug.of("noord-nederland"), "Noord-Nederland", List.of(Province.GRONINGEN));
    CaseStudy c =
        new CaseStudy(
            Slug.of("make-it-move"), LocalizedText.of("Make it Move"), LocalizedText.of("S"));
    c.illustrate(ImageReference.of("/media/x.jpg", "Alt"));

    assertThat(validator.validate(region)).isEmpty();
    assertThat(validator.validate(c)).isEmpty();
  }

  @Test
  void anEmptyEntityAsJpaCouldLoadItBreaksTheRules() throws Exception {
    Constructor<CaseStudy> forJpa = CaseStudy.class.getDeclaredConstructor();
    forJpa.setAccessible(true);
    Set<ConstraintViolation<CaseStudy>> violations = validator.validate(forJpa.newInstance());

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString())
        .contains("slug", "title", "summary");
  }

  @Test
  void valueObjectsCarryTheirOwnRules() throws Exception {
    Constructor<Slug> forJpa = Slug.class.getDeclaredConstructor();
    forJpa.setAccessible(true);

    assertThat(validator.validate(forJpa.newInstance()))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("value");
    assertThat(validator.validate(Slug.of("ok"))).isEmpty();
  }
}
