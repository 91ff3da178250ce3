package nl.techniekpact.cms.publishing;

import jakarta.json.bind.config.PropertyVisibilityStrategy;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * JSON-B reads and writes the inputs of edits by their fields only (named as in the API), so they
 * can keep record-style accessors. The inputs are classes rather than records because Payara's
 * OpenAPI scanner fails on Bean Validation annotations on constructor parameters, which a record
 * component's annotations become.
 */
public final class FieldAccess implements PropertyVisibilityStrategy {

  @Override
  public boolean isVisible(Field field) {
    return !java.lang.reflect.Modifier.isStatic(field.getModifiers());
  }

  @Override
  public boolean isVisible(Method method) {
    return false;
  }
}
