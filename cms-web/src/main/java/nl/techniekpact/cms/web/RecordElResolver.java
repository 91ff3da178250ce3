package nl.techniekpact.cms.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets Faces pages read the components of Java records as properties ({@code #{row.username}} for
 * {@code record Row(String username)}), which Jakarta EL 5 (Jakarta EE 10) does not; EL 6 brings
 * its own. Read only. Registered in faces-config.xml.
 */
public class RecordElResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return component.get().getAccessor().invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new jakarta.el.ELException("Cannot read " + property + " of " + base.getClass(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property).isPresent()) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property).isPresent()) {
      context.setPropertyResolved(base, property);
      return true;
    }
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private static Optional<RecordComponent> component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return Optional.empty();
    }
    String name = property.toString();
    return Arrays.stream(base.getClass().getRecordComponents())
        .filter(c -> c.getName().equals(name))
        .findFirst();
  }
}
